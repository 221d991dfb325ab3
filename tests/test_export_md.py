"""``export --format md``: week by week, and people's words render as exactly their words."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from covey_coach.exchange.exports.to_markdown import plain
from tests.export_helpers import journal_with, run, sample_entries


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def rendered(markdown: str) -> _Text:
    parser = _Text()
    parser.feed(MarkdownIt().render(markdown))
    return parser


MARKUP = "#*_`[]()<>!&|~\\-+=.:1234567890 \n\tabcé☕"


@given(st.text(alphabet=MARKUP, min_size=1).filter(str.strip))
def test_any_words_render_as_themselves(text: str) -> None:
    out = rendered(plain(text))
    assert set(out.tags) <= {"p", "br"}, (text, out.tags)
    assert "".join(out.text).split() == text.split()


def test_the_journal_reads_week_by_week(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    code, out, err = run(capsys, "--data-dir", str(data_dir), "export", "--format", "md")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("# Journal of ")
    assert [line for line in lines if line.startswith("## ")] == [
        "## week 47 · 16 Nov – 22 Nov", "## week 48 · 23 Nov – 29 Nov"]
    assert [line for line in lines if line.startswith("### ")][0] == (
        "### Monday 16 Nov · H5 Seek first to understand, then to be understood · ★★★★☆")
    assert "My private worry" not in out
    html = rendered(out)
    assert html.tags.count("h1") == 1 and html.tags.count("h2") == 2 and html.tags.count("h3") == 3
    assert {"ul", "ol", "a", "b", "code", "blockquote"}.isdisjoint(html.tags)  # none made by people's words
    assert "<b>bold</b>" in "".join(html.text) and "*tired*" in "".join(html.text)


def test_the_journal_in_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = journal_with(tmp_path / "j", sample_entries())
    code, out, _ = run(capsys, "--lang", "nl", "--data-dir", str(data_dir), "export", "--format", "md",
                       "--include-private")
    assert code == 0
    assert out.splitlines()[0].startswith("# Dagboek van ")
    assert "### maandag 16 nov. · E5 Eerst begrijpen, dan begrepen worden · ★★★★☆" in out
    assert "### woensdag 18 nov. · E1 " in out and "### vrijdag 20 nov. · E2 " in out
    assert "4 reflecties, van 16 nov. tot en met 24 nov." in out
    assert "Privé: alleen gedeeld omdat je er zelf om vroeg." in out
