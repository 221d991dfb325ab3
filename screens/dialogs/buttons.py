"""A dialog whose buttons the arrow keys walk, as they would in any other dialog box."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding

from screens.base import CoveyModal

ResultType = TypeVar("ResultType")


class ButtonDialog(CoveyModal[ResultType]):
    """Left/up and right/down move between the dialog's buttons (Tab still does too).

    A dialog holds only its buttons as focusable widgets, so the screen's focus chain is the
    row of buttons; it wraps round at either end.
    """

    BINDINGS = [
        Binding("left,up", "app.focus_previous", "screens.keys.previous_button", id="dialog.previous",
                show=False, key_display="←/↑"),
        Binding("right,down", "app.focus_next", "screens.keys.next_button", id="dialog.next",
                show=False, key_display="→/↓"),
    ]


__all__ = ["ButtonDialog"]
