"""The command line in-process: exit codes 0, 1 and 2, one sentence, nothing written on failure."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from covey_coach.cli import main
from tests.test_store import snapshot_dir

ROOT = Path(__file__).parent
DATA = ROOT / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


def add(capsys: pytest.CaptureFixture[str], data_dir: Path, *extra: str) -> str:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "add", "--habit", "5", "--rating", "4",
                         "--encounter", "Guest lost a key card", *extra)
    assert code == 0, err
    return out.strip()


def test_add_prints_the_id_and_list_shows_it(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    entry_id = add(capsys, data_dir, "--date", "2026-11-20", "--energy", "3", "--commitment", "ask first",
                   "--tag", "desk", "--tag", "late", "--private", "--channel", "desk")
    assert len(entry_id) == 32
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json")
    assert code == 0
    [entry] = json.loads(out)
    assert entry["id"] == entry_id
    assert (entry["day"], entry["habit"], entry["rating"], entry["energy"]) == ("2026-11-20", 5, 4, 3)
    assert (entry["commitment"], entry["tags"], entry["private"], entry["channel"]) == (
        "ask first", ["desk", "late"], True, "desk")


def test_list_filters_oldest_first(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    for day, habit, text in [("2026-11-22", 1, "queue"), ("2026-11-20", 5, "key card"), ("2026-11-21", 5, "taxi")]:
        run(capsys, "--data-dir", str(data_dir), "add", "--habit", str(habit), "--rating", "3",
            "--encounter", text, "--date", day)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json")
    assert [e["day"] for e in json.loads(out)] == ["2026-11-20", "2026-11-21", "2026-11-22"]
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json", "--habit", "5", "--since", "2026-11-21")
    assert [e["encounter"] for e in json.loads(out)] == ["taxi"]
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--search", "KEY")
    assert "key card" in out and "taxi" not in out


@pytest.mark.parametrize("argv, needle", [
    (["--habit", "8"], "--habit must be between 1 and 7"),
    (["--habit", "five"], "--habit must be a whole number"),
    (["--rating", "0"], "--rating must be between 1 and 5"),
    (["--date", "2026-13-01"], "--date must be a date"),
    (["--energy", "x"], "--energy must be a whole number"),
    (["--encounter", "  "], "--encounter must say what happened"),
])
def test_bad_input_exits_1_with_one_sentence_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str], needle: str
) -> None:
    add(capsys, data_dir)
    before = snapshot_dir(data_dir)
    base = {"--habit": "5", "--rating": "4", "--encounter": "text"}
    base.update(dict(zip(argv[::2], argv[1::2])))
    flat = [x for kv in base.items() for x in kv]
    code, out, err = run(capsys, "--data-dir", str(data_dir), "add", *flat)
    assert code == 1
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err
    assert out == ""
    assert snapshot_dir(data_dir) == before


def test_bad_input_on_a_fresh_machine_creates_no_folder(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, _ = run(capsys, "--data-dir", str(data_dir), "add", "--habit", "8", "--rating", "4", "--encounter", "x")
    assert code == 1 and not data_dir.exists()


def test_dutch_errors(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "--lang", "nl", "add", "--habit", "8", "--rating", "4",
                       "--encounter", "x")
    assert code == 1 and "moet tussen 1 en 7 liggen" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "--data-dir", str(data_dir), "--frobnicate")[0] == 2
    assert run(capsys, "--data-dir", str(data_dir), "add", "--habit", "1")[0] == 2
    assert run(capsys, "--lang", "fr", "list")[0] == 2
    code, _, err = run(capsys, "--data-dir", str(data_dir), "classroom", "--list")
    assert code == 2 and "not available yet" in err
    assert run(capsys, "--data-dir", str(data_dir), "export", "--format", "pdf")[0] == 2
    assert not data_dir.exists()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("covey-coach 0.")


def test_a_damaged_journal_gets_one_sentence_for_every_command(capsys: pytest.CaptureFixture[str],
                                                                data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "journal.json").write_text("{broken")
    before = snapshot_dir(data_dir)
    for argv in (["list"], ["add", "--habit", "1", "--rating", "2", "--encounter", "x"], ["import",
                 str(DATA / "import_minimal.json")]):
        code, _, err = run(capsys, "--data-dir", str(data_dir), *argv)
        assert code == 1 and "is damaged" in err and "covey-coach doctor" in err and err.count("\n") == 1
    assert snapshot_dir(data_dir) == before


# -- import -----------------------------------------------------------------------------------


def test_import_the_smallest_file_twice_changes_nothing_the_second_time(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "with-id.json"
    source.write_bytes(orjson.dumps({"format": "covey-coach", "version": 1, "entries": [
        {"id": "abc123", "day": "2026-11-20", "habit": 5, "rating": 4, "encounter": "text"}]}))
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(source))
    assert code == 0 and "imported 1" in out
    first = (data_dir / "journal.json").read_bytes()
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(source))
    assert code == 0 and "imported 0" in out
    assert (data_dir / "journal.json").read_bytes() == first


def test_contract_minimal_import_takes_defaults(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(DATA / "import_minimal.json"))
    assert code == 0, err
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json")
    [entry] = json.loads(out)
    assert entry["day"] == "2026-11-20" and entry["answers"] == [] and entry["private"] is False
    assert len(entry["id"]) == 32


def test_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", "--dry-run", str(DATA / "import_minimal.json"))
    assert code == 0 and "1 new" in out and not data_dir.exists()


@pytest.mark.parametrize("name, needle", [
    ("import_bad_habit.json", "entry 2: 'habit'"),
    ("import_bad_date.json", "entry 1: 'day'"),
    ("import_not_json.json", "is not valid JSON"),
    ("import_wrong_format.json", "neither a Covey Coach export"),
    ("import_duplicate_ids.json", "appears twice"),
    ("import_newer_version.json", "format version 99, written by a newer Covey Coach"),
    ("import_entries_not_list.json", "'entries'"),
    ("import_deep_nesting.json", "is not valid JSON"),
])
def test_hostile_imports_are_refused_all_or_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, name: str, needle: str
) -> None:
    add(capsys, data_dir)
    before = snapshot_dir(data_dir)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(DATA / name))
    assert code == 1, err
    assert needle in err and name in err and err.count("\n") == 1 and "Traceback" not in err
    assert snapshot_dir(data_dir) == before


def test_import_of_a_missing_file(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", "/nonexistent/file.json")
    assert code == 1 and "cannot be read" in err


# -- doctor -----------------------------------------------------------------------------------


def test_doctor_lists_backups_and_restores_keeping_the_damaged_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    from datetime import date

    from covey_coach.journal import backups

    add(capsys, data_dir)
    backups.make_daily_backup(data_dir / "journal.json", date(2026, 11, 22))
    (data_dir / "journal.json").write_text('{"entries": ')
    code, out, err = run(capsys, "--data-dir", str(data_dir), "doctor")
    assert code == 1 and "is damaged" in err and "journal-2026-11-22.json" in out and "  1 reflection\n" in out
    code, out, err = run(capsys, "--data-dir", str(data_dir), "doctor", "--restore", "journal-2026-11-22.json")
    assert code == 0, err
    kept = list(data_dir.glob("journal.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text() == '{"entries": '
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "doctor")
    assert code == 0 and "healthy: 1 reflection, format" in out


def test_doctor_refuses_an_unknown_or_damaged_backup(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    add(capsys, data_dir)
    before = snapshot_dir(data_dir)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "doctor", "--restore", "nope.json")
    assert code == 1 and "no backup called 'nope.json'" in err
    (data_dir / "backups").mkdir(exist_ok=True)
    (data_dir / "backups" / "journal-2026-01-01.json").write_text("garbage")
    before = snapshot_dir(data_dir)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "doctor", "--restore", "journal-2026-01-01.json")
    assert code == 1 and "cannot be restored" in err
    assert snapshot_dir(data_dir) == before


def test_bad_profile_name(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "--profile", "../etc", "list")
    assert code == 1 and "not a profile name" in err


# -- stats and schedule -----------------------------------------------------------------------


def test_stats_json_follows_the_contract(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    for day, habit, rating in [("2026-11-20", 5, 4), ("2026-11-21", 5, 2), ("2026-11-22", 1, 3), ("2026-11-24", 2, 5)]:
        run(capsys, "--data-dir", str(data_dir), "add", "--habit", str(habit), "--rating", str(rating),
            "--encounter", "x", "--date", day)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "stats", "--as-of", "2026-11-23", "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["as_of"] == "2026-11-23"
    # 23 Nov is scheduled (every day) and not yet reflected: the walk starts on the 22nd.
    assert (stats["current_streak"], stats["best_streak"]) == (3, 3)
    assert (stats["total_entries"], stats["reflection_days"]) == (3, 3), "entries after T are left out"
    assert sorted(stats["habits"]) == [str(h) for h in range(1, 8)]
    assert stats["habits"]["5"]["entries"] == 2 and stats["habits"]["5"]["mean_rating"] == 3.0
    assert stats["habits"]["2"]["mean_rating"] is None
    assert [w["week"] for w in stats["weeks"]] == ["2026-W47", "2026-W48"]
    w47 = stats["weeks"][0]
    assert (w47["start"], w47["entries"], w47["scheduled_days"], w47["reflected_scheduled_days"]) == (
        "2026-11-16", 3, 3, 3)
    assert w47["by_habit"]["5"] == {"entries": 2, "mean_rating": 3.0}


def test_schedule_days_off_keep_the_streak(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                           frozen_clock: object) -> None:
    for day in ("2026-11-19", "2026-11-20", "2026-11-23"):
        run(capsys, "--data-dir", str(data_dir), "add", "--habit", "3", "--rating", "3", "--encounter", "x",
            "--date", day)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "schedule", "--weekdays", "mon-fri")
    assert code == 0 and "Mon–Fri" in out
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "stats", "--as-of", "2026-11-23", "--json")
    assert json.loads(out)["current_streak"] == 3, "the weekend is not scheduled and does not break the streak"
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "schedule", "--off", "2026-11-24..2026-11-26")
    assert code == 0 and "3 days off" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "schedule")
    assert "off: 24 Nov to 26 Nov" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "schedule", "--clear-off")
    assert code == 0 and "days off" not in out


@pytest.mark.parametrize("argv, needle", [
    (["--weekdays", "mon,funday"], "Unknown weekday 'funday'"),
    (["--off", "2026-12-31..2026-12-01"], "--off: the range '2026-12-31..2026-12-01' ends before it starts"),
    (["--off", "tomorrow"], "--off must be a day or a range of days, written dd-mm-yyyy or yyyy-mm-dd"),
    (["--off", "24-12-2026..31-13-2026"], "not '24-12-2026..31-13-2026'"),
    (["--rrule", "FREQ=HOURLY"], "not a schedule of days"),
    (["--weekdays", "mon", "--rrule", "FREQ=DAILY"], "not both"),
])
def test_bad_schedule_exits_1_and_writes_nothing(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                  argv: list[str], needle: str) -> None:
    run(capsys, "--data-dir", str(data_dir), "schedule", "--weekdays", "mon-fri")
    before = snapshot_dir(data_dir)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "schedule", *argv)
    assert code == 1 and needle in err and err.count("\n") == 1
    assert snapshot_dir(data_dir) == before


def test_stats_in_dutch_reads_dutch(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    add(capsys, data_dir, "--date", "2026-11-20")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--lang", "nl", "stats", "--as-of", "2026-11-20")
    assert code == 0 and "Huidige reeks" in out and "1 dag" in out


# -- content packs ----------------------------------------------------------------------------


def test_content_check_accepts_a_good_pack(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "content", "check", str(DATA / "packs" / "good" / "packs" / "10-acme-hotel.yaml"))
    assert code == 0 and "good content pack 'acme-hotel'" in out


@pytest.mark.parametrize("name, line", [("bad_channel.yaml", 9), ("syntax_error.yaml", None),
                                        ("unknown_habit.yaml", None)])
def test_content_check_names_file_line_and_field(capsys: pytest.CaptureFixture[str], name: str,
                                                 line: int | None) -> None:
    path = DATA / "packs" / "bad" / name
    code, out, err = run(capsys, "content", "check", str(path))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert str(path) in err and ", line " in err
    if line is not None:
        assert f"line {line}:" in err


def test_usage_errors_and_help_in_dutch(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "--lang", "nl", "--data-dir", str(data_dir), "add", "--habit", "1")
    assert code == 2 and "deze argumenten zijn verplicht: --rating, --encounter" in err and "Probeer" in err
    code, _, err = run(capsys, "--lang", "nl", "--frob", "list")
    assert code == 2 and "onbekende argumenten: --frob" in err
    code, out, _ = run(capsys, "--lang", "nl", "--help")
    assert code == 0 and out.startswith("gebruik: covey-coach") and "opties:" in out and "options:" not in out
    code, _, err = run(capsys, "add", "--habit", "1")  # and back to English in the same process
    assert code == 2 and "the following arguments are required" in err


def test_content_check_speaks_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "packs" / "bad" / "bad_channel.yaml"
    code, out, err = run(capsys, "--lang", "nl", "content", "check", str(path))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert f"{path}, regel 9: habits[0].questions[0].channel moet een van " in err
    assert "'floor' of 'any'" in err and "must" not in err and "line" not in err


def test_the_entry_point_can_be_called_twice_in_one_process(tmp_data_dir: Path, capsys) -> None:
    # A submodule named like the function would replace covey_coach.cli.main after the first call.
    from covey_coach import cli

    assert cli.main(["--data-dir", str(tmp_data_dir), "list"]) == 0
    assert callable(cli.main) and cli.main(["--data-dir", str(tmp_data_dir), "list"]) == 0


def test_every_date_option_reads_day_first_too_and_json_stays_iso(capsys: pytest.CaptureFixture[str],
                                                                   data_dir: Path) -> None:
    for day, text in [("20-11-2026", "key card"), ("2026-11-21", "taxi"), ("5-1-2027", "late check-in")]:
        run(capsys, "--data-dir", str(data_dir), "add", "--habit", "5", "--rating", "3", "--encounter", text,
            "--date", day)
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json", "--since", "21-11-2026",
                    "--until", "2027-01-05")
    assert [e["day"] for e in json.loads(out)] == ["2026-11-21", "2027-01-05"], "--json stays ISO"
    _, by_iso, _ = run(capsys, "--data-dir", str(data_dir), "stats", "--json", "--as-of", "2026-11-22")
    _, by_day_first, _ = run(capsys, "--data-dir", str(data_dir), "stats", "--json", "--as-of", "22-11-2026")
    assert by_iso == by_day_first and json.loads(by_iso)["as_of"] == "2026-11-22"


@pytest.mark.parametrize("lang, lines", [
    ("nl", ["20 nov.      E5  ★★★☆☆  key card", "5 jan. 2027  E5  ★★★☆☆  late check-in"]),
    ("en", ["20 Nov      H5  ★★★☆☆  key card", "5 Jan 2027  H5  ★★★☆☆  late check-in"]),
])
def test_list_writes_dates_as_people_read_them(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                               frozen_clock: object, lang: str, lines: list[str]) -> None:
    for day, text in [("2026-11-20", "key card"), ("2027-01-05", "late check-in")]:
        run(capsys, "--data-dir", str(data_dir), "add", "--habit", "5", "--rating", "3", "--encounter", text,
            "--date", day)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--lang", lang, "list")
    assert code == 0 and out.splitlines() == lines, "this year's date without its year; the column lines up"


@pytest.mark.parametrize("flag", ["--since", "--until"])
def test_a_bad_list_date_names_the_option_and_both_forms(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                         flag: str) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "--lang", "nl", "list", flag, "11-23-2026")
    assert code == 1 and out == ""
    assert err == f"{flag} moet een datum zijn als dd-mm-jjjj of jjjj-mm-dd (bijvoorbeeld 23-11-2026), " \
                  "niet '11-23-2026'.\n"


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (None, None, None)),
    (["--data-dir", "/j", "--lang", "nl"], ("/j", None, "nl")),
    (["--data-dir=/j", "--profile", "desk", "--lang=en", "--lang", "nl"], ("/j", "desk", "nl")),
])
def test_a_plain_start_of_the_app_is_read_without_building_the_whole_parser(
        monkeypatch: pytest.MonkeyPatch, argv: list[str], expected: tuple[str | None, ...]) -> None:
    from covey_coach.cli import run as cli_run

    started: list[tuple[object, ...]] = []

    def no_parser(*args: object) -> None:
        raise AssertionError("the whole parser was built for a plain start")

    def run_app(ctx: object) -> int:
        started.append((ctx.data_dir, ctx.profile, ctx.lang, ctx.explicit_lang))  # type: ignore[attr-defined]
        return 0

    monkeypatch.setattr(cli_run, "build_parser", no_parser)
    monkeypatch.setattr(cli_run, "_run_app", run_app)
    monkeypatch.setenv("COVEY_COACH_DATA_DIR", "/env-journal")
    assert main(argv) == 0
    data_dir, profile, lang = expected
    assert started[0][0] == Path(data_dir or "/env-journal") and started[0][1] == profile
    assert started[0][3] == (lang is not None) and (lang is None or started[0][2] == lang)


@pytest.mark.parametrize("argv", [["--lang", "fr"], ["--data-dir"], ["--data-dir", "--lang", "nl"], ["--help"],
                                  ["stats"], ["--data-dir", "/j", "list"], ["--verbose"], ["--version"]])
def test_anything_but_a_plain_start_goes_through_argparse(argv: list[str]) -> None:
    from covey_coach.cli.run import _app_start

    assert _app_start(argv) is None


def test_a_bad_language_at_start_is_still_argparses_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--lang", "fr")
    assert code == 2 and "--lang" in err and not out


def test_a_reader_that_stops_early_gets_no_traceback(data_dir: Path) -> None:
    import subprocess
    import sys as _sys

    for n in range(400):  # more than a pipe holds, so the write meets the closed end
        run_quiet = ["--data-dir", str(data_dir), "add", "--habit", "5", "--rating", "3",
                     "--encounter", f"guest {n} " + "x" * 300, "--date", "2026-11-20"]
        assert main(run_quiet) == 0
    proc = subprocess.Popen([_sys.executable, "-m", "covey_coach", "--data-dir", str(data_dir), "list"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read() if proc.stderr else b""
    assert proc.wait() == 0 and b"Traceback" not in err and err == b""
