"""Offers back a reflection that was left unfinished; dismisses True to continue it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from screens.dialogs.buttons import ButtonDialog


class DraftDialog(ButtonDialog[bool]):
    """"You have an unfinished reflection: continue it?" True continues, False starts afresh."""

    BINDINGS = [
        Binding("c,v", "answer(True)", "screens.keys.continue", id="draft.continue"),
        Binding("f,o", "answer(False)", "screens.keys.fresh", id="draft.fresh"),
    ]

    def __init__(self, when: str, preview: str) -> None:
        super().__init__(classes="dialog")
        self.when = when
        """When the draft was last saved, in words."""
        self.preview = preview
        """The first line of what was typed, so the person recognises it."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.t("screens.draft.title"), classes="dialog-title")
            yield Static(self.t("screens.draft.question", when=self.when), classes="dialog-question")
            if self.preview:
                yield Static(self.preview, classes="dialog-preview", markup=False)
            yield Static(self.t("screens.draft.fresh_note"), classes="dialog-note")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("screens.draft.continue"), id="continue", variant="primary")
                yield Button(self.t("screens.draft.fresh"), id="fresh", variant="default")

    def on_mount(self) -> None:
        self.query_one("#continue", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "continue")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


__all__ = ["DraftDialog"]
