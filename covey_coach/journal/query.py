"""Filtering entries: shared by ``list``, the Journal screen and exports."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from covey_coach.models import Entry


@dataclass(frozen=True)
class EntryFilter:
    since: date | None = None
    until: date | None = None
    habit: int | None = None
    text: str = ""
    """Case-insensitive; matched against the encounter, answers, commitment and tags."""

    def matches(self, entry: Entry) -> bool:
        if self.since and entry.day < self.since:
            return False
        if self.until and entry.day > self.until:
            return False
        if self.habit and entry.habit != self.habit:
            return False
        if self.text:
            needle = self.text.casefold()
            return needle in searchable_text(entry)
        return True


def searchable_text(entry: Entry) -> str:
    parts = [entry.encounter, entry.commitment, *entry.tags, *(a.answer for a in entry.answers)]
    return "\n".join(parts).casefold()


def filter_entries(entries: Iterable[Entry], query: EntryFilter) -> list[Entry]:
    return [e for e in entries if query.matches(e)]


__all__ = ["EntryFilter", "filter_entries", "searchable_text"]
