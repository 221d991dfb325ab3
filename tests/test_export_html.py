"""``export --format html``: one file, no script, nothing from outside, people's words escaped."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from covey_coach.journal.paths import journal_paths
from covey_coach.journal.settings import load_settings
from covey_coach.journal.store import open_store
from covey_coach.progress.stats import compute_stats
from tests.export_helpers import entry, journal_with, run, sample_entries

HOSTILE = ('<script>alert(1)</script><img src="http://evil/x.png"> <a href="https://evil">x</a> '
           '<style>@import url(http://evil/c.css)</style> &amp; "quoted"')


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data
        self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def export_page(capsys: pytest.CaptureFixture[str], data_dir: Path, *extra: str) -> tuple[str, Page]:
    code, out, err = run(capsys, *extra, "--data-dir", str(data_dir), "export", "--format", "html",
                         "--until", "2026-11-30")
    assert code == 0, err
    page = Page()
    page.feed(out)
    page.close()
    return out, page


def test_nothing_from_outside_no_script_and_people_s_words_stay_words(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", [*sample_entries(), entry(date(2026, 11, 25), 3, HOSTILE,
                                                                      commitment="<b>now</b>")])
    html, page = export_page(capsys, data_dir)
    names = {name for name, _ in page.tags}
    assert "script" not in names and "img" not in names and "a" not in names and "link" not in names
    assert page.named("style") and len(page.named("style")) == 1  # ours, not the one in the words
    assert all(not any(key in ("src", "href", "xlink:href") or key.startswith("on") for key in attrs)
               for _, attrs in page.tags)
    assert not re.search(r"url\(|@import|https?://", page.style)
    assert "@media print" in page.style
    assert HOSTILE in "".join(page.text)  # shown as typed, as text
    assert "http://evil" not in re.sub(r"&[a-z]+;|<[^>]*>", "", html.split("<body>")[0])


def test_figures_chart_and_entries_are_the_persons(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    html, page = export_page(capsys, data_dir)
    with open_store(data_dir, readonly=True) as store:
        shared = [e for e in store.entries() if not e.private]
    settings = load_settings(journal_paths(data_dir))
    stats = compute_stats(shared, settings.schedule, date(2026, 11, 30), settings.all_targets())
    assert page.named("html")[0]["lang"] == "en"
    svgs = [attrs for attrs in page.named("svg") if attrs.get("class") == "weeks"]
    assert len(svgs) == 1
    rects = page.named("rect")
    week_bars = [r for r in rects if "x" in r]
    assert len(week_bars) == len(stats.weeks) == 3
    assert [int(r["height"] or 0) for r in week_bars] == [120, 60, 0]  # 2, 1 and 0 reflections in W47, W48, W49
    text = "".join(page.text)
    assert f"Best streak{stats.best_streak} day" in text
    for habit, h in stats.habits.items():
        assert f"{round(h.strength * 100)}%" in text, habit
    assert len(page.named("article")) == 3 and "My private worry" not in html


def test_the_report_speaks_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    _, page = export_page(capsys, data_dir, "--lang", "nl")
    text = "".join(page.text)
    assert page.named("html")[0]["lang"] == "nl"
    assert "Langste reeks" in text
    assert "Reflecties per week" in text and "Dagboek van" in text
