"""A yes/no question; dismisses with the answer."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from screens.dialogs.buttons import ButtonDialog


class ConfirmDialog(ButtonDialog[bool]):
    """Asks before something that cannot be taken back; Esc or "no" answers False."""

    BINDINGS = [
        Binding("y,j", "answer(True)", "screens.keys.yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "screens.keys.no", id="confirm.no"),
    ]

    def __init__(self, question: str, yes: str, no: str, *, danger: bool = True) -> None:
        super().__init__(classes="dialog")
        self.question = question
        """The question, one or two sentences."""
        self.yes_label = yes
        self.no_label = no
        self.danger = danger
        """Colour the yes-button as a warning (discard, delete)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.question, classes="dialog-question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes_label, id="yes", variant="error" if self.danger else "primary")
                yield Button(self.no_label, id="no", variant="default")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


__all__ = ["ConfirmDialog"]
