"""Which calendar day a reflection belongs to, and the ISO weeks days fall in.

Late shifts end after midnight: a reflection written before the day-start hour
belongs to the day before (CONTRACT, "Day of an entry"). Weeks are ISO 8601, Monday
first, labelled ``YYYY-Www`` by ISO year (CONTRACT, "Weeks"); every week label and
week start in the app comes from here.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

DEFAULT_DAY_START_HOUR = 4


def day_of(moment: datetime, day_start_hour: int = DEFAULT_DAY_START_HOUR) -> date:
    """The local calendar day a moment belongs to, in the moment's own time zone."""
    if not 0 <= day_start_hour <= 23:
        raise ValueError(f"The day-start hour must be between 0 and 23, not {day_start_hour}.")
    local = moment if moment.tzinfo is not None else moment.astimezone()
    if local.hour < day_start_hour:
        return local.date() - timedelta(days=1)
    return local.date()


def now_local() -> datetime:
    """The current moment, time-zone aware, in the machine's zone."""
    return datetime.now().astimezone()


def today(day_start_hour: int = DEFAULT_DAY_START_HOUR) -> date:
    return day_of(now_local(), day_start_hour)


def parse_day(text: str) -> date:
    """A typed date, ``YYYY-MM-DD`` or ``DD-MM-YYYY`` (i18n/dates.py), or ValueError with one sentence."""
    from covey_coach.i18n.dates import parse_date

    return parse_date(text)


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def iso_week_label(day: date) -> str:
    """``2026-12-31`` → ``"2026-W53"`` (ISO year, not calendar year)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def iso_weeks(start: date, end: date) -> list[tuple[str, date]]:
    """Every ISO week from the week of ``start`` to the week of ``end``: (label, Monday)."""
    out: list[tuple[str, date]] = []
    monday, last = week_start(start), week_start(end)
    while monday <= last:
        out.append((iso_week_label(monday), monday))
        monday += timedelta(days=7)
    return out
