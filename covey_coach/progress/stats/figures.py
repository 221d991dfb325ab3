"""Single figures as of T, each from the per-day arrays: a streak, a strength, a strength history."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from covey_coach.days import iso_weeks
from covey_coach.progress.schedule import ScheduleLike
from covey_coach.progress.stats.daily import DayArrays, EntryLike
from covey_coach.progress.stats.strength import DEFAULT_TARGET, Target, check_target, targets_for_all

__all__ = ["best_streak", "current_streak", "habit_strength", "habit_strengths", "strength_by_day",
           "strength_by_week"]


def current_streak(entries: Iterable[EntryLike], schedule: ScheduleLike | None, as_of: date) -> int:
    """Days in a row with a reflection, ending at T (CONTRACT "Current streak")."""
    return DayArrays.build(entries, schedule, as_of).streaks()[0]


def best_streak(entries: Iterable[EntryLike], schedule: ScheduleLike | None, as_of: date) -> int:
    """The longest streak anywhere up to T (CONTRACT "Best streak")."""
    return DayArrays.build(entries, schedule, as_of).streaks()[1]


def habit_strength(
    entries: Iterable[EntryLike],
    schedule: ScheduleLike | None,
    as_of: date,
    habit: int,
    target: Target = DEFAULT_TARGET,
) -> float:
    """Habit strength of ``habit`` at T, 0–1 (CONTRACT "Habit strength")."""
    series = DayArrays.build(entries, schedule, as_of).strength(habit, check_target(habit, target))
    return series[-1] if series else 0.0


def habit_strengths(
    entries: Iterable[EntryLike],
    schedule: ScheduleLike | None,
    as_of: date,
    targets: Mapping[int, Target] | None = None,
) -> dict[int, float]:
    """Habit strength at T for all seven habits."""
    days = DayArrays.build(entries, schedule, as_of)
    out: dict[int, float] = {}
    for habit, target in targets_for_all(targets).items():
        series = days.strength(habit, target)
        out[habit] = series[-1] if series else 0.0
    return out


def strength_by_day(
    entries: Iterable[EntryLike],
    schedule: ScheduleLike | None,
    as_of: date,
    habit: int,
    target: Target = DEFAULT_TARGET,
) -> list[tuple[date, float]]:
    """The score after each day from the journal's first day to T."""
    days = DayArrays.build(entries, schedule, as_of)
    series = days.strength(habit, check_target(habit, target))
    if days.first_day is None:
        return []
    return [(days.first_day + timedelta(days=i), s) for i, s in enumerate(series)]


def strength_by_week(
    entries: Iterable[EntryLike],
    schedule: ScheduleLike | None,
    as_of: date,
    habit: int,
    target: Target = DEFAULT_TARGET,
    *,
    last: int | None = None,
) -> list[tuple[str, float]]:
    """(ISO week, score at the week's Sunday — or at T in T's week), oldest first.

    ``last=12`` keeps the newest twelve weeks, for the Progress screen's sparkline.
    """
    days = DayArrays.build(entries, schedule, as_of)
    series = days.strength(habit, check_target(habit, target))
    if days.first_day is None:
        return []
    out = [
        (label, series[min((monday + timedelta(days=6) - days.first_day).days, len(series) - 1)])
        for label, monday in iso_weeks(days.first_day, as_of)
    ]
    return out[-last:] if last else out
