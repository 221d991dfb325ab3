"""Textual's footer, drawn again only when the keys it shows change.

Textual's Footer recomposes (a new widget per key, each styled anew) at every focus change and
every ``refresh_bindings``; in Reflect that was most of the time a step took to show, though the
keys shown stayed the same. This footer compares what it would show with what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

if TYPE_CHECKING:  # pragma: no cover
    from textual.screen import Screen

Shown = tuple[tuple[str, str, str, str, bool, str], ...]
"""Per key in the footer: key, its display, description, action, enabled, tooltip."""


def shown_keys(screen: Screen[object]) -> Shown:
    """What a footer on ``screen`` shows now (the bindings with ``show``, and the palette's)."""
    app = screen.app
    return tuple(
        (binding.key, app.get_key_display(binding), binding.description, binding.action, enabled, tooltip or "")
        for _node, binding, enabled, tooltip in screen.active_bindings.values()
        if binding.show or binding.key == app.COMMAND_PALETTE_BINDING
    )


class CoveyFooter(Footer):
    """A Footer that skips the recompose when its keys are the ones already on screen."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: Shown | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen and screen.app.app_focus and self.is_attached:
            shown = shown_keys(screen)
            if self._bindings_ready and shown == self._shown:
                return
            self._shown = shown
        super().bindings_changed(screen)


__all__ = ["CoveyFooter", "shown_keys"]
