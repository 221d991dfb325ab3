"""The RRULE text of a rota: its grammar, its check, and its days (python-dateutil underneath).

A text holds RFC 5545 content lines, separated by new lines or spaces:

* ``FREQ=WEEKLY;BYDAY=MO,TU`` or ``RRULE:FREQ=...`` — a rule;
* ``DTSTART:20260105`` — its start. Without one the rule starts on an *anchor* the caller
  gives: the first day of the schedule period in which the rule holds (CONTRACT
  "Schedule"). With one DTSTART line, it applies to every rule, exactly as
  ``dateutil.rrule.rrulestr`` reads it;
* ``EXDATE:20261225,20261226`` / ``RDATE:...`` — single dates taken out / added.

A rota such as "4 on, 4 off" is not one RFC 5545 rule (no frequency has an 8-day
period), so several ``DTSTART`` lines are allowed: each applies to the ``RRULE`` lines
after it. :func:`rotation_rrule` writes such a text. As in RFC 5545, a rule has no days
before its start.

Only day-sized frequencies (DAILY, WEEKLY, MONTHLY, YEARLY) are accepted; times of day
and time zones are ignored — a schedule is about calendar days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.rrule import rrule as RRule
from dateutil.rrule import rrulestr

__all__ = [
    "RuleLine",
    "RuleText",
    "as_rotation",
    "read_rule_text",
    "rotation_rrule",
    "rrule_days",
    "rrule_has_start",
    "validate_rrule",
    "weekly_byday",
]

_DAY_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_DTSTART_VALUE = re.compile(r"(\d{8})(T\d{6}Z?)?")
_FALLBACK_CHECK_ANCHOR = date(2000, 1, 3)
"""Any day: a rule without DTSTART is checked as if it started here."""
_BYDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _tokens(text: str) -> list[str]:
    return text.replace("\\n", "\n").split()


def _split_line(token: str) -> tuple[str, str]:
    """``"RRULE:FREQ=DAILY"`` → ``("RRULE", "FREQ=DAILY")``; a bare rule is an RRULE."""
    name, sep, value = token.partition(":")
    if not sep:
        return "RRULE", token.upper()
    return name.split(";")[0].upper(), value.upper()


def _parse_date_value(value: str, what: str) -> date:
    match = _DTSTART_VALUE.fullmatch(value)
    if not match:
        raise ValueError(f"'{value}' in {what} is not a date: write it as YYYYMMDD.")
    try:
        return datetime.strptime(match.group(1), "%Y%m%d").date()
    except ValueError:
        raise ValueError(f"'{value}' in {what} is not a date on the calendar.") from None


@dataclass(frozen=True)
class RuleLine:
    start: date | None
    """Its DTSTART; None when the rule starts on the anchor."""
    body: str
    """``FREQ=...;...`` without the ``RRULE:`` prefix."""


@dataclass(frozen=True)
class RuleText:
    rules: tuple[RuleLine, ...]
    rdates: frozenset[date]
    exdates: frozenset[date]


def read_rule_text(text: str) -> RuleText:
    """The lines of an RRULE text; ``ValueError`` with one sentence when one does not read."""
    tokens = _tokens(text)
    if not tokens:
        raise ValueError("The RRULE is empty: give one such as FREQ=WEEKLY;BYDAY=MO,TU,WE.")
    lines = [_split_line(tok) for tok in tokens]
    starts = [value for name, value in lines if name == "DTSTART"]
    single_start = _parse_date_value(starts[0], "DTSTART") if len(starts) == 1 else None
    current: date | None = single_start
    rules: list[RuleLine] = []
    rdates: set[date] = set()
    exdates: set[date] = set()
    for name, value in lines:
        if name == "DTSTART":
            if len(starts) > 1:
                current = _parse_date_value(value, "DTSTART")
        elif name == "RRULE":
            freq = re.search(r"(?:^|;)FREQ=([A-Z]+)", value)
            if not freq:
                raise ValueError(f"The rule '{value}' has no FREQ: start it with FREQ=DAILY or FREQ=WEEKLY.")
            if freq.group(1) not in _DAY_FREQS:
                raise ValueError(
                    f"FREQ={freq.group(1)} is not a schedule of days: use DAILY, WEEKLY, MONTHLY or YEARLY."
                )
            rules.append(RuleLine(current, value))
        elif name in ("RDATE", "EXDATE"):
            target = rdates if name == "RDATE" else exdates
            for item in value.split(","):
                target.add(_parse_date_value(item, name))
        else:
            raise ValueError(f"Unknown line '{name}' in the RRULE: use DTSTART, RRULE, EXDATE or RDATE.")
    if not rules and not rdates:
        raise ValueError("The text has no RRULE line: give one such as FREQ=WEEKLY;BYDAY=MO,TU,WE.")
    return RuleText(tuple(rules), frozenset(rdates), frozenset(exdates))


@dataclass(frozen=True)
class _Rota:
    rules: tuple[RRule, ...]
    rdates: frozenset[date]
    exdates: frozenset[date]

    def between(self, start: date, end: date) -> set[date]:
        lo, hi = datetime.combine(start, time.min), datetime.combine(end, time.max)
        out: set[date] = set()
        for rule in self.rules:
            out.update(dt.date() for dt in rule.between(lo, hi, inc=True))
        out.update(d for d in self.rdates if start <= d <= end)
        out.difference_update(self.exdates)
        return out


@lru_cache(maxsize=64)
def _rota(text: str, anchor: date | None) -> _Rota:
    # Cached per (text, anchor): dateutil's own cache then serves every range asked of the same rota.
    parsed = read_rule_text(text)
    rules: list[RRule] = []
    for line in parsed.rules:
        start = line.start or anchor
        if start is None:
            raise ValueError("An RRULE without DTSTART needs the first day of its period to start on.")
        try:
            rule = rrulestr(line.body, dtstart=datetime.combine(start, time.min), ignoretz=True, cache=True)
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            reason = str(exc).rstrip(".") or type(exc).__name__
            raise ValueError(f"'{line.body}' is not a valid RRULE ({reason}).") from None
        if not isinstance(rule, RRule):  # pragma: no cover - rrulestr returns an rrule for one line
            raise ValueError(f"'{line.body}' is not a single RRULE.")
        rules.append(rule)
    return _Rota(tuple(rules), parsed.rdates, parsed.exdates)


def rrule_days(text: str, start: date, end: date, anchor: date | None) -> set[date]:
    """The days of the rule from ``start`` to ``end``; a rule without DTSTART starts on ``anchor``.

    Without an anchor such a rule has no start, so no days (nothing asks before a journal has
    a first day).
    """
    if anchor is None and not rrule_has_start(text):
        return set()
    return _rota(text, anchor).between(start, end)


def validate_rrule(text: str) -> str:
    """Check an RRULE text; return it tidied (one content line per line).

    Raises ``ValueError`` with one sentence when dateutil cannot read it, when its
    frequency is finer than a day, or when a line is not DTSTART/RRULE/EXDATE/RDATE.
    """
    tokens = _tokens(text)
    _rota("\n".join(tokens), None if rrule_has_start(text) else _FALLBACK_CHECK_ANCHOR)
    return "\n".join(tokens)


@lru_cache(maxsize=64)
def rrule_has_start(text: str) -> bool:
    """Whether every rule in the text has its own DTSTART (so no anchor is needed)."""
    try:
        parsed = read_rule_text(text)
    except ValueError:
        return False
    return all(line.start is not None for line in parsed.rules)


def rotation_rrule(start: date, on: int, off: int) -> str:
    """The RRULE text for a rota of ``on`` working days then ``off`` free days from ``start``."""
    if on < 1 or off < 0:
        raise ValueError("A rota needs at least one working day and no negative days off.")
    period = on + off
    lines: list[str] = []
    for k in range(on):
        lines.append(f"DTSTART:{(start + timedelta(days=k)):%Y%m%d}")
        lines.append(f"RRULE:FREQ=DAILY;INTERVAL={period}")
    return "\n".join(lines)


def as_rotation(text: str) -> tuple[date, int, int] | None:
    """``(start, on, off)`` when the text is what :func:`rotation_rrule` writes."""
    try:
        parsed = read_rule_text(text)
    except ValueError:
        return None
    if parsed.rdates or parsed.exdates or not parsed.rules:
        return None
    starts: list[date] = []
    periods: set[int] = set()
    for line in parsed.rules:
        match = re.fullmatch(r"FREQ=DAILY(?:;INTERVAL=(\d+))?", line.body)
        if not match or line.start is None:
            return None
        periods.add(int(match.group(1) or 1))
        starts.append(line.start)
    if len(periods) != 1:
        return None
    period = periods.pop()
    starts.sort()
    on = len(starts)
    if on > period or any((b - a).days != 1 for a, b in zip(starts, starts[1:])):
        return None
    return starts[0], on, period - on


def weekly_byday(text: str) -> list[int] | None:
    """The weekdays (0 = Monday) of a text that is one plain ``FREQ=WEEKLY;BYDAY=...`` rule, else None."""
    try:
        parsed = read_rule_text(text)
    except ValueError:
        return None
    if len(parsed.rules) != 1 or parsed.rdates or parsed.exdates:
        return None
    weekly = re.fullmatch(r"FREQ=WEEKLY;(?:WKST=[A-Z]{2};)?BYDAY=([A-Z,]+)", parsed.rules[0].body)
    if not weekly or not all(c in _BYDAY_CODES for c in weekly.group(1).split(",")):
        return None
    return sorted({_BYDAY_CODES.index(c) for c in weekly.group(1).split(",")})
