"""Small Pilot helpers shared by the screen tests."""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot

_NAMES = {" ": "space", ",": "comma", ".": "full_stop", "'": "apostrophe", "-": "minus", "?": "question_mark"}


async def type_text(pilot: Pilot, text: str) -> None:
    """Type like a person: one key per character, into whatever has focus (about 80 ms a key)."""
    await pilot.press(*[_NAMES.get(ch, ch) for ch in text])


async def paste(pilot: Pilot, text: str) -> None:
    """Paste text into whatever has focus, as a terminal delivers a paste: one event."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def settle(pilot: Pilot) -> None:
    """Let workers (store writes, drafts) finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def journal_opened(pilot: Pilot) -> None:
    """Wait for what the app opens behind its first frame (the journal, the pack, Today's figures)."""
    await pilot.app.opened()  # type: ignore[attr-defined]
    await pilot.pause()
