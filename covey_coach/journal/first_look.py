"""The few settings the first screen needs, read without validating the file.

The app's first frame needs the language, the theme and the hour a day starts, before the
journal and its settings are read and validated in the background (the settings model and
pydantic cost more to import than the whole first frame may take). A value of the wrong type
is left out here: the full read that follows refuses the file with its one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import orjson

from covey_coach.days import DEFAULT_DAY_START_HOUR
from covey_coach.i18n import LANGUAGES


@dataclass(frozen=True)
class FirstLook:
    language: str | None = None
    """``en`` or ``nl`` as saved, or None (follow the locale)."""
    theme: str | None = None
    """The saved Textual theme's name, or None for Textual's own default."""
    day_start_hour: int = DEFAULT_DAY_START_HOUR
    data: bytes | None = None
    """The file's bytes as read (None: no file): validated later from these, so the first frame
    and the settings in force come from the same file, even if it is replaced meanwhile."""


def first_look(settings_file: Path) -> FirstLook:
    """What ``settings_file`` says, as far as it can be read; defaults for a missing or damaged file."""
    try:
        data = settings_file.read_bytes()
    except OSError:
        return FirstLook()
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError:
        return FirstLook(data=data)
    if not isinstance(raw, dict):
        return FirstLook(data=data)
    language = raw.get("language")
    theme = raw.get("theme")
    hour = raw.get("day_start_hour")
    return FirstLook(
        language=language if language in LANGUAGES else None,
        theme=theme if isinstance(theme, str) and theme else None,
        day_start_hour=hour if isinstance(hour, int) and not isinstance(hour, bool) and 0 <= hour <= 23
        else DEFAULT_DAY_START_HOUR,
        data=data,
    )


__all__ = ["FirstLook", "first_look"]
