"""The Textual app: wiring only (modes, bindings, commands, theme). Screens live in their own modules."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker

from covey_coach.days import day_of, now_local
from covey_coach.errors import CoveyError
from covey_coach.i18n import Lang, Translator, detect_language
from covey_coach.journal.first_look import FirstLook, first_look
from covey_coach.journal.paths import journal_paths
from screens.app_actions import AppActions
from screens.build_ahead import build_ahead
from screens.base import change_journal
from screens.error import ErrorScreen
from screens.i18n import translate_bindings
from screens.sections import journal_screen, progress_screen, today_screen
from screens.today import TodayScreen

if TYPE_CHECKING:  # pragma: no cover
    # The journal, its models and pydantic load in the worker that opens the journal, after
    # the first frame: importing them here would make Today wait for them.
    from covey_coach.content import ContentPack
    from covey_coach.journal.service import Change, Journal
    from covey_coach.journal.settings import Settings
    from covey_coach.journal.source import JournalSource
    from covey_coach.progress.cache import StatsCache
    from covey_coach.progress.stats import Stats
    from screens.messages import EntryDeleted, EntryRestored, EntrySaved, ReviewSaved

STYLES = Path(__file__).parent / "styles"
FROZEN_HOUR = time(18, 30)
"""The moment of day a frozen ``today`` stands for: after a day shift, as tests and snapshots expect."""


class CoveyApp(AppActions):
    """Covey Coach: one reflection a shift, one habit at a time."""

    TITLE = "Covey Coach"
    CSS_PATH = [STYLES / name for name in ("base.tcss", "today.tcss", "reflect.tcss", "journal.tcss",
                                           "progress.tcss", "weekly.tcss", "settings.tcss", "dialogs.tcss",
                                           "read.tcss", "export.tcss")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (72, "-normal"), (120, "-wide")]
    """Every screen gets one of these classes by the terminal's width: the sheets fit 60 columns and a projector."""
    VERTICAL_BREAKPOINTS = [(0, "-short"), (24, "-tall")]
    MODES = {"today": today_screen, "journal": journal_screen, "progress": progress_screen}
    """One mode per top-level section, each with its own screen stack."""
    DEFAULT_MODE = "today"
    """Today is the first screen itself (no switch from Textual's default screen: that drew it twice)."""
    BINDINGS = [
        Binding("t", "show_mode('today')", "screens.keys.today", id="app.today",
                tooltip="screens.keys.today_tip"),
        Binding("j", "show_mode('journal')", "screens.keys.journal", id="app.journal",
                tooltip="screens.keys.journal_tip"),
        Binding("p", "show_mode('progress')", "screens.keys.progress", id="app.progress",
                tooltip="screens.keys.progress_tip"),
        Binding("f1", "help", "screens.keys.help", id="app.help", tooltip="screens.keys.help_tip"),
        Binding("ctrl+t", "toggle_theme", "screens.keys.theme", id="app.theme", show=False,
                tooltip="screens.keys.theme_tip"),
        Binding("ctrl+q", "quit", "screens.keys.quit", id="app.quit", show=False,
                tooltip="screens.keys.quit_tip"),
        Binding("ctrl+p", "command_palette", "screens.keys.palette", id="app.palette", show=False, priority=True,
                tooltip="screens.keys.palette_tip"),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(self, data_dir: Path | None, profile: str | None = None, lang: Lang | None = None,
                 today: date | None = None, journal: JournalSource | None = None) -> None:
        self._settings: Settings | None = None
        """This computer's settings before the journal is open, and for a journal only read."""
        self._settings_problem: CoveyError | None = None
        """A damaged settings file: shown once the first frame is out."""
        self._settings_lock = threading.Lock()
        if journal is not None:
            from covey_coach.journal.service import Journal  # the caller has loaded it already

            if isinstance(journal, Journal):
                data_dir, profile = journal.paths.data_dir, journal.paths.profile
                self._settings = journal.settings
        self.data_dir = data_dir
        """The folder that holds the journal (CONTRACT ``--data-dir``) and the custom content packs."""
        self.profile = profile
        self.journal: JournalSource | None = journal
        """The journal shown: this person's own (a :class:`Journal`, opened after the first frame
        unless handed in) or one that can only be read, such as a coach's export. None while
        it is being opened."""
        self._first_look = FirstLook()
        """Language, theme and the day's start hour, read for the first frame without validation."""
        if journal is not None:
            self._first_look = self._look_from(self.settings)
        elif data_dir is not None:
            self._first_look = first_look(journal_paths(data_dir, profile).settings)
        self._owns_journal = journal is None
        """The app opened the journal itself, so it closes it too."""
        self._stop_listening: list[Callable[[], None]] = []
        self._explicit_lang = lang
        self._frozen_today = today
        """Set by tests and snapshots: the date and the time of day stand still."""
        self.t = Translator(detect_language(lang, self._first_look.language))  # type: ignore[arg-type]
        """The interface language; screens look every visible word up here."""
        self.pack: ContentPack | None = None
        """The content pack (habits, questions, principles) once loaded."""
        self._stats_cache: StatsCache | None = None
        self._opening: Worker[None] | None = None
        self._opening_started = asyncio.Event()
        self._when_open: list[Callable[[], object]] = []
        super().__init__()
        translate_bindings(self, self.t)
        theme = self._first_look.theme
        if theme and theme != self.theme and theme in self.available_themes:
            self.theme = theme  # before the first frame: no flash of the other theme

    @staticmethod
    def _look_from(settings: Settings) -> FirstLook:
        return FirstLook(settings.language, settings.theme, settings.day_start_hour)

    # -- the journal and its settings -------------------------------------------------------

    @property
    def writer(self) -> Journal | None:
        """The journal shown when it can be changed here; None for a read-only one (or none yet)."""
        journal = self.journal
        if journal is None:
            return None
        from covey_coach.journal.service import Journal  # loaded with the journal itself

        return journal if isinstance(journal, Journal) else None

    @property
    def opening(self) -> bool:
        """The app is opening this person's journal: it will be writable once open."""
        return self.journal is None and self._owns_journal and self._settings_problem is None

    @property
    def settings(self) -> Settings:
        """The writable journal's settings; for a read-only journal, this computer's own (read only)."""
        writer = self.writer
        return writer.settings if writer is not None else self._load_settings()

    @settings.setter
    def settings(self, value: Settings) -> None:
        self._settings = value
        if self.writer is not None:
            self.writer.settings = value

    def _load_settings(self) -> Settings:
        """The settings file, read and validated once (in the opening worker, or here if asked sooner)."""
        with self._settings_lock:
            if self._settings is None:
                from covey_coach.journal.settings import Settings, load_settings

                self._settings = Settings()
                if self.data_dir is not None:
                    try:
                        self._settings = load_settings(journal_paths(self.data_dir, self.profile),
                                                       self._first_look.data)
                    except CoveyError as exc:
                        self._settings_problem = exc
            return self._settings

    @property
    def stats_cache(self) -> StatsCache:
        """Figures per day; Today, the weekly review and Progress share them."""
        if self._stats_cache is None:
            from covey_coach.progress.cache import StatsCache

            self._stats_cache = StatsCache()
        return self._stats_cache

    # -- the clock -------------------------------------------------------------------------

    def now(self) -> datetime:
        if self._frozen_today is not None:
            return datetime.combine(self._frozen_today, FROZEN_HOUR).astimezone()
        return now_local()

    def today(self) -> date:
        if self._frozen_today is not None:
            return self._frozen_today
        hour = self.journal.day_start_hour if self.journal is not None else self._first_look.day_start_hour
        return day_of(now_local(), hour)

    def stats_at(self, day: date) -> Stats:
        """The figures as of ``day`` for the journal shown, with its own settings (cached)."""
        assert self.journal is not None
        return self.stats_cache.get(self.journal, day)

    # -- life cycle ------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        # The journal opens behind Today once its first frame is out: a thread started sooner
        # took the GIL from that frame's layout and drawing (up to 30 ms).
        self.call_after_refresh(self._start_opening)

    def _start_opening(self) -> None:
        self._opening = self.run_worker(self._open, name="open-journal", group="open-journal", thread=True,
                                        exit_on_error=False, description="open the journal")
        self._opening_started.set()

    async def opened(self) -> None:
        """Wait until the journal is open (or refused) and shown: for tests and benchmarks."""
        await self._opening_started.wait()
        if self._opening is not None:
            await self._opening.wait()
        await self.animator.wait_until_complete()

    def when_open(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the journal is open (now, if it is): a key pressed while it opens."""
        if self.journal is not None:
            callback()
        elif self.opening:
            self._when_open[:] = [callback]  # the newest key wins

    def _open(self) -> None:
        """In a thread: the settings, the content pack and the journal, read and validated, and
        the figures Today shows, computed here so the screen only draws them."""
        from covey_coach.content import load_content
        from covey_coach.journal.service import Journal
        from covey_coach.progress.weekly import review_due

        journal = self.journal
        try:
            settings = self._load_settings() if journal is None else None
            if self._settings_problem is not None:
                raise self._settings_problem
            pack = load_content(self.data_dir)
            if journal is None:
                assert self.data_dir is not None and settings is not None
                journal = Journal.open(self.data_dir, self.profile, settings=settings, today=self.today)
        except CoveyError as exc:  # a damaged journal, or a custom pack's mistake named with file and line
            self.call_from_thread(self._refused, exc)
            return
        writable = isinstance(journal, Journal)
        day = self._frozen_today or day_of(now_local(), journal.day_start_hour)
        # What is read now stays for the session: out of the collector's way, so no full pass
        # over thousands of entries interrupts a keypress later.
        gc.freeze()
        self.stats_cache.get(journal, day)
        due = writable and review_due(journal.entries(), journal.reviews(), day)
        try:
            self.call_from_thread(self._journal_open, journal, pack, due)
        except RuntimeError:  # the app ended while the journal opened
            if writable and self._owns_journal:
                journal.close()

    def _refused(self, exc: CoveyError) -> None:
        self._when_open.clear()
        self.push_screen(ErrorScreen(exc.render(self.t)))

    async def _journal_open(self, journal: JournalSource, pack: ContentPack, review_due: bool) -> None:
        self.pack, self.journal = pack, journal
        writer = self.writer
        if writer is not None:
            self._stop_listening = [writer.subscribe(self._journal_changed),
                                    writer.subscribe(self.stats_cache.forget_on_change(writer))]
        else:
            self._show_read_only_title()
        theme = self.settings.theme
        if theme != self.theme and theme in self.available_themes:
            self.theme = theme
        for screen in self.screen_stack:
            if isinstance(screen, TodayScreen):
                await screen.journal_open()
        self.refresh_bindings()
        if review_due and self.settings.review_postponed != self.today():
            from screens.weekly_review import WeeklyReviewScreen

            self._when_open.clear()  # the review comes first; a key pressed meanwhile is not kept
            self.push_screen(WeeklyReviewScreen(offered=True))
        waiting, self._when_open = self._when_open, []
        for callback in waiting:
            callback()
        build_ahead(self)  # after Today's figures: a first visit to a section only switches to it

    def _show_read_only_title(self) -> None:
        if self.journal is not None and self.writer is None:
            self.title = self.t("screens.app.read_only_title", label=self.journal.label)

    def _journal_changed(self, change: Change) -> None:
        """The journal's hook, in the thread that made the change: tell the app (thread-safe)."""
        from screens.messages import message_for

        message = message_for(change)
        if message is not None:
            self.post_message(message)

    def on_unmount(self) -> None:
        self._opening_started.set()  # ended before its first frame: nobody waits for an opening
        for stop in self._stop_listening:
            stop()
        self._stop_listening = []
        writer = self.writer
        if writer is not None and self._owns_journal:
            writer.close()  # waits for a write in progress: it holds the journal's lock
            self._settings, self.journal = writer.settings, None

    def persist_settings(self) -> None:
        """Save ``self.settings`` (theme, language, a review put off) through the journal; the newest wins."""
        if self.writer is None:
            return  # a journal that is only read keeps such choices for this session, on nobody's disk
        settings = self.settings
        change_journal(self, lambda journal: journal.save_settings(settings), name="persist-settings",
                       failed_key="screens.app.settings_not_saved", group="settings", exclusive=True)

    # -- what the journal says changed -------------------------------------------------------

    def on_entry_saved(self, message: EntrySaved) -> None:
        key = "screens.reflect.saved_new" if message.created else "screens.reflect.saved_edit"
        self.notify(self.t(key, day=self.t.short_date(message.entry.day, self.today())))

    def on_entry_deleted(self, message: EntryDeleted) -> None:
        self.notify(self.t("screens.journal.deleted", date=self.t.short_date(message.entry.day, self.today())), timeout=8)

    def on_entry_restored(self, message: EntryRestored) -> None:
        self.notify(self.t("screens.journal.restored", date=self.t.short_date(message.entry.day, self.today())))

    def on_review_saved(self, message: ReviewSaved) -> None:
        from covey_coach.content.words import habit_label

        self.notify(self.t("screens.review.saved", habit=habit_label(self.pack, self.t, message.review.focus_habit)))

    # -- the command palette -----------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from screens.commands import system_commands

        return system_commands(self, screen)


def make_app(data_dir: Path | None = None, profile: str | None = None, lang: Lang | None = None,
             today: date | None = None, *, journal: JournalSource | None = None) -> CoveyApp:
    """The one factory for the command line, the tests and the snapshots.

    ``lang`` None follows the settings, then the locale. ``today`` freezes the date (and the
    time of day, at 18:30) for tests and snapshots. ``journal`` shows that journal instead of
    opening the one in ``data_dir``: an open :class:`Journal` (the caller closes it) or a
    read-only source such as a coach's export, on which nothing is ever written.
    """
    if data_dir is None and journal is None:
        raise ValueError("make_app needs a data folder or a journal to show")
    return CoveyApp(Path(data_dir) if data_dir is not None else None, profile, lang, today, journal)


__all__ = ["CoveyApp", "make_app"]
