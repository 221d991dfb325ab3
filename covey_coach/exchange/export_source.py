"""Someone's export file, read as a journal to look at: a coach's view of one person.

The file is parsed whole with the import's own rules (:func:`parse_covey_export`), and the
envelope's extras are taken when present (CONTRACT "Export envelope"): ``person``,
``schedule``, ``targets``, ``day_start_hour`` and ``reviews``; a file without them (the
smallest import file) gets the defaults, as a new journal would. The result is a read-only
:class:`~covey_coach.journal.source.JournalSource`: it holds no lock and writes nothing, ever.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from covey_coach.errors import InputError
from covey_coach.exchange.covey_json import MAX_ENTRIES, parse_covey_export, read_json_file
from covey_coach.journal.settings import Settings
from covey_coach.journal.source import FiguresFromSettings
from covey_coach.journal.store import describe_validation
from covey_coach.models import Entry, Tombstone, WeeklyReview, entry_sort_key

FIGURE_SETTINGS = ("schedule", "targets", "day_start_hour")
"""The envelope's keys that are the person's own settings: their figures depend on them."""


class _Envelope(BaseModel):
    """What an export carries besides its entries and settings."""

    model_config = ConfigDict(extra="ignore")

    person: str | None = Field(default=None, max_length=200)
    reviews: list[WeeklyReview] = Field(default_factory=list, max_length=MAX_ENTRIES)


class ExportSource(FiguresFromSettings):
    """One person's journal as an export file holds it. Never changes: its revision stays 0."""

    revision = 0

    def __init__(self, *, label: str, entries: list[Entry], reviews: list[WeeklyReview], settings: Settings,
                 path: Path | None = None) -> None:
        self._label = label
        self._entries = sorted(entries, key=entry_sort_key)
        self._by_id = {e.id: e for e in self._entries}
        by_week = {r.week: r for r in reviews}  # as in a journal, a later review of a week replaces the first
        self._reviews = [by_week[w] for w in sorted(by_week)]
        self.settings = settings
        """The person's settings as the export carries them (only those figures need are read)."""
        self.path = path
        """The file it was read from, if any."""

    @property
    def label(self) -> str:
        return self._label

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def reviews(self) -> list[WeeklyReview]:
        return list(self._reviews)

    def tombstones(self) -> list[Tombstone]:
        return []  # an export holds what is there, not what was deleted


def export_source(data: Any, path: Path) -> ExportSource:
    """A parsed export (``data``, from ``path``) as a read-only journal; InputError names what is wrong."""
    entries = parse_covey_export(data, path)  # refuses anything that is not our format, first
    try:
        settings = Settings.model_validate({k: data[k] for k in FIGURE_SETTINGS if k in data})
        envelope = _Envelope.model_validate(data)
    except ValidationError as exc:
        raise InputError("errors.export_bad", path=str(path), problem=describe_validation(exc)) from None
    person = (envelope.person or "").strip()
    return ExportSource(label=person or str(path), entries=entries, reviews=envelope.reviews, settings=settings,
                        path=path)


def load_export_source(path: Path) -> ExportSource:
    """Read an export file as a journal to look at. Raises InputError; reads only."""
    return export_source(read_json_file(path), path)


__all__ = ["ExportSource", "export_source", "load_export_source"]
