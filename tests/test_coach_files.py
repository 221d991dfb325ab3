"""``coach`` over files: which files count, how a person's exports merge, what is refused,
the usage it refuses, and that it never writes anything but the report it was asked for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.test_cli import run
from tests.test_store import snapshot_dir


def entry(entry_id: str, day: str, habit: int = 5, rating: int = 4, **extra: Any) -> dict[str, Any]:
    return {"id": entry_id, "day": day, "habit": habit, "rating": rating, "encounter": f"guest {entry_id}",
            "created_at": f"{day}T18:00:00+01:00", **extra}


def export(path: Path, person: str | None, entries: list[dict[str, Any]], **extra: Any) -> Path:
    data: dict[str, Any] = {"format": "covey-coach", "version": 1, "entries": entries, **extra}
    if person is not None:
        data["person"] = person
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def coach(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", str(tmp_path / "coach-data"), "coach", "--as-of", "2026-11-22", *argv)


def table(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> dict[str, Any]:
    code, out, err = coach(capsys, tmp_path, "--json", *argv)
    assert code == 0, err
    return json.loads(out)


# -- merging a person's exports -------------------------------------------------------------------


def test_a_persons_exports_merge_by_id_and_the_newer_export_wins(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    newer = export(tmp_path / "a.json", "Sanne", [entry("x", "2026-11-20", rating=5), entry("z", "2026-11-21")],
                   exported_at="2026-11-22T18:00:00+01:00", targets={"5": {"times": 3, "days": 7}})
    older = export(tmp_path / "b.json", "Sanne", [entry("x", "2026-11-20", habit=2, rating=1),
                                                  entry("y", "2026-11-19", habit=2)],
                   exported_at="2026-11-01T09:00:00+01:00", targets={"5": {"times": 1, "days": 1}})
    for order in ((newer, older), (older, newer)):  # the order on the command line does not matter
        row, = table(capsys, tmp_path, *map(str, order))["people"]
        assert row["entries"] == 3, "x once, y and z"
        assert row["habits"]["5"]["entries"] == 2 and row["habits"]["5"]["mean_rating"] == 4.5, "x as the newer says"
        assert row["habits"]["2"]["entries"] == 1
        assert row["habits"]["5"]["target"] == {"times": 3, "days": 7}, "the newest export's targets"
        assert row["source"] == str(newer) and row["sources"] == [str(older), str(newer)]


def test_without_exported_at_the_file_named_later_wins(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = export(tmp_path / "1.json", "Ahmed", [entry("x", "2026-11-20", rating=1)])
    second = export(tmp_path / "2.json", "Ahmed", [entry("x", "2026-11-20", rating=5)])
    row, = table(capsys, tmp_path, str(first), str(second))["people"]
    assert row["habits"]["5"]["mean_rating"] == 5
    row, = table(capsys, tmp_path, str(second), str(first))["people"]
    assert row["habits"]["5"]["mean_rating"] == 1


def test_people_come_in_the_order_of_their_names_and_an_unnamed_export_stands_for_itself(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    export(folder / "1.json", "zoë", [entry("a", "2026-11-20")])
    export(folder / "2.json", "Anna", [entry("b", "2026-11-20")])
    export(folder / "3.json", "Ümit", [entry("c", "2026-11-20")])
    export(folder / "4.json", None, [entry("d", "2026-11-20")])
    export(folder / "5.json", None, [entry("e", "2026-11-20")])
    names = [row["person"] for row in table(capsys, tmp_path, str(folder))["people"]]
    assert names == [str(folder / "4.json"), str(folder / "5.json"), "Anna", "zoë", "Ümit"]


def test_strongest_and_weakest_take_the_lower_number_on_a_tie(capsys: pytest.CaptureFixture[str],
                                                              tmp_path: Path) -> None:
    path = export(tmp_path / "tie.json", "Tie", [entry("a", "2026-11-22", habit=3), entry("b", "2026-11-22", habit=6)])
    row, = table(capsys, tmp_path, str(path))["people"]
    assert row["habits"]["3"]["strength"] == row["habits"]["6"]["strength"] > 0
    assert (row["strongest_habit"], row["weakest_habit"]) == (3, 1), "3 and 6 tie on top; 1, 2, 4, 5, 7 at 0"


def test_entries_after_t_and_the_four_week_windows(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    days = ["2026-11-22", "2026-10-26", "2026-10-25", "2026-09-28", "2026-09-27", "2026-11-23"]
    path = export(tmp_path / "w.json", "W", [entry(str(i), day) for i, day in enumerate(days)])
    row, = table(capsys, tmp_path, str(path))["people"]
    # 28 days ending 22 Nov start on 26 Oct; the 28 before run from 28 Sep to 25 Oct; 23 Nov is after T.
    assert (row["last_4_weeks"], row["previous_4_weeks"], row["entries"]) == (2, 2, 5)


# -- which files count ----------------------------------------------------------------------------


def test_a_folder_passes_over_other_json_with_a_note_and_ignores_other_files(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    export(folder / "sanne.json", "Sanne", [entry("a", "2026-11-20")])
    (folder / "feedback.json").write_text('{"format": "covey-coach-feedback", "version": 1}', encoding="utf-8")
    (folder / "notes.txt").write_text("not json at all", encoding="utf-8")
    export(folder / "deeper" / "bram.json", "Bram", [entry("b", "2026-11-20")])
    code, out, err = coach(capsys, tmp_path, "--json", str(folder))
    assert code == 0
    assert [row["person"] for row in json.loads(out)["people"]] == ["Sanne"], "only files directly inside"
    assert err.strip() == f"Passed over {folder / 'feedback.json'}: it is not a Covey Coach export."


def hostile_files(tmp_path: Path) -> list[tuple[Path, str]]:
    """(file, what its one sentence must say)."""
    out: list[tuple[Path, str]] = []

    def add(name: str, text: str | bytes, says: str) -> None:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        out.append((path, says))

    add("broken.json", '{"format": "covey-coach", "entries": [', "is not valid JSON")
    add("deep.json", "[" * 100_000 + "]" * 100_000, "is not valid JSON")
    add("other.json", '{"entries": []}', "is not a Covey Coach export")
    add("future.json", '{"format": "covey-coach", "version": 9, "entries": []}', "'version'")
    add("habit9.json", json.dumps({"format": "covey-coach", "version": 1,
                                   "entries": [entry("a", "2026-11-20"), entry("b", "2026-11-21", habit=9)]}),
        "entry 2: 'habit'")
    add("feb30.json", json.dumps({"format": "covey-coach", "version": 1, "entries": [{"day": "2026-02-30", "habit": 1, "rating": 3,
                                                                             "encounter": "x"}]}),
        "entry 1: 'day'")
    add("stamp.json", json.dumps({"format": "covey-coach", "version": 1, "exported_at": "yesterday",
                                  "entries": []}), "'exported_at'")
    add("hour.json", json.dumps({"format": "covey-coach", "version": 1, "day_start_hour": 99, "entries": []}),
        "'day_start_hour'")
    add("binary.json", b"\xff\xfe\x00garbage", "is not valid JSON")
    return out


def test_a_damaged_or_hostile_export_is_refused_in_one_sentence_naming_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = export(tmp_path / "good.json", "Good", [entry("a", "2026-11-20")])
    for path, says in hostile_files(tmp_path):
        before = snapshot_dir(tmp_path)
        code, out, err = coach(capsys, tmp_path, "--json", str(good), str(path))
        assert code == 1, (path, err)
        assert out == ""
        line = err.strip()
        assert "\n" not in line and "Traceback" not in line, line
        assert str(path) in line and says in line, line
        assert "imported" not in line, "a coach imports nothing"
        assert snapshot_dir(tmp_path) == before
    # In a folder, a damaged export is refused too: its figures would be wrong, not missing.
    code, _, err = coach(capsys, tmp_path, "--json", str(tmp_path / "in"))
    assert code == 1 and str(tmp_path / "in") in err


def test_a_path_that_does_not_exist_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = coach(capsys, tmp_path, str(tmp_path / "nowhere.json"))
    assert (code, out) == (1, "")
    assert err.strip() == f"{tmp_path / 'nowhere.json'} does not exist: name an export file or a folder of them."


def test_dutch_refusals_read_as_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "kapot.json"
    path.write_text("{", encoding="utf-8")
    code, _, err = run(capsys, "--lang", "nl", "--data-dir", str(tmp_path / "c"), "coach", str(path))
    assert code == 1 and err.startswith(f"Het exportbestand {path} is geen geldige JSON (")


# -- usage ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("argv", "says"), [
    (["--hub"], "--hub is not available yet"),
    (["x.json", "--feedback", "Sanne", "-o", "f.json"], "--feedback is not available yet"),
    ([], "Name the export files"),
    (["x.json", "--report", "md"], "--report needs -o FILE"),
    (["x.json", "-o", "out.md"], "-o needs --report"),
    (["x.json", "--json", "--report", "md", "-o", "out.md"], "Choose --json or --report"),
])
def test_usage_it_refuses_with_status_2_writing_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, argv: list[str],
                                                         says: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "c"), "coach", *argv)
    assert (code, out) == (2, "")
    assert says in err and "\n" not in err.strip()
    assert list(tmp_path.iterdir()) == []


def test_a_report_format_that_does_not_exist_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    code, _, err = run(capsys, "coach", "x.json", "--report", "pdf", "-o", str(tmp_path / "r.pdf"))
    assert code == 2 and "'md', 'html', 'csv'" in err


# -- reads only -----------------------------------------------------------------------------------


def test_coach_writes_nothing_but_the_report_it_was_asked_for(capsys: pytest.CaptureFixture[str],
                                                              tmp_path: Path) -> None:
    path = export(tmp_path / "exports" / "sanne.json", "Sanne", [entry("a", "2026-11-20")])
    before = snapshot_dir(tmp_path)
    for extra in ([], ["--json"]):
        code, _, err = coach(capsys, tmp_path, *extra, str(path))
        assert code == 0, err
        assert snapshot_dir(tmp_path) == before, "not the exports, not the coach's own data dir"
    code, _, _ = coach(capsys, tmp_path, str(path), "--report", "md", "-o", str(tmp_path / "team.md"))
    assert code == 0
    assert set(snapshot_dir(tmp_path)) - set(before) == {"team.md"}


def test_a_report_that_cannot_be_written_says_so_and_leaves_nothing(capsys: pytest.CaptureFixture[str],
                                                                    tmp_path: Path) -> None:
    path = export(tmp_path / "sanne.json", "Sanne", [entry("a", "2026-11-20")])
    target = tmp_path / "a-folder"
    target.mkdir()
    before = snapshot_dir(tmp_path)
    code, out, err = coach(capsys, tmp_path, str(path), "--report", "csv", "-o", str(target))
    assert (code, out) == (1, "")
    assert err.startswith(f"The report {target} cannot be written (") and "\n" not in err.strip()
    assert snapshot_dir(tmp_path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["a-folder",
                                                                                                "sanne.json"]


def test_t_defaults_to_today_and_a_bad_as_of_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                      frozen_clock: object) -> None:
    path = export(tmp_path / "s.json", "Sanne", [entry("a", "2026-11-23"), entry("b", "2026-11-24")])
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "c"), "coach", "--json", str(path))
    assert code == 0, err
    data = json.loads(out)
    assert data["as_of"] == "2026-11-23" and data["people"][0]["entries"] == 1, "the clock's today; later left out"
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "c"), "coach", "--as-of", "30-02-2026", str(path))
    assert (code, out) == (1, "") and "--as-of" in err and "30-02-2026" in err


def test_a_file_named_twice_is_read_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    path = export(folder / "s.json", "Sanne", [entry("a", "2026-11-20")])
    row, = table(capsys, tmp_path, str(path), str(folder), str(folder / ".." / "exports" / "s.json"))["people"]
    assert row["sources"] == [str(path)] and row["entries"] == 1
