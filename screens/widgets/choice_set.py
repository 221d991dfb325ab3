"""A RadioSet whose keyboard highlight starts on the chosen option, not on the first one."""

from __future__ import annotations

from textual.widgets import RadioSet


class ChoiceSet(RadioSet):
    """RadioSet that opens with the highlight on the pressed button.

    A prefilled or suggested choice (this week's habit, a restored draft) would otherwise be
    one arrow press away from the highlight, and Enter would choose the first option instead.
    """

    def on_mount(self) -> None:
        # After RadioSet's own mount handling, which highlights the first button.
        self.call_later(self._highlight_pressed)

    def _highlight_pressed(self) -> None:
        if self.pressed_index >= 0:
            self._selected = self.pressed_index  # RadioSet keeps its highlight in this reactive


__all__ = ["ChoiceSet"]
