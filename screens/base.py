"""What every screen of the app shares: translated bindings and access to the app's state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from textual.screen import ModalScreen, Screen

from screens.i18n import translate_bindings

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.i18n import Translator
    from screens.app import CoveyApp

ResultType = TypeVar("ResultType")


class CoveyScreen(Screen[ResultType], Generic[ResultType]):
    """A screen whose binding labels come from the catalogue."""

    MODE_KEYS = True
    """Whether the app's section keys (Today, Journal) work here."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self, self.t)

    @property
    def covey(self) -> CoveyApp:
        return cast("CoveyApp", self.app)

    @property
    def t(self) -> Translator:
        return self.covey.t

    async def retranslate(self) -> None:
        """Show everything again in the app's (new) language."""
        translate_bindings(self, self.t)
        await self.recompose()
        self.refresh_bindings()


class CoveyModal(ModalScreen[ResultType], Generic[ResultType]):
    """A dialog whose binding labels come from the catalogue."""

    MODE_KEYS = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self, self.t)

    @property
    def covey(self) -> CoveyApp:
        return cast("CoveyApp", self.app)

    @property
    def t(self) -> Translator:
        return self.covey.t


__all__ = ["CoveyModal", "CoveyScreen"]
