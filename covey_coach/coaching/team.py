"""A coach's exports grouped by person; a person's several exports merged into one journal.

Entries are merged by id. When two exports carry the same id, the newer export's entry wins
(``exported_at``; an export without it counts as older than any with it; between equals the
one named later wins): it is the person's later edit. The schedule, targets and day-start
hour are the newest export's, as the person's own settings hold them now; weekly reviews
merge by week the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from covey_coach.coaching.gather import ReadExport
from covey_coach.exchange.export_source import ExportSource
from covey_coach.models import Entry, WeeklyReview

__all__ = ["Person", "group_people"]

_NEVER = datetime.min.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Person:
    """One person as the coach sees them: their merged journal and the files it came from."""

    name: str
    source: ExportSource
    files: tuple[str, ...]
    """The export files, oldest export first; the last one's settings hold."""


def _age(export: ReadExport) -> tuple[datetime, int]:
    return (export.exported_at or _NEVER, export.order)


def _merge(name: str, exports: list[ReadExport]) -> Person:
    exports = sorted(exports, key=_age)
    entries: dict[str, Entry] = {}
    reviews: dict[str, WeeklyReview] = {}
    for export in exports:
        entries.update((e.id, e) for e in export.source.entries())
        reviews.update((r.week, r) for r in export.source.reviews())
    newest = exports[-1]
    merged = ExportSource(label=name, entries=list(entries.values()), reviews=list(reviews.values()),
                          settings=newest.source.settings, path=newest.path)
    return Person(name=name, source=merged, files=tuple(str(e.path) for e in exports))


def _name_order(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def group_people(exports: list[ReadExport]) -> list[Person]:
    """One Person per name (an export without a name stands for itself, by its file), by name."""
    groups: dict[str, list[ReadExport]] = {}
    for export in exports:
        groups.setdefault(export.source.label, []).append(export)
    return [_merge(name, groups[name]) for name in sorted(groups, key=_name_order)]
