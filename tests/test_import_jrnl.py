"""Importing a file that jrnl 4.6 wrote itself (tests/data/jrnl/jrnl-4.6, its README says how)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from covey_coach.cli.run import main
from covey_coach.journal.paths import journal_paths
from covey_coach.journal.settings import Settings, save_settings
from tests.test_store import snapshot_dir

JRNL = Path(__file__).parent / "data" / "jrnl" / "jrnl-4.6"
EXPORT = JRNL / "export.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def imported(capsys: pytest.CaptureFixture[str], data_dir: Path) -> dict[str, dict[str, Any]]:
    """The journal's entries by their first line (the jrnl title)."""
    code, out, err = run(capsys, "--data-dir", str(data_dir), "list", "--json")
    assert code == 0, err
    return {e["encounter"].split("\n")[0]: e for e in json.loads(out)}


def test_every_entry_jrnl_wrote_arrives_mapped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    source = json.loads(EXPORT.read_text("utf-8"))["entries"]
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(EXPORT))
    assert code == 0, err
    assert out.splitlines() == [
        f"{EXPORT}: imported 8 reflections; 0 were already in the journal.",
        "Read as a jrnl JSON export; jrnl has no self-rating, so every entry gets 3.",
        "2 reflections have no tag @habit1 to @habit7: they go under habit 7, Sharpen the saw, with the tag "
        "needs-habit, so you can find them and choose their habit.",
    ]
    entries = imported(capsys, data_dir)
    assert len(entries) == len(source) == 8
    for raw in source:
        entry = entries[raw["title"]]
        body = raw["body"].strip()
        assert entry["encounter"] == (f"{raw['title']}\n\n{body}" if body else raw["title"])
        # Wall-clock time as jrnl wrote it, in this machine's zone.
        written = datetime.fromisoformat(entry["created_at"]).astimezone()
        assert written.strftime("%Y-%m-%d %H:%M") == f"{raw['date']} {raw['time']}"
        assert entry["rating"] == 3 and entry["private"] is False and entry["channel"] == "other"
    by = {title[:12]: (e["habit"], e["tags"], e["day"]) for title, e in entries.items()}
    assert by == {
        "Guest lost h": (5, ["nightshift"], "2026-11-20"),
        "Late check-o": (4, ["desk"], "2026-11-20"),  # 01:15, before the day-start hour 04:00
        "Planned the ": (7, ["needs-habit"], "2026-11-22"),
        "Café custome": (1, ["supplies"], "2026-11-23"),  # '#supplies': the symbol goes
        "Two habits a": (2, ["habit6"], "2026-11-24"),  # the lower number picks, the other stays a tag
        "Just a title": (7, [], "2026-11-25"),
        "Regular than": (7, ["regulars", "starred"], "2026-11-26"),
        "Night call, ": (7, ["needs-habit"], "2026-11-26"),  # 03:10 on the 27th
    }


def test_importing_jrnls_file_again_changes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    assert run(capsys, "--data-dir", str(data_dir), "import", str(EXPORT))[0] == 0
    before = snapshot_dir(data_dir)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(EXPORT))
    assert code == 0 and out.startswith(f"{EXPORT}: imported 0 reflections; 8 were already in the journal.")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", "--dry-run", str(EXPORT))
    assert code == 0 and "0 new reflections would be imported, 8 are already" in out
    assert snapshot_dir(data_dir) == before


def test_dry_run_says_what_would_happen_and_writes_nothing(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--lang", "nl", "import", "--dry-run", str(EXPORT))
    assert code == 0 and not data_dir.exists()
    assert out.splitlines() == [
        f"{EXPORT}: 8 nieuwe reflecties zouden worden geïmporteerd, 0 staan al in het dagboek; er is niets "
        "geschreven.",
        "Gelezen als JSON-export van jrnl; jrnl kent geen eigen cijfer, dus elke reflectie krijgt een 3.",
        "2 reflecties hebben geen tag @habit1 tot en met @habit7: die komen onder eigenschap 7, Houd de zaag "
        "scherp, met de tag needs-habit, zodat je ze terugvindt en zelf de eigenschap kiest.",
    ]


def test_the_day_follows_the_journals_day_start_hour(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    save_settings(journal_paths(data_dir, None), Settings(day_start_hour=0))
    assert run(capsys, "--data-dir", str(data_dir), "import", str(EXPORT))[0] == 0
    entries = imported(capsys, data_dir)
    assert entries["Late check-out dispute."]["day"] == "2026-11-21"
    assert entries["Night call, drunk guest at the door."]["day"] == "2026-11-27"
    assert entries["Guest lost her key card at 23:00."]["day"] == "2026-11-20"


def test_the_entries_without_a_habit_tag_are_found_by_their_tag(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    assert run(capsys, "--data-dir", str(data_dir), "import", str(EXPORT))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--search", "needs-habit", "--json")
    assert code == 0
    assert sorted(e["encounter"].split("\n")[0] for e in json.loads(out)) == [
        "Night call, drunk guest at the door.", "Planned the week with the team."]


def test_two_identical_jrnl_entries_are_both_kept_and_both_found_again(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    document = json.loads(EXPORT.read_text("utf-8"))
    document["entries"].append(dict(document["entries"][0]))
    source = tmp_path / "twice.json"
    source.write_text(json.dumps(document))
    data_dir = tmp_path / "journal"
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(source))
    assert code == 0 and out.startswith(f"{source}: imported 9 reflections; 0 were")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(source))
    assert code == 0 and out.startswith(f"{source}: imported 0 reflections; 9 were")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json")
    ids = [e["id"] for e in json.loads(out)]
    assert len(ids) == len(set(ids)) == 9
