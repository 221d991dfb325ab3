"""The team report as Markdown: the two tables and what the figures mean.

People's names are their own words: any character Markdown would read as markup is escaped,
so a name like ``*Sam* | x`` stays a name in one cell.
"""

from __future__ import annotations

import re
from datetime import date

from covey_coach.coaching.cells import headers, row_cells, strength_cells, strength_headers
from covey_coach.coaching.rows import TeamRow
from covey_coach.i18n import Translator

__all__ = ["escape_markdown", "markdown_report"]

_MARKUP = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~])")


def escape_markdown(text: str) -> str:
    """Plain text that Markdown shows as written, on one line."""
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


def _table(heads: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(escape_markdown(h) for h in heads) + " |",
             "|" + "|".join([" --- "] + [" ---: "] * (len(heads) - 1)) + "|"]
    lines += ["| " + " | ".join(escape_markdown(c) for c in cells) + " |" for cells in rows]
    return lines


def markdown_report(rows: list[TeamRow], as_of: date, t: Translator) -> bytes:
    # The catalogue's own sentences are written as Markdown already; only table cells carry people's words.
    lines = [f"# {t('coach.report_title')}", "", t("coach.report_as_of", date=t.date(as_of, "long")), ""]
    if not rows:
        lines += [t("coach.empty"), ""]
    else:
        lines += _table(headers(t), [row_cells(r, t) for r in rows]) + [""]
        lines += [f"## {t('coach.report_strength_title')}", ""]
        lines += _table(strength_headers(t), [strength_cells(r, t) for r in rows]) + [""]
        for key in ("coach.explain_columns", "coach.explain_weeks"):
            lines += [t(key, date=t.short_date(as_of, as_of)), ""]
        lines += [t("coach.explain_figures"), ""]
    return "\n".join(lines).encode("utf-8")
