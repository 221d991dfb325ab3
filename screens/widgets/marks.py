"""A checkbox and a radio button whose mark shows its state by shape, not only by colour.

Textual draws the same ``X`` or ``●`` whether on or off and tells them apart by colour, which
``NO_COLOR`` and monochrome projectors take away. These draw the mark only when on.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox, RadioButton


class TickBox(Checkbox):
    """A Checkbox showing ``✓`` when ticked and an empty box when not."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "✓" if self.value else " "
        return super()._button


class ChoiceButton(RadioButton):
    """A RadioButton showing ``●`` when chosen and an empty circle when not."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else " "
        return super()._button


__all__ = ["ChoiceButton", "TickBox"]
