"""What every screen of the app shares: translated bindings and access to the app's state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from textual.screen import ModalScreen, Screen

from covey_coach.errors import CoveyError
from screens.i18n import translate_bindings
from screens.textual_words import translate_textual_widgets

if TYPE_CHECKING:  # pragma: no cover
    from textual import getters

    from covey_coach.i18n import Translator
    from screens.app import CoveyApp

ResultType = TypeVar("ResultType")


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

    def failure_reason(self, exc: Exception) -> str:
        """Why a write failed, in the interface language where the error is ours."""
        return exc.render(self.t) if isinstance(exc, CoveyError) else str(exc)


class CoveyScreen(_Covey, Screen[ResultType], Generic[ResultType]):
    """A screen whose binding labels come from the catalogue."""

    MODE_KEYS = True
    """Whether the app's section keys (Today, Journal) work here."""

    if TYPE_CHECKING:  # pragma: no cover
        app = getters.app(CoveyApp)  # Textual's typed ``app``; agrees with _Covey's where the two bases meet

    def _on_mount(self) -> None:
        # Runs beside each screen's own on_mount: Textual calls the handlers of every class in the MRO.
        translate_textual_widgets(self, self.t)

    async def retranslate(self) -> None:
        """Show everything again in the app's (new) language."""
        translate_bindings(self, self.t)
        await self.recompose()
        translate_textual_widgets(self, self.t)
        self.refresh_bindings()


class CoveyModal(_Covey, ModalScreen[ResultType], Generic[ResultType]):
    """A dialog whose binding labels come from the catalogue."""

    MODE_KEYS = False

    if TYPE_CHECKING:  # pragma: no cover
        app = getters.app(CoveyApp)  # as in CoveyScreen


__all__ = ["CoveyModal", "CoveyScreen"]
