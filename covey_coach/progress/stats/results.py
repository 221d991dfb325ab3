"""The figures as data: per habit, per ISO week, and the whole picture as of T (``stats --json``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from covey_coach.progress.stats.commitments import CommitmentStats
from covey_coach.progress.stats.milestones import Milestone, StatsSnapshot, milestones_passed
from covey_coach.progress.stats.strength import DEFAULT_TARGET, Target

__all__ = ["HabitStats", "HabitWeek", "Stats", "WeekStats", "mean"]


def mean(total: int, count: int) -> float | None:
    return total / count if count else None


@dataclass(frozen=True)
class HabitStats:
    habit: int
    strength: float
    """0–1 at T."""
    entries: int
    mean_rating: float | None
    """None without entries."""
    target: Target = DEFAULT_TARGET

    def to_json(self) -> dict[str, Any]:
        return {
            "strength": round(self.strength, 9),
            "entries": self.entries,
            "mean_rating": self.mean_rating,
            "target": {"times": self.target[0], "days": self.target[1]},
        }


@dataclass(frozen=True)
class HabitWeek:
    entries: int
    mean_rating: float | None


@dataclass(frozen=True)
class WeekStats:
    week: str
    """``YYYY-Www`` by ISO year."""
    start: date
    """The Monday."""
    entries: int
    scheduled_days: int
    """Scheduled days of this week from the journal's first day up to T."""
    reflected_scheduled_days: int
    mean_rating: float | None
    by_habit: dict[int, HabitWeek]
    """Only habits with entries this week."""
    strength: dict[int, float]
    """Each habit's strength at the week's Sunday (or at T in T's week)."""

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def consistency(self) -> float | None:
        """Reflected scheduled days / scheduled days; None without scheduled days."""
        return mean(self.reflected_scheduled_days, self.scheduled_days)

    def to_json(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "start": self.start.isoformat(),
            "entries": self.entries,
            "scheduled_days": self.scheduled_days,
            "reflected_scheduled_days": self.reflected_scheduled_days,
            "mean_rating": self.mean_rating,
            "by_habit": {
                str(h): {"entries": hw.entries, "mean_rating": hw.mean_rating} for h, hw in sorted(self.by_habit.items())
            },
            "end": self.end.isoformat(),
            "consistency": self.consistency,
            "strength": {str(h): round(s, 9) for h, s in sorted(self.strength.items())},
        }


@dataclass(frozen=True)
class Stats:
    """Everything ``covey-coach stats`` shows, as of one day."""

    as_of: date
    first_day: date | None
    """The day of the first entry on or before T; None for an empty journal."""
    current_streak: int
    best_streak: int
    total_entries: int
    reflection_days: int
    """Days with at least one reflection."""
    scheduled_days: int
    """Scheduled days from the first day to T."""
    reflected_scheduled_days: int
    habits: dict[int, HabitStats]
    weeks: list[WeekStats]
    previous: StatsSnapshot = field(default_factory=lambda: StatsSnapshot(0, 0, {}))
    """Streaks and strengths as of the day before T (what ``compute_stats(..., T - 1)`` would say)."""
    commitments: CommitmentStats = field(default_factory=CommitmentStats)
    """Commitments made up to T and how their follow-ups answered."""

    @property
    def consistency(self) -> float | None:
        """Reflected scheduled days / scheduled days (first day to T); None if none."""
        return mean(self.reflected_scheduled_days, self.scheduled_days)

    @property
    def neglected_habit(self) -> int:
        """The habit with the lowest strength; ties: fewest entries, then lowest number."""
        return min(self.habits.values(), key=lambda h: (h.strength, h.entries, h.habit)).habit

    @property
    def strengths(self) -> dict[int, float]:
        return {h: hs.strength for h, hs in self.habits.items()}

    def strength_history(self, habit: int, last: int | None = None) -> list[tuple[str, float]]:
        """(ISO week, strength at its end) for one habit, oldest first; ``last=12`` for a sparkline."""
        out = [(w.week, w.strength.get(habit, 0.0)) for w in self.weeks]
        return out[-last:] if last else out

    def snapshot(self) -> StatsSnapshot:
        return StatsSnapshot(self.current_streak, self.best_streak, self.strengths)

    def milestones_today(self) -> list[Milestone]:
        """Milestones T passed that the day before had not."""
        return milestones_passed(self.previous, self.snapshot())

    def week(self, label: str) -> WeekStats | None:
        return next((w for w in self.weeks if w.week == label), None)

    def to_json(self) -> dict[str, Any]:
        """The CONTRACT ``stats --json`` object (plus a few extra keys)."""
        return {
            "as_of": self.as_of.isoformat(),
            "current_streak": self.current_streak,
            "best_streak": self.best_streak,
            "total_entries": self.total_entries,
            "reflection_days": self.reflection_days,
            "habits": {str(h): self.habits[h].to_json() for h in sorted(self.habits)},
            "weeks": [w.to_json() for w in self.weeks],
            "commitments": self.commitments.to_json(),
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "scheduled_days": self.scheduled_days,
            "reflected_scheduled_days": self.reflected_scheduled_days,
            "consistency": self.consistency,
            "neglected_habit": self.neglected_habit,
        }
