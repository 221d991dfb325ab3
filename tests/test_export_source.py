"""An export file read as a journal to look at: the person's own settings, nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest

from covey_coach.errors import InputError
from covey_coach.exchange.export_source import load_export_source
from covey_coach.journal.source import JournalSource
from covey_coach.progress.schedule import Schedule, ScheduleHistory, as_history
from tests.test_store import snapshot_dir


def write(path: Path, data: dict) -> Path:
    path.write_bytes(orjson.dumps(data))
    return path


SMALLEST = {"format": "covey-coach", "version": 1,
            "entries": [{"day": "2026-11-20", "habit": 5, "rating": 4, "encounter": "text"}]}


def test_the_smallest_file_gets_the_defaults_of_a_new_journal(tmp_path: Path) -> None:
    path = write(tmp_path / "min.json", SMALLEST)
    source = load_export_source(path)
    assert isinstance(source, JournalSource)
    assert source.label == str(path) and source.revision == 0
    assert source.schedule == ScheduleHistory() and source.day_start_hour == 4
    assert source.targets == {h: (1, 7) for h in range(1, 8)}
    assert [(e.day, e.habit) for e in source.entries()] == [(date(2026, 11, 20), 5)]
    assert source.reviews() == [] and source.tombstones() == []


def test_a_full_envelope_brings_person_schedule_targets_hour_and_reviews(tmp_path: Path) -> None:
    data = {**SMALLEST, "person": " Sanne ", "exported_at": "2026-11-22T18:03:00+01:00",
            "schedule": {"weekdays": [0, 1, 2, 3, 4]}, "targets": {"5": {"times": 3, "days": 7}},
            "day_start_hour": 6, "something_new": {"later": True},
            "entries": [{"id": "b", "day": "2026-11-21", "habit": 2, "rating": 3, "encounter": "second"},
                        {"id": "a", "day": "2026-11-19", "habit": 5, "rating": 4, "encounter": "first"}],
            "reviews": [{"week": "2026-W48", "created_at": "2026-11-23T08:00:00+01:00", "focus_habit": 2},
                        {"week": "2026-W47", "created_at": "2026-11-16T08:00:00+01:00", "focus_habit": 5}]}
    source = load_export_source(write(tmp_path / "sanne.json", data))
    assert source.label == "Sanne"
    assert source.schedule == as_history(Schedule(weekdays=[0, 1, 2, 3, 4])) and source.day_start_hour == 6
    assert source.targets[5] == (3, 7) and source.targets[1] == (1, 7)
    assert [e.id for e in source.entries()] == ["a", "b"], "oldest first, whatever the file's order"
    assert source.get("b") is not None and source.get("zz") is None
    assert [r.week for r in source.reviews()] == ["2026-W47", "2026-W48"]
    source.entries().clear()
    assert len(source.entries()) == 2, "a caller's list is its own"


@pytest.mark.parametrize(("extra", "named"), [
    ({"day_start_hour": 30}, "'day_start_hour' must be at most 23"),
    ({"targets": {"2": {"times": 0, "days": 7}}}, "'targets.2.times' must be at least 1"),
    ({"schedule": {"weekdays": [9]}}, "Weekdays are numbers 0 (Monday) to 6 (Sunday), not 9"),  # our validator's own
    ({"reviews": [{"week": "W48", "created_at": "2026-11-23T08:00:00+01:00", "focus_habit": 2}]}, "'reviews[0].week'"),
    ({"person": 7}, "'person'"),
])
def test_a_bad_envelope_field_is_named_in_one_sentence(tmp_path: Path, extra: dict, named: str) -> None:
    path = write(tmp_path / "bad.json", {**SMALLEST, **extra})
    with pytest.raises(InputError) as caught:
        load_export_source(path)
    sentence = str(caught.value)
    assert sentence.startswith(f"The export file {path} cannot be shown: {named}")
    assert "\n" not in sentence


def test_a_file_that_is_not_an_export_is_refused_as_the_import_refuses_it(tmp_path: Path) -> None:
    path = write(tmp_path / "other.json", {"entries": []})
    with pytest.raises(InputError) as caught:
        load_export_source(path)
    assert caught.value.key == "errors.import_not_ours"


def test_reading_an_export_writes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path / "sanne.json", {**SMALLEST, "person": "Sanne"})
    before = snapshot_dir(tmp_path)
    load_export_source(path).entries()
    assert snapshot_dir(tmp_path) == before
