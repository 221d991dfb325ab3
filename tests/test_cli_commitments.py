"""Commitments through the command line: imported follow-ups counted by ``stats`` and kept by a round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import run
from tests.test_store import snapshot_dir


def _entries() -> list[dict]:
    return [
        {"id": "a", "day": "2026-11-16", "habit": 5, "rating": 4, "encounter": "queue",
         "commitment": "When the queue grows, I will look up and greet."},
        {"id": "b", "day": "2026-11-17", "habit": 5, "rating": 3, "encounter": "refund",
         "commitment": "When a caller is angry, I will name the feeling first.",
         "followup": {"entry": "a", "outcome": "kept"},
         "answers": [{"question_id": "commitment-followup", "question": "Did you try it?",
                      "answer": "I looked up; she smiled."}]},
        {"id": "c", "day": "2026-11-18", "habit": 1, "rating": 3, "encounter": "parcel",
         "commitment": "When a parcel is late, I will call the warehouse myself.",
         "followup": {"entry": "b", "outcome": "partly"}},
        {"id": "d", "day": "2026-11-25", "habit": 1, "rating": 3, "encounter": "later",
         "followup": {"entry": "c", "outcome": "not_kept"}},
    ]


def _import(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, entries: list[dict]) -> tuple[int, str]:
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"format": "covey-coach", "version": 1, "entries": entries}))
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(path))
    return code, err


def test_stats_json_counts_commitments_up_to_t(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = tmp_path / "j"
    assert _import(capsys, data_dir, tmp_path, _entries()) == (0, "")
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "stats", "--as-of", "2026-11-23", "--json")
    assert json.loads(out)["commitments"] == {"made": 3, "followed_up": 2, "kept": 1, "partly": 1, "not_kept": 0}
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "stats", "--as-of", "2026-11-25", "--json")
    assert json.loads(out)["commitments"] == {"made": 3, "followed_up": 3, "kept": 1, "partly": 1, "not_kept": 1}
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "stats", "--as-of", "2026-11-16", "--json")
    assert json.loads(out)["commitments"] == {"made": 1, "followed_up": 0, "kept": 0, "partly": 0, "not_kept": 0}


def test_stats_without_json_says_what_the_plans_figure_means(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    data_dir = tmp_path / "j"
    _import(capsys, data_dir, tmp_path, _entries())
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "stats", "--as-of", "2026-11-23")
    flat = " ".join(out.split())
    assert "Plans kept 1 of 2 (50%); partly 1, not 0; 3 made, 2 followed up" in flat
    assert "Plans kept: the if-then plans you made" in flat
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "--lang", "nl", "stats", "--as-of", "2026-11-16")
    assert "Nog geen voornemen nagevraagd" in " ".join(out.split())


def test_list_and_a_second_import_keep_the_follow_up(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    _import(capsys, first, tmp_path, _entries())
    _, out, _ = run(capsys, "--data-dir", str(first), "list", "--json")
    listed = json.loads(out)
    assert [e["followup"] for e in listed] == [None, {"entry": "a", "outcome": "kept"},
                                               {"entry": "b", "outcome": "partly"},
                                               {"entry": "c", "outcome": "not_kept"}]
    assert _import(capsys, second, tmp_path, listed) == (0, "")  # what one journal lists, another imports
    _, again, _ = run(capsys, "--data-dir", str(second), "list", "--json")
    assert json.loads(again) == listed
    before = snapshot_dir(second)
    _import(capsys, second, tmp_path, listed)
    assert snapshot_dir(second) == before, "importing the same entries again changes nothing"


@pytest.mark.parametrize("followup, needle", [
    ({"entry": "a", "outcome": "maybe"}, "followup"),
    ({"outcome": "kept"}, "followup"),
])
def test_a_bad_follow_up_is_refused_and_nothing_written(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                        followup: dict, needle: str) -> None:
    data_dir = tmp_path / "j"
    _import(capsys, data_dir, tmp_path, _entries()[:1])
    before = snapshot_dir(data_dir)
    bad = [{"id": "z", "day": "2026-11-17", "habit": 5, "rating": 3, "encounter": "x", "followup": followup}]
    code, err = _import(capsys, data_dir, tmp_path, bad)
    assert code == 1 and needle in err and err.count("\n") == 1
    assert snapshot_dir(data_dir) == before
