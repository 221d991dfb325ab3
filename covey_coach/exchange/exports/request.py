"""What leaves in an export: the entries and reviews chosen by the filters, and whose they are.

The rules (CONTRACT "Export envelope"): private entries stay out unless asked for by name;
the date and habit filters are those of ``list``; weekly reviews travel when their week
touches the period. Every format renders the same :class:`ExportData`, so the Export screen,
``export`` and ``share`` send the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from covey_coach.days import week_start
from covey_coach.errors import InputError
from covey_coach.journal.query import EntryFilter, filter_entries
from covey_coach.journal.settings import Settings
from covey_coach.journal.source import JournalSource
from covey_coach.journal.store import JournalStore
from covey_coach.models import Entry, WeeklyReview


@dataclass(frozen=True)
class ExportRequest:
    since: date | None = None
    until: date | None = None
    habit: int | None = None
    include_private: bool = False
    anonymize: bool = False
    leave_out: frozenset[str] = field(default_factory=frozenset)
    """Ids the person unticked on the Export screen."""

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise InputError("export.err_period", since=self.since.isoformat(), until=self.until.isoformat())

    def chosen(self, entries: list[Entry]) -> list[Entry]:
        kept = filter_entries(entries, EntryFilter(since=self.since, until=self.until, habit=self.habit))
        return [e for e in kept if (self.include_private or not e.private) and e.id not in self.leave_out]

    def reviews(self, reviews: list[WeeklyReview]) -> list[WeeklyReview]:
        """The reviews whose ISO week has a day in the period."""
        low = week_start(self.since) if self.since else None
        return [r for r in reviews if (low is None or _monday(r.week) >= low)
                and (self.until is None or _monday(r.week) <= self.until)]


def _monday(week: str) -> date:
    return date.fromisocalendar(int(week[:4]), int(week[6:]), 1)


@dataclass(frozen=True)
class ExportData:
    """One export, before it is written in any format."""

    person: str
    exported_at: datetime
    as_of: date
    """The day the figures of a report are taken on: the period's end, or today."""
    settings: Settings
    """The person's schedule, targets and day-start hour: a coach's figures are the person's own."""
    entries: list[Entry]
    reviews: list[WeeklyReview]
    request: ExportRequest


def collect(source: JournalSource | JournalStore, settings: Settings, request: ExportRequest, *, person: str,
            exported_at: datetime, today: date) -> ExportData:
    """``source``: the journal open for writing (the app) or read-only (the command line)."""
    as_of = min(request.until, today) if request.until else today
    return ExportData(person=person, exported_at=exported_at.replace(microsecond=0), as_of=as_of,
                      settings=settings, entries=request.chosen(source.entries()),
                      reviews=request.reviews(source.reviews()), request=request)


def period_days(data: ExportData) -> tuple[date, date] | None:
    """The first and last day of the exported entries; None when there are none."""
    if not data.entries:
        return None
    return data.entries[0].day, data.entries[-1].day


def weeks_of(entries: list[Entry]) -> list[tuple[date, list[Entry]]]:
    """The entries grouped by ISO week (Monday, entries oldest first), oldest week first."""
    out: dict[date, list[Entry]] = {}
    for e in entries:
        out.setdefault(week_start(e.day), []).append(e)
    return sorted(out.items())

__all__ = ["ExportData", "ExportRequest", "collect", "period_days", "weeks_of"]
