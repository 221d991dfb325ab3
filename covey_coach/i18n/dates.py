"""Dates and weeks as a person reads and types them, in one style for every screen and the CLI.

On screen a date is short (``1 dec.``, ``1 Dec``) and carries its year only when that is not
this year (``1 dec. 2025``); a week is ``week 47`` (``week 47 van 2025``). The full form
(``dinsdag 1 december 2026``) is for headings. Files and ``--json`` stay ISO: nothing here is
written to disk.

Typed dates are accepted in two forms, told apart by where the four-digit year stands, so
day and month are never swapped: ISO ``jjjj-mm-dd`` (year first) and ``dd-mm-jjjj`` (day first,
also ``d-m-jjjj``). A month-first form is not accepted at all.

Everything here is a pure function of its arguments (no clock): callers pass the day they
call "today", which the app freezes in tests and snapshots.
"""

from __future__ import annotations

import re
from datetime import date

from covey_coach.i18n import Lang, Translator, catalogue

__all__ = [
    "DateInputError",
    "as_input",
    "full_date",
    "long_date",
    "parse_date",
    "parse_date_range",
    "short_date",
    "week_name",
]

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
RANGE_SEPARATOR = ".."


class DateInputError(ValueError):
    """Typed text that is not a date in either accepted form (or not a day on the calendar)."""

    def __init__(self, text: str) -> None:
        super().__init__(f"'{text}' is not a date: write dd-mm-yyyy or yyyy-mm-dd.")
        self.text = text


def short_date(day: date, lang: Lang, today: date | None) -> str:
    """``1 dec.`` this year, ``1 dec. 2025`` in any other (``1 Dec``, ``1 Dec 2025`` in English).

    ``today`` None: always with the year, for a text that is read without a today of its own.
    """
    strings = catalogue(lang)
    month = strings[f"dates.month.{day.month}"]
    if today is not None and day.year == today.year:
        return strings["dates.day_month"].format(day=day.day, month=month)
    return strings["dates.day_month_year"].format(day=day.day, month=month, year=day.year)


def long_date(day: date, lang: Lang) -> str:
    """``1 december 2026``: with the year always, for a sentence that stands on its own."""
    return Translator(lang).date(day, "long")


def full_date(day: date, lang: Lang) -> str:
    """``dinsdag 1 december 2026`` (``Tuesday 1 December 2026``): a heading's date."""
    strings = catalogue(lang)
    weekday = Translator(lang).weekday(day)
    return strings["dates.weekday_date"].format(weekday=weekday, date=long_date(day, lang))


def week_name(day: date, lang: Lang, today: date) -> str:
    """The ISO week ``day`` falls in: ``week 47``, or ``week 47 van 2025`` when its ISO year is not today's."""
    strings = catalogue(lang)
    year, week, _ = day.isocalendar()
    if year == today.isocalendar()[0]:
        return strings["dates.week"].format(week=week)
    return strings["dates.week_of_year"].format(week=week, year=year)


def as_input(day: date) -> str:
    """The day-first form a date box is filled with (``01-12-2026``); parse_date reads it back."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def parse_date(text: str) -> date:
    """``2026-12-01``, ``01-12-2026`` or ``1-12-2026`` → that day; anything else raises DateInputError."""
    cleaned = text.strip()
    if match := _ISO.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST.fullmatch(cleaned):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise DateInputError(cleaned)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError(cleaned) from None


def parse_date_range(text: str) -> tuple[date, date]:
    """``D`` or ``D..D`` in either form → (first, last); the order is the caller's to check."""
    cleaned = text.strip()
    if RANGE_SEPARATOR in cleaned:
        first, _, last = cleaned.partition(RANGE_SEPARATOR)
        return parse_date(first), parse_date(last)
    day = parse_date(cleaned)
    return day, day
