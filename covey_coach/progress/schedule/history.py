"""A schedule with a history (CONTRACT "Schedule"): periods of rules, and days off over all of them.

Each period's rule holds from its ``start`` (``None``: from the start) until the next period
begins. ``schedule`` without ``--from`` replaces the whole history (:meth:`ScheduleHistory.replaced`);
``--from D`` keeps what held before D (:meth:`ScheduleHistory.changed_from`). An RRULE without
DTSTART is anchored on the first day of its period, which for the period from the start is the
journal's first day: so the questions take ``first_day``. Days off are dates and hold whatever
rule is in force. Stored in the settings file as::

    {"periods": [{"start": null, "weekdays": [0, 1, 2, 3, 4], "rrule": null},
                 {"start": "2027-01-04", "weekdays": null, "rrule": "FREQ=WEEKLY;BYDAY=MO,TU"}],
     "off": [{"start": "2026-12-24", "end": "2026-12-26"}]}
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from covey_coach.progress.schedule.days_off import DayRange
from covey_coach.progress.schedule.model import Period, Rule, RuleKey, Schedule, rule_days
from covey_coach.progress.schedule.words import describe_history

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.i18n import Translator

__all__ = ["ScheduleHistory", "ScheduleLike", "as_history"]

_HistoryKey = tuple[tuple[tuple[date | None, RuleKey], ...], tuple[tuple[date, date], ...]]


class ScheduleHistory(BaseModel):
    """The days a person works, period by period, minus days off."""

    model_config = ConfigDict(extra="forbid")

    periods: list[Period] = Field(default_factory=lambda: [Period()])
    """Oldest first; the first holds from the start, each later one from its own ``start``."""
    off: list[DayRange] = Field(default_factory=list)
    """Days off and holidays, each range inclusive."""

    @model_validator(mode="before")
    @classmethod
    def _from_one_schedule(cls, value: Any) -> Any:
        # Code that still writes ``Settings(schedule=Schedule(...))`` means a history of that one rule, and so
        # does the one-schedule shape of older files and exports ({"weekdays": [...], "off": [...]}): read as
        # anything else it would silently become "every day".
        if isinstance(value, dict) and "periods" not in value and value.keys() & {"weekdays", "rrule", "anchor"}:
            value = Schedule.model_validate(value)
        return value.history().model_dump() if isinstance(value, Schedule) else value

    @model_validator(mode="after")
    def _periods_in_order(self) -> ScheduleHistory:
        if not self.periods:
            raise ValueError("A schedule needs at least one period.")
        if self.periods[0].start is not None:
            raise ValueError("The first period of a schedule holds from the start: its start must be empty.")
        starts = [p.start for p in self.periods[1:] if p.start is not None]
        if len(starts) < len(self.periods) - 1:
            raise ValueError("Only the first period of a schedule holds from the start; every later one needs a date.")
        if any(b <= a for a, b in zip(starts, starts[1:])):
            raise ValueError("The periods of a schedule must follow each other, each from a later date.")
        return self

    # -- changes (each returns a new history) ----------------------------------------------

    def replaced(self, rule: Rule) -> ScheduleHistory:
        """The rule holds on every day: the history becomes one period; days off stay."""
        return ScheduleHistory(periods=[Period(weekdays=rule.weekdays, rrule=rule.rrule)], off=list(self.off))

    def changed_from(self, day: date, rule: Rule) -> ScheduleHistory:
        """The rule holds from ``day`` on; what held before ``day`` stays, later periods give way."""
        kept = [p for p in self.periods if p.start is None or p.start < day]
        new = Period(start=day, weekdays=rule.weekdays, rrule=rule.rrule)
        return ScheduleHistory(periods=[*kept, new], off=list(self.off))

    def with_off(self, off: Iterable[DayRange]) -> ScheduleHistory:
        return ScheduleHistory(periods=list(self.periods), off=list(off))

    # -- questions -------------------------------------------------------------------------

    @property
    def current(self) -> Period:
        """The period that holds from the latest start on: the rule in force from now on."""
        return self.periods[-1]

    def period_ends(self) -> list[date | None]:
        """The last day of each period (the day before the next one starts); None for the last."""
        ends: list[date | None] = [p.start - timedelta(days=1) for p in self.periods[1:] if p.start is not None]
        return [*ends, None]

    def period_on(self, day: date) -> Period:
        """The period whose rule holds on ``day``."""
        found = self.periods[0]
        for period in self.periods[1:]:
            if period.start is not None and period.start <= day:
                found = period
        return found

    def _key(self) -> _HistoryKey:
        return (tuple((p.start, p.rule_key()) for p in self.periods),
                tuple((r.start, r.end) for r in self.off))

    def is_scheduled(self, day: date, first_day: date | None = None) -> bool:
        """Whether this person works on ``day``; ``first_day`` is the journal's first day."""
        if any(r.start <= day <= r.end for r in self.off):
            return False
        period = self.period_on(day)
        return day in rule_days(period.rule_key(), day, day, period.start or first_day)

    def scheduled_days(self, start: date, end: date, first_day: date | None = None) -> set[date]:
        """Every scheduled day from ``start`` to ``end``, both included.

        Each period's rule is expanded once per range and the answer is cached, so asking
        for ten years costs milliseconds.
        """
        if end < start:
            return set()
        return set(_scheduled_days(self._key(), start, end, first_day))

    def scheduled_mask(self, start: date, end: date, first_day: date | None = None) -> list[bool]:
        """``is_scheduled`` for each day from ``start`` to ``end`` (index 0 = start)."""
        if end < start:
            return []
        days = _scheduled_days(self._key(), start, end, first_day)
        return [start + timedelta(days=k) in days for k in range((end - start).days + 1)]

    def off_days(self) -> set[date]:
        """Every day inside the days-off ranges (overlaps counted once)."""
        out: set[date] = set()
        for r in self.off:
            out.update(r.days())
        return out

    def describe(self, t: Translator, today: date | None = None) -> str:
        """The rule in force now, from when if it has not always held, and the days off, in words."""
        return describe_history(self, t, today)


ScheduleLike = Schedule | ScheduleHistory
"""What the statistics accept: a history, or one rule standing for a history of one period."""


def as_history(schedule: ScheduleLike | None) -> ScheduleHistory:
    """The history a schedule stands for; None is every day."""
    if schedule is None:
        return ScheduleHistory()
    if isinstance(schedule, Schedule):
        return schedule.history()
    return schedule


@lru_cache(maxsize=64)
def _scheduled_days(key: _HistoryKey, start: date, end: date, first_day: date | None) -> frozenset[date]:
    periods, off = key
    days: set[date] = set()
    for index, (period_start, rule) in enumerate(periods):
        lo = start if period_start is None else max(start, period_start)
        following = periods[index + 1][0] if index + 1 < len(periods) else None
        hi = end if following is None else min(end, following - timedelta(days=1))
        days |= rule_days(rule, lo, hi, period_start or first_day)
    for first, last in off:
        lo, hi = max(first, start), min(last, end)
        for k in range((hi - lo).days + 1):
            days.discard(lo + timedelta(days=k))
    return frozenset(days)
