"""Streaks, habit strength and weekly growth: pure functions of entries and a schedule.

Everything here follows CONTRACT "Definitions behind stats" and "stats --json"
word for word; scripts outside the repo rely on it. In short, with T = ``as_of``:

* entries dated after T are left out of every figure;
* the journal's first day is the day of its first entry (any habit);
* **current streak**: walk back from T (from T−1 when T is scheduled and not yet
  reflected); a reflected day adds 1, scheduled or not; an unscheduled day without a
  reflection is passed over; a scheduled day without one, or the first day's
  eve, ends the walk. **Best streak**: the longest such run up to T;
* **habit strength**: the Loop Habit Tracker yes/no score from the first day to T,
  starting at 0 (see :func:`strength_step`);
* **weeks**: ISO 8601, Monday first, labelled ``YYYY-Www`` by ISO year, from the
  week of the first entry to the week of T, none missing.

One pass builds per-day arrays (scheduled, reflected, YES per habit) over the days
from the first entry to T, and every figure is read from them: a ten-year journal
takes a few tens of milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal, Protocol

from covey_coach.habits import HABITS
from covey_coach.progress.schedule import Schedule

__all__ = [
    "DEFAULT_TARGET",
    "STREAK_MILESTONES",
    "STRENGTH_MILESTONES",
    "EntryLike",
    "HabitStats",
    "HabitWeek",
    "Milestone",
    "Stats",
    "StatsSnapshot",
    "WeekStats",
    "best_streak",
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

Target = tuple[int, int]
"""(n times, per d days)."""

DEFAULT_TARGET: Target = (1, 7)
"""Once a week, for every habit unless the settings say otherwise."""

STREAK_MILESTONES: tuple[int, ...] = (3, 7, 14, 30, 50, 100, 200, 365)
STRENGTH_MILESTONES: tuple[float, ...] = (0.25, 0.50, 0.75, 0.90)


class EntryLike(Protocol):
    """What the statistics read from an entry; the journal's model has more."""

    @property
    def day(self) -> date: ...

    @property
    def habit(self) -> int: ...

    @property
    def rating(self) -> int: ...


# --------------------------------------------------------------------------- strength maths


def strength_multiplier(frequency: float) -> float:
    """m = 0.5 ** (√f / 13): how much of yesterday's score a day keeps."""
    return 0.5 ** (math.sqrt(frequency) / 13.0)


def strength_window(times: int, days: int) -> tuple[int, int]:
    """(n', d'): a target below once a day is judged over twice its period."""
    if times / days < 1:
        return 2 * times, 2 * days
    return times, days


def strength_check(rolling: int, times: int, days: int) -> float:
    """min(1, rolling / n'): how much of the target the last d' days met."""
    n2, _ = strength_window(times, days)
    return min(1.0, rolling / n2)


def strength_step(previous: float, frequency: float, check: float) -> float:
    """One day's update on a YES or NO day: score·m + check·(1 − m).

    ``strength_step(0.0, 1.0, 1.0)`` → 0.051922; ``strength_step(0.5, 1/3, 1.0)`` →
    0.515157 (CONTRACT checks). A SKIP day does not call this: the score stays.
    """
    m = strength_multiplier(frequency)
    return previous * m + check * (1.0 - m)


def _check_target(habit: int, target: Any) -> Target:
    try:
        times, days = target
    except (TypeError, ValueError):
        raise ValueError(f"The target of habit {habit} must be (times, days), not {target!r}.") from None
    if not (isinstance(times, int) and isinstance(days, int)) or times < 1 or days < 1:
        raise ValueError(f"The target of habit {habit} must be whole numbers of at least 1, not {target!r}.")
    return times, days


def _targets(targets: Mapping[int, Target] | None) -> dict[int, Target]:
    out = {h: DEFAULT_TARGET for h in HABITS}
    for habit, target in (targets or {}).items():
        if int(habit) not in out:
            raise ValueError(f"There is no habit {habit}: habits are numbered 1 to 7.")
        out[int(habit)] = _check_target(int(habit), target)
    return out


def _strength_series(yes: list[bool], scheduled: list[bool], target: Target) -> list[float]:
    """The score after each day (index 0 = the journal's first day)."""
    times, days = target
    n2, d2 = strength_window(times, days)
    m = strength_multiplier(times / days)
    keep = 1.0 - m
    score = 0.0
    rolling = 0
    out: list[float] = []
    append = out.append
    for i, is_yes in enumerate(yes):
        if is_yes:
            rolling += 1
        if i >= d2 and yes[i - d2]:
            rolling -= 1
        if is_yes or scheduled[i]:  # YES or NO; a SKIP day leaves the score as it was
            score = score * m + min(1.0, rolling / n2) * keep
        append(score)
    return out


# --------------------------------------------------------------------------- weeks


def iso_week_label(day: date) -> str:
    """``2026-12-31`` → ``"2026-W53"`` (ISO year, not calendar year)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def iso_weeks(start: date, end: date) -> list[tuple[str, date]]:
    """Every ISO week from the week of ``start`` to the week of ``end``: (label, Monday)."""
    out: list[tuple[str, date]] = []
    monday, last = _monday(start), _monday(end)
    while monday <= last:
        out.append((iso_week_label(monday), monday))
        monday += timedelta(days=7)
    return out


# --------------------------------------------------------------------------- the per-day arrays


@dataclass
class _Days:
    """Per-day facts from the journal's first day to T, computed once."""

    as_of: date
    entries: list[EntryLike]
    first_day: date | None = None
    scheduled: list[bool] = field(default_factory=list)
    reflected: list[bool] = field(default_factory=list)
    yes: dict[int, list[bool]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Iterable[EntryLike], schedule: Schedule | None, as_of: date) -> _Days:
        kept = [e for e in entries if e.day <= as_of]
        out = cls(as_of=as_of, entries=kept)
        if not kept:
            return out
        first = min(e.day for e in kept)
        out.first_day = first
        span = (as_of - first).days + 1
        out.scheduled = (schedule or Schedule()).scheduled_mask(first, as_of)
        out.reflected = [False] * span
        yes = {h: [False] * span for h in HABITS}
        for e in kept:
            i = (e.day - first).days
            out.reflected[i] = True
            row = yes.get(e.habit)
            if row is None:
                row = yes[e.habit] = [False] * span
            row[i] = True
        out.yes = yes
        return out

    def __len__(self) -> int:
        return len(self.reflected)

    def streaks(self, end: int | None = None) -> tuple[int, int]:
        """(current, best) by one walk forward; the same as walking back from each day.

        ``end`` stops the walk early: ``end = len - 1`` gives the figures as of the day before T.
        """
        days = self.reflected if end is None else self.reflected[:end]
        run = best = 0
        last = len(days) - 1
        scheduled = self.scheduled
        for i, reflected in enumerate(days):
            if reflected:
                run += 1
                if run > best:
                    best = run
            elif scheduled[i] and i != last:
                run = 0  # a scheduled day without a reflection ends it; T itself is not over
        return run, best

    def strength(self, habit: int, target: Target) -> list[float]:
        if not self.reflected:
            return []
        yes = self.yes.get(habit) or [False] * len(self.reflected)
        return _strength_series(yes, self.scheduled, target)


# --------------------------------------------------------------------------- single figures


def current_streak(entries: Iterable[EntryLike], schedule: Schedule | None, as_of: date) -> int:
    """Days in a row with a reflection, ending at T (CONTRACT "Current streak")."""
    return _Days.build(entries, schedule, as_of).streaks()[0]


def best_streak(entries: Iterable[EntryLike], schedule: Schedule | None, as_of: date) -> int:
    """The longest streak anywhere up to T (CONTRACT "Best streak")."""
    return _Days.build(entries, schedule, as_of).streaks()[1]


def habit_strength(
    entries: Iterable[EntryLike],
    schedule: Schedule | None,
    as_of: date,
    habit: int,
    target: Target = DEFAULT_TARGET,
) -> float:
    """Habit strength of ``habit`` at T, 0–1 (CONTRACT "Habit strength")."""
    series = _Days.build(entries, schedule, as_of).strength(habit, _check_target(habit, target))
    return series[-1] if series else 0.0


def habit_strengths(
    entries: Iterable[EntryLike],
    schedule: Schedule | None,
    as_of: date,
    targets: Mapping[int, Target] | None = None,
) -> dict[int, float]:
    """Habit strength at T for all seven habits."""
    days = _Days.build(entries, schedule, as_of)
    out: dict[int, float] = {}
    for habit, target in _targets(targets).items():
        series = days.strength(habit, target)
        out[habit] = series[-1] if series else 0.0
    return out


def strength_by_day(
    entries: Iterable[EntryLike],
    schedule: Schedule | None,
    as_of: date,
    habit: int,
    target: Target = DEFAULT_TARGET,
) -> list[tuple[date, float]]:
    """The score after each day from the journal's first day to T."""
    days = _Days.build(entries, schedule, as_of)
    series = days.strength(habit, _check_target(habit, target))
    if days.first_day is None:
        return []
    return [(days.first_day + timedelta(days=i), s) for i, s in enumerate(series)]


def strength_by_week(
    entries: Iterable[EntryLike],
    schedule: Schedule | None,
    as_of: date,
    habit: int,
    target: Target = DEFAULT_TARGET,
    *,
    last: int | None = None,
) -> list[tuple[str, float]]:
    """(ISO week, score at the week's Sunday — or at T in T's week), oldest first.

    ``last=12`` keeps the newest twelve weeks, for the Progress screen's sparkline.
    """
    days = _Days.build(entries, schedule, as_of)
    series = days.strength(habit, _check_target(habit, target))
    if days.first_day is None:
        return []
    out = [
        (label, series[min((monday + timedelta(days=6) - days.first_day).days, len(series) - 1)])
        for label, monday in iso_weeks(days.first_day, as_of)
    ]
    return out[-last:] if last else out


# --------------------------------------------------------------------------- the whole picture


def _mean(total: int, count: int) -> float | None:
    return total / count if count else None


@dataclass(frozen=True)
class HabitStats:
    habit: int
    strength: float
    """0–1 at T."""
    entries: int
    mean_rating: float | None
    """None without entries."""
    target: Target = DEFAULT_TARGET

    def to_json(self) -> dict[str, Any]:
        return {
            "strength": round(self.strength, 9),
            "entries": self.entries,
            "mean_rating": self.mean_rating,
            "target": {"times": self.target[0], "days": self.target[1]},
        }


@dataclass(frozen=True)
class HabitWeek:
    entries: int
    mean_rating: float | None


@dataclass(frozen=True)
class WeekStats:
    week: str
    """``YYYY-Www`` by ISO year."""
    start: date
    """The Monday."""
    entries: int
    scheduled_days: int
    """Scheduled days of this week from the journal's first day up to T."""
    reflected_scheduled_days: int
    mean_rating: float | None
    by_habit: dict[int, HabitWeek]
    """Only habits with entries this week."""
    strength: dict[int, float]
    """Each habit's strength at the week's Sunday (or at T in T's week)."""

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def consistency(self) -> float | None:
        """Reflected scheduled days / scheduled days; None without scheduled days."""
        return _mean(self.reflected_scheduled_days, self.scheduled_days)

    def to_json(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "start": self.start.isoformat(),
            "entries": self.entries,
            "scheduled_days": self.scheduled_days,
            "reflected_scheduled_days": self.reflected_scheduled_days,
            "mean_rating": self.mean_rating,
            "by_habit": {
                str(h): {"entries": hw.entries, "mean_rating": hw.mean_rating} for h, hw in sorted(self.by_habit.items())
            },
            "end": self.end.isoformat(),
            "consistency": self.consistency,
            "strength": {str(h): round(s, 9) for h, s in sorted(self.strength.items())},
        }


@dataclass(frozen=True)
class StatsSnapshot:
    """The figures milestones are read from, before and after a reflection."""

    current_streak: int
    best_streak: int
    strengths: Mapping[int, float]


@dataclass(frozen=True)
class Milestone:
    """A threshold passed: ``kind="streak"`` (``value`` days) or ``"strength"`` (``value`` 0–1 on ``habit``)."""

    kind: Literal["streak", "strength"]
    value: float
    habit: int | None = None


def milestones_passed(before: StatsSnapshot, after: StatsSnapshot) -> list[Milestone]:
    """Streak milestones (3, 7, 14, 30, 50, 100, 200, 365 days) and strength milestones
    (25, 50, 75, 90 %) that ``after`` reached and ``before`` had not: streaks first,
    then habits in order, each ascending."""
    out: list[Milestone] = [
        Milestone("streak", m) for m in STREAK_MILESTONES if before.current_streak < m <= after.current_streak
    ]
    eps = 1e-12
    for habit in sorted(after.strengths):
        old, new = before.strengths.get(habit, 0.0), after.strengths[habit]
        out.extend(Milestone("strength", p, habit) for p in STRENGTH_MILESTONES if old < p - eps and new >= p - eps)
    return out


@dataclass(frozen=True)
class Stats:
    """Everything ``covey-coach stats`` shows, as of one day."""

    as_of: date
    first_day: date | None
    """The day of the first entry on or before T; None for an empty journal."""
    current_streak: int
    best_streak: int
    total_entries: int
    reflection_days: int
    """Days with at least one reflection."""
    scheduled_days: int
    """Scheduled days from the first day to T."""
    reflected_scheduled_days: int
    habits: dict[int, HabitStats]
    weeks: list[WeekStats]
    previous: StatsSnapshot = field(default_factory=lambda: StatsSnapshot(0, 0, {}))
    """Streaks and strengths as of the day before T (what ``compute_stats(..., T - 1)`` would say)."""

    @property
    def consistency(self) -> float | None:
        """Reflected scheduled days / scheduled days (first day to T); None if none."""
        return _mean(self.reflected_scheduled_days, self.scheduled_days)

    @property
    def neglected_habit(self) -> int:
        """The habit with the lowest strength; ties: fewest entries, then lowest number."""
        return min(self.habits.values(), key=lambda h: (h.strength, h.entries, h.habit)).habit

    @property
    def strengths(self) -> dict[int, float]:
        return {h: hs.strength for h, hs in self.habits.items()}

    def strength_history(self, habit: int, last: int | None = None) -> list[tuple[str, float]]:
        """(ISO week, strength at its end) for one habit, oldest first; ``last=12`` for a sparkline."""
        out = [(w.week, w.strength.get(habit, 0.0)) for w in self.weeks]
        return out[-last:] if last else out

    def snapshot(self) -> StatsSnapshot:
        return StatsSnapshot(self.current_streak, self.best_streak, self.strengths)

    def milestones_today(self) -> list[Milestone]:
        """Milestones T passed that the day before had not."""
        return milestones_passed(self.previous, self.snapshot())

    def week(self, label: str) -> WeekStats | None:
        return next((w for w in self.weeks if w.week == label), None)

    def to_json(self) -> dict[str, Any]:
        """The CONTRACT ``stats --json`` object (plus a few extra keys)."""
        return {
            "as_of": self.as_of.isoformat(),
            "current_streak": self.current_streak,
            "best_streak": self.best_streak,
            "total_entries": self.total_entries,
            "reflection_days": self.reflection_days,
            "habits": {str(h): self.habits[h].to_json() for h in sorted(self.habits)},
            "weeks": [w.to_json() for w in self.weeks],
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "scheduled_days": self.scheduled_days,
            "reflected_scheduled_days": self.reflected_scheduled_days,
            "consistency": self.consistency,
            "neglected_habit": self.neglected_habit,
        }


def compute_stats(
    entries: Iterable[EntryLike],
    schedule: Schedule | None,
    as_of: date,
    targets: Mapping[int, Target] | None = None,
) -> Stats:
    """All figures as of T, from one pass over the days (CONTRACT "Definitions behind stats")."""
    goals = _targets(targets)
    days = _Days.build(entries, schedule, as_of)
    kept = days.entries

    per_habit_count = {h: 0 for h in goals}
    per_habit_total = {h: 0 for h in goals}
    for e in kept:
        per_habit_count[e.habit] = per_habit_count.get(e.habit, 0) + 1
        per_habit_total[e.habit] = per_habit_total.get(e.habit, 0) + e.rating

    series = {h: days.strength(h, goals[h]) for h in goals}
    habits = {
        h: HabitStats(
            habit=h,
            strength=series[h][-1] if series[h] else 0.0,
            entries=per_habit_count[h],
            mean_rating=_mean(per_habit_total[h], per_habit_count[h]),
            target=goals[h],
        )
        for h in goals
    }

    if days.first_day is None:
        return Stats(as_of, None, 0, 0, 0, 0, 0, 0, habits, [], StatsSnapshot(0, 0, {h: 0.0 for h in goals}))

    first = days.first_day
    current, best = days.streaks()
    # The same figures as of the day before T, read from the same arrays: milestones compare the two.
    span = len(days)
    before_current, before_best = days.streaks(span - 1) if span > 1 else (0, 0)
    previous = StatsSnapshot(before_current, before_best,
                             {h: series[h][-2] if len(series[h]) > 1 else 0.0 for h in goals})

    # Entries per ISO week, keyed by the week's Monday.
    by_week: dict[date, list[EntryLike]] = {}
    for e in kept:
        by_week.setdefault(_monday(e.day), []).append(e)

    weeks: list[WeekStats] = []
    for label, monday in iso_weeks(first, as_of):
        lo = max((monday - first).days, 0)
        hi = min((monday - first).days + 6, span - 1)
        scheduled = sum(days.scheduled[lo : hi + 1])
        reflected = sum(1 for i in range(lo, hi + 1) if days.scheduled[i] and days.reflected[i])
        week_entries = by_week.get(monday, [])
        counts: dict[int, list[int]] = {}
        for e in week_entries:
            c = counts.setdefault(e.habit, [0, 0])
            c[0] += 1
            c[1] += e.rating
        weeks.append(
            WeekStats(
                week=label,
                start=monday,
                entries=len(week_entries),
                scheduled_days=scheduled,
                reflected_scheduled_days=reflected,
                mean_rating=_mean(sum(e.rating for e in week_entries), len(week_entries)),
                by_habit={h: HabitWeek(n, total / n) for h, (n, total) in sorted(counts.items())},
                strength={h: series[h][hi] for h in goals},
            )
        )

    return Stats(
        as_of=as_of,
        first_day=first,
        current_streak=current,
        best_streak=best,
        total_entries=len(kept),
        reflection_days=sum(days.reflected),
        scheduled_days=sum(days.scheduled),
        reflected_scheduled_days=sum(1 for s, r in zip(days.scheduled, days.reflected) if s and r),
        habits=habits,
        weeks=weeks,
        previous=previous,
    )
