"""The keys of the screen below, with what each does, in the interface language."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from screens.base import CoveyModal


class KeysDialog(CoveyModal[None]):
    """Lists (key, what it does) pairs; any of Esc, F1 or q closes it."""

    BINDINGS = [Binding("escape,f1,q", "close", "screens.keys.close_keys", id="keys.close")]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__(classes="dialog")
        self.rows = rows
        """(key as shown, description with its tooltip)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="keys-box"):
            yield Static(self.t("screens.help.title"), classes="dialog-title")
            with VerticalScroll(id="keys-list"):
                for key, text in self.rows:
                    yield Static(f"[b]{key}[/b]", classes="keys-key")
                    yield Static(text, classes="keys-text", markup=False)
            yield Static(self.t("screens.help.footer"), classes="dialog-note")

    def action_close(self) -> None:
        self.dismiss(None)


__all__ = ["KeysDialog"]
