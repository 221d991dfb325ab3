"""``export --format md``: the journal to read, week by week.

People's words are plain text: every character that Markdown would read as markup is
escaped with a backslash, and their line breaks stay line breaks, so a renderer shows what
they typed and nothing else (no heading, list, link, HTML or code block of their making).
"""

from __future__ import annotations

import re

from covey_coach.exchange.exports.request import ExportData, weeks_of
from covey_coach.exchange.exports.words import entry_facts, summary, title, week_heading
from covey_coach.i18n import Translator

_ANYWHERE = re.compile(r"([\\`*_\[\]{}<>|~&!#])")
"""Markup at any place in a line: emphasis, code, links, HTML and entities, tables, strike-through."""
_LINE_START = re.compile(r"^([-+=>])")
"""Markup only at the start of a line: lists, quotes, setext underlines."""
_NUMBERED = re.compile(r"^(\d+)([.)])(?=\s|$)")
"""A numbered list item: ``1. `` or ``1) ``, not ``12.5 euro``."""
_RISKY_FIRST = frozenset("-+=>0123456789")


def plain(text: str) -> str:
    """``text`` as Markdown that renders as exactly this text, line breaks kept."""
    text = text.strip()
    if not _ANYWHERE.search(text) and "\n" not in text and "\r" not in text and not text[:1] in _RISKY_FIRST:
        return text  # most words need nothing; a ten-year journal has some 35,000 of them
    lines = []
    for line in text.splitlines():
        line = _ANYWHERE.sub(r"\\\1", line.strip())  # leading spaces would start a code block
        line = _LINE_START.sub(r"\\\1", _NUMBERED.sub(r"\1\\\2", line))
        lines.append(line)
    out: list[str] = []
    for i, line in enumerate(lines):
        more = i + 1 < len(lines) and lines[i + 1] != ""
        out.append(line + "\\" if line and more else line)  # a backslash at the end is a hard line break
    return "\n".join(out)


def render(data: ExportData, t: Translator) -> bytes:
    parts = [f"# {plain(title(data, t))}", "", plain(summary(data, t))]
    for monday, entries in weeks_of(data.entries):
        parts += ["", f"## {plain(week_heading(monday, t, data.as_of))}"]
        for e in entries:
            facts = entry_facts(e, t, data.as_of)
            parts += ["", f"### {plain(facts.heading)}", "", plain(e.encounter)]
            for a in e.answers:
                parts += ["", f"**{plain(a.question)}**\\", plain(a.answer) if a.answer.strip() else "—"]
            if facts.commitment:
                parts += ["", f"*{plain(facts.commitment)}*"]
            if facts.facts:
                parts += ["", "\\\n".join(plain(f) for f in facts.facts)]
    return ("\n".join(parts) + "\n").encode("utf-8")


__all__ = ["plain", "render"]
