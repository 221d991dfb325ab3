"""Generated people for the coach tests: each a journal of their own, built with the CLI and
the Journal service, and export files written from that journal's own data.

The export envelope is the one CONTRACT "Export envelope" fixes and ``exchange/export_source``
reads; it is written here from the journal's entries and settings, field for field.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson

from covey_coach.cli.run import main
from covey_coach.journal.paths import journal_paths
from covey_coach.journal.service import Journal
from covey_coach.journal.settings import HabitTarget, load_settings
from covey_coach.journal.store import open_store
from covey_coach.models import Entry

AS_OF = date(2026, 11, 22)


@dataclass(frozen=True)
class PersonPlan:
    name: str
    schedule: list[list[str]]
    """``schedule`` command lines, in order (a history, days off)."""
    targets: dict[int, tuple[int, int]] = field(default_factory=dict)
    day_start_hour: int = 4
    days: int = 120
    """How far back from AS_OF the journal reaches."""
    share: float = 0.7
    """The chance of a reflection on a day."""


PLANS = [
    PersonPlan("Sanne", [["--weekdays", "mon-fri"], ["--off", "2026-10-12..2026-10-16"]],
               targets={5: (3, 7), 2: (1, 1)}, day_start_hour=6, share=0.8),
    PersonPlan("ahmed", [["--rrule", "FREQ=WEEKLY;BYDAY=MO,TU,TH"],
                         ["--from", "2026-10-01", "--rrule", "FREQ=DAILY;INTERVAL=2"],
                         ["--off", "2026-11-02"]],
               targets={1: (2, 3), 7: (5, 7)}, day_start_hour=0, share=0.5),
    PersonPlan("Ümit", [], targets={}, day_start_hour=4, days=45, share=0.9),
    PersonPlan("Bram", [["--weekdays", "sat,sun"], ["--from", "2026-09-01", "--weekdays", "wed-sun"]],
               targets={3: (1, 14), 4: (2, 7)}, day_start_hour=23, days=200, share=0.35),
]


def cli(data_dir: Path, *argv: str) -> None:
    assert main(["--data-dir", str(data_dir), *argv]) == 0


def build_journal(plan: PersonPlan, data_dir: Path, seed: int) -> list[Entry]:
    """The person's own journal: schedule with the CLI, entries, targets and day-start hour with the Journal."""
    for line in plan.schedule:
        cli(data_dir, "schedule", *line)
    rng = random.Random(seed)
    entries: list[Entry] = []
    # A few days after AS_OF too: every figure as of T must leave them out.
    for back in range(plan.days, -4, -1):
        day = AS_OF - timedelta(days=back)
        for _ in range(rng.choice((1, 1, 1, 2))):
            if rng.random() < plan.share:
                created = datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(hours=rng.randint(8, 22))
                entries.append(Entry(created_at=created, day=day, habit=rng.randint(1, 7), rating=rng.randint(1, 5),
                                     encounter=f"{plan.name} on {day}: a guest at the desk"))
    journal = Journal.open(data_dir)
    try:
        journal.import_entries(entries)
        settings = journal.settings.model_copy(update={
            "day_start_hour": plan.day_start_hour,
            "targets": {h: HabitTarget(times=n, days=d) for h, (n, d) in plan.targets.items()}})
        journal.save_settings(settings)
    finally:
        journal.close()
    return entries


def envelope(data_dir: Path, person: str | None, *, exported_at: str | None = "2026-11-22T18:03:00+01:00",
             entries: list[Entry] | None = None) -> dict[str, Any]:
    """What ``export --format json`` sends, from the journal's own data (all of it unless ``entries``)."""
    settings = load_settings(journal_paths(data_dir))
    with open_store(data_dir, readonly=True) as store:
        kept = store.entries() if entries is None else entries
        reviews = store.reviews()
    data: dict[str, Any] = {
        "format": "covey-coach", "version": 1,
        "schedule": settings.schedule.model_dump(mode="json"),
        "targets": {str(h): {"times": n, "days": d} for h, (n, d) in settings.all_targets().items()},
        "day_start_hour": settings.day_start_hour,
        "entries": [e.model_dump(mode="json") for e in kept],
        "reviews": [r.model_dump(mode="json") for r in reviews],
    }
    if person is not None:
        data["person"] = person
    if exported_at is not None:
        data["exported_at"] = exported_at
    return data


def write_json(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps(data))
    return path
