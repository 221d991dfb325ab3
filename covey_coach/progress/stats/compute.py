"""``compute_stats``: every figure as of T from one pass over the days (CONTRACT "Definitions behind stats")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from covey_coach.days import iso_weeks, week_start
from covey_coach.progress.schedule import ScheduleLike
from covey_coach.progress.stats.commitments import commitment_stats
from covey_coach.progress.stats.daily import DayArrays, EntryLike
from covey_coach.progress.stats.milestones import StatsSnapshot
from covey_coach.progress.stats.results import HabitStats, HabitWeek, Stats, WeekStats, mean
from covey_coach.progress.stats.strength import Target, targets_for_all

__all__ = ["compute_stats"]


def compute_stats(
    entries: Iterable[EntryLike],
    schedule: ScheduleLike | None,
    as_of: date,
    targets: Mapping[int, Target] | None = None,
) -> Stats:
    """All figures as of T. ``schedule`` is the history (or one rule standing for it); None is every day."""
    goals = targets_for_all(targets)
    days = DayArrays.build(entries, schedule, as_of)
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
            mean_rating=mean(per_habit_total[h], per_habit_count[h]),
            target=goals[h],
        )
        for h in goals
    }

    if days.first_day is None:
        return Stats(as_of, None, 0, 0, 0, 0, 0, 0, habits, [], StatsSnapshot(0, 0, {h: 0.0 for h in goals}),
                     commitment_stats(kept, as_of))

    first = days.first_day
    current, best = days.streaks()
    # The same figures as of the day before T, read from the same arrays: milestones compare the two.
    span = len(days)
    before_current, before_best = days.streaks(span - 1) if span > 1 else (0, 0)
    previous = StatsSnapshot(before_current, before_best,
                             {h: series[h][-2] if len(series[h]) > 1 else 0.0 for h in goals})

    by_week: dict[date, list[EntryLike]] = {}
    for e in kept:
        by_week.setdefault(week_start(e.day), []).append(e)

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
                mean_rating=mean(sum(e.rating for e in week_entries), len(week_entries)),
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
        commitments=commitment_stats(kept, as_of),
    )
