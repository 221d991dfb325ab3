"""Days off: a date or an inclusive range of dates (``2026-12-24..2026-12-26``), and its parser."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = ["DayRange", "parse_date", "parse_day_range"]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(text: str) -> date:
    """A ``YYYY-MM-DD`` date, or ``ValueError`` with one sentence."""
    text = text.strip()
    if not _ISO_DAY.fullmatch(text):
        raise ValueError(f"'{text}' is not a date: write it as YYYY-MM-DD.")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a date on the calendar.") from None


class DayRange(BaseModel):
    """Days off from ``start`` to ``end``, both included; one day has start == end."""

    model_config = ConfigDict(frozen=True)

    start: date
    end: date

    @model_validator(mode="after")
    def _in_order(self) -> DayRange:
        if self.end < self.start:
            raise ValueError(f"The range {self.start}..{self.end} ends before it starts.")
        return self

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __len__(self) -> int:
        return (self.end - self.start).days + 1

    def days(self) -> list[date]:
        return [self.start + timedelta(days=k) for k in range(len(self))]

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def parse_day_range(text: str) -> DayRange:
    """``"2026-12-24..2026-12-26"`` or ``"2026-12-25"`` → a :class:`DayRange`.

    Raises ``ValueError`` with one sentence on bad input.
    """
    text = text.strip()
    if ".." in text:
        first, _, last = text.partition("..")
        start, end = parse_date(first), parse_date(last)
    else:
        start = end = parse_date(text)
    if end < start:
        raise ValueError(f"The range {text} ends before it starts.")
    return DayRange(start=start, end=end)
