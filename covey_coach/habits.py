"""The fixed vocabularies every part of the app shares: habits, channels, service principles."""

from __future__ import annotations

from enum import Enum

HABITS: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 7)
"""Covey's seven habits, numbered in his order (CONTRACT)."""

HABIT_SLUGS: dict[int, str] = {
    1: "proactive",
    2: "end_in_mind",
    3: "first_things_first",
    4: "win_win",
    5: "understand",
    6: "synergize",
    7: "sharpen_the_saw",
}
"""Stable machine names, used as keys in content packs and catalogues."""


class Channel(str, Enum):
    """Where the encounter happened."""

    DESK = "desk"
    PHONE = "phone"
    CHAT = "chat"
    EMAIL = "email"
    FLOOR = "floor"
    OTHER = "other"


class Principle(str, Enum):
    """The six principles of an exceptional customer experience (seed 001)."""

    WELCOME = "welcome"
    BASICS = "basics"
    TAILORED = "tailored"
    WORRY = "worry"
    AMAZE = "amaze"
    RECOVERY = "recovery"


def victory(habit: int) -> str:
    """Habits 1-3 are the private victory, 4-6 the public one, 7 is renewal."""
    if habit <= 3:
        return "private"
    if habit <= 6:
        return "public"
    return "renewal"
