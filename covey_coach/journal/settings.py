"""A journal's settings, stored beside it as ``settings.json`` (schedule included)."""

from __future__ import annotations

from datetime import date
from typing import Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from covey_coach.journal.atomic import atomic_write_bytes
from covey_coach.days import DEFAULT_DAY_START_HOUR
from covey_coach.errors import JournalDamaged
from covey_coach.journal.paths import JournalPaths
from covey_coach.progress.schedule import Schedule


class HabitTarget(BaseModel):
    """How often a habit is meant to be practised: ``times`` per ``days`` (CONTRACT strength)."""

    model_config = ConfigDict(extra="forbid")

    times: int = Field(default=1, ge=1, le=31)
    days: int = Field(default=7, ge=1, le=31)


class Settings(BaseModel):
    """Everything a person can choose; every field has a sensible default."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    language: Literal["en", "nl"] | None = None
    """Interface language; None follows the locale."""
    day_start_hour: int = Field(default=DEFAULT_DAY_START_HOUR, ge=0, le=23)
    """Reflections written before this hour belong to the day before (late shifts)."""
    schedule: Schedule = Field(default_factory=Schedule)
    """The days this person works: only those can break a streak."""
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


def load_settings(paths: JournalPaths) -> Settings:
    if not paths.settings.exists():
        return Settings()
    try:
        return Settings.model_validate(orjson.loads(paths.settings.read_bytes()))
    except (orjson.JSONDecodeError, ValidationError) as exc:
        raise JournalDamaged("errors.settings_damaged", path=str(paths.settings),
                             reason=str(exc).splitlines()[0]) from None


def save_settings(paths: JournalPaths, settings: Settings) -> None:
    atomic_write_bytes(paths.settings, orjson.dumps(settings.model_dump(mode="json"), option=orjson.OPT_INDENT_2))


__all__ = ["HabitTarget", "Settings", "load_settings", "save_settings"]
