"""The days a person works (CONTRACT, "Schedule").

A schedule is every day (the default), a set of weekdays, or an RFC 5545 RRULE
(python-dateutil) for rotating shifts, minus days off and holidays. It is stored in
the settings file, so it is a pydantic model that round-trips through
``model_dump(mode="json")``::

    {"weekdays": [0, 1, 2, 3, 4], "rrule": null, "anchor": null,
     "off": [{"start": "2026-12-24", "end": "2026-12-26"}]}

RRULE text
----------
``rrule`` holds RFC 5545 content lines, separated by new lines or spaces:

* ``FREQ=WEEKLY;BYDAY=MO,TU`` or ``RRULE:FREQ=...`` — a rule;
* ``DTSTART:20260105`` — its start. Without one, ``anchor`` gives the start (the CLI
  sets it to the day the rule was saved). With one DTSTART line, it applies to every
  rule, exactly as ``dateutil.rrule.rrulestr`` reads it;
* ``EXDATE:20261225,20261226`` / ``RDATE:...`` — single dates taken out / added.

A rota such as "4 on, 4 off" is not one RFC 5545 rule (no frequency has an 8-day
period), so several ``DTSTART`` lines are allowed: each applies to the ``RRULE``
lines after it. :func:`rotation_rrule` writes such a text. As in RFC 5545, a rule
has no days before its start: days before it are not scheduled.

Only day-sized frequencies (DAILY, WEEKLY, MONTHLY, YEARLY) are accepted; times of
day and time zones are ignored — a schedule is about calendar days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from dateutil.rrule import rrule as RRule
from dateutil.rrule import rrulestr
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.i18n import Translator

__all__ = [
    "DayRange",
    "Schedule",
    "parse_day_range",
    "parse_weekdays",
    "rotation_rrule",
    "rrule_has_start",
    "validate_rrule",
]

# --------------------------------------------------------------------------- weekdays

_WEEKDAY_NAMES: dict[str, int] = {}
for _i, (_en, _en_full, _nl, _nl_full) in enumerate(
    [
        ("mon", "monday", "ma", "maandag"),
        ("tue", "tuesday", "di", "dinsdag"),
        ("wed", "wednesday", "wo", "woensdag"),
        ("thu", "thursday", "do", "donderdag"),
        ("fri", "friday", "vr", "vrijdag"),
        ("sat", "saturday", "za", "zaterdag"),
        ("sun", "sunday", "zo", "zondag"),
    ]
):
    for _name in (_en, _en_full, _nl, _nl_full):
        _WEEKDAY_NAMES[_name] = _i


def _weekday(name: str) -> int:
    key = name.strip().lower().rstrip(".")
    if key not in _WEEKDAY_NAMES:
        raise ValueError(
            f"Unknown weekday '{name.strip()}': use mon,tue,wed,thu,fri,sat,sun "
            "(or ma,di,wo,do,vr,za,zo)."
        )
    return _WEEKDAY_NAMES[key]


def parse_weekdays(text: str) -> list[int]:
    """``"mon,tue,wed"`` → ``[0, 1, 2]`` (0 = Monday … 6 = Sunday).

    English (``mon``, ``monday``) and Dutch (``ma``, ``maandag``) names, any case,
    separated by commas or spaces; a range such as ``mon-fri`` or ``ma-vr`` wraps
    around the weekend if needed (``fri-mon``). Raises ``ValueError`` on bad input.
    """
    parts = [p for p in re.split(r"[,\s]+", text.strip()) if p]
    if not parts:
        raise ValueError("Give at least one weekday, for example mon,tue,wed,thu,fri.")
    days: set[int] = set()
    for part in parts:
        bounds = re.split(r"\.\.|[-–]", part)
        if len(bounds) == 1:
            days.add(_weekday(bounds[0]))
        elif len(bounds) == 2 and all(bounds):
            first, last = _weekday(bounds[0]), _weekday(bounds[1])
            span = (last - first) % 7
            days.update((first + k) % 7 for k in range(span + 1))
        else:
            raise ValueError(f"'{part}' is not a weekday or a range of weekdays such as mon-fri.")
    return sorted(days)


# --------------------------------------------------------------------------- day ranges

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_day(text: str) -> date:
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
        start, end = _parse_day(first), _parse_day(last)
    else:
        start = end = _parse_day(text)
    if end < start:
        raise ValueError(f"The range {text} ends before it starts.")
    return DayRange(start=start, end=end)


# --------------------------------------------------------------------------- RRULE

_DAY_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_DTSTART_VALUE = re.compile(r"(\d{8})(T\d{6}Z?)?")
_FALLBACK_CHECK_ANCHOR = date(2000, 1, 3)


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
class _RuleLine:
    start: date | None
    body: str  # "FREQ=...;..." without the RRULE: prefix


@dataclass(frozen=True)
class _RuleText:
    rules: tuple[_RuleLine, ...]
    rdates: frozenset[date]
    exdates: frozenset[date]


def _read_rule_text(text: str) -> _RuleText:
    tokens = _tokens(text)
    if not tokens:
        raise ValueError("The RRULE is empty: give one such as FREQ=WEEKLY;BYDAY=MO,TU,WE.")
    lines = [_split_line(tok) for tok in tokens]
    starts = [value for name, value in lines if name == "DTSTART"]
    single_start = _parse_date_value(starts[0], "DTSTART") if len(starts) == 1 else None
    current: date | None = single_start
    rules: list[_RuleLine] = []
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
            rules.append(_RuleLine(current, value))
        elif name in ("RDATE", "EXDATE"):
            target = rdates if name == "RDATE" else exdates
            for item in value.split(","):
                target.add(_parse_date_value(item, name))
        else:
            raise ValueError(f"Unknown line '{name}' in the RRULE: use DTSTART, RRULE, EXDATE or RDATE.")
    if not rules and not rdates:
        raise ValueError("The text has no RRULE line: give one such as FREQ=WEEKLY;BYDAY=MO,TU,WE.")
    return _RuleText(tuple(rules), frozenset(rdates), frozenset(exdates))


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
    parsed = _read_rule_text(text)
    rules: list[RRule] = []
    for line in parsed.rules:
        start = line.start or anchor
        if start is None:
            raise ValueError("An RRULE schedule needs a start date: add a DTSTART line or set the anchor.")
        try:
            rule = rrulestr(line.body, dtstart=datetime.combine(start, time.min), ignoretz=True, cache=True)
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            reason = str(exc).rstrip(".") or type(exc).__name__
            raise ValueError(f"'{line.body}' is not a valid RRULE ({reason}).") from None
        if not isinstance(rule, RRule):  # pragma: no cover - rrulestr returns an rrule for one line
            raise ValueError(f"'{line.body}' is not a single RRULE.")
        rules.append(rule)
    return _Rota(tuple(rules), parsed.rdates, parsed.exdates)


def validate_rrule(text: str) -> str:
    """Check an RRULE text; return it tidied (one content line per line).

    Raises ``ValueError`` with one sentence when dateutil cannot read it, when its
    frequency is finer than a day, or when a line is not DTSTART/RRULE/EXDATE/RDATE.
    """
    tokens = _tokens(text)
    _rota("\n".join(tokens), None if rrule_has_start(text) else _FALLBACK_CHECK_ANCHOR)
    return "\n".join(tokens)


def rrule_has_start(text: str) -> bool:
    """Whether every rule in the text has its own DTSTART (so no anchor is needed)."""
    try:
        parsed = _read_rule_text(text)
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


def _as_rotation(text: str) -> tuple[date, int, int] | None:
    """``(start, on, off)`` when the text is what :func:`rotation_rrule` writes."""
    try:
        parsed = _read_rule_text(text)
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


# --------------------------------------------------------------------------- Schedule


class Schedule(BaseModel):
    """The days a person works: every day, some weekdays, or an RRULE; minus days off.

    When ``rrule`` is set it decides and ``weekdays`` is not used.
    """

    weekdays: list[int] | None = None
    """0 = Monday … 6 = Sunday; None = every day."""
    rrule: str | None = None
    """RFC 5545 RRULE text for rotating shifts (see the module notes)."""
    anchor: date | None = None
    """The start of an RRULE without DTSTART (the CLI sets the day the rule was saved)."""
    off: list[DayRange] = Field(default_factory=list)
    """Days off and holidays, each range inclusive."""

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

    @model_validator(mode="after")
    def _rrule_has_a_start(self) -> Schedule:
        if self.rrule is not None and self.anchor is None and not rrule_has_start(self.rrule):
            raise ValueError("An RRULE schedule needs a start date: add a DTSTART line or set the anchor.")
        return self

    # -- questions ---------------------------------------------------------------

    @property
    def kind(self) -> str:
        """``"every_day"``, ``"weekdays"`` or ``"rrule"``."""
        if self.rrule:
            return "rrule"
        if self.weekdays is not None:
            return "weekdays"
        return "every_day"

    def _key(self) -> tuple:
        return (
            tuple(self.weekdays) if self.weekdays is not None else None,
            self.rrule or None,
            self.anchor,
            tuple((r.start, r.end) for r in self.off),
        )

    def is_scheduled(self, day: date) -> bool:
        """Whether this person works on ``day``."""
        if any(r.start <= day <= r.end for r in self.off):
            return False
        if self.rrule:
            return day in _rota(self.rrule, self.anchor).between(day, day)
        if self.weekdays is not None:
            return day.weekday() in self.weekdays
        return True

    def scheduled_days(self, start: date, end: date) -> set[date]:
        """Every scheduled day from ``start`` to ``end``, both included.

        The RRULE is expanded once per range, and the answer is cached, so asking for
        ten years costs milliseconds.
        """
        if end < start:
            return set()
        return set(_scheduled_days(self._key(), start, end))

    def scheduled_mask(self, start: date, end: date) -> list[bool]:
        """``is_scheduled`` for each day from ``start`` to ``end`` (index 0 = start)."""
        days = _scheduled_days(self._key(), start, end) if end >= start else frozenset()
        return [start + timedelta(days=k) in days for k in range((end - start).days + 1)]

    def off_days(self) -> set[date]:
        """Every day inside the days-off ranges (overlaps counted once)."""
        out: set[date] = set()
        for r in self.off:
            out.update(r.days())
        return out

    # -- words -------------------------------------------------------------------

    def describe(self, t: Translator) -> str:
        """The schedule in words: "Mon–Fri, 3 days off" / "ma–vr, 3 vrije dagen"."""
        if self.rrule:
            rotation = _as_rotation(self.rrule)
            if rotation is not None:
                start, on, off = rotation
                base = t("stats.schedule.rotation", on=on, off=off, start=t.date(start))
            else:
                parsed = _read_rule_text(self.rrule)
                weekly = None
                if len(parsed.rules) == 1 and not parsed.rdates and not parsed.exdates:
                    weekly = re.fullmatch(r"FREQ=WEEKLY;(?:WKST=[A-Z]{2};)?BYDAY=([A-Z,]+)", parsed.rules[0].body)
                codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
                if weekly and all(c in codes for c in weekly.group(1).split(",")):
                    days = sorted({codes.index(c) for c in weekly.group(1).split(",")})
                    base = _weekday_words(days, t) if len(days) < 7 else t("stats.schedule.every_day")
                else:
                    start = (parsed.rules[0].start if parsed.rules else None) or self.anchor
                    rule = " ".join(line.body for line in parsed.rules) or self.rrule
                    if start is not None:
                        base = t("stats.schedule.rrule_from", rule=rule, start=t.date(start))
                    else:
                        base = t("stats.schedule.rrule", rule=rule)
        elif self.weekdays is not None:
            base = _weekday_words(self.weekdays, t) if len(self.weekdays) < 7 else t("stats.schedule.every_day")
        else:
            base = t("stats.schedule.every_day")
        count = len(self.off_days())
        if count == 0:
            return base
        key = "stats.schedule.days_off_one" if count == 1 else "stats.schedule.days_off_other"
        return t("stats.schedule.with_off", schedule=base, off=t(key, count=count))


def _weekday_words(days: list[int], t: Translator) -> str:
    """[0,1,2,3,4] → "Mon–Fri"; [0,2,4] → "Mon, Wed, Fri"; [5,6,0] → "Sat–Mon"."""
    monday = date(2024, 1, 1)
    name = [t.weekday(monday + timedelta(days=k), "abbr") for k in range(7)]
    chosen = set(days)
    # Start at a day whose day before is free, so a run over the weekend stays whole.
    first = next(d for d in range(7) if d in chosen and (d - 1) % 7 not in chosen)
    runs: list[list[int]] = []
    for k in range(7):
        d = (first + k) % 7
        if d not in chosen:
            continue
        if runs and (runs[-1][-1] + 1) % 7 == d:
            runs[-1].append(d)
        else:
            runs.append([d])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{name[run[0]]}–{name[run[-1]]}")
        else:
            parts.extend(name[d] for d in run)
    return ", ".join(parts)


@lru_cache(maxsize=64)
def _scheduled_days(key: tuple, start: date, end: date) -> frozenset[date]:
    weekdays, rule, anchor, off = key
    if rule:
        days = _rota(rule, anchor).between(start, end)
    else:
        span = (end - start).days + 1
        allowed = set(range(7)) if weekdays is None else set(weekdays)
        days = {start + timedelta(days=k) for k in range(span)}
        if len(allowed) < 7:
            days = {d for d in days if d.weekday() in allowed}
    for first, last in off:
        lo, hi = max(first, start), min(last, end)
        for k in range((hi - lo).days + 1):
            days.discard(lo + timedelta(days=k))
    return frozenset(days)
