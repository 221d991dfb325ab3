"""Errors a person sees: each carries a catalogue key, so it reads in their language."""

from __future__ import annotations

from typing import Any


class CoveyError(Exception):
    """Refused input or journal: rendered as one sentence, exit status 1, nothing written."""

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def render(self, t: Any) -> str:
        """The sentence in the translator's language."""
        return t(self.key, **self.params)

    def __str__(self) -> str:
        from covey_coach.i18n import Translator

        return self.render(Translator("en"))


class JournalDamaged(CoveyError):
    """The journal file cannot be read; it is never written over."""


class JournalLocked(CoveyError):
    """Another process holds the journal for writing."""


class JournalTooNew(CoveyError):
    """A newer Covey Coach wrote this journal; refused, never rewritten."""


class InputError(CoveyError):
    """A flag, an import file or a value that cannot be accepted."""


class NotAvailable(CoveyError):
    """A command or format that a later issue brings; exit status 2, nothing written."""


__all__ = ["NotAvailable", "CoveyError", "InputError", "JournalDamaged", "JournalLocked", "JournalTooNew"]
