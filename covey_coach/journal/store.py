"""The journal store: entries, weekly reviews and tombstones in TinyDB, one writer at a time.

Open it only through :func:`open_store`. A writer holds a lock file for as long as the
store is open, so a second app or command gets a clear sentence instead of a silent
overwrite. Read-only opens take no lock: the file is only ever replaced whole, so a
reader always sees a complete journal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout
from pydantic import ValidationError
from tinydb import TinyDB

from covey_coach.journal import backups, migrations
from covey_coach.journal.atomic import atomic_write_bytes, ensure_dir
from covey_coach.days import now_local
from covey_coach.errors import JournalDamaged, JournalLocked, JournalTooNew, describe_validation
from covey_coach.models import Entry, Tombstone, WeeklyReview, entry_sort_key
from covey_coach.journal.paths import JournalPaths, journal_paths
from covey_coach.journal.storage import WriteThroughStorage, read_journal_file


def parse_entries(tables: dict, path: Path) -> dict[str, tuple[int, Entry]]:
    found: dict[str, tuple[int, Entry]] = {}
    for doc_id, doc in (tables.get(migrations.ENTRIES_TABLE) or {}).items():
        try:
            entry = Entry.model_validate(doc)
        except ValidationError as exc:
            label = doc.get("id", doc_id) if isinstance(doc, dict) else doc_id
            raise JournalDamaged(
                "errors.journal_bad_entry", path=str(path), entry=label, problem=describe_validation(exc)
            ) from None
        found[entry.id] = (int(doc_id), entry)
    return found


class JournalStore:
    """Entries, weekly reviews and tombstones of one journal, kept in memory while open."""

    def __init__(self, paths: JournalPaths, tables: dict, entries: dict[str, tuple[int, Entry]], *,
                 readonly: bool, lock: FileLock | None, today: Callable[[], date]) -> None:
        self.paths = paths
        """Where this journal's files live."""
        self.readonly = readonly
        self._lock = lock
        self._storage = WriteThroughStorage(paths.journal, tables, today=today, readonly=readonly)
        self._db = TinyDB(storage=lambda: self._storage)
        self._entries = entries
        """Entry id -> (TinyDB document id, the validated entry)."""
        self._sorted: list[Entry] | None = None
        self.revision = 0
        """Goes up with every change (entries, reviews, tombstones): caches of figures key on it."""

    # -- entries ---------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """Every entry, oldest first (by day, then by when it was written). A fresh list each call."""
        if self._sorted is None:
            # Screens ask often (Today, Progress, rotation); sort once per change, not once per call.
            self._sorted = sorted((e for _, e in self._entries.values()), key=entry_sort_key)
        return list(self._sorted)

    def _changed(self) -> None:
        self._sorted = None
        self.revision += 1

    def get(self, entry_id: str) -> Entry | None:
        found = self._entries.get(entry_id)
        return found[1] if found else None

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, entry: Entry) -> Entry:
        self.add_many([entry])
        return entry

    def add_many(self, entries: Iterable[Entry]) -> int:
        """Add in one write; entries whose id is already present are skipped. Returns how many were added."""
        fresh: list[Entry] = []
        seen: set[str] = set()
        for entry in entries:
            if entry.id in self._entries or entry.id in seen:
                continue
            seen.add(entry.id)
            fresh.append(entry)
        if not fresh:
            return 0
        docs = [e.model_dump(mode="json") for e in fresh]
        with self._storage.batch():  # an entry that is back is no longer deleted: one write for both
            doc_ids = self._db.table(migrations.ENTRIES_TABLE).insert_multiple(docs)
            self._drop_tombstones({e.id for e in fresh})
        for doc_id, entry in zip(doc_ids, fresh, strict=True):
            self._entries[entry.id] = (doc_id, entry)
        self._changed()
        return len(fresh)

    def update(self, entry: Entry) -> Entry:
        doc_id, _ = self._entries[entry.id]
        entry = entry.model_copy(update={"updated_at": now_local()})
        self._db.table(migrations.ENTRIES_TABLE).update(
            lambda doc: (doc.clear(), doc.update(entry.model_dump(mode="json"))), doc_ids=[doc_id]
        )
        self._entries[entry.id] = (doc_id, entry)
        self._changed()
        return entry

    def delete(self, entry_id: str, deleted_at: datetime | None = None) -> Entry:
        """Remove an entry and leave its tombstone (see :meth:`tombstone`), in one write."""
        doc_id, entry = self._entries[entry_id]
        tombstone = Tombstone(id=entry_id, deleted_at=deleted_at or now_local())
        with self._storage.batch():
            self._db.table(migrations.ENTRIES_TABLE).remove(doc_ids=[doc_id])
            self._drop_tombstones({entry_id})
            self._db.table(migrations.TOMBSTONES_TABLE).insert(tombstone.model_dump(mode="json"))
        del self._entries[entry_id]
        self._changed()
        return entry

    # -- tombstones ------------------------------------------------------------------------

    def tombstones(self) -> list[Tombstone]:
        """Every deleted entry's id and when it was deleted, oldest delete first."""
        table = self._db.table(migrations.TOMBSTONES_TABLE)
        return sorted((Tombstone.model_validate(dict(d)) for d in table.all()), key=lambda t: t.deleted_at)

    def tombstone(self, entry_id: str) -> Tombstone | None:
        return next((t for t in self.tombstones() if t.id == entry_id), None)

    def _drop_tombstones(self, entry_ids: set[str]) -> None:
        table = self._db.table(migrations.TOMBSTONES_TABLE)
        gone = [d.doc_id for d in table.all() if d.get("id") in entry_ids]
        if gone:
            table.remove(doc_ids=gone)

    # -- weekly reviews --------------------------------------------------------------------

    def reviews(self) -> list[WeeklyReview]:
        table = self._db.table(migrations.REVIEWS_TABLE)
        return sorted((WeeklyReview.model_validate(dict(d)) for d in table.all()), key=lambda r: r.week)

    def review(self, week: str) -> WeeklyReview | None:
        return next((r for r in self.reviews() if r.week == week), None)

    def save_review(self, review: WeeklyReview) -> WeeklyReview:
        table = self._db.table(migrations.REVIEWS_TABLE)
        doc = review.model_dump(mode="json")
        existing = [d.doc_id for d in table.all() if d.get("week") == review.week]
        if existing:
            table.update(lambda d: (d.clear(), d.update(doc)), doc_ids=existing)
        else:
            table.insert(doc)
        self._changed()
        return review

    # -- life cycle ------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> JournalStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _acquire(paths: JournalPaths) -> FileLock:
    ensure_dir(paths.root)
    lock = FileLock(paths.lock, timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise JournalLocked("errors.journal_locked", path=str(paths.root)) from None
    return lock


@contextmanager
def writer_lock(paths: JournalPaths) -> Iterator[None]:
    """Hold the journal's writer lock for a change outside the journal file (settings, restore)."""
    lock = _acquire(paths)
    try:
        yield
    finally:
        lock.release()


def _load_tables(path: Path) -> dict | None:
    """A journal file's tables, or None when there is no such file."""
    if not path.exists():
        return None
    tables = read_journal_file(path)
    version = migrations.journal_version(tables)
    if version > migrations.JOURNAL_VERSION:
        raise JournalTooNew("errors.journal_too_new", path=str(path), version=version,
                            supported=migrations.JOURNAL_VERSION)
    return tables


def _file_state(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def read_and_parse(path: Path) -> tuple[dict | None, int, dict[str, tuple[int, Entry]]]:
    """(migrated tables or None, the file's version, parsed entries) of a journal or backup file.

    Changes nothing on disk; raises JournalDamaged or JournalTooNew.
    """
    tables = _load_tables(path)
    if tables is None:
        return None, migrations.JOURNAL_VERSION, {}
    migrated, old = migrations.migrate(tables)
    return migrated, old, parse_entries(migrated, path)


def open_store(data_dir: Path, profile: str | None = None, *, readonly: bool = False,
               today: Callable[[], date] | None = None) -> JournalStore:
    """Open one journal. Raises JournalDamaged, JournalTooNew or JournalLocked (all CoveyError).

    Read-only opens never create anything on disk. A writer validates the file before it
    takes the lock, so a damaged journal leaves the folder exactly as it was.
    """
    paths = journal_paths(data_dir, profile)
    from covey_coach.days import today as default_today

    today_fn = today or default_today
    before = _file_state(paths.journal)
    tables, old, entries = read_and_parse(paths.journal)  # a damaged journal is refused before anything is touched
    if readonly:
        return JournalStore(paths, tables or migrations.empty_journal(), entries, readonly=True, lock=None,
                            today=today_fn)
    lock = _acquire(paths)
    try:
        if _file_state(paths.journal) != before:  # another writer saved between our read and the lock
            tables, old, entries = read_and_parse(paths.journal)
        if tables is None:
            tables = migrations.empty_journal()
        elif old != migrations.JOURNAL_VERSION:
            backups.make_migration_backup(paths.journal, old, now_local())
            atomic_write_bytes(paths.journal, _dumps(tables))
        return JournalStore(paths, tables, entries, readonly=False, lock=lock, today=today_fn)
    except BaseException:
        lock.release()
        raise


def _dumps(tables: dict) -> bytes:
    import orjson

    return orjson.dumps(tables)


__all__ = ["JournalStore", "describe_validation", "open_store", "read_and_parse", "writer_lock"]
