"""The team table: one row per person, each figure what ``stats --as-of T`` gives in their journal.

Every figure comes from :func:`~covey_coach.progress.stats.compute_stats` over the person's
merged entries, with the schedule and targets their export carries; this module only picks
from it and adds the two counts the team table has and ``stats`` has not (the last four
weeks and the four before). Strongest and weakest are chosen on the strengths as
``--json`` publishes them (rounded to 9 places), so a reader checking one against the other
finds the same habit; a tie goes to the lower number (CONTRACT).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from covey_coach.coaching.team import Person
from covey_coach.progress.stats import Stats, compute_stats

__all__ = ["WINDOW_DAYS", "TeamRow", "team_json", "team_rows"]

WINDOW_DAYS = 28
"""Four weeks: the span of ``last_4_weeks`` and of ``previous_4_weeks``."""


@dataclass(frozen=True)
class TeamRow:
    """One person's line in the team table."""

    person: str
    files: tuple[str, ...]
    stats: Stats
    last_4_weeks: int
    """Entries in the 28 days ending T."""
    previous_4_weeks: int
    """Entries in the 28 days before those."""

    @property
    def source(self) -> str:
        """The export the figures' settings come from: the person's newest."""
        return self.files[-1]

    def _published(self) -> dict[int, float]:
        return {h: round(hs.strength, 9) for h, hs in self.stats.habits.items()}

    @property
    def strongest_habit(self) -> int:
        return min(self._published().items(), key=lambda item: (-item[1], item[0]))[0]

    @property
    def weakest_habit(self) -> int:
        return min(self._published().items(), key=lambda item: (item[1], item[0]))[0]

    def to_json(self) -> dict[str, Any]:
        s = self.stats
        return {
            "person": self.person,
            "source": self.source,
            "entries": s.total_entries,
            "reflection_days": s.reflection_days,
            "current_streak": s.current_streak,
            "best_streak": s.best_streak,
            "strongest_habit": self.strongest_habit,
            "weakest_habit": self.weakest_habit,
            "last_4_weeks": self.last_4_weeks,
            "previous_4_weeks": self.previous_4_weeks,
            "habits": {str(h): s.habits[h].to_json() for h in sorted(s.habits)},
            "sources": list(self.files),
        }


def _window_counts(days: list[date], as_of: date) -> tuple[int, int]:
    last_from = as_of - timedelta(days=WINDOW_DAYS - 1)
    previous_from = last_from - timedelta(days=WINDOW_DAYS)
    last = sum(1 for d in days if last_from <= d <= as_of)
    previous = sum(1 for d in days if previous_from <= d < last_from)
    return last, previous


def team_row(person: Person, as_of: date) -> TeamRow:
    source = person.source
    entries = source.entries()
    stats = compute_stats(entries, source.schedule, as_of, source.targets)
    last, previous = _window_counts([e.day for e in entries], as_of)
    return TeamRow(person=person.name, files=person.files, stats=stats, last_4_weeks=last,
                   previous_4_weeks=previous)


def team_rows(people: list[Person], as_of: date) -> list[TeamRow]:
    """The table, in the people's order (by name)."""
    return [team_row(p, as_of) for p in people]


def team_json(rows: list[TeamRow], as_of: date) -> dict[str, Any]:
    """The CONTRACT ``coach --json`` object."""
    return {"as_of": as_of.isoformat(), "people": [row.to_json() for row in rows]}
