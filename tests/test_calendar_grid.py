from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from covey_coach.progress.calendar_grid import heatmap
from covey_coach.progress.schedule import DayRange, Schedule


@dataclass
class E:
    day: date
    habit: int = 1
    rating: int = 3


def test_states_follow_the_schedule() -> None:
    as_of = date(2026, 11, 25)  # a Wednesday
    entries = [E(date(2026, 11, 16)), E(date(2026, 11, 17)), E(date(2026, 11, 17)), E(date(2026, 11, 22)),
               E(date(2026, 12, 1))]
    schedule = Schedule(weekdays=[0, 1, 2, 3, 4], off=[DayRange(start=date(2026, 11, 19), end=date(2026, 11, 19))])
    grid = heatmap(entries, schedule, as_of, weeks=3)
    assert len(grid) == 3 and all(len(col) == 7 for col in grid)
    assert grid[0][0].day == date(2026, 11, 9) and grid[-1][6].day == date(2026, 11, 29)
    last_week, this_week = grid[1], grid[2]
    assert [c.state for c in last_week] == ["reflected", "reflected", "missed", "off", "missed", "off", "reflected"]
    assert last_week[1].count == 2
    assert [c.state for c in this_week] == ["missed", "missed", "open", "future", "future", "future", "future"]
    assert {c.state for c in grid[0]} == {"before"}, "days before the first reflection are neither missed nor off"


def test_an_empty_journal_is_all_before_or_future() -> None:
    grid = heatmap([], Schedule(), date(2026, 11, 25), weeks=2)
    assert {c.state for col in grid for c in col} == {"before", "future"}
