"""``coach`` in the terminal and ``coach --report md|html|csv``: the same figures as ``--json``,
in the coach's language, people's words kept as words (no formula, no markup, no script)."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.test_cli import run
from tests.test_coach_files import entry, export

HOSTILE_NAMES = ["=HYPERLINK(\"http://x.example\",\"hi\")", "+1", "-2", "@SUM(A1)", "\tTab", "\rCR",
                 "<script>alert(1)</script> | *bold* ", "Zoë 🌱"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "exports"
    for i, name in enumerate(HOSTILE_NAMES):
        days = [f"2026-11-{d:02d}" for d in range(10, 23 - i)]
        export(out / f"{i}.json", name, [entry(f"{i}-{d}", d, habit=(n % 7) + 1, rating=(n % 5) + 1)
                                         for n, d in enumerate(days)])
    return out


def coach(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str, lang: str = "en") -> str:
    code, out, err = run(capsys, "--lang", lang, "--data-dir", str(tmp_path / "c"), "coach", "--as-of", "2026-11-22",
                         *argv)
    assert code == 0, err
    return out


def rows_json(capsys: pytest.CaptureFixture[str], tmp_path: Path, folder: Path) -> list[dict[str, Any]]:
    return json.loads(coach(capsys, tmp_path, str(folder), "--json"))["people"]


def report(capsys: pytest.CaptureFixture[str], tmp_path: Path, folder: Path, kind: str, lang: str = "en") -> bytes:
    target = tmp_path / f"team.{kind}"
    out = coach(capsys, tmp_path, str(folder), "--report", kind, "-o", str(target), lang=lang)
    assert str(target) in out
    return target.read_bytes()


@pytest.mark.parametrize("lang, person, streak", [("en", "Person", "Streak"), ("nl", "Persoon", "Reeks")])
def test_csv_has_a_bom_every_figure_and_no_formula(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                   folder: Path, lang: str, person: str, streak: str) -> None:
    data = report(capsys, tmp_path, folder, "csv", lang)
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    head, body = table[0], table[1:]
    assert head[0] == person and streak in head
    expected = rows_json(capsys, tmp_path, folder)
    assert len(body) == len(expected) == len(HOSTILE_NAMES)
    for cells, row in zip(body, expected, strict=True):
        assert not cells[0].startswith(("=", "+", "-", "@", "\t", "\r"))
        assert cells[0].lstrip("'") == row["person"], "only the quote is added"
        assert cells[0].startswith("'") == row["person"].startswith(("=", "+", "-", "@", "\t", "\r"))
        assert [int(c) for c in cells[1:5]] == [row["entries"], row["reflection_days"], row["current_streak"],
                                                row["best_streak"]]
        assert [int(c) for c in cells[7:9]] == [row["last_4_weeks"], row["previous_4_weeks"]]
        assert cells[5].endswith(str(row["strongest_habit"])) and cells[6].endswith(str(row["weakest_habit"]))
        assert cells[-1] == row["source"]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.cells: list[str] = []
        self.lang = ""
        self._in_td = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.links += [(k, v or "") for k, v in attrs if k in ("src", "href", "srcset", "action", "data")]
        if tag == "html":
            self.lang = dict(attrs).get("lang") or ""
        self._in_td = tag == "td"

    def handle_endtag(self, tag: str) -> None:
        self._in_td = False

    def handle_data(self, data: str) -> None:
        if self._in_td:
            self.cells.append(data)


@pytest.mark.parametrize("lang, title", [("en", "Team report"), ("nl", "Teamverslag")])
def test_html_is_one_page_with_no_script_and_nothing_from_outside(capsys: pytest.CaptureFixture[str],
                                                                  tmp_path: Path, folder: Path, lang: str,
                                                                  title: str) -> None:
    text = report(capsys, tmp_path, folder, "html", lang).decode("utf-8")
    page = _Page()
    page.feed(text)
    assert page.lang == lang and f"<title>{title}</title>" in text
    assert "script" not in page.tags and page.links == []
    assert "url(" not in text and "@import" not in text and "@media print" in text
    for row in rows_json(capsys, tmp_path, folder):
        assert row["person"] in page.cells, "the name shown as written, escaped in the file"
        assert str(row["entries"]) in page.cells


def test_markdown_keeps_a_name_with_markup_in_its_own_cell(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                          folder: Path) -> None:
    text = report(capsys, tmp_path, folder, "md", "nl").decode("utf-8")
    assert text.startswith("# Teamverslag\n")
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    header = lines[0]
    widths = {line.replace("\\|", "").count("|") for line in lines[: 2 + len(HOSTILE_NAMES)] if "---" not in line}
    assert widths == {header.count("|")}, "an escaped | does not open a column"
    assert "\\<script\\>" in text and "<script>" not in text and "\\*bold\\*" in text


@pytest.mark.parametrize("lang, words", [
    ("en", ["The team as of 22 November 2026", "Person", "Strongest", "Strength per habit"]),
    ("nl", ["Het team op 22 november 2026", "Persoon", "Sterkst", "Kracht per eigenschap"]),
])
def test_the_terminal_table_shows_every_person_in_the_coachs_language(capsys: pytest.CaptureFixture[str],
                                                                      tmp_path: Path, lang: str,
                                                                      words: list[str]) -> None:
    folder = tmp_path / "exports"
    export(folder / "s.json", "Sanne", [entry(str(d), f"2026-11-{d:02d}") for d in range(1, 23)])
    export(folder / "a.json", "Ahmed", [entry("x", "2026-11-20", habit=2)])
    out = coach(capsys, tmp_path, str(folder), lang=lang)
    for word in words:
        assert word in out
    sanne = next(line for line in out.splitlines() if line.lstrip().startswith("Sanne"))
    short = "E" if lang == "nl" else "H"
    assert sanne.split()[1:6] == ["22", "22", "22", "22", f"{short}5"], "entries, days, streak, best, strongest"
    assert sanne.split()[-3:] == ["22", "/", "0"]
    assert out.index("Ahmed") < out.index("Sanne")


def test_a_name_that_looks_like_rich_markup_is_shown_as_written(capsys: pytest.CaptureFixture[str],
                                                               tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    export(folder / "m.json", "[bold]Sam[/] [/]", [entry("x", "2026-11-20")])
    out = coach(capsys, tmp_path, str(folder))
    assert "[bold]Sam[/] [/]" in out
