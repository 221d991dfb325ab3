"""Filtering entries: shared by ``list``, the Journal screen and exports.

The Journal screen filters on every letter typed, so it asks :func:`journal_index` for the
entries newest first with their search text already lower-cased; that index is built once per
journal revision, not once per keypress.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from covey_coach.models import Entry

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.journal.source import JournalSource


@dataclass(frozen=True)
class EntryFilter:
    since: date | None = None
    until: date | None = None
    habit: int | None = None
    text: str = ""
    """Case-insensitive; matched against the encounter, answers, commitment and tags."""

    def matches(self, entry: Entry) -> bool:
        return self._matches_facts(entry) and (not self.text or self.text.casefold() in searchable_text(entry))

    def _matches_facts(self, entry: Entry) -> bool:
        if self.since and entry.day < self.since:
            return False
        if self.until and entry.day > self.until:
            return False
        return not (self.habit and entry.habit != self.habit)


def searchable_text(entry: Entry) -> str:
    parts = [entry.encounter, entry.commitment, *entry.tags, *(a.answer for a in entry.answers)]
    return "\n".join(parts).casefold()


def filter_entries(entries: Iterable[Entry], query: EntryFilter) -> list[Entry]:
    return [e for e in entries if query.matches(e)]


@dataclass(frozen=True)
class JournalIndex:
    """Every entry of one journal revision, newest first, beside its :func:`searchable_text`."""

    newest_first: tuple[Entry, ...]
    texts: tuple[str, ...]

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> JournalIndex:
        newest = tuple(reversed(list(entries)))
        return cls(newest, tuple(searchable_text(e) for e in newest))

    def select(self, query: EntryFilter) -> list[Entry]:
        """The entries ``query`` lets through, newest first (the same ones :func:`filter_entries` keeps)."""
        needle = query.text.casefold()
        plain = EntryFilter(query.since, query.until, query.habit)
        no_facts = plain == EntryFilter()
        return [entry for entry, text in zip(self.newest_first, self.texts, strict=True)
                if (not needle or needle in text) and (no_facts or plain._matches_facts(entry))]


_last: tuple[JournalSource, int, JournalIndex] | None = None
"""The one index kept: the app shows one journal at a time."""


def journal_index(source: JournalSource) -> JournalIndex:
    """The index of ``source`` at its current revision, built only when the journal changed."""
    global _last
    revision = source.revision
    if _last is None or _last[0] is not source or _last[1] != revision:
        _last = (source, revision, JournalIndex.build(source.entries()))
    return _last[2]


__all__ = ["EntryFilter", "JournalIndex", "filter_entries", "journal_index", "searchable_text"]
