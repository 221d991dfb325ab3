"""The words the readable formats (md, html) share: headings, the summary line, an entry's facts.

Plain text in the person's language; each format escapes it its own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from covey_coach.exchange.exports.request import ExportData, period_days
from covey_coach.i18n import Translator
from covey_coach.models import Entry


def stars(rating: int) -> str:
    return "★" * rating + "☆" * (5 - rating)


def title(data: ExportData, t: Translator) -> str:
    return t("export.title", person=data.person) if data.person else t("export.title_nameless")


def summary(data: ExportData, t: Translator) -> str:
    """How many reflections, from when to when; said the same way in every readable format."""
    days = period_days(data)
    count = t("export.summary_count", count=len(data.entries))
    if days is None:
        return t("export.summary_empty")
    first, last = (t.short_date(d, data.as_of) for d in days)
    return t("export.summary", count=count, first=first, last=last)


def week_heading(monday: date, t: Translator, as_of: date) -> str:
    sunday = monday + timedelta(days=6)
    return t("export.week_heading", week=t.week_name(monday, as_of), first=t.short_date(monday, as_of),
             last=t.short_date(sunday, as_of))


@dataclass(frozen=True)
class EntryFacts:
    """One entry's heading and labelled lines, before escaping."""

    heading: str
    facts: list[str]
    """Energy, channel-free facts, tags: short lines under the words."""
    commitment: str | None
    """The labelled commitment line, if one was made."""


@lru_cache(maxsize=32)
def _weekday(lang: str, weekday: int) -> str:
    """The weekday's name: babel takes ~60 µs a call, and a ten-year journal asks 3,000 times."""
    return Translator(lang).weekday(_A_MONDAY + timedelta(days=weekday))  # type: ignore[arg-type]


_A_MONDAY = date(2024, 1, 1)


def entry_facts(e: Entry, t: Translator, as_of: date) -> EntryFacts:
    day = f"{_weekday(t.lang, e.day.weekday())} {t.short_date(e.day, as_of)}"
    heading = t("export.entry_heading", day=day, habit=e.habit, name=t(f"stats.habit.{e.habit}"),
                stars=stars(e.rating))
    facts: list[str] = []
    if e.energy is not None:
        facts.append(t("export.energy", energy=e.energy))
    if e.tags:
        facts.append(t("export.tags", tags=", ".join(e.tags)))
    if e.private:
        facts.append(t("export.private"))
    commitment = t("export.commitment", text=e.commitment) if e.commitment.strip() else None
    return EntryFacts(heading=heading, facts=facts, commitment=commitment)


__all__ = ["EntryFacts", "entry_facts", "stars", "summary", "title", "week_heading"]
