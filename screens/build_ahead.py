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

SECTIONS = ("journal", "progress")
"""The sections built ahead, most visited first."""


def build_section(app: App[Any], mode: str) -> bool:
    """Mount ``mode``'s screen as the base of its (empty) stack without showing it; True if built.

    Nothing happens for a section already built or shown: it keeps its screen and state.
    """
    stacks = app._screen_stacks  # noqa: SLF001 - Textual has no public way to ready a mode
    if mode in stacks or mode == app.current_mode or mode not in app._modes:  # noqa: SLF001
        return False
    factory = app._modes[mode]  # noqa: SLF001
    screen = factory() if callable(factory) else app.get_screen(factory)
    stacks[mode] = [screen]
    app._load_screen_css(screen)  # noqa: SLF001 - as Textual's own _init_mode does
    app._register(app, screen)  # noqa: SLF001 - starts the screen: compose, mount, on_mount
    return True


def build_ahead(app: App[Any], modes: Sequence[str] = SECTIONS) -> None:
    """Build the first of ``modes`` after the next frame, then the rest one frame at a time.

    One at a time, each after a refresh: a key pressed meanwhile waits for one screen's
    build at most, never for all of them.
    """
    if not modes or not app.is_running:
        return
    first, rest = modes[0], modes[1:]

    def step() -> None:
        if not app.is_running or getattr(app, "journal", True) is None:
            return  # quitting, or the journal not open (a section needs it to fill itself)
        build_section(app, first)
        app.call_after_refresh(build_ahead, app, rest)

    app.call_after_refresh(step)


__all__ = ["SECTIONS", "build_ahead", "build_section"]
