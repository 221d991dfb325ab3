"""One rule of working days (every day, some weekdays, or an RRULE), and the two things built on it.

* :class:`Rule` — the rule alone, as one period of a schedule's history holds it;
* :class:`Period` — a rule and the day it holds from (``None``: from the start);
* :class:`Schedule` — a rule and days off: a whole schedule written as one rule, as scripts,
  tests and settings files before the history wrote it. Its questions are those of the
  :class:`~covey_coach.progress.schedule.history.ScheduleHistory` of one period it stands for.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, field_validator

from covey_coach.progress.schedule.days_off import DayRange
from covey_coach.progress.schedule.rrule import rrule_days, validate_rrule

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.i18n import Translator
    from covey_coach.progress.schedule.history import ScheduleHistory

__all__ = ["Period", "Rule", "RuleKey", "Schedule", "rule_days"]

RuleKey = tuple[tuple[int, ...] | None, str | None]
"""(weekdays, rrule) of a rule, hashable: what the cached expansion keys on."""


def rule_days(key: RuleKey, start: date, end: date, anchor: date | None) -> set[date]:
    """The days from ``start`` to ``end`` (both included) on which the rule holds, days off aside.

    ``anchor`` is the first day of an RRULE without DTSTART (CONTRACT "Schedule").
    """
    weekdays, rrule = key
    if end < start:
        return set()
    if rrule:
        return rrule_days(rrule, start, end, anchor)
    span = (end - start).days + 1
    days = {start + timedelta(days=k) for k in range(span)}
    if weekdays is not None and len(weekdays) < 7:
        allowed = set(weekdays)
        days = {d for d in days if d.weekday() in allowed}
    return days


class Rule(BaseModel):
    """Every day, some weekdays, or an RRULE. When ``rrule`` is set it decides and ``weekdays`` is not used."""

    weekdays: list[int] | None = None
    """0 = Monday … 6 = Sunday; None = every day."""
    rrule: str | None = None
    """RFC 5545 RRULE text for rotating shifts (see ``rrule.py``)."""

    @field_validator("weekdays")
    @classmethod
    def _check_weekdays(cls, value: list[int] | None) -> list[int] | None:
        if value is None:
            return None
        for day in value:
            if not 0 <= day <= 6:
                raise ValueError(f"Weekdays are numbers 0 (Monday) to 6 (Sunday), not {day}.")
        if not value:
            raise ValueError("A weekday schedule needs at least one working day.")
        return sorted(set(value))

    @field_validator("rrule")
    @classmethod
    def _check_rrule(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return validate_rrule(value)

    @property
    def kind(self) -> str:
        """``"every_day"``, ``"weekdays"`` or ``"rrule"``."""
        if self.rrule:
            return "rrule"
        if self.weekdays is not None:
            return "weekdays"
        return "every_day"

    def rule_key(self) -> RuleKey:
        if self.rrule:
            return (None, self.rrule)
        return (tuple(self.weekdays) if self.weekdays is not None else None, None)


class Period(Rule):
    """A rule that holds from ``start`` until the next period of the history begins."""

    start: date | None = None
    """The first day the rule holds; None = from the start (the journal's first day)."""


class Schedule(Rule):
    """A whole schedule as one rule with days off: a history of one period from the start.

    The questions answer as that history does: an RRULE without DTSTART starts on the
    journal's first day, which the caller gives as ``first_day``.
    """

    off: list[DayRange] = Field(default_factory=list)
    """Days off and holidays, each range inclusive."""

    def history(self) -> ScheduleHistory:
        # Imported here: the history is built from this module's rules.
        from covey_coach.progress.schedule.history import ScheduleHistory

        return ScheduleHistory(periods=[Period(weekdays=self.weekdays, rrule=self.rrule)], off=list(self.off))

    def is_scheduled(self, day: date, first_day: date | None = None) -> bool:
        """Whether this person works on ``day``."""
        return self.history().is_scheduled(day, first_day)

    def scheduled_days(self, start: date, end: date, first_day: date | None = None) -> set[date]:
        """Every scheduled day from ``start`` to ``end``, both included."""
        return self.history().scheduled_days(start, end, first_day)

    def scheduled_mask(self, start: date, end: date, first_day: date | None = None) -> list[bool]:
        """``is_scheduled`` for each day from ``start`` to ``end`` (index 0 = start)."""
        return self.history().scheduled_mask(start, end, first_day)

    def off_days(self) -> set[date]:
        """Every day inside the days-off ranges (overlaps counted once)."""
        return self.history().off_days()

    def describe(self, t: Translator, today: date | None = None) -> str:
        """The schedule in words: "Mon–Fri, 3 days off" / "ma–vr, 3 vrije dagen"."""
        return self.history().describe(t, today)
