"""Streaks, habit strength and weekly growth: pure functions of entries and a schedule.

Everything here follows CONTRACT "Definitions behind stats" and "stats --json"
word for word; scripts outside the repo rely on it. In short, with T = ``as_of``:

* entries dated after T are left out of every figure;
* the journal's first day is the day of its first entry (any habit); it also anchors an
  RRULE without DTSTART in the schedule period that holds from the start;
* **current streak**: walk back from T (from T−1 when T is scheduled and not yet
  reflected); a reflected day adds 1, scheduled or not; an unscheduled day without a
  reflection is passed over; a scheduled day without one, or the first day's
  eve, ends the walk. **Best streak**: the longest such run up to T;
* **habit strength**: the Loop Habit Tracker yes/no score from the first day to T,
  starting at 0 (see :func:`strength_step`);
* **weeks**: ISO 8601, Monday first, labelled ``YYYY-Www`` by ISO year, from the
  week of the first entry to the week of T, none missing.

One job per module: ``strength`` (the score and targets), ``daily`` (the per-day arrays
every figure is read from, built in one pass), ``figures`` (single figures), ``milestones``,
``commitments`` (commitments and their follow-up), ``results`` (the figures as data and as
JSON) and ``compute`` (:func:`compute_stats`).
A ten-year journal takes a few tens of milliseconds.
"""

from covey_coach.days import iso_week_label, iso_weeks
from covey_coach.progress.stats.commitments import CommitmentStats, commitment_stats
from covey_coach.progress.stats.compute import compute_stats
from covey_coach.progress.stats.daily import EntryLike
from covey_coach.progress.stats.figures import (
    best_streak,
    current_streak,
    habit_strength,
    habit_strengths,
    strength_by_day,
    strength_by_week,
)
from covey_coach.progress.stats.milestones import (
    STREAK_MILESTONES,
    STRENGTH_MILESTONES,
    Milestone,
    StatsSnapshot,
    milestones_passed,
)
from covey_coach.progress.stats.results import HabitStats, HabitWeek, Stats, WeekStats
from covey_coach.progress.stats.strength import (
    DEFAULT_TARGET,
    Target,
    strength_check,
    strength_multiplier,
    strength_step,
    strength_window,
)

__all__ = [
    "DEFAULT_TARGET",
    "STREAK_MILESTONES",
    "STRENGTH_MILESTONES",
    "CommitmentStats",
    "EntryLike",
    "HabitStats",
    "HabitWeek",
    "Milestone",
    "Stats",
    "StatsSnapshot",
    "Target",
    "WeekStats",
    "best_streak",
    "commitment_stats",
    "compute_stats",
    "current_streak",
    "habit_strength",
    "habit_strengths",
    "iso_week_label",
    "iso_weeks",
    "milestones_passed",
    "strength_by_day",
    "strength_by_week",
    "strength_check",
    "strength_multiplier",
    "strength_step",
    "strength_window",
]
