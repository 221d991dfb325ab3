"""The weekly review (seed 002's closing question: which habit will you work on this week?).

Due the first time the app opens in a new ISO week, once the journal has a reflection
from an earlier week: a brand-new user starts with a reflection, not a review.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from covey_coach.days import iso_week_label, week_start
from covey_coach.models import Entry, WeeklyReview, entry_sort_key
from covey_coach.progress.focus import suggested_focus
from covey_coach.progress.schedule import ScheduleLike
from covey_coach.progress.stats import CommitmentStats, Milestone, Stats, WeekStats, commitment_stats, compute_stats



@dataclass(frozen=True)
class WeekSummary:
    """Last week in figures and words, for the review screen."""

    week: WeekStats | None
    """Last ISO week's figures; None when the journal started this week."""
    strongest_growth: tuple[int, int] | None
    """Of the habits reflected on last week, the one whose strength grew most, and by how many
    whole points (strength × 100, at least 1: "0 points stronger" is no growth). None in a week
    without reflections: strength from earlier weeks still rises then, but "grew most" would
    contradict "no reflections"."""
    commitments: list[Entry]
    """Last week's reflections that made a commitment, oldest first."""
    suggested_focus: int
    """The one rule's habit (:func:`covey_coach.progress.focus.suggested_focus`): weakest at the end of
    last week. The review suggests what Today and Reflect show, and saving this week cannot move it."""
    previous_focus: int | None
    """Last week's chosen focus, if a review was made."""
    kept: CommitmentStats = CommitmentStats()
    """Last week's commitments and how their follow-ups (up to today) answered."""
    last_mission: WeeklyReview | None = None
    """The newest earlier review that gave a field mission: the review asks what it showed."""


def review_due(entries: Sequence[Entry], reviews: Iterable[WeeklyReview], today: date) -> bool:
    week = iso_week_label(today)
    if any(r.week == week for r in reviews):
        return False
    monday = week_start(today)
    return any(e.day < monday for e in entries)


def summarise_last_week(entries: Sequence[Entry], reviews: Iterable[WeeklyReview], schedule: ScheduleLike,
                        today: date, targets: dict[int, tuple[int, int]] | None = None,
                        stats: Stats | None = None) -> WeekSummary:
    """Last ISO week in figures. ``stats`` (as of ``today``), when the caller has it, saves a pass:
    a past week's figures do not change with T."""
    monday = week_start(today)
    last_sunday = monday - timedelta(days=1)
    now = stats if stats is not None and stats.as_of == today else compute_stats(entries, schedule, today, targets)
    week = now.week(iso_week_label(last_sunday))
    growth: tuple[int, float] | None = None
    if week is not None:
        index = now.weeks.index(week)
        before = now.weeks[index - 1].strength if index > 0 else {}
        deltas = {h: week.strength.get(h, 0.0) - before.get(h, 0.0) for h in sorted(week.by_habit)}
        best = max(deltas, key=lambda h: deltas[h], default=None)
        if best is not None and round(deltas[best] * 100) >= 1:
            growth = (best, round(deltas[best] * 100))
    last_week_label = iso_week_label(last_sunday)
    previous = next((r.focus_habit for r in reviews if r.week == last_week_label), None)
    commitments = sorted((e for e in entries if monday - timedelta(days=7) <= e.day <= last_sunday
                          and e.commitment.strip()), key=entry_sort_key)
    this_week = iso_week_label(today)
    missions = [r for r in reviews if r.week < this_week and r.mission.strip()]
    return WeekSummary(week=week, strongest_growth=growth, commitments=commitments,
                       suggested_focus=suggested_focus(entries, now, today), previous_focus=previous,
                       kept=commitment_stats(entries, today, made_from=monday - timedelta(days=7), made_to=last_sunday),
                       last_mission=max(missions, key=lambda r: r.week, default=None))


def todays_milestones(entries: Sequence[Entry], schedule: ScheduleLike, today: date,
                      targets: dict[int, tuple[int, int]] | None = None,
                      stats: Stats | None = None) -> list[Milestone]:
    """Milestones passed today: the figures as of today against those as of yesterday.

    Stateless on purpose: the note shows all day after the reflection that earned it and then
    goes away by itself, which encourages without nagging.
    """
    now = stats if stats is not None and stats.as_of == today else compute_stats(entries, schedule, today, targets)
    return now.milestones_today()


__all__ = ["WeekSummary", "review_due", "summarise_last_week", "todays_milestones"]
