"""App-wide messages. They carry domain objects, never widgets."""

from __future__ import annotations

from textual.message import Message

from covey_coach.models import Entry


class EntrySaved(Message):
    """A reflection was written to the journal (new, or an edit)."""

    def __init__(self, entry: Entry, created: bool) -> None:
        super().__init__()
        self.entry = entry
        """The entry as stored."""
        self.created = created
        """True for a new reflection, False for an edit."""


__all__ = ["EntrySaved"]
