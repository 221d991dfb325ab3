"""App-wide messages. They carry domain objects, never widgets.

The app posts one after every change the journal service reports (:func:`message_for`), so
whatever made the change, the app tells the person the same way.
"""

from __future__ import annotations

from textual.message import Message

from covey_coach.journal import service
from covey_coach.models import Entry, Tombstone, WeeklyReview


class EntrySaved(Message):
    """A reflection was written to the journal (new, or an edit)."""

    def __init__(self, entry: Entry, created: bool) -> None:
        super().__init__()
        self.entry = entry
        """The entry as stored."""
        self.created = created
        """True for a new reflection, False for an edit."""


class EntryDeleted(Message):
    """A reflection was deleted; its tombstone is in the journal."""

    def __init__(self, entry: Entry, tombstone: Tombstone) -> None:
        super().__init__()
        self.entry = entry
        """The entry as it was, with its id (an undo brings it back)."""
        self.tombstone = tombstone


class EntryRestored(Message):
    """A deleted reflection is back, with its id."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry


class ReviewSaved(Message):
    """This week's review was stored."""

    def __init__(self, review: WeeklyReview) -> None:
        super().__init__()
        self.review = review


def message_for(change: service.Change) -> Message | None:
    """The app-wide message for a change of the journal; None for a change no one is told of."""
    if isinstance(change, service.ReflectionSaved):
        return EntrySaved(change.entry, change.created)
    if isinstance(change, service.EntryDeleted):
        return EntryDeleted(change.entry, change.tombstone)
    if isinstance(change, service.EntryRestored):
        return EntryRestored(change.entry)
    if isinstance(change, service.ReviewSaved):
        return ReviewSaved(change.review)
    return None  # settings: the screen or the app that saved them says so itself


__all__ = ["EntryDeleted", "EntryRestored", "EntrySaved", "ReviewSaved", "message_for"]
