"""Figures per day for one open journal, computed again only when entries or settings change.

Today, the weekly review and Progress all ask for the same day's figures, often several times
while the app starts; on a ten-year journal each computation is tens of milliseconds.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date
from typing import Hashable

from covey_coach.journal.settings import Settings
from covey_coach.progress.stats import Stats, compute_stats
from covey_coach.journal.store import JournalStore


class StatsCache:
    """``get(store, settings, day)``: the Stats as of ``day``, from a small cache (thread-safe)."""

    def __init__(self, maxsize: int = 8) -> None:
        self._items: OrderedDict[Hashable, Stats] = OrderedDict()
        self._maxsize = maxsize
        self._lock = threading.Lock()

    @staticmethod
    def _key(store: JournalStore, settings: Settings, as_of: date) -> Hashable:
        targets = tuple(sorted(settings.all_targets().items()))
        return (id(store), store.revision, settings.schedule.model_dump_json(), targets, as_of)

    def get(self, store: JournalStore, settings: Settings, as_of: date) -> Stats:
        key = self._key(store, settings, as_of)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        stats = compute_stats(store.entries(), settings.schedule, as_of, settings.all_targets())
        with self._lock:
            self._items[key] = stats
            while len(self._items) > self._maxsize:
                self._items.popitem(last=False)
        return stats


__all__ = ["StatsCache"]
