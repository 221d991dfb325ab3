"""The per-day arrays every figure is read from: scheduled, reflected, and YES per habit.

Built once per journal and day T over the days from the journal's first day to T, so a
ten-year journal takes a few tens of milliseconds for all figures together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from covey_coach.habits import HABITS
from covey_coach.progress.schedule import ScheduleLike, as_history
from covey_coach.progress.stats.strength import Target, strength_series

__all__ = ["DayArrays", "EntryLike"]


class EntryLike(Protocol):
    """What the statistics read from an entry; the journal's model has more."""

    @property
    def day(self) -> date: ...

    @property
    def habit(self) -> int: ...

    @property
    def rating(self) -> int: ...


@dataclass
class DayArrays:
    """Per-day facts from the journal's first day to T, computed once."""

    as_of: date
    entries: list[EntryLike]
    """The entries dated T or earlier: entries after T are left out of every figure."""
    first_day: date | None = None
    scheduled: list[bool] = field(default_factory=list)
    reflected: list[bool] = field(default_factory=list)
    yes: dict[int, list[bool]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Iterable[EntryLike], schedule: ScheduleLike | None, as_of: date) -> DayArrays:
        kept = [e for e in entries if e.day <= as_of]
        out = cls(as_of=as_of, entries=kept)
        if not kept:
            return out
        first = min(e.day for e in kept)
        out.first_day = first
        span = (as_of - first).days + 1
        # The journal's first day anchors an RRULE without DTSTART in the period from the start.
        out.scheduled = as_history(schedule).scheduled_mask(first, as_of, first_day=first)
        out.reflected = [False] * span
        yes = {h: [False] * span for h in HABITS}
        for e in kept:
            i = (e.day - first).days
            out.reflected[i] = True
            row = yes.get(e.habit)
            if row is None:
                row = yes[e.habit] = [False] * span
            row[i] = True
        out.yes = yes
        return out

    def __len__(self) -> int:
        return len(self.reflected)

    def streaks(self, end: int | None = None) -> tuple[int, int]:
        """(current, best) by one walk forward; the same as walking back from each day.

        ``end`` stops the walk early: ``end = len - 1`` gives the figures as of the day before T.
        """
        days = self.reflected if end is None else self.reflected[:end]
        run = best = 0
        last = len(days) - 1
        scheduled = self.scheduled
        for i, reflected in enumerate(days):
            if reflected:
                run += 1
                if run > best:
                    best = run
            elif scheduled[i] and i != last:
                run = 0  # a scheduled day without a reflection ends it; T itself is not over
        return run, best

    def strength(self, habit: int, target: Target) -> list[float]:
        if not self.reflected:
            return []
        yes = self.yes.get(habit) or [False] * len(self.reflected)
        return strength_series(yes, self.scheduled, target)
