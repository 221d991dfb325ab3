"""A journal that cannot be opened: one sentence, and any key closes the app with status 1."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from screens.base import CoveyScreen


class ErrorScreen(CoveyScreen[None]):
    """Shows why the journal was refused; the file itself is left as it was."""

    MODE_KEYS = False

    def __init__(self, sentence: str) -> None:
        super().__init__(id="error-screen")
        self.sentence = sentence
        """The error, rendered in the interface language."""

    def compose(self) -> ComposeResult:
        with Vertical(id="error-box"):
            yield Static(self.t("screens.error.title"), id="error-title")
            yield Static(self.sentence, id="error-sentence", markup=False)
            yield Static(self.t("screens.error.any_key"), id="error-hint")

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.app.exit(return_code=1)

    def on_click(self) -> None:
        self.app.exit(return_code=1)


__all__ = ["ErrorScreen"]
