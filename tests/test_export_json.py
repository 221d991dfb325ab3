"""``export --format json``: the CONTRACT envelope, valid by the shipped schema, read back unchanged."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timezone
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from covey_coach.exchange.export_source import load_export_source
from covey_coach.exchange.exports import FORMATS
from covey_coach.exchange.schema import SCHEMA_PATH
from covey_coach.journal.paths import journal_paths
from covey_coach.journal.service import Journal
from covey_coach.journal.settings import HabitTarget, load_settings, save_settings
from covey_coach.journal.store import open_store
from covey_coach.models import Entry, WeeklyReview
from covey_coach.progress.schedule import ScheduleHistory
from covey_coach.progress.stats import compute_stats
from tests.export_helpers import journal_with, run, sample_entries, tree
from tests.test_import_properties import entries as any_entry

SCHEMA = json.loads(SCHEMA_PATH.read_text())


def export_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *extra: str) -> dict:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "export", "--format", "json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_the_envelope_is_valid_by_the_shipped_schema_and_carries_the_persons_settings(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    paths = journal_paths(data_dir)
    chosen = load_settings(paths).model_copy(update={
        "name": "Sanne", "day_start_hour": 5, "targets": {3: HabitTarget(times=3, days=7)},
        "schedule": ScheduleHistory.model_validate({"periods": [{"weekdays": [0, 1, 2]}],
                                                    "off": [{"start": "2026-11-19", "end": "2026-11-19"}]})})
    save_settings(paths, chosen)
    with Journal.open(data_dir) as journal:
        journal.save_review(WeeklyReview(week="2026-W47", created_at=datetime(2026, 11, 23, tzinfo=timezone.utc),
                                         focus_habit=5, note="listen"))
    document = export_json(capsys, data_dir)
    jsonschema.validate(document, SCHEMA)
    assert document["person"] == "Sanne" and document["day_start_hour"] == 5
    assert document["targets"]["3"] == {"times": 3, "days": 7} and document["targets"]["7"] == {"times": 1, "days": 7}
    assert document["schedule"]["periods"][0]["weekdays"] == [0, 1, 2]
    assert document["schedule"]["off"] == [{"start": "2026-11-19", "end": "2026-11-19"}]
    assert [r["week"] for r in document["reviews"]] == ["2026-W47"]
    assert datetime.fromisoformat(document["exported_at"]).tzinfo is not None


def test_a_schema_violation_is_caught(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    document = export_json(capsys, journal_with(tmp_path / "j", sample_entries()))
    document["day_start_hour"] = 30  # what a broken writer might put there
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA)


def test_private_entries_stay_out_unless_asked_for(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    plain = export_json(capsys, data_dir)
    assert all(not e["private"] for e in plain["entries"]) and len(plain["entries"]) == 3
    assert "My private worry" not in json.dumps(plain)
    with_private = export_json(capsys, data_dir, "--include-private")
    assert [e["encounter"] for e in with_private["entries"] if e["private"]] == ["My private worry"]


def test_filters_by_date_and_habit_and_keep_reviews_of_the_period(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    with Journal.open(data_dir) as journal:
        for week, day in (("2026-W46", 10), ("2026-W48", 24)):
            journal.save_review(WeeklyReview(week=week, created_at=datetime(2026, 11, day, tzinfo=timezone.utc),
                                             focus_habit=1))
    document = export_json(capsys, data_dir, "--since", "2026-11-17", "--until", "24-11-2026", "--habit", "5")
    assert [e["day"] for e in document["entries"]] == ["2026-11-24"]
    assert [r["week"] for r in document["reviews"]] == ["2026-W48"]  # W46 ended before the 17th


def test_anonymize_is_stable_and_names_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, second = (journal_with(tmp_path / name, sample_entries()) for name in ("a", "b"))
    for folder in (first, second):
        paths = journal_paths(folder)
        save_settings(paths, load_settings(paths).model_copy(update={"name": "Sanne de Vries"}))
    once, again = (export_json(capsys, first, "--anonymize")["person"] for _ in range(2))
    other = export_json(capsys, second, "--anonymize")["person"]
    assert once == again and once != other  # same journal, same pseudonym; a second journal gets its own
    assert "sanne" not in once.lower() and "vries" not in once.lower()
    assert export_json(capsys, first)["person"] == "Sanne de Vries"


def test_output_file_and_refusals_write_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    target = tmp_path / "out" / "sanne.json"
    target.parent.mkdir()
    code, out, err = run(capsys, "--data-dir", str(data_dir), "export", "--format", "json", "-o", str(target))
    assert code == 0 and out == "" and "3 reflections" in err and str(target) in err
    assert len(json.loads(target.read_text())["entries"]) == 3
    before = tree(tmp_path)
    for bad in (["--habit", "9"], ["--since", "30-02-2026"], ["--since", "2026-11-20", "--until", "2026-11-01"],
                ["-o", str(tmp_path / "missing" / "x.json")], ["-o", str(tmp_path / "out")],
                ["--anonymize", "--habit", "0"]):
        code, out, err = run(capsys, "--data-dir", str(data_dir), "export", "--format", "json", *bad)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err, bad
    assert tree(tmp_path) == before


def test_an_export_is_what_a_coachs_view_reads(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    paths = journal_paths(data_dir)
    save_settings(paths, load_settings(paths).model_copy(update={
        "name": "Sanne", "targets": {5: HabitTarget(times=2, days=7)},
        "schedule": ScheduleHistory.model_validate({"periods": [{"weekdays": [0, 2, 4]}]})}))
    target = tmp_path / "sanne.json"
    assert run(capsys, "--data-dir", str(data_dir), "export", "--format", "json", "--include-private",
               "-o", str(target))[0] == 0
    source = load_export_source(target)
    settings = load_settings(paths)
    with open_store(data_dir, readonly=True) as store:
        own = store.entries()
    assert source.label == "Sanne" and source.entries() == own
    as_of = date(2026, 11, 30)
    assert (compute_stats(source.entries(), source.schedule, as_of, source.targets).to_json()
            == compute_stats(own, settings.schedule, as_of, settings.all_targets()).to_json())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(any_entry, max_size=12, unique_by=lambda e: e.id))
def test_export_then_import_into_an_empty_journal_gives_the_same_entries(
        capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory, batch: list[Entry]) -> None:
    root = tmp_path_factory.mktemp("round")
    source_dir = journal_with(root / "from", batch)
    target = root / "export.json"
    assert run(capsys, "--data-dir", str(source_dir), "export", "--format", "json", "--include-private",
               "-o", str(target))[0] == 0
    code, _, err = run(capsys, "--data-dir", str(root / "to"), "import", str(target))
    assert code == 0, err
    with open_store(source_dir, readonly=True) as a, open_store(root / "to", readonly=True) as b:
        mine, theirs = a.entries(), b.entries()
    assert [e.model_dump() for e in theirs] == [e.model_dump() for e in mine]
    assert len(theirs) == len(batch)


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_registered_format_is_a_choice_and_writes_whole_or_not_at_all(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    target = tmp_path / f"export{FORMATS[name].suffix}"
    argv = ["--data-dir", str(data_dir), "export", "--format", name, "-o", str(target)]
    assert run(capsys, *argv)[0] == 0
    first = target.read_bytes()
    assert first and b"Guest lost a key card" in first

    real_replace = os.replace

    def disk_full(source: str, destination: str) -> None:
        if Path(destination) == target:  # the pseudonym's secret is saved first, then this fails
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr("os.replace", disk_full)
    before = tree(tmp_path)
    code, out, err = run(capsys, *argv, "--include-private", "--anonymize")
    assert code == 1 and "No space left on device" in err and len(err.strip().splitlines()) == 1
    assert tree(tmp_path) == before  # the old file as it was, no temporary file, no pseudonym secret
