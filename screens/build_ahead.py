"""Section screens built ahead of time, while the person reads Today: a first visit only switches.

Textual builds a mode's screen on the first switch to it: compose, mount and style some forty
widgets, then fill them (the Journal's first page, the Progress figures), all between the key
and the frame. Built here one section per idle moment after Today's figures are drawn, each
is mounted and filled but not shown; the switch then finds its stack ready and only resumes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.app import App
from textual.screen import Screen

SECTIONS = ("journal", "progress")
"""The sections built ahead, most visited first."""


def build_section(app: App[Any], mode: str) -> Screen[Any] | None:
    """Mount ``mode``'s screen as the base of its (empty) stack without showing it; the screen if built.

    Nothing happens for a section already built or shown: it keeps its screen and state.
    """
    stacks = app._screen_stacks  # noqa: SLF001 - Textual has no public way to ready a mode
    if mode in stacks or mode == app.current_mode or mode not in app._modes:  # noqa: SLF001
        return None
    factory = app._modes[mode]  # noqa: SLF001
    screen = factory() if callable(factory) else app.get_screen(factory)
    stacks[mode] = [screen]
    app._load_screen_css(screen)  # noqa: SLF001 - as Textual's own _init_mode does
    app._register(app, screen)  # noqa: SLF001 - starts the screen: compose, mount, on_mount
    return screen


def compose_footers(screen: Screen[Any]) -> None:
    """Give ``screen``'s footers the keys of its visit now: Textual composes a footer's keys
    (a widget each, each styled) when its screen is first shown."""
    from screens.footer import CoveyFooter

    for footer in screen.query(CoveyFooter):
        with footer._context():  # noqa: SLF001 - as if its own signal called it: its keys bind to it
            footer.bindings_changed(screen)


def lay_out_hidden(app: App[Any], screen: Screen[Any]) -> bool:
    """Lay ``screen`` out for the terminal as it is, though it is not shown; True if it was.

    Textual lays a screen out when it is first shown: for a section built ahead that was most
    of what was left between the key and the frame. Laid out now (its widgets hear their sizes),
    the switch finds it the size of the terminal and lays out nothing.
    """
    if screen is app.screen or not screen.is_attached or not app.size:
        return False
    screen._refresh_layout(app.size)  # noqa: SLF001 - draws nothing for a screen not shown
    return True


def relay_out_hidden(app: App[Any], screen: Screen[Any]) -> bool:
    """Lay ``screen`` out again if a widget asked for it on hearing its size; True if it did."""
    if screen is app.screen or not screen.is_attached or not screen._layout_required:  # noqa: SLF001
        return False
    screen._refresh_layout(app.size)  # noqa: SLF001
    screen._layout_required = False  # noqa: SLF001 - as Textual's update timer does after it
    return True


def draw_hidden(app: App[Any], screen: Screen[Any]) -> None:
    """Render ``screen``'s frame once, to nowhere: each widget keeps the lines it drew.

    The first frame of a section (a table's rows, the calendar) then comes from those lines;
    a widget changed since draws itself again as usual. Nothing is written to the terminal.
    """
    if screen is not app.screen and screen.is_attached and screen.size == app.size:
        screen._compositor.render_full_update()  # noqa: SLF001


IMPORTED_AHEAD = ("screens.reflect",)
"""Modules a key opens, imported once the sections are built: Reflect's took 10 ms of its opening."""


def import_ahead() -> None:
    import importlib

    for name in IMPORTED_AHEAD:
        importlib.import_module(name)


def build_ahead(app: App[Any], modes: Sequence[str] = SECTIONS) -> None:
    """Build the first of ``modes`` after the next frame, then the rest one at a time.

    Each is built, then laid out and drawn (unseen) once it has mounted, and only then is the
    next one begun: a key pressed meanwhile waits for one step of one screen at most.
    """
    if not app.is_running:
        return
    if not modes:
        app.call_after_refresh(import_ahead)
        return
    first, rest = modes[0], modes[1:]

    def step() -> None:
        if not app.is_running or getattr(app, "journal", True) is None:
            return  # quitting, or the journal not open (a section needs it to fill itself)
        screen = build_section(app, first)
        if screen is None:
            app.call_after_refresh(build_ahead, app, rest)
            return
        # Posted to the new screen: handled once it has composed, mounted and filled itself.
        screen.call_after_refresh(keys, screen)

    def keys(screen: Screen[Any]) -> None:
        if app.is_running:
            compose_footers(screen)
            screen.call_after_refresh(lay_out, screen)  # once the footers have their keys

    def lay_out(screen: Screen[Any]) -> None:
        if app.is_running and lay_out_hidden(app, screen):
            screen.call_after_refresh(draw, screen)  # after its widgets have heard their sizes
        else:
            build_ahead(app, rest)

    def draw(screen: Screen[Any], rounds: int = 5) -> None:
        if not app.is_running:
            return
        if rounds and relay_out_hidden(app, screen):
            screen.call_after_refresh(draw, screen, rounds - 1)  # sizes settle in a few rounds (Progress: three)
            return
        draw_hidden(app, screen)
        build_ahead(app, rest)

    app.call_after_refresh(step)


__all__ = ["IMPORTED_AHEAD", "SECTIONS", "import_ahead", "build_ahead", "build_section", "compose_footers", "draw_hidden", "lay_out_hidden", "relay_out_hidden"]
