"""Figures per day for any journal being shown, computed again only when it or its settings change.

Today, the weekly review and Progress all ask for the same day's figures, often several times
while the app starts; on a ten-year journal each computation is tens of milliseconds. The
cache works for any :class:`~covey_coach.journal.source.JournalSource` (this person's journal,
a coach's export): each source gets a token of its own for as long as it lives, so two
sources never share figures, not even when one is gone and another takes its memory address.
"""

from __future__ import annotations

import itertools
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from covey_coach.journal.source import JournalSource
from covey_coach.progress.stats import Stats, compute_stats

_Key = tuple[int, int, str, tuple[tuple[int, tuple[int, int]], ...], date]
"""(source token, revision, schedule, targets, day)."""


class StatsCache:
    """``get(source, day)``: the Stats as of ``day`` with the source's own settings (thread-safe)."""

    def __init__(self, maxsize: int = 8) -> None:
        self._items: OrderedDict[_Key, Stats] = OrderedDict()
        self._maxsize = maxsize
        self._lock = threading.Lock()
        self._tokens: weakref.WeakKeyDictionary[JournalSource, int] = weakref.WeakKeyDictionary()
        self._next_token = itertools.count(1)

    def _token(self, source: JournalSource) -> int:
        with self._lock:
            token = self._tokens.get(source)
            if token is None:
                token = self._tokens[source] = next(self._next_token)
            return token

    def get(self, source: JournalSource, as_of: date) -> Stats:
        # Read each setting once: the key and the figures must describe the same settings.
        schedule, targets, revision = source.schedule, source.targets, source.revision
        key: _Key = (self._token(source), revision, schedule.model_dump_json(), tuple(sorted(targets.items())), as_of)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        stats = compute_stats(source.entries(), schedule, as_of, targets)
        if source.revision != revision:
            return stats  # changed while we read: right for this caller, not for the old key
        with self._lock:
            self._items[key] = stats
            while len(self._items) > self._maxsize:
                self._items.popitem(last=False)
        return stats

    def forget(self, source: JournalSource) -> None:
        """Drop every figure of ``source`` (it changed: they will not be asked for again)."""
        token = self._token(source)
        with self._lock:
            for key in [k for k in self._items if k[0] == token]:
                del self._items[key]

    def forget_on_change(self, source: JournalSource) -> Callable[[object], None]:
        """A listener for ``Journal.subscribe`` that drops the source's figures after each change."""
        ref = weakref.ref(source)

        def changed(_change: object) -> None:
            found = ref()
            if found is not None:
                self.forget(found)

        return changed


__all__ = ["StatsCache"]
