"""``export --format csv``: read back by Python's csv module, formulas neutralised, BOM and line breaks kept."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from covey_coach.exchange.exports.to_csv import FORMULA_STARTS, neutralise
from tests.export_helpers import entry, journal_with, run, sample_entries

HOSTILE = ["=1+1", "+31 6 1234", "-2", "@SUM(A1)", "\tTAB", "\rCR", "=HYPERLINK(\"http://evil\")"]


def export_rows(capsys: pytest.CaptureFixture[str], data_dir: Path, *extra: str, lang: str = "en") -> tuple[bytes, list[dict[str, str]]]:
    target = data_dir.parent / "out.csv"
    code, _, err = run(capsys, "--lang", lang, "--data-dir", str(data_dir), "export", "--format", "csv", "-o", str(target),
                         *extra)
    assert code == 0, err
    raw = target.read_bytes()
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_one_row_per_entry_with_bom_accents_emoji_and_line_breaks(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    raw, rows = export_rows(capsys, data_dir)
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert len(rows) == 3 and [r["day"] for r in rows] == ["2026-11-16", "2026-11-18", "2026-11-24"]
    assert "café ☕" in rows[1]["encounter"]
    assert rows[0]["answers"] == "What did you notice?\nShe was *tired*\nand late"  # one cell, line breaks inside
    assert rows[2]["encounter"] == "# not a heading\n- not a list\n1. nor this"
    assert rows[0]["tags"] == "lobby" and rows[0]["energy"] == "3" and rows[1]["energy"] == ""


def test_every_formula_start_is_neutralised(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from datetime import date

    batch = [entry(date(2026, 11, 1 + i), 1, text, commitment=text, tags=[text.strip()] if text.strip() else [])
             for i, text in enumerate(HOSTILE)]
    data_dir = journal_with(tmp_path / "j", batch)
    _, rows = export_rows(capsys, data_dir)
    assert [r["encounter"] for r in rows] == ["'" + text for text in HOSTILE]
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(FORMULA_STARTS), row


def test_a_pseudonym_or_a_name_that_starts_like_a_formula_is_neutralised_too(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from covey_coach.journal.paths import journal_paths
    from covey_coach.journal.settings import load_settings, save_settings

    data_dir = journal_with(tmp_path / "j", sample_entries())
    paths = journal_paths(data_dir)
    save_settings(paths, load_settings(paths).model_copy(update={"name": "=cmd|' /C calc'!A0"}))
    _, rows = export_rows(capsys, data_dir)
    assert {r["person"] for r in rows} == {"'=cmd|' /C calc'!A0"}


@given(st.text())
def test_neutralise_leaves_plain_text_alone_and_disarms_the_rest(text: str) -> None:
    out = neutralise(text)
    assert not out.startswith(FORMULA_STARTS)
    assert out == text or out == "'" + text


def test_private_entries_stay_out_of_the_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    raw, _ = export_rows(capsys, data_dir)
    assert "My private worry".encode() not in raw
    _, rows = export_rows(capsys, data_dir, "--include-private")
    assert [r["private"] for r in rows].count("yes") == 1


def test_the_habit_name_is_in_the_persons_language_and_the_columns_are_not(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    _, english = export_rows(capsys, data_dir)
    _, dutch = export_rows(capsys, data_dir, lang="nl")
    assert list(english[0]) == list(dutch[0])
    assert english[0]["habit_name"] != dutch[0]["habit_name"] and dutch[0]["habit"] == "5"
