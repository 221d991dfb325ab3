"""The days a person works (CONTRACT, "Schedule"): rules, their history, days off, and the words.

A rule is every day (the default), a set of weekdays, or an RFC 5545 RRULE for rotating
shifts. A schedule has a history of such rules, each holding from a date, minus days off
and holidays; it is stored in the settings file. One job per module:

* ``weekdays`` — ``mon-fri`` / ``ma,di`` read into weekday numbers;
* ``days_off`` — a day or a range of days off, and its parser;
* ``rrule`` — the RRULE grammar, its check and its days;
* ``model`` — one rule (:class:`Rule`), a :class:`Period` of it, and :class:`Schedule`,
  a whole schedule written as one rule;
* ``history`` — :class:`ScheduleHistory`, the periods and days off the statistics read;
* ``words`` — all of it in the reader's language.
"""

from covey_coach.progress.schedule.days_off import DayRange, parse_date, parse_day_range
from covey_coach.progress.schedule.history import ScheduleHistory, ScheduleLike, as_history
from covey_coach.progress.schedule.model import Period, Rule, Schedule
from covey_coach.progress.schedule.rrule import rotation_rrule, rrule_has_start, validate_rrule
from covey_coach.progress.schedule.weekdays import parse_weekdays
from covey_coach.progress.schedule.words import describe_rule, period_lines

__all__ = [
    "DayRange",
    "Period",
    "Rule",
    "Schedule",
    "ScheduleHistory",
    "ScheduleLike",
    "as_history",
    "describe_rule",
    "parse_date",
    "parse_day_range",
    "parse_weekdays",
    "period_lines",
    "rotation_rrule",
    "rrule_has_start",
    "validate_rrule",
]
