"""What every command is handed: where the journal is and which language to speak."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

from covey_coach.i18n import Lang, Translator
from covey_coach.journal.paths import JournalPaths, journal_paths

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""What ``add_subparsers`` returned: each command module's ``register(sub, t)`` adds its commands to it."""


@dataclass
class Context:
    """What every command needs: where the journal is and which language to speak."""

    data_dir: Path
    profile: str | None
    lang: Lang
    explicit_lang: bool
    t: Translator

    @property
    def paths(self) -> JournalPaths:
        return journal_paths(self.data_dir, self.profile)


__all__ = ["Context", "Subcommands"]
