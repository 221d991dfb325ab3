"""Textual's own widgets in the interface language: the command palette, a select's menu, ctrl+c.

Textual writes these words in English inside its widgets, with no hook for a catalogue. The
palette takes a placeholder, and its "no matches" line is added by one small method that is
written again here with our words; the select's menu is a node whose bindings
:func:`translate_bindings` can rewrite like ours. Textual is pinned exactly, and a Pilot test
looks for every one of these words on a Dutch screen, so an upgrade that moves them is seen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.dom import DOMNode
from textual.widgets.option_list import Option

from screens.i18n import translate_bindings

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.i18n import Translator

TEXTUAL_BINDINGS = {"Dismiss menu": "widgets.dismiss_menu"}
"""Textual's own binding descriptions, and the catalogue key that says them in our language."""


class CoveyCommandPalette(CommandPalette):
    """The command palette, with its placeholder and its "no matches" line in our language."""

    def __init__(self, t: Translator) -> None:
        super().__init__(placeholder=t("widgets.palette_placeholder"), id="--command-palette")
        self._no_matches_text = t("widgets.palette_no_matches")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own version of this method, with our words in place of "No matches found".
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(self._no_matches_text, style="not bold")), disabled=True,
                           id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:  # discover mode: no commands to discover needs no message
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def translate_textual_widgets(root: DOMNode, t: Translator) -> None:
    """Put our words on the bindings of Textual's own widgets inside ``root`` (a select's menu)."""
    from textual.widgets._select import SelectOverlay

    for overlay in root.query(SelectOverlay):
        translate_bindings(overlay, t, TEXTUAL_BINDINGS)


__all__ = ["CoveyCommandPalette", "TEXTUAL_BINDINGS", "translate_textual_widgets"]
