"""Settings file format versions and the steps between them.

Version 1 has no ``settings_version`` key and holds one ``schedule`` object
(``{"weekdays": ..., "rrule": ..., "anchor": ..., "off": [...]}``, the anchor being the day an
RRULE was saved). Version 2 holds a schedule history (CONTRACT "Schedule"). Each step takes the
raw file and returns a new one; :func:`covey_coach.journal.settings.save_settings` backs an old
file up before the migrated one replaces it, and a version newer than this one knows is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["SETTINGS_VERSION", "VERSION_KEY", "migrate_settings", "settings_version"]

SETTINGS_VERSION = 2
VERSION_KEY = "settings_version"

Raw = dict[str, Any]


def settings_version(raw: Raw) -> int:
    """The format version of a raw settings file; a file without the key is version 1.

    Raises ``ValueError`` (one sentence) when the key is not a whole number of at least 1.
    """
    value = raw.get(VERSION_KEY, 1)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"'{VERSION_KEY}' must be a whole number of at least 1, not {value!r}")
    return value


def _v1_to_v2(raw: Raw) -> Raw:
    out = dict(raw)
    old = raw.get("schedule")
    if isinstance(old, dict) and "periods" not in old:
        # The old anchor (the day an RRULE was saved) is dropped: CONTRACT now anchors an RRULE
        # without DTSTART on the first day of its period, here the journal's first day.
        period = {"start": None, "weekdays": old.get("weekdays"), "rrule": old.get("rrule")}
        out["schedule"] = {"periods": [period], "off": old.get("off", [])}
    out[VERSION_KEY] = 2
    return out


MIGRATIONS: dict[int, Callable[[Raw], Raw]] = {1: _v1_to_v2}
"""From version N to N + 1."""


def migrate_settings(raw: Raw) -> tuple[Raw, int]:
    """Every step from the file's version to SETTINGS_VERSION; returns (raw file, its old version).

    The caller refuses a version above SETTINGS_VERSION before calling this.
    """
    start = version = settings_version(raw)
    while version < SETTINGS_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
    return raw, start
