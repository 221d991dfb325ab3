"""What the Today screen and the Reflect flow suggest: this week's focus habit, the loop back
to last time's commitment, and whether today is done. Pure functions of entries and reviews.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from covey_coach.days import iso_week_label
from covey_coach.habits import HABITS
from covey_coach.models import Entry, WeeklyReview, entry_sort_key


@dataclass(frozen=True)
class Focus:
    """The habit to suggest, and why."""

    habit: int
    source: Literal["review", "least"]
    """``review``: chosen in this week's weekly review; ``least``: the habit practised least so far."""


def least_practised(entries: Iterable[Entry], as_of: date) -> int:
    """The habit with the fewest reflections up to ``as_of``.

    Ties go to the habit practised longest ago (never beats any day), then to Covey's order.
    """
    counts = dict.fromkeys(HABITS, 0)
    last: dict[int, date] = {}
    for entry in entries:
        if entry.day > as_of:
            continue
        counts[entry.habit] += 1
        last[entry.habit] = max(last.get(entry.habit, entry.day), entry.day)
    return min(HABITS, key=lambda h: (counts[h], last.get(h, date.min), h))


def focus_for(entries: Sequence[Entry], reviews: Iterable[WeeklyReview], day: date) -> Focus:
    """This week's focus from the weekly review of ``day``'s ISO week, else the habit practised least."""
    week = iso_week_label(day)
    review = next((r for r in reviews if r.week == week), None)
    if review is not None:
        return Focus(review.focus_habit, "review")
    return Focus(least_practised(entries, day), "least")


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
    """For rotation: per earlier reflection on a habit, newest first, the question ids answered."""
    ordered = sorted((e for e in entries if e.habit == habit and e.id != exclude_id),
                     key=entry_sort_key, reverse=True)
    return [[a.question_id for a in e.answers if a.answer.strip()] for e in ordered]


__all__ = ["Focus", "focus_for", "last_commitment", "least_practised", "question_history",
           "reflected_on"]
