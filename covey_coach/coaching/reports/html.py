"""The team report as one self-contained HTML page: no script, no outside reference, printable.

Everything it needs is inside: the style sheet (with a print part) is inline, and every
person's words are escaped. The page says its language, so a reader or printer hyphenates
and speaks it right.
"""

from __future__ import annotations

from datetime import date
from html import escape

from covey_coach.coaching.cells import headers, row_cells, strength_cells, strength_headers
from covey_coach.coaching.rows import TeamRow
from covey_coach.i18n import Translator

__all__ = ["html_report"]

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border-bottom: 1px solid #ccc; padding: 0.3rem 0.6rem; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
p.note { color: #555; font-size: 0.9rem; max-width: 50rem; }
@media print {
  body { margin: 0; font-size: 10pt; }
  table { page-break-inside: avoid; }
}
"""


def _cells(tag: str, texts: list[str]) -> str:
    """The person's name left, the figures right-aligned."""
    return "".join(f"<{tag}{'' if i == 0 else ' class=n'}>{escape(text)}</{tag}>" for i, text in enumerate(texts))


def _table(heads: list[str], rows: list[list[str]]) -> str:
    body = "".join(f"<tr>{_cells('td', cells)}</tr>" for cells in rows)
    return f"<table><thead><tr>{_cells('th', heads)}</tr></thead><tbody>{body}</tbody></table>"


def html_report(rows: list[TeamRow], as_of: date, t: Translator) -> bytes:
    title = t("coach.report_title")
    parts = [f"<h1>{escape(title)}</h1>", f"<p>{escape(t('coach.report_as_of', date=t.date(as_of, 'long')))}</p>"]
    if not rows:
        parts.append(f"<p>{escape(t('coach.empty'))}</p>")
    else:
        parts.append(_table(headers(t), [row_cells(r, t) for r in rows]))
        parts.append(f"<h2>{escape(t('coach.report_strength_title'))}</h2>")
        parts.append(_table(strength_headers(t), [strength_cells(r, t) for r in rows]))
        for text in (t("coach.explain_columns", date=t.short_date(as_of, as_of)),
                     t("coach.explain_weeks", date=t.short_date(as_of, as_of)), t("coach.explain_figures")):
            parts.append(f'<p class="note">{escape(text)}</p>')
    page = (f'<!DOCTYPE html>\n<html lang="{t.lang}"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>\n")
    return page.encode("utf-8")
