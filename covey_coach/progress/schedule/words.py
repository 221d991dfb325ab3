"""A schedule in words, in the reader's language: "Mon–Fri, 3 days off", and its periods one by one."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from covey_coach.progress.schedule.model import Rule
from covey_coach.progress.schedule.rrule import as_rotation, read_rule_text, weekly_byday

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.i18n import Translator
    from covey_coach.progress.schedule.history import ScheduleHistory

__all__ = ["describe_history", "describe_rule", "period_lines", "weekday_words"]


def weekday_words(days: list[int], t: Translator) -> str:
    """[0,1,2,3,4] → "Mon–Fri"; [0,2,4] → "Mon, Wed, Fri"; [5,6,0] → "Sat–Mon"; all seven → "Every day"."""
    if len(set(days)) >= 7:
        return t("stats.schedule.every_day")
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


def describe_rule(rule: Rule, t: Translator, today: date | None = None) -> str:
    """One rule, without its period's dates: a weekly RRULE reads as the weekdays it names,
    so ``FREQ=WEEKLY;BYDAY=MO,TU`` and ``--weekdays mon,tue`` read the same. Dates carry their
    year unless it is ``today``'s."""
    if not rule.rrule:
        if rule.weekdays is None:
            return t("stats.schedule.every_day")
        return weekday_words(rule.weekdays, t)
    rotation = as_rotation(rule.rrule)
    if rotation is not None:
        start, on, off = rotation
        return t("stats.schedule.rotation", on=t("stats.schedule.rotation_on", count=on),
                 off=t("stats.schedule.rotation_off", count=off), start=t.short_date(start, today))
    weekly = weekly_byday(rule.rrule)
    if weekly is not None:
        return weekday_words(weekly, t)
    parsed = read_rule_text(rule.rrule)
    text = " ".join(line.body for line in parsed.rules) or rule.rrule
    start = parsed.rules[0].start if parsed.rules else None
    if start is not None:  # its own DTSTART; a rule without one starts with its period
        return t("stats.schedule.rrule_from", rule=text, start=t.short_date(start, today))
    return t("stats.schedule.rrule", rule=text)


def _with_off(base: str, history: ScheduleHistory, t: Translator) -> str:
    count = len(history.off_days())
    if count == 0:
        return base
    return t("stats.schedule.with_off", schedule=base, off=t("stats.schedule.days_off", count=count))


def describe_history(history: ScheduleHistory, t: Translator, today: date | None = None) -> str:
    """The rule in force now ("From 4 Jan 2027: Mon, Tue" once it has not always held), days off."""
    current = history.current
    base = describe_rule(current, t, today)
    if current.start is not None:
        base = t("stats.schedule.since", start=t.short_date(current.start, today), schedule=base)
    return _with_off(base, history, t)


def period_lines(history: ScheduleHistory, t: Translator, today: date | None = None) -> list[str]:
    """Every period with its dates, oldest first: "From the start to 3 Jan 2027: Mon–Fri"."""
    lines: list[str] = []
    for period, end in zip(history.periods, history.period_ends(), strict=True):
        rule = describe_rule(period, t, today)
        if end is None:
            lines.append(t("stats.schedule.period_always", schedule=rule) if period.start is None
                         else t("stats.schedule.since", start=t.short_date(period.start, today), schedule=rule))
        elif period.start is None:
            lines.append(t("stats.schedule.period_until", end=t.short_date(end, today), schedule=rule))
        else:
            lines.append(t("stats.schedule.period_between", start=t.short_date(period.start, today),
                           end=t.short_date(end, today),
                           schedule=rule))
    return lines
