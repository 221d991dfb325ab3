"""A journal's settings, stored beside it as ``settings.json`` (schedule history included).

The file carries a format version (``settings_migrations.py``): an older file is read through
the migration steps, and the first save after that backs the old file up before the migrated
one replaces it; a file from a newer Covey Coach is refused and never written over.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from covey_coach.days import DEFAULT_DAY_START_HOUR, now_local
from covey_coach.errors import JournalDamaged, JournalTooNew
from covey_coach.journal.atomic import atomic_write_bytes
from covey_coach.journal.backups import make_settings_backup
from covey_coach.journal.paths import JournalPaths
from covey_coach.journal.settings_migrations import (
    SETTINGS_VERSION,
    VERSION_KEY,
    migrate_settings,
    settings_version,
)
from covey_coach.progress.schedule import ScheduleHistory


class HabitTarget(BaseModel):
    """How often a habit is meant to be practised: ``times`` per ``days`` (CONTRACT strength)."""

    model_config = ConfigDict(extra="forbid")

    times: int = Field(default=1, ge=1, le=31)
    days: int = Field(default=7, ge=1, le=31)


class Settings(BaseModel):
    """Everything a person can choose; every field has a sensible default."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    name: str | None = Field(default=None, max_length=200)
    """The person's name as an export carries it (CONTRACT "Export envelope"); None: the login name."""
    language: Literal["en", "nl"] | None = None
    """Interface language; None follows the locale."""
    day_start_hour: int = Field(default=DEFAULT_DAY_START_HOUR, ge=0, le=23)
    """Reflections written before this hour belong to the day before (late shifts)."""
    schedule: ScheduleHistory = Field(default_factory=ScheduleHistory)
    """The days this person works, period by period: only those can break a streak."""
    targets: dict[int, HabitTarget] = Field(default_factory=dict)
    """Per-habit target for habit strength; a habit not listed is once a week."""
    theme: str = "textual-dark"
    """The Textual theme; a projector theme helps in class."""
    review_postponed: date | None = None
    """The day the weekly review was put off ("later"): it is not offered again on that day."""

    def target(self, habit: int) -> tuple[int, int]:
        t = self.targets.get(habit) or HabitTarget()
        return (t.times, t.days)

    def all_targets(self) -> dict[int, tuple[int, int]]:
        return {h: self.target(h) for h in range(1, 8)}


def _read_raw(path: Path, data: bytes | None = None) -> dict[str, Any] | None:
    """The settings file (or ``data`` read from it) as JSON, None when there is none; JournalDamaged when it is not JSON."""
    if data is None:
        if not path.exists():
            return None
        data = path.read_bytes()
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise JournalDamaged("errors.settings_damaged", path=str(path), reason=str(exc).splitlines()[0]) from None
    if not isinstance(raw, dict):
        raise JournalDamaged("errors.settings_damaged", path=str(path), reason="it is not a JSON object")
    return raw


def _version(raw: dict[str, Any], path: Path) -> int:
    """The file's format version; a newer one than this Covey Coach knows is refused."""
    try:
        version = settings_version(raw)
    except ValueError as exc:
        raise JournalDamaged("errors.settings_damaged", path=str(path), reason=str(exc)) from None
    if version > SETTINGS_VERSION:
        raise JournalTooNew("errors.settings_too_new", path=str(path), version=version, supported=SETTINGS_VERSION)
    return version


def load_settings(paths: JournalPaths, data: bytes | None = None) -> Settings:
    """The settings, migrated in memory when the file is older; writes nothing.

    ``data``: the file's bytes when read already (the app reads them once, for its first frame).
    """
    raw = _read_raw(paths.settings, data)
    if raw is None:
        return Settings()
    _version(raw, paths.settings)
    migrated, _ = migrate_settings(raw)
    try:
        return Settings.model_validate(migrated)
    except ValidationError as exc:
        raise JournalDamaged("errors.settings_damaged", path=str(paths.settings),
                             reason=str(exc).splitlines()[0]) from None


def _version_on_disk(path: Path) -> int | None:
    """The version of the file a save will replace; None when there is none or it does not read."""
    try:
        raw = _read_raw(path)
        return None if raw is None else _version(raw, path)
    except JournalDamaged:
        return None  # a damaged file is refused when read; replacing it is what saving means


def save_settings(paths: JournalPaths, settings: Settings) -> None:
    """Write the settings in the current format; an older file is backed up first, a newer one refused."""
    old = _version_on_disk(paths.settings)
    if old is not None and old < SETTINGS_VERSION:
        make_settings_backup(paths.settings, old, now_local())
    data = {VERSION_KEY: SETTINGS_VERSION, **settings.model_dump(mode="json")}
    atomic_write_bytes(paths.settings, orjson.dumps(data, option=orjson.OPT_INDENT_2))


__all__ = ["HabitTarget", "Settings", "load_settings", "save_settings"]
