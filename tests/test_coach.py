"""``coach --json`` (CONTRACT): every person's figures are the ones ``stats --as-of T --json``
gives in that person's own journal, whatever their schedule, targets and day-start hour."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.coach_people import AS_OF, PLANS, build_journal, envelope, write_json
from tests.test_cli import run

STATS_FIGURES = ("current_streak", "best_streak", "reflection_days")


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    """Four people's journals, and a folder of their exports (Sanne's in two overlapping files)."""
    root = tmp_path_factory.mktemp("team")
    exports = root / "exports"
    journals: dict[str, Path] = {}
    for seed, plan in enumerate(PLANS):
        data_dir = root / f"journal-{seed}"
        entries = sorted(build_journal(plan, data_dir, seed), key=lambda e: e.day)
        journals[plan.name] = data_dir
        if plan.name == "Sanne":
            half = len(entries) // 2
            write_json(exports / "sanne-1.json", envelope(data_dir, plan.name, entries=entries[: half + 10],
                                                          exported_at="2026-10-01T09:00:00+02:00"))
            write_json(exports / "sanne-2.json", envelope(data_dir, plan.name, entries=entries[half:]))
        else:
            write_json(exports / f"{seed}.json", envelope(data_dir, plan.name))
    return exports, journals


def json_out(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


def test_every_figure_of_every_person_is_their_own_stats(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                         team: tuple[Path, dict[str, Path]]) -> None:
    exports, journals = team
    table = json_out(capsys, "--data-dir", str(tmp_path / "coach"), "coach", str(exports),
                     "--as-of", AS_OF.isoformat(), "--json")
    assert table["as_of"] == "2026-11-22"
    assert [row["person"] for row in table["people"]] == ["ahmed", "Bram", "Sanne", "Ümit"], "by name"
    for row in table["people"]:
        data_dir = journals[row["person"]]
        stats = json_out(capsys, "--data-dir", str(data_dir), "stats", "--as-of", AS_OF.isoformat(), "--json")
        assert row["entries"] == stats["total_entries"]
        for name in STATS_FIGURES:
            assert row[name] == stats[name], (row["person"], name)
        assert row["habits"] == stats["habits"], row["person"]
        strengths = {int(h): v["strength"] for h, v in stats["habits"].items()}
        assert row["strongest_habit"] == min(strengths, key=lambda h: (-strengths[h], h))
        assert row["weakest_habit"] == min(strengths, key=lambda h: (strengths[h], h))
        last = json_out(capsys, "--data-dir", str(data_dir), "list", "--json",
                        "--since", (AS_OF - timedelta(days=27)).isoformat(), "--until", AS_OF.isoformat())
        before = json_out(capsys, "--data-dir", str(data_dir), "list", "--json",
                          "--since", (AS_OF - timedelta(days=55)).isoformat(),
                          "--until", (AS_OF - timedelta(days=28)).isoformat())
        assert (row["last_4_weeks"], row["previous_4_weeks"]) == (len(last), len(before)), row["person"]


def test_the_people_differ_so_the_agreement_means_something(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                            team: tuple[Path, dict[str, Path]]) -> None:
    exports, _ = team
    table = json_out(capsys, "--data-dir", str(tmp_path / "coach"), "coach", str(exports),
                     "--as-of", AS_OF.isoformat(), "--json")
    rows = table["people"]
    assert len({row["current_streak"] for row in rows}) > 1 and len({row["best_streak"] for row in rows}) > 1
    assert len({row["habits"]["1"]["strength"] for row in rows}) == len(rows)
    assert any(row["habits"]["5"]["target"] == {"times": 3, "days": 7} for row in rows), "targets travel"
    sanne = next(row for row in rows if row["person"] == "Sanne")
    assert sanne["sources"] == [str(exports / "sanne-1.json"), str(exports / "sanne-2.json")]
    assert sanne["source"] == str(exports / "sanne-2.json"), "the newest export"
