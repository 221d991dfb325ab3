"""A checkbox and a radio button whose mark shows its state by shape, not only by colour.

Textual draws the same ``X`` or ``●`` whether on or off and tells them apart by colour, which
``NO_COLOR`` and monochrome projectors take away. These draw the mark only when on.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist


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


class TickList(SelectionList[str]):
    """A SelectionList whose boxes show ``✓`` when selected and nothing when not."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        # SelectionList draws [left edge, mark, right edge, space, prompt...]; swap only the mark.
        if len(segments) > 1 and segments[1].text == ToggleButton.BUTTON_INNER:
            mark = "✓" if selection.value in self.selected else " "
            segments[1] = Segment(mark, segments[1].style, segments[1].control)
            return Strip(segments, strip.cell_length)
        return strip


__all__ = ["ChoiceButton", "TickBox", "TickList"]
