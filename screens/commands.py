"""The command palette's commands: every section and action, in the interface language.

Only what applies is offered: no section changes from a dialog or mid-reflection, and nothing
that writes on a journal that can only be read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

if TYPE_CHECKING:  # pragma: no cover
    from screens.app import CoveyApp


def system_commands(app: CoveyApp, screen: Screen) -> Iterator[SystemCommand]:
    """The palette's commands on ``screen``."""
    t = app.t
    if app.journal is not None and getattr(screen, "MODE_KEYS", False):
        writable = app.writer is not None
        if writable:
            yield SystemCommand(t("screens.commands.reflect"), t("screens.commands.reflect_help"),
                                app.action_new_reflection)
        yield SystemCommand(t("screens.commands.today"), t("screens.commands.today_help"),
                            lambda: app.switch_mode("today"))
        yield SystemCommand(t("screens.commands.journal"), t("screens.commands.journal_help"),
                            lambda: app.switch_mode("journal"))
        yield SystemCommand(t("screens.commands.progress"), t("screens.commands.progress_help"),
                            lambda: app.switch_mode("progress"))
        if writable:
            yield SystemCommand(t("screens.commands.review"), t("screens.commands.review_help"),
                                app.action_weekly_review)
            yield SystemCommand(t("screens.commands.settings"), t("screens.commands.settings_help"),
                                app.action_open_settings)
            yield SystemCommand(t("export.command"), t("export.command_help"), app.action_open_export)
        yield SystemCommand(t("reading.command"), t("reading.command_help"), app.action_open_reading)
        yield SystemCommand(t("screens.commands.language"), t("screens.commands.language_help"),
                            app.action_switch_language)
    yield SystemCommand(t("screens.commands.theme"), t("screens.commands.theme_help"),
                        app.action_toggle_theme)
    yield SystemCommand(t("screens.commands.themes"), t("screens.commands.themes_help"),
                        app.action_change_theme)
    yield SystemCommand(t("screens.commands.keys"), t("screens.commands.keys_help"), app.action_help)
    yield SystemCommand(t("screens.commands.quit"), t("screens.commands.quit_help"), app.action_quit)


__all__ = ["system_commands"]
