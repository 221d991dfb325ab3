"""The Progress screen's calendar heatmap as data: one cell per day, a column per ISO week.

The screen only draws what this decides, so "was that day a miss or a day off?" is answered
once, here, by the same schedule rules the streak uses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from covey_coach.days import week_start
from covey_coach.progress.schedule import ScheduleLike, as_history
from covey_coach.progress.stats import EntryLike

CellState = Literal["reflected", "missed", "off", "open", "future", "before"]
"""reflected: at least one reflection; missed: a working day that passed without one;
off: not a working day, no reflection; open: today, a working day not reflected yet;
future: after today; before: before the journal's first day."""


@dataclass(frozen=True)
class DayCell:
    day: date
    state: CellState
    count: int
    """Reflections that day."""


def heatmap(entries: Iterable[EntryLike], schedule: ScheduleLike, as_of: date, weeks: int = 26) -> list[list[DayCell]]:
    """``weeks`` columns (oldest first), each seven cells Monday to Sunday, ending with ``as_of``'s week."""
    counts = Counter(e.day for e in entries if e.day <= as_of)
    first = min(counts, default=None)
    end_monday = week_start(as_of)
    start = end_monday - timedelta(weeks=weeks - 1)
    scheduled = as_history(schedule).scheduled_days(start, end_monday + timedelta(days=6), first_day=first)
    columns: list[list[DayCell]] = []
    for w in range(weeks):
        column = []
        for d in range(7):
            day = start + timedelta(weeks=w, days=d)
            count = counts.get(day, 0)
            state: CellState
            if day > as_of:
                state = "future"
            elif count:
                state = "reflected"
            elif first is None or day < first:
                state = "before"
            elif day not in scheduled:
                state = "off"
            elif day == as_of:
                state = "open"
            else:
                state = "missed"
            column.append(DayCell(day, state, count))
        columns.append(column)
    return columns


__all__ = ["CellState", "DayCell", "heatmap"]
