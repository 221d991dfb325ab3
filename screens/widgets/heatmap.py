"""A calendar heatmap and its legend: one column per ISO week, Monday at the top.

The widgets only draw what :func:`covey_coach.progress.calendar_grid.heatmap` decided. Every state has
its own symbol as well as its own colour, so the calendar reads the same without colour
(``NO_COLOR``, a monochrome projector, a printout of the screen).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.dom import NoScreen
from textual.geometry import Size
from textual.widget import Widget

from covey_coach.progress.calendar_grid import CellState, DayCell

SYMBOLS: dict[CellState, str] = {
    "reflected": "●",
    "missed": "○",
    "off": "·",
    "open": "◌",
    "future": " ",
    "before": " ",
}
"""One symbol per state; ``future`` and ``before`` stay blank."""
LEGEND_STATES: tuple[CellState, ...] = ("reflected", "missed", "off", "open")
"""The states the legend names by symbol (blank cells get one line of their own)."""
CELL = 2
"""Characters per day: the symbol and a space."""
LEGEND_ROOM = 21
"""Columns left beside the calendar for its legend; on a narrow screen the legend goes below it."""


def _narrow(widget: Widget) -> bool:
    # The app's breakpoints put "-narrow" on the screen under 72 columns (screens/app.py).
    try:
        return widget.screen.has_class("-narrow")
    except NoScreen:  # not mounted yet: measured again once it is
        return False


class _CellStyles(Widget):
    """Shared component classes: one colour per state, set with theme variables."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "heatmap--reflected", "heatmap--missed", "heatmap--off", "heatmap--open", "heatmap--label",
    }

    def _state_style(self, state: CellState) -> str | object:
        if state in ("future", "before"):
            return ""
        return self.get_component_rich_style(f"heatmap--{state}")


_CSS = """
{name} {{
    height: auto;
    width: auto;
}}
{name} > .heatmap--reflected {{ color: $text-success; text-style: bold; }}
{name} > .heatmap--missed {{ color: $text-warning; }}
{name} > .heatmap--off {{ color: $text-muted; }}
{name} > .heatmap--open {{ color: $text-accent; text-style: bold; }}
{name} > .heatmap--label {{ color: $text-muted; }}
"""


class Heatmap(_CellStyles):
    """Seven rows (Monday to Sunday) under a row of month labels, one column per week.

    It is given more weeks than an 80-column terminal holds and shows the newest that fit its
    width, so the calendar never wraps at 60 columns and fills a projector.
    """

    DEFAULT_CSS = _CSS.format(name="Heatmap")

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.columns: list[list[DayCell]] = []
        """The weeks shown, oldest first, each seven cells Monday to Sunday."""
        self.row_labels: list[str] = [""] * 7
        """Short weekday names, Monday first."""
        self.column_labels: list[str] = []
        """A month name above the week in which that month starts, else ``""``."""

    def show(self, columns: Sequence[Sequence[DayCell]], row_labels: Sequence[str],
             column_labels: Sequence[str]) -> None:
        self.columns = [list(c) for c in columns]
        self.row_labels = list(row_labels)
        self.column_labels = list(column_labels)
        self.refresh(layout=True)

    def _margin(self) -> int:
        return max((len(label) for label in self.row_labels), default=0) + 1

    def _full_width(self) -> int:
        return self._margin() + len(self.columns) * CELL - 1  # no space after the last week

    def get_content_width(self, container: Size, viewport: Size) -> int:
        room = container.width - (0 if _narrow(self) else LEGEND_ROOM)
        return max(self._margin() + CELL, min(self._full_width(), room))

    def shown(self) -> int:
        """How many of the newest weeks fit the width the widget has (all of them before layout)."""
        width = self.content_size.width
        if width <= 0:
            return len(self.columns)
        return max(1, min(len(self.columns), (width - self._margin() + 1) // CELL))

    def text_position(self, day: date) -> tuple[int, int] | None:
        """(line, character) of ``day``'s symbol in the rendered text; None when not shown."""
        first = len(self.columns) - self.shown()
        for index, column in enumerate(self.columns[first:]):
            if column and column[0].day <= day <= column[-1].day:
                return 1 + (day - column[0].day).days, self._margin() + index * CELL
        return None

    def render(self) -> Text:
        label_style = self.get_component_rich_style("heatmap--label")
        margin = self._margin()
        first = len(self.columns) - self.shown()
        columns, column_labels = self.columns[first:], self.column_labels[first:]
        text = Text(no_wrap=True, end="")
        months = [" "] * (len(columns) * CELL - 1)  # as wide as the rows below: a longer line would wrap
        for index, label in enumerate(column_labels):
            # A month that starts in the last weeks ends at the right edge instead of running past it.
            start = max(0, min(index * CELL, len(months) - len(label)))
            for offset, char in enumerate(label[:len(months)]):
                months[start + offset] = char
        text.append(" " * margin + "".join(months).rstrip(), label_style)
        for row in range(7):
            text.append("\n")
            text.append(self.row_labels[row].ljust(margin), label_style)
            for column in columns:
                cell = column[row]
                text.append(SYMBOLS[cell.state], self._state_style(cell.state))
                text.append(" ")
            text.rstrip()
        return text


class HeatmapLegend(_CellStyles):
    """What each symbol means, one line a state, in the interface language."""

    DEFAULT_CSS = _CSS.format(name="HeatmapLegend").replace("width: auto;", "width: 1fr;")

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.names: dict[str, str] = {}
        """Words per state, and ``blank`` for the empty cells."""

    def show(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.refresh(layout=True)

    def render(self) -> Text:
        lines: list[Text] = []
        for state in LEGEND_STATES:
            if state in self.names:
                line = Text(SYMBOLS[state], self._state_style(state))
                line.append(f" {self.names[state]}")
                lines.append(line)
        blank = Text(self.names["blank"], self.get_component_rich_style("heatmap--label")) if "blank" in self.names else None
        if _narrow(self):  # below the calendar: the symbols on one line, wrapped where the width ends
            text = Text("   ").join(lines)
            return Text("\n").join([text, blank]) if blank is not None else text
        return Text("\n").join(lines + ([blank] if blank is not None else []))


__all__ = ["CELL", "LEGEND_STATES", "SYMBOLS", "Heatmap", "HeatmapLegend"]
