"""The app's actions: the sections and screens its keys open, the keys panel, the palette, theme
and language. Kept apart from :mod:`screens.app`, which wires the journal, settings and modes."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from textual.app import App

from covey_coach.i18n import Lang, Translator
from screens.base import BINDINGS_OF
from screens.build_ahead import build_ahead
from screens.dialogs import KeysDialog
from screens.i18n import translate_bindings
from screens.sections import mode_of

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.journal.service import Journal
    from covey_coach.journal.settings import Settings
    from covey_coach.journal.source import JournalSource

THEMES = ("textual-dark", "textual-light")
SECTION_ACTIONS = frozenset({"show_mode", "new_reflection", "switch_language", "weekly_review", "open_settings",
                             "open_reading", "open_export"})
"""Actions that leave the section you are in: only from a section's own screens."""
WRITING_ACTIONS = frozenset({"new_reflection", "weekly_review", "open_settings", "open_export"})
"""Section actions that write: not offered on a journal that can only be read."""


class AppActions(App[None]):
    """What the app's keys and commands do; :class:`screens.app.CoveyApp` supplies the journal."""

    t: Translator
    journal: JournalSource | None

    @property
    def writer(self) -> Journal | None:  # pragma: no cover - CoveyApp's own
        raise NotImplementedError

    @property
    def settings(self) -> Settings:  # pragma: no cover - CoveyApp's own
        raise NotImplementedError

    def persist_settings(self) -> None:  # pragma: no cover - CoveyApp's own
        raise NotImplementedError

    def _show_read_only_title(self) -> None:  # pragma: no cover - CoveyApp's own
        raise NotImplementedError

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SECTION_ACTIONS:
            screen = BINDINGS_OF.get() or self.screen  # whose keys: a hidden section's footer asks too
            # Sections change only from a section's own screens, never from a dialog or mid-reflection.
            if self.journal is None or not getattr(screen, "MODE_KEYS", False):
                return False
            if action in WRITING_ACTIONS and self.writer is None:
                return False  # each of these writes: not on a journal that can only be read
            if action == "show_mode" and parameters and parameters[0] == mode_of(self, screen):
                return False  # the section you are in needs no key in the footer
        return True

    def action_show_mode(self, mode: str) -> None:
        self.switch_mode(mode)

    def action_new_reflection(self) -> None:
        self.switch_mode("today")
        self._open_screen("reflect", "ReflectScreen")

    def action_weekly_review(self) -> None:
        self._open_screen("weekly_review", "WeeklyReviewScreen")

    def action_open_settings(self) -> None:
        self._open_screen("settings", "SettingsScreen")

    def action_open_export(self) -> None:
        self._open_screen("export", "ExportScreen")

    def action_open_reading(self) -> None:
        self._open_screen("read", "ReadScreen")

    def _open_screen(self, module: str, name: str) -> None:
        """Push a screen, importing its module only now: none of them is needed for the first frame."""
        screen_type = getattr(import_module(f"screens.{module}"), name)
        self.push_screen(screen_type())

    def action_help(self) -> None:
        """Our own keys panel: Textual's lists its widgets' keys in English."""
        if isinstance(self.screen, KeysDialog):
            self.screen.dismiss(None)
            return
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.id or binding.id in seen or not binding.description:
                continue
            seen.add(binding.id)
            text = f"{binding.description}: {binding.tooltip}" if binding.tooltip else binding.description
            rows.append((binding.key_display or self.get_key_display(binding), text))
        self.push_screen(KeysDialog(rows))

    def action_command_palette(self) -> None:
        """Textual's palette, speaking our language (screens/textual_words.py)."""
        from textual.command import CommandPalette

        from screens.textual_words import CoveyCommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CoveyCommandPalette(self.t))

    def action_help_quit(self) -> None:
        """ctrl+c copies in a text box; elsewhere say how to quit (Textual's hint, in our words)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(self.t("widgets.quit_hint", key=self.get_key_display(active.binding)),
                            title=self.t("widgets.quit_title"), markup=False)
                return

    def action_toggle_theme(self) -> None:
        self.theme = THEMES[1] if self.theme == THEMES[0] else THEMES[0]

    def _theme_changed(self, theme: object) -> None:
        """Remember the theme, whether toggled or picked in the palette's theme list."""
        if self.journal is None:
            return  # the saved theme itself, set before the first frame; or no journal to keep it in
        if self.theme != self.settings.theme:
            self.settings.theme = self.theme
            self.persist_settings()

    async def action_switch_language(self) -> None:
        await self.set_language("nl" if self.t.lang == "en" else "en")

    async def set_language(self, lang: Lang) -> None:
        """Speak ``lang`` from now on (saved in the settings), on every screen."""
        self.t = Translator(lang)
        self.settings.language = lang
        self.persist_settings()
        translate_bindings(self, self.t)
        self._show_read_only_title()
        for mode, screen_type in self.MODES.items():
            if mode != self.current_mode and mode in self._screen_stacks:  # noqa: SLF001
                await self.remove_mode(mode)
                self.add_mode(mode, screen_type)
        retranslate = getattr(self.screen, "retranslate", None)
        if retranslate is not None:
            await retranslate()
        build_ahead(self)  # the sections removed above, again in the new language
        self.notify(self.t("screens.app.language_switched"))


__all__ = ["SECTION_ACTIONS", "THEMES", "WRITING_ACTIONS", "AppActions"]
