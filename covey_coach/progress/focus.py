"""What the Today screen and the Reflect flow suggest: this week's focus habit, the loop back
to last time's commitment, and whether today is done. Pure functions of entries and reviews.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from covey_coach.days import iso_week_label, week_start
from covey_coach.habits import HABITS
from covey_coach.models import FOLLOWUP_ANSWER_ID, Entry, WeeklyReview, entry_sort_key
from covey_coach.progress.stats import Stats


@dataclass(frozen=True)
class Focus:
    """This week's habit, and where it came from."""

    habit: int
    source: Literal["review", "suggested"]
    """``review``: chosen in this week's weekly review; ``suggested``: :func:`suggested_focus`."""
    chosen_on: date | None = None
    """The day the review was saved (its local date), for "you chose it on Monday"."""


def suggested_focus(entries: Iterable[Entry], stats: Stats, day: date) -> int:
    """The one rule for a week nobody has chosen yet: the habit weakest at the end of last week.

    Only what was known before ``day``'s ISO week began counts - each habit's strength at last
    Sunday and the reflections dated before Monday - so saving a reflection this week cannot move
    it. Ties: fewer reflections before this week, then Covey's order. ``stats`` is any Stats as
    of this week (its weeks hold last Sunday's strength, which no later day changes).
    """
    monday = week_start(day)
    last_week = stats.week(iso_week_label(monday - timedelta(days=1)))
    strength = last_week.strength if last_week is not None else {}
    counts = dict.fromkeys(HABITS, 0)
    for entry in entries:
        if entry.day < monday:
            counts[entry.habit] += 1
    return min(HABITS, key=lambda h: (strength.get(h, 0.0), counts[h], h))


def week_review(reviews: Iterable[WeeklyReview], day: date) -> WeeklyReview | None:
    """The weekly review stored for ``day``'s ISO week, if any."""
    week = iso_week_label(day)
    return next((r for r in reviews if r.week == week), None)


def focus_for(entries: Iterable[Entry], reviews: Iterable[WeeklyReview], day: date, stats: Stats) -> Focus:
    """This week's focus: the weekly review's choice, else :func:`suggested_focus`.

    Today, the weekly review and Reflect all ask here, so they never disagree.
    """
    review = week_review(reviews, day)
    if review is not None:
        return Focus(review.focus_habit, "review", review.created_at.astimezone().date())
    return Focus(suggested_focus(entries, stats, day), "suggested")


def last_commitment(entries: Iterable[Entry], before: date | None = None,
                    exclude_id: str | None = None) -> Entry | None:
    """The latest reflection (optionally only those before a day) that made a commitment."""
    candidates = [
        e for e in entries
        if e.commitment.strip() and e.id != exclude_id and (before is None or e.day <= before)
    ]
    return max(candidates, key=entry_sort_key, default=None)


def reflected_on(entries: Iterable[Entry], day: date) -> bool:
    return any(e.day == day for e in entries)


def question_history(entries: Iterable[Entry], habit: int, exclude_id: str | None = None) -> list[list[str]]:
    """For rotation: per earlier reflection on a habit, newest first, the ids of the questions it asked
    (answered or not: a question asked and left open still counts as asked)."""
    ordered = sorted((e for e in entries if e.habit == habit and e.id != exclude_id),
                     key=entry_sort_key, reverse=True)
    return [[a.question_id for a in e.answers if a.question_id != FOLLOWUP_ANSWER_ID] for e in ordered]


__all__ = ["Focus", "focus_for", "last_commitment", "question_history", "reflected_on", "suggested_focus",
           "week_review"]
