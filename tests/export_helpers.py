"""Journals to export in tests: entries written through the Journal service, as the app writes them."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from pathlib import Path

import pytest

from covey_coach.cli import main
from covey_coach.journal.service import Journal
from covey_coach.models import Answer, Entry


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def entry(day: date, habit: int, encounter: str, **extra: object) -> Entry:
    created = datetime.combine(day, time(21, 30), tzinfo=timezone.utc)
    return Entry(created_at=created, day=day, habit=habit, rating=extra.pop("rating", 4),  # type: ignore[arg-type]
                 encounter=encounter, **extra)  # type: ignore[arg-type]


def sample_entries() -> list[Entry]:
    return [
        entry(date(2026, 11, 16), 5, "Guest lost a key card; I listened first.", energy=3, tags=["lobby"],
              answers=[Answer(question_id="q1", question="What did you notice?", answer="She was *tired*\nand late")]),
        entry(date(2026, 11, 18), 1, "=HYPERLINK(\"http://x\") café ☕ <b>bold</b>", commitment="When a guest waits, I will nod."),
        entry(date(2026, 11, 20), 2, "My private worry", private=True),
        entry(date(2026, 11, 24), 5, "# not a heading\n- not a list\n1. nor this", rating=2),
    ]


def journal_with(data_dir: Path, entries: list[Entry]) -> Path:
    with Journal.open(data_dir) as journal:
        journal.import_entries(entries)
    return data_dir


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes: to show that nothing was written."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
