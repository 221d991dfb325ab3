"""The app's sections (Today, Journal, Progress) as Textual modes: how each section's screen is made."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.screen import Screen

from screens.today import TodayScreen


def fresh(screen: Screen) -> Screen:
    """A section's screen, made as it is first shown: it has missed no change of the CSS.

    Textual 8 checks a new mode's screen against the app's CSS change count and, finding it
    behind, parses the whole stylesheet again, twice on a first visit (once in ``_init_mode``,
    once in ``switch_mode``): tens of milliseconds each, for nothing. Setting the count here
    skips both; tests/test_screens_startup.py counts the parses.
    """
    screen._css_update_count = screen.app._css_update_count  # noqa: SLF001 - see above
    return screen


def mode_of(app: App[Any], screen: Screen[Any]) -> str:
    """The section ``screen`` belongs to (the current one for a screen in none)."""
    stacks = app._screen_stacks  # noqa: SLF001 - Textual has no public way to ask
    return next((mode for mode, stack in stacks.items() if screen in stack), app.current_mode)


def today_screen() -> Screen:
    return fresh(TodayScreen())


def journal_screen() -> Screen:
    # Sections other than Today load on first visit: the first screen appears sooner.
    from screens.journal import JournalScreen

    return fresh(JournalScreen())


def progress_screen() -> Screen:
    from screens.progress import ProgressScreen

    return fresh(ProgressScreen())


__all__ = ["fresh", "journal_screen", "mode_of", "progress_screen", "today_screen"]
