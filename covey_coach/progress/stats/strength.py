"""Habit strength: the Loop Habit Tracker yes/no score (CONTRACT "Habit strength"), and targets."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from covey_coach.habits import HABITS

__all__ = [
    "DEFAULT_TARGET",
    "Target",
    "check_target",
    "strength_check",
    "strength_multiplier",
    "strength_series",
    "strength_step",
    "strength_window",
    "targets_for_all",
]

Target = tuple[int, int]
"""(n times, per d days)."""

DEFAULT_TARGET: Target = (1, 7)
"""Once a week, for every habit unless the settings say otherwise."""


def strength_multiplier(frequency: float) -> float:
    """m = 0.5 ** (√f / 13): how much of yesterday's score a day keeps."""
    return 0.5 ** (math.sqrt(frequency) / 13.0)


def strength_window(times: int, days: int) -> tuple[int, int]:
    """(n', d'): a target below once a day is judged over twice its period."""
    if times / days < 1:
        return 2 * times, 2 * days
    return times, days


def strength_check(rolling: int, times: int, days: int) -> float:
    """min(1, rolling / n'): how much of the target the last d' days met."""
    n2, _ = strength_window(times, days)
    return min(1.0, rolling / n2)


def strength_step(previous: float, frequency: float, check: float) -> float:
    """One day's update on a YES or NO day: score·m + check·(1 − m).

    ``strength_step(0.0, 1.0, 1.0)`` → 0.051922; ``strength_step(0.5, 1/3, 1.0)`` →
    0.515157 (CONTRACT checks). A SKIP day does not call this: the score stays.
    """
    m = strength_multiplier(frequency)
    return previous * m + check * (1.0 - m)


def check_target(habit: int, target: Any) -> Target:
    """``target`` as (times, days) of whole numbers of at least 1, or ValueError naming the habit."""
    try:
        times, days = target
    except (TypeError, ValueError):
        raise ValueError(f"The target of habit {habit} must be (times, days), not {target!r}.") from None
    if not (isinstance(times, int) and isinstance(days, int)) or times < 1 or days < 1:
        raise ValueError(f"The target of habit {habit} must be whole numbers of at least 1, not {target!r}.")
    return times, days


def targets_for_all(targets: Mapping[int, Target] | None) -> dict[int, Target]:
    """A checked target for each of the seven habits; a habit not given is once a week."""
    out = {h: DEFAULT_TARGET for h in HABITS}
    for habit, target in (targets or {}).items():
        if int(habit) not in out:
            raise ValueError(f"There is no habit {habit}: habits are numbered 1 to 7.")
        out[int(habit)] = check_target(int(habit), target)
    return out


def strength_series(yes: list[bool], scheduled: list[bool], target: Target) -> list[float]:
    """The score after each day (index 0 = the journal's first day)."""
    times, days = target
    n2, d2 = strength_window(times, days)
    m = strength_multiplier(times / days)
    keep = 1.0 - m
    score = 0.0
    rolling = 0
    out: list[float] = []
    append = out.append
    for i, is_yes in enumerate(yes):
        if is_yes:
            rolling += 1
        if i >= d2 and yes[i - d2]:
            rolling -= 1
        if is_yes or scheduled[i]:  # YES or NO; a SKIP day leaves the score as it was
            score = score * m + min(1.0, rolling / n2) * keep
        append(score)
    return out
