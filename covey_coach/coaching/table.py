"""``coach`` in the terminal: the team table as a rich renderable (no Textual)."""

from __future__ import annotations

from datetime import date

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from covey_coach.coaching.cells import headers, row_cells, strength_cells, strength_headers, title
from covey_coach.coaching.rows import TeamRow
from covey_coach.i18n import Translator

__all__ = ["team_renderable"]


def _table(heads: list[str], rows: list[list[str]], heading: str | None = None) -> Table:
    table = Table(title=heading, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column(heads[0], no_wrap=True)
    for head in heads[1:]:
        # A header wraps between its words but never cuts one: the figures below are narrow.
        table.add_column(head, justify="right", min_width=max(map(len, head.split())))
    for cells in rows:
        # Text, not a string: a name is the person's own words, never rich markup ("[/]" would not even parse).
        table.add_row(*(Text(c) for c in cells))
    return table


def team_renderable(rows: list[TeamRow], as_of: date, t: Translator) -> RenderableType:
    """The team table, each habit's strength per person, and what the figures mean."""
    parts: list[RenderableType] = [Text(title(as_of, t), style="bold")]
    if not rows:
        parts.append(Text(t("coach.empty"), style="italic"))
        return Group(*parts)
    # The two four-week counts share one column, so the table fits 80 columns in either language.
    heads = [*headers(t)[:-2], t("coach.col_weeks")]
    full = [row_cells(r, t) for r in rows]
    cells = [[*c[:-2], t("coach.weeks_value", last=c[-2], previous=c[-1])] for c in full]
    parts.append(_table(heads, cells))
    parts.append(_table(strength_headers(t), [strength_cells(r, t) for r in rows], t("coach.report_strength_title")))
    for line in (t("coach.explain_columns", date=t.short_date(as_of, as_of)),
                 t("coach.explain_weeks", date=t.short_date(as_of, as_of)), t("coach.explain_figures")):
        parts.append(Text(line, style="dim"))
    return Group(*parts)
