"""The settings file's format version: an old file is migrated (and backed up before it is replaced),
a file from a newer Covey Coach is refused and never written over."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import orjson
import pytest

from covey_coach.errors import JournalDamaged, JournalTooNew
from covey_coach.journal import backups
from covey_coach.journal.paths import journal_paths
from covey_coach.journal.settings import Settings, load_settings, save_settings
from covey_coach.journal.settings_migrations import SETTINGS_VERSION
from covey_coach.progress.schedule import DayRange, Period, Schedule, ScheduleHistory
from tests.test_cli import run
from tests.test_store import snapshot_dir

OLD_FILE = {
    "language": "nl",
    "day_start_hour": 5,
    "schedule": {"weekdays": None, "rrule": "FREQ=WEEKLY;BYDAY=MO,TU", "anchor": "2026-11-22",
                 "off": [{"start": "2026-12-24", "end": "2026-12-26"}]},
    "targets": {"3": {"times": 2, "days": 7}},
    "theme": "textual-light",
}
"""A settings file as Covey Coach wrote it before the schedule had a history (no version key)."""


def write_old(data_dir: Path, content: dict = OLD_FILE) -> bytes:
    path = journal_paths(data_dir).settings
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = orjson.dumps(content, option=orjson.OPT_INDENT_2)
    path.write_bytes(raw)
    return raw


def settings_backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("settings-*.json"))


def test_an_old_file_reads_as_one_period_from_the_start_and_loading_writes_nothing(tmp_path: Path) -> None:
    write_old(tmp_path)
    before = snapshot_dir(tmp_path)
    settings = load_settings(journal_paths(tmp_path))
    assert settings.schedule == ScheduleHistory(
        periods=[Period(rrule="FREQ=WEEKLY;BYDAY=MO,TU")],
        off=[DayRange(start=date(2026, 12, 24), end=date(2026, 12, 26))],
    ), "the old anchor is dropped: the rule now holds from the start"
    assert (settings.language, settings.day_start_hour, settings.theme) == ("nl", 5, "textual-light")
    assert settings.target(3) == (2, 7)
    assert snapshot_dir(tmp_path) == before, "reading migrates in memory only"


def test_the_first_save_backs_the_old_file_up_then_writes_the_current_format(tmp_path: Path) -> None:
    old_bytes = write_old(tmp_path)
    paths = journal_paths(tmp_path)
    save_settings(paths, load_settings(paths))
    [backup] = settings_backups(tmp_path)
    assert backup.name.startswith("settings-before-v1-migration-")
    assert backup.read_bytes() == old_bytes, "the backup is the old file exactly"
    saved = json.loads(paths.settings.read_text(encoding="utf-8"))
    assert saved["settings_version"] == SETTINGS_VERSION
    assert saved["schedule"] == {
        "periods": [{"start": None, "weekdays": None, "rrule": "FREQ=WEEKLY;BYDAY=MO,TU"}],
        "off": [{"start": "2026-12-24", "end": "2026-12-26"}],
    }
    save_settings(paths, load_settings(paths))
    assert len(settings_backups(tmp_path)) == 1, "a file already in the current format needs no backup"


def test_the_settings_backup_is_never_rotated_away(tmp_path: Path) -> None:
    write_old(tmp_path)
    paths = journal_paths(tmp_path)
    save_settings(paths, load_settings(paths))
    paths.journal.write_bytes(b"{}")
    for day in range(1, backups.KEEP_DAILY + 6):
        backups.make_daily_backup(paths.journal, date(2026, 11, day))
    assert len([b for b in backups.list_backups(paths.journal) if b.kind == "daily"]) == backups.KEEP_DAILY
    assert len(settings_backups(tmp_path)) == 1


def test_the_cli_migrates_on_its_first_change_and_the_figures_no_longer_hang_on_the_anchor(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The issue's case: an RRULE saved on 22 Nov made every earlier day unscheduled."""
    data = tmp_path / "journal"
    for day in ("2026-11-02", "2026-11-03", "2026-11-09", "2026-11-10", "2026-11-16", "2026-11-17"):
        run(capsys, "--data-dir", str(data), "add", "--habit", "2", "--rating", "3", "--encounter", "x",
            "--date", day)
    write_old(data, {"schedule": {"weekdays": None, "rrule": "FREQ=WEEKLY;BYDAY=MO,TU", "anchor": "2026-11-22",
                                  "off": []}})
    _, from_rrule, _ = run(capsys, "--data-dir", str(data), "stats", "--as-of", "2026-11-20", "--json")
    code, _, err = run(capsys, "--data-dir", str(data), "schedule", "--weekdays", "mon,tue")
    assert code == 0, err
    assert len(settings_backups(data)) == 1
    _, from_weekdays, _ = run(capsys, "--data-dir", str(data), "stats", "--as-of", "2026-11-20", "--json")
    assert from_rrule == from_weekdays
    stats = json.loads(from_weekdays)
    assert stats["current_streak"] == 6
    assert [w["scheduled_days"] for w in stats["weeks"]] == [2, 2, 2]


@pytest.fixture
def newer(tmp_path: Path) -> Path:
    write_old(tmp_path, {"settings_version": SETTINGS_VERSION + 1, "schedule": {"periods": "not ours"}})
    return tmp_path


def test_a_newer_file_is_refused_when_read(newer: Path) -> None:
    with pytest.raises(JournalTooNew) as info:
        load_settings(journal_paths(newer))
    sentence = str(info.value)
    assert str(journal_paths(newer).settings) in sentence and f"format {SETTINGS_VERSION + 1}" in sentence
    assert "\n" not in sentence


def test_a_newer_file_is_never_written_over(newer: Path) -> None:
    before = snapshot_dir(newer)
    with pytest.raises(JournalTooNew):
        save_settings(journal_paths(newer), Settings(schedule=Schedule(weekdays=[0])))
    assert snapshot_dir(newer) == before


@pytest.mark.parametrize("argv", [["stats"], ["schedule"], ["schedule", "--weekdays", "mon-fri"]])
def test_the_cli_refuses_a_newer_file_in_one_sentence_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], newer: Path, argv: list[str]) -> None:
    before = snapshot_dir(newer)
    code, out, err = run(capsys, "--data-dir", str(newer), *argv)
    assert code == 1 and out == ""
    assert "newer Covey Coach" in err and err.count("\n") == 1
    assert snapshot_dir(newer) == before


def test_the_cli_says_it_in_dutch_too(capsys: pytest.CaptureFixture[str], newer: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(newer), "--lang", "nl", "stats")
    assert code == 1 and "nieuwere Covey Coach" in err and "niet aangeraakt" in err


@pytest.mark.parametrize("version", ["2", 0, True, None])
def test_a_version_that_is_not_a_whole_number_is_a_damaged_file(tmp_path: Path, version: object) -> None:
    write_old(tmp_path, {"settings_version": version})
    with pytest.raises(JournalDamaged) as info:
        load_settings(journal_paths(tmp_path))
    assert "settings_version" in str(info.value)


async def test_the_app_never_writes_over_a_newer_file_either(tmp_data_dir: Path) -> None:
    """Another Covey Coach (newer) replaced the settings while this app ran: a theme change keeps off it."""
    from tests.snapshot_apps.driving import settle
    from tests.snapshot_apps.seeded import make_seeded_app

    app = make_seeded_app("en", tmp_data_dir)
    raw = write_old(tmp_data_dir, {"settings_version": SETTINGS_VERSION + 1, "theme": "from-the-future"})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert app.theme != "textual-dark", "the theme changed on the screen"
    assert journal_paths(tmp_data_dir).settings.read_bytes() == raw
    assert settings_backups(tmp_data_dir) == []
