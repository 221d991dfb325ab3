"""How wide the Journal's columns are at a given screen width: whole dates, and the rest of the
width to the habit and, most of all, to what happened."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from covey_coach.i18n import Translator

NARROW = 80
"""Below this many columns (80, the usual terminal, still has one row) the filters take two rows: habit and search, then the dates."""
_CHROME = 2 + 2 + 4 * 2
"""The table's margin, its scrollbar and the padding of its four columns."""
_HABIT = (12, 34)
"""The habit column's narrowest and widest: "2 · Begin with the end in mind" fits the widest."""


@lru_cache(maxsize=8)
def _date_width(lang: str) -> int:
    t = Translator(lang)  # type: ignore[arg-type]
    # Day 28 in every month with its year (a date of another year): the longest the list writes.
    return max(len(t.short_date(date(2026, month, 28), None)) for month in range(1, 13))


def date_width(t: Translator) -> int:
    """Enough room for every date the list writes in ``t``'s language (no "20 sep. 202")."""
    return _date_width(t.lang)


def column_widths(screen_width: int, day: int, rating_header: int) -> tuple[int, int, int, int]:
    """(day, habit, rating, encounter) for a screen ``screen_width`` wide."""
    rating = max(rating_header, len("5/5"))
    room = max(screen_width - _CHROME - day - rating, 0)
    habit = max(_HABIT[0], min(_HABIT[1], room * 2 // 5))
    return day, habit, rating, max(room - habit, 8)


__all__ = ["NARROW", "column_widths", "date_width"]
