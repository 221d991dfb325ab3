"""Days off: a date or an inclusive range of dates (``2026-12-24..2026-12-26``, ``24-12-2026..26-12-2026``),
and its parser."""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, model_validator

from covey_coach.i18n import dates

__all__ = ["DayRange", "RangeBackwardsError", "parse_date", "parse_day_range"]


def parse_date(text: str) -> date:
    """A typed date in either accepted form, or ``DateInputError`` (a ``ValueError``) with one sentence."""
    return dates.parse_date(text)


class RangeBackwardsError(ValueError):
    """A range of days whose last day comes before its first."""

    def __init__(self, text: str) -> None:
        super().__init__(f"The range {text} ends before it starts.")
        self.text = text


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
    """``"2026-12-24..2026-12-26"``, ``"24-12-2026..26-12-2026"`` or one day → a :class:`DayRange`.

    Raises ``DateInputError`` for a day that is not a date, ``RangeBackwardsError`` for a
    range that ends before it starts (both ``ValueError``, with one sentence).
    """
    start, end = dates.parse_date_range(text)
    if end < start:
        raise RangeBackwardsError(text.strip())
    return DayRange(start=start, end=end)
