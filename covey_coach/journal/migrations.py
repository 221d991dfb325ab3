"""Journal file format versions and the steps between them.

Version 0 is a bare TinyDB file of entries without our ``meta`` table (written by hand,
by a script, or by a pre-release build): entries may lack ``id``, ``created_at`` and
``schema_version``. Version 2 adds the ``tombstones`` table: one document (entry id and
``deleted_at``) for every deleted entry, so that what syncs can learn of a delete. Each step takes the raw tables and returns new ones; the store backs
the file up before applying any step and refuses a version newer than it knows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from covey_coach.models import SCHEMA_VERSION, new_id

JOURNAL_VERSION = 2
META_TABLE = "meta"
ENTRIES_TABLE = "entries"
REVIEWS_TABLE = "reviews"
TOMBSTONES_TABLE = "tombstones"

Tables = dict[str, Any]


def journal_version(tables: Tables) -> int:
    meta = tables.get(META_TABLE) or {}
    for doc in meta.values():
        if isinstance(doc, dict) and isinstance(doc.get("journal_version"), int):
            return int(doc["journal_version"])
    return 0


def _v0_to_v1(tables: Tables) -> Tables:
    entries = {}
    for doc_id, doc in (tables.get(ENTRIES_TABLE) or {}).items():
        doc = dict(doc)
        doc.setdefault("id", new_id())
        doc.setdefault("schema_version", SCHEMA_VERSION)
        if "created_at" not in doc and isinstance(doc.get("day"), str):
            # Noon of the entry's own day: the day-start rule then keeps it on that day.
            noon = datetime.combine(date.fromisoformat(doc["day"]), time(12)).astimezone()
            doc["created_at"] = noon.isoformat()
        entries[doc_id] = doc
    out = {k: v for k, v in tables.items() if k not in (ENTRIES_TABLE, "_default")}
    out[ENTRIES_TABLE] = entries
    out[META_TABLE] = {"1": {"journal_version": 1}}
    return out


def _v1_to_v2(tables: Tables) -> Tables:
    # Deletes before this version left no trace: there is nothing to put in the new table.
    out = dict(tables)
    out.setdefault(TOMBSTONES_TABLE, {})
    meta = {doc_id: dict(doc) for doc_id, doc in (tables.get(META_TABLE) or {}).items() if isinstance(doc, dict)}
    for doc in meta.values():
        if "journal_version" in doc:
            doc["journal_version"] = 2
    out[META_TABLE] = meta or {"1": {"journal_version": 2}}
    return out


MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {0: _v0_to_v1, 1: _v1_to_v2}
"""From version N to N + 1."""


def migrate(tables: Tables) -> tuple[Tables, int]:
    """Apply every step from the file's version to JOURNAL_VERSION; returns (tables, old version)."""
    start = version = journal_version(tables)
    while version < JOURNAL_VERSION:
        tables = MIGRATIONS[version](tables)
        version += 1
    return tables, start


def empty_journal() -> Tables:
    return {META_TABLE: {"1": {"journal_version": JOURNAL_VERSION}}, ENTRIES_TABLE: {}, REVIEWS_TABLE: {},
            TOMBSTONES_TABLE: {}}


__all__ = ["JOURNAL_VERSION", "MIGRATIONS", "TOMBSTONES_TABLE", "empty_journal", "journal_version", "migrate"]
