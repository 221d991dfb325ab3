"""The one way this person's journal changes: every change in one place, behind one lock.

A :class:`Journal` holds the store opened for writing (and with it the writer lock file)
and the settings beside it. Each change the app makes is one method here: save a
reflection and clear its draft, edit, delete (leaving a tombstone), undo a delete, save a
weekly review, save the settings. Each holds the journal's lock for the whole change, so a
worker thread and the screen never interleave, and after it succeeds every listener given
to :meth:`Journal.subscribe` hears of it (the app, to tell the person; the figures cache).

The flow is one way: a screen asks the Journal, the Journal asks the store. Synchronous,
no Textual: the app runs these calls in a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from covey_coach.days import now_local
from covey_coach.errors import InputError
from covey_coach.journal import drafts
from covey_coach.journal.paths import JournalPaths, journal_paths
from covey_coach.journal.settings import Settings, load_settings, save_settings
from covey_coach.journal.source import FiguresFromSettings
from covey_coach.journal.store import JournalStore, open_store
from covey_coach.models import Draft, Entry, Tombstone, WeeklyReview

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReflectionSaved:
    entry: Entry
    """The entry as stored."""
    created: bool
    """True for a new reflection, False for an edit."""


@dataclass(frozen=True)
class EntriesImported:
    """Entries came in from a file (``count`` of them were new)."""

    count: int


@dataclass(frozen=True)
class EntryDeleted:
    entry: Entry
    """The entry as it was, with its id: what an undo brings back."""
    tombstone: Tombstone


@dataclass(frozen=True)
class EntryRestored:
    entry: Entry


@dataclass(frozen=True)
class ReviewSaved:
    review: WeeklyReview


@dataclass(frozen=True)
class SettingsSaved:
    settings: Settings


Change = ReflectionSaved | EntriesImported | EntryDeleted | EntryRestored | ReviewSaved | SettingsSaved
"""What a listener hears after a change succeeded."""
Listener = Callable[[Change], None]


class Journal(FiguresFromSettings):
    """This person's journal, open for writing: read it as a JournalSource, change it here."""

    def __init__(self, store: JournalStore, settings: Settings) -> None:
        if store.readonly:
            raise ValueError("a Journal changes its store: open the store for writing")
        self._store = store
        self.settings = settings
        """The settings beside the journal. The app may change a field in memory (the theme)
        and save it with :meth:`save_settings`."""
        self._lock = threading.RLock()
        self._settings_saves = 0
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, data_dir: Path, profile: str | None = None, *, settings: Settings | None = None,
             today: Callable[[], date] | None = None) -> Journal:
        """Open for writing. Raises JournalDamaged, JournalTooNew or JournalLocked (all CoveyError).

        ``settings`` when the caller has read them already (the app needs the language first).
        """
        if settings is None:
            settings = load_settings(journal_paths(data_dir, profile))
        return cls(open_store(data_dir, profile, today=today), settings)

    # -- reading (JournalSource) -----------------------------------------------------------

    @property
    def paths(self) -> JournalPaths:
        return self._store.paths

    @property
    def label(self) -> str:
        return self.paths.profile or str(self.paths.journal)

    @property
    def revision(self) -> int:
        return self._store.revision + self._settings_saves

    def entries(self) -> list[Entry]:
        with self._lock:  # a worker may be adding while a screen reads
            return self._store.entries()

    def get(self, entry_id: str) -> Entry | None:
        with self._lock:
            return self._store.get(entry_id)

    def reviews(self) -> list[WeeklyReview]:
        with self._lock:
            return self._store.reviews()

    def review(self, week: str) -> WeeklyReview | None:
        with self._lock:
            return self._store.review(week)

    def tombstones(self) -> list[Tombstone]:
        with self._lock:
            return self._store.tombstones()

    # -- the draft of the reflection being typed -------------------------------------------

    def load_draft(self) -> Draft | None:
        """The saved draft, or None (a damaged one is set aside: see :func:`drafts.load_draft`)."""
        with self._lock:
            return drafts.load_draft(self.paths)

    def save_draft(self, fields: dict[str, Any], step: int, editing_id: str | None = None, *,
                   unless: Callable[[], bool] | None = None) -> bool:
        """Write the draft; False when ``unless()`` says no.

        ``unless`` is asked under the journal's lock, so a draft typed just before a save can
        never land on disk after that save cleared it.
        """
        with self._lock:
            if unless is not None and unless():
                return False
            drafts.save_draft(self.paths, fields, step, editing_id)
            return True

    def clear_draft(self, *, unless: Callable[[], bool] | None = None) -> bool:
        with self._lock:
            if unless is not None and unless():
                return False
            drafts.clear_draft(self.paths)
            return True

    # -- changes ---------------------------------------------------------------------------

    def save_reflection(self, entry: Entry, *, created: bool, clear_draft: bool = True) -> Entry:
        """Store a new reflection (or the edit of one) and then clear its draft, in one step.

        ``clear_draft`` False keeps the draft on disk: it belongs to another reflection.
        """
        with self._lock:
            stored = self._store.add(entry) if created else self._update(entry)
            if clear_draft:
                # The reflection is safe in the journal: a draft that cannot be removed is offered
                # again next time, which is better than reporting a failed save and storing it twice.
                with contextlib.suppress(OSError):
                    drafts.clear_draft(self.paths)
        self._tell(ReflectionSaved(stored, created))
        return stored

    def import_entries(self, entries: list[Entry]) -> int:
        """Add what a file brought, in one write; an id already here is skipped. Returns how many were added."""
        with self._lock:
            added = self._store.add_many(entries)
        if added:
            self._tell(EntriesImported(added))
        return added

    def edit(self, entry: Entry) -> Entry:
        """Store a changed entry (same id); its draft, if any, is left alone."""
        with self._lock:
            stored = self._update(entry)
        self._tell(ReflectionSaved(stored, created=False))
        return stored

    def delete(self, entry_id: str) -> Entry:
        """Remove an entry, leaving its tombstone. Returns the entry as it was (for undo)."""
        with self._lock:
            self._known(entry_id)
            entry = self._store.delete(entry_id, deleted_at=now_local())
            tombstone = self._store.tombstone(entry_id)
        assert tombstone is not None
        self._tell(EntryDeleted(entry, tombstone))
        return entry

    def undo_delete(self, entry: Entry) -> Entry:
        """Bring a deleted entry back with its id; its tombstone goes (one write)."""
        with self._lock:
            self._store.add(entry)
        self._tell(EntryRestored(entry))
        return entry

    def save_review(self, review: WeeklyReview) -> WeeklyReview:
        """Store this week's review (a second one for the same week replaces the first)."""
        with self._lock:
            stored = self._store.save_review(review)
        self._tell(ReviewSaved(stored))
        return stored

    def save_settings(self, settings: Settings) -> Settings:
        """Write the settings file; only once it is written do they become the journal's settings."""
        with self._lock:
            save_settings(self.paths, settings)
            self.settings = settings
            self._settings_saves += 1
        self._tell(SettingsSaved(settings))
        return settings

    def _update(self, entry: Entry) -> Entry:
        self._known(entry.id)
        return self._store.update(entry)

    def _known(self, entry_id: str) -> None:
        if self._store.get(entry_id) is None:
            raise InputError("errors.entry_gone", id=entry_id)

    # -- listeners -------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after every successful change, in the thread that made it.

        Listeners run outside the journal's lock: one may read the journal, and a worker that
        waits on the app's thread never does so while holding the lock. Returns the function
        that stops it.
        """
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # noqa: BLE001
                # The change is on disk already: failing the caller now would invite a second save.
                log.exception("a journal listener failed on %s", type(change).__name__)

    # -- life cycle ------------------------------------------------------------------------

    def close(self) -> None:
        """Close the store and give up the writer lock."""
        with self._lock:
            self._store.close()
        self._listeners.clear()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


__all__ = ["Change", "EntriesImported", "EntryDeleted", "EntryRestored", "Journal", "Listener", "ReflectionSaved", "ReviewSaved",
           "SettingsSaved"]
