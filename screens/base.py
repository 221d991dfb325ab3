"""What every screen of the app shares: translated bindings, access to the app's state, and the
one way a screen changes the journal (:func:`change_journal`)."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from textual import events
from textual.screen import ModalScreen, Screen

from covey_coach.errors import CoveyError
from screens.i18n import translate_bindings
from screens.textual_words import translate_textual_widgets

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Hashable

    from textual import getters
    from textual.app import App
    from textual.dom import DOMNode

    from covey_coach.i18n import Translator
    from covey_coach.journal.service import Journal
    from screens.app import CoveyApp

BINDINGS_OF: ContextVar[Screen[Any] | None] = ContextVar("BINDINGS_OF", default=None)
"""The screen whose keys are being listed (its footer's), while they are: see CoveyScreen.active_bindings."""

ResultType = TypeVar("ResultType")
T = TypeVar("T")


def failure_reason(t: Translator, exc: Exception) -> str:
    """Why a write failed, in the interface language where the error is ours."""
    if isinstance(exc, CoveyError):
        return exc.render(t)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror  # "Permission denied", not "[Errno 13] ... '/…/.journal.json.x1y2.tmp'"
    return str(exc)


def change_journal(node: DOMNode, change: Callable[[Journal], T], *, name: str, failed_key: str,
                   done: Callable[[T], None] | None = None, after_failure: Callable[[], None] | None = None,
                   group: str = "journal", exclusive: bool = False) -> None:
    """Make one change through the journal service, in a thread worker named ``name``.

    On success ``done(result)`` runs on the app's thread (the app has already heard of the
    change through the journal's hook). On failure the person reads one sentence,
    ``failed_key`` with its ``reason``, and ``after_failure()`` lets the screen be used
    again: what was typed is still on it. On a read-only journal nothing is tried.
    ``exclusive`` cancels the older workers of ``group`` (for saves where the newest wins).
    """
    app = cast("CoveyApp", node.app)
    journal = app.writer
    if journal is None:
        app.notify(app.t("screens.app.read_only", label=app.journal.label if app.journal else ""),
                   severity="warning")
        if after_failure is not None:
            after_failure()
        return

    def failed(reason: str) -> None:
        app.notify(app.t(failed_key, reason=reason), severity="error", timeout=10)
        if after_failure is not None:
            after_failure()

    def work() -> None:
        try:
            result = change(journal)
        except (OSError, CoveyError) as exc:
            app.call_from_thread(failed, failure_reason(app.t, exc))
            return
        if done is not None:
            app.call_from_thread(done, result)

    cast("Screen[Any] | App[Any]", node).run_worker(work, name=name, description=name, group=group, thread=True,
                                                     exclusive=exclusive, exit_on_error=False)


def app_style_state(app: App[Any]) -> Hashable:
    """Everything outside a screen that its styles depend on: the stylesheet and its variables
    (theme), the app's classes and pseudo classes, and the size (breakpoints)."""
    return (app._css_update_count, app.theme, app.app_focus, app.no_color,  # noqa: SLF001 - see above
            tuple(sorted(app.classes)), app.size)


class _Covey:
    """Catalogue-translated bindings and typed access to the app, for screens and dialogs alike."""

    if TYPE_CHECKING:  # pragma: no cover
        # Textual's Screen gives ``app`` at run time; here it is always the Covey Coach app.
        @property
        def app(self) -> CoveyApp: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self, self.t)

    @property
    def covey(self) -> CoveyApp:
        return self.app

    @property
    def t(self) -> Translator:
        return self.covey.t

    @property
    def writable(self) -> bool:
        """Whether the journal shown can be changed here (a coach's export cannot)."""
        return self.covey.writer is not None


class CoveyScreen(_Covey, Screen[ResultType], Generic[ResultType]):
    """A screen whose binding labels come from the catalogue."""

    MODE_KEYS = True
    """Whether the app's section keys (Today, Journal) work here."""

    if TYPE_CHECKING:  # pragma: no cover
        app = getters.app(CoveyApp)  # Textual's typed ``app``; agrees with _Covey's where the two bases meet

    BREAKPOINTS_AT_START = True
    """Whether the width and height classes are set before the mount (see ``__init__``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.BREAKPOINTS_AT_START:
            return
        # The width and height classes (-narrow, -tall …) from the start, as the first Resize
        # would set them: otherwise that Resize restyles every node the mount has just styled.
        app, size = self.app, self.app.size
        for dimension, breakpoints in ((size.width, self.HORIZONTAL_BREAKPOINTS or app.HORIZONTAL_BREAKPOINTS),
                                       (size.height, self.VERTICAL_BREAKPOINTS or app.VERTICAL_BREAKPOINTS)):
            if breakpoints and dimension:
                self.add_class(*self._get_breakpoint_classes(dimension, breakpoints))  # noqa: SLF001

    def _compositor_refresh(self) -> None:
        # Textual draws a layout refreshed inside a batch update right after it, still inside the
        # batch: the first screen is composed inside the app's start-up batch, so that frame was
        # computed (~13 ms), thrown away by the app (no output in a batch) and yet counted as
        # drawn, and the first frame written left out what it had "drawn" (Today's button) until
        # a full redraw one frame later. Inside a batch, ask for a whole repaint instead: the
        # screen's update timer does it once the batch is over.
        if self.app._batch_count:  # noqa: SLF001 - see above
            self._repaint_required = True
            return
        super()._compositor_refresh()

    @property
    def active_bindings(self) -> dict[str, Any]:
        # The app's checks (a section's own key is not shown in it) ask about this screen, not
        # about the one on top: a section built ahead composes the footer of its visit while
        # hidden, and the visit finds nothing to change (tests/test_screens_build_ahead.py).
        token = BINDINGS_OF.set(self)
        try:
            return Screen.active_bindings.fget(self)  # type: ignore[attr-defined, no-any-return]
        finally:
            BINDINGS_OF.reset(token)

    _styled_for: Hashable | None = None
    """The app's style state when this screen's styles were last brought up to date."""

    def _on_mount(self) -> None:
        # Runs beside each screen's own on_mount: Textual calls the handlers of every class in the MRO.
        translate_textual_widgets(self, self.t)
        self.styles_current()

    def styles_current(self) -> None:
        """Say that every node of this screen is styled for the app as it is now."""
        self._styled_for = app_style_state(self.app)

    def _on_screen_suspend(self) -> None:
        # Changes inside the screen restyle their own nodes while it is hidden; only the app's
        # are missed (Textual restyles the current screen stack alone).
        self.styles_current()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Screen's own handler, which restyles every node of the screen on each
        # resume (30-60 ms on a section's screen): needed only if the app's styling changed.
        if self._styled_for is not None and self._styled_for == app_style_state(self.app):
            event.refresh_styles = False

    async def retranslate(self) -> None:
        """Show everything again in the app's (new) language."""
        translate_bindings(self, self.t)
        await self.recompose()
        translate_textual_widgets(self, self.t)
        self.refresh_bindings()

    def change_journal(self, change: Callable[[Journal], T], *, name: str, failed_key: str,
                       done: Callable[[T], None] | None = None,
                       after_failure: Callable[[], None] | None = None) -> None:
        """:func:`change_journal` in a worker of this screen."""
        change_journal(self, change, name=name, failed_key=failed_key, done=done, after_failure=after_failure)


class CoveyModal(_Covey, ModalScreen[ResultType], Generic[ResultType]):
    """A dialog whose binding labels come from the catalogue."""

    MODE_KEYS = False

    if TYPE_CHECKING:  # pragma: no cover
        app = getters.app(CoveyApp)  # as in CoveyScreen


__all__ = ["BINDINGS_OF", "CoveyModal", "CoveyScreen", "change_journal", "failure_reason"]
