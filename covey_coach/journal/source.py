"""What anything that shows a journal may ask of it, and nothing that changes it.

A screen, a figure or a report reads a :class:`JournalSource`: this person's own journal
(:class:`covey_coach.journal.service.Journal`, which can also change it) or a journal read
from someone's export file (:class:`covey_coach.exchange.export_source.ExportSource`, which
never writes). The figures of a source come from its own schedule, targets and day-start
hour, so a coach sees exactly what the person sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from covey_coach.models import Entry, Tombstone, WeeklyReview

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.journal.settings import Settings
    from covey_coach.progress.schedule import ScheduleHistory


@runtime_checkable
class JournalSource(Protocol):
    """A journal to read: entries, reviews and the settings its figures need."""

    @property
    def label(self) -> str:
        """Whose journal this is, for a heading: the person's name, a profile or the file."""
        ...

    @property
    def revision(self) -> int:
        """Goes up with every change; a source that never changes keeps one value."""
        ...

    @property
    def schedule(self) -> ScheduleHistory:
        """The days this person works (CONTRACT "Schedule")."""
        ...

    @property
    def targets(self) -> dict[int, tuple[int, int]]:
        """(times, days) for every habit 1-7."""
        ...

    @property
    def day_start_hour(self) -> int:
        """Reflections written before this hour belong to the day before."""
        ...

    def entries(self) -> list[Entry]:
        """Every entry, oldest first; a fresh list each call."""
        ...

    def get(self, entry_id: str) -> Entry | None: ...

    def reviews(self) -> list[WeeklyReview]:
        """The weekly reviews, oldest week first."""
        ...

    def tombstones(self) -> list[Tombstone]:
        """The entries deleted from this journal, oldest delete first."""
        ...


class FiguresFromSettings:
    """``schedule``, ``targets`` and ``day_start_hour`` of a source, read from its ``settings``.

    One place that says which settings a journal's figures follow, for every kind of source.
    """

    settings: Settings

    @property
    def schedule(self) -> ScheduleHistory:
        return self.settings.schedule

    @property
    def targets(self) -> dict[int, tuple[int, int]]:
        return self.settings.all_targets()

    @property
    def day_start_hour(self) -> int:
        return self.settings.day_start_hour


__all__ = ["FiguresFromSettings", "JournalSource"]
