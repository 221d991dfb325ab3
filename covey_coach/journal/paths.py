"""The one place that decides where a journal lives.

Order: ``--data-dir``, then ``COVEY_COACH_DATA_DIR``, then the platform's user data folder.
A profile is a separate journal in ``<data dir>/profiles/<name>`` (shared classroom laptops).
What the app can rebuild at any time (the compiled built-in content pack) goes to the cache
folder instead: ``COVEY_COACH_CACHE_DIR``, else the platform's user cache folder.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from covey_coach.errors import InputError

APP_NAME = "covey-coach"
ENV_DATA_DIR = "COVEY_COACH_DATA_DIR"
ENV_CACHE_DIR = "COVEY_COACH_CACHE_DIR"
_PROFILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_cache_dir() -> Path:
    """Where rebuildable files go; never a person's words, so deleting it loses nothing."""
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class JournalPaths:
    """Every file one journal uses."""

    root: Path
    data_dir: Path
    profile: str | None

    @property
    def journal(self) -> Path:
        return self.root / "journal.json"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def draft(self) -> Path:
        return self.root / "draft.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock(self) -> Path:
        return self.root / ".journal.lock"

    @property
    def packs(self) -> Path:
        """Custom content packs are shared by every profile in the data dir."""
        return self.data_dir / "packs"


def journal_paths(data_dir: Path, profile: str | None = None) -> JournalPaths:
    if profile in (None, "", "default"):
        return JournalPaths(root=data_dir, data_dir=data_dir, profile=None)
    if not _PROFILE.match(profile):
        raise InputError("errors.bad_profile", profile=profile)
    return JournalPaths(root=data_dir / "profiles" / profile, data_dir=data_dir, profile=profile)


def list_profiles(data_dir: Path) -> list[str]:
    folder = data_dir / "profiles"
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and _PROFILE.match(p.name))


__all__ = [
    "ENV_CACHE_DIR", "ENV_DATA_DIR", "JournalPaths", "journal_paths", "list_profiles", "resolve_cache_dir",
    "resolve_data_dir",
]
