"""Milestones: a streak or a habit strength that passed a threshold between two days' figures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

__all__ = ["STREAK_MILESTONES", "STRENGTH_MILESTONES", "Milestone", "StatsSnapshot", "milestones_passed"]

STREAK_MILESTONES: tuple[int, ...] = (3, 7, 14, 30, 50, 100, 200, 365)
STRENGTH_MILESTONES: tuple[float, ...] = (0.25, 0.50, 0.75, 0.90)


@dataclass(frozen=True)
class StatsSnapshot:
    """The figures milestones are read from, before and after a reflection."""

    current_streak: int
    best_streak: int
    strengths: Mapping[int, float]


@dataclass(frozen=True)
class Milestone:
    """A threshold passed: ``kind="streak"`` (``value`` days) or ``"strength"`` (``value`` 0–1 on ``habit``)."""

    kind: Literal["streak", "strength"]
    value: float
    habit: int | None = None


def milestones_passed(before: StatsSnapshot, after: StatsSnapshot) -> list[Milestone]:
    """Streak milestones (3, 7, 14, 30, 50, 100, 200, 365 days) and strength milestones
    (25, 50, 75, 90 %) that ``after`` reached and ``before`` had not: streaks first,
    then habits in order, each ascending."""
    out: list[Milestone] = [
        Milestone("streak", m) for m in STREAK_MILESTONES if before.current_streak < m <= after.current_streak
    ]
    eps = 1e-12
    for habit in sorted(after.strengths):
        old, new = before.strengths.get(habit, 0.0), after.strengths[habit]
        out.extend(Milestone("strength", p, habit) for p in STRENGTH_MILESTONES if old < p - eps and new >= p - eps)
    return out
