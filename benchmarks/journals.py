"""Seeded journal folders of 0, 1, 10 and 30 years for the benchmarks (about 320 reflections a year).

A year of reflections is what a person who reflects on most working days writes; the sizes
are the ones the issues name (ten years is about 3,200 entries, thirty about 9,600).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from benchmarks.synthetic import ten_year_journal
from covey_coach.days import now_local
from covey_coach.journal.store import open_store
from covey_coach.models import WeeklyReview
from covey_coach.days import iso_week_label

PER_YEAR = 320
YEARS = (0, 1, 10, 30)


def seed_journal(folder: Path, years: int, today: date, *, review_done: bool = True) -> int:
    """A journal of ``years`` years ending ``today`` in ``folder``; returns its entry count.

    With ``review_done`` this week's review is stored, so the app opens on Today and not on
    the weekly review (the usual day).
    """
    entries = ten_year_journal(entries=PER_YEAR * years, end=today, days=max(1, 365 * years)) if years else []
    with open_store(folder) as store:
        store.add_many(entries)
        if review_done:
            store.save_review(WeeklyReview(week=iso_week_label(today), created_at=now_local(), focus_habit=3))
    return len(entries)


__all__ = ["PER_YEAR", "YEARS", "seed_journal"]
