"""Bars and sparklines drawn with block characters, so they read the same without colour.

:class:`BarChart` draws rows of a label, one or more horizontal bars each followed by its
figure in words or digits, and an optional sparkline. It is told every value and word; it
computes nothing but lengths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.widget import Widget

EIGHTHS = " ▏▎▍▌▋▊▉"
"""Partial blocks, by eighths of a character."""
FULL = "█"
TRACK = "░"
"""The empty part of a bar: the bar's length stays visible without colour."""
SPARKS = "▁▂▃▄▅▆▇█"


def bar_text(fraction: float, width: int) -> tuple[str, str]:
    """(filled, track) for ``fraction`` (0-1) of ``width`` characters, to the eighth of a character."""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, part = divmod(eighths, 8)
    filled = FULL * full + (EIGHTHS[part] if part else "")
    return filled, TRACK * (width - len(filled))


def spark_text(values: Sequence[float], high: float = 1.0) -> str:
    """One block per value on a fixed scale from 0 to ``high``: the same height means the same value."""
    out = []
    for value in values:
        share = 0.0 if high <= 0 else max(0.0, min(1.0, value / high))
        out.append(SPARKS[min(len(SPARKS) - 1, int(share * len(SPARKS)))])
    return "".join(out)


@dataclass(frozen=True)
class Bar:
    """One bar: how full (0-1; None draws no bar, for "no value") and the figure beside it."""

    fraction: float | None
    text: str
    width: int = 12


@dataclass(frozen=True)
class BarRow:
    label: str
    bars: tuple[Bar, ...]
    spark: tuple[float, ...] = ()
    """Values 0-1, oldest first; empty for none."""
    highlight: bool = False
    """Draw the label in the warning style (the habit that needs attention)."""


class BarChart(Widget):
    """Rows of labelled bars, with an optional header row naming the columns."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "bar-chart--bar", "bar-chart--track", "bar-chart--spark", "bar-chart--header", "bar-chart--highlight",
    }
    DEFAULT_CSS = """
    BarChart {
        height: auto;
        width: 1fr;
    }
    BarChart > .bar-chart--bar { color: $text-primary; }
    BarChart > .bar-chart--track { color: $text-disabled; }
    BarChart > .bar-chart--spark { color: $text-accent; }
    BarChart > .bar-chart--header { color: $text-muted; text-style: bold; }
    BarChart > .bar-chart--highlight { color: $text-warning; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: list[BarRow] = []
        self.header: tuple[str, ...] = ()
        """Column titles: the label column, each bar, then the sparkline (if any)."""
        self.label_width = 12

    def show(self, rows: Sequence[BarRow], header: Sequence[str] = (), label_width: int = 12) -> None:
        self.rows = list(rows)
        self.header = tuple(header)
        self.label_width = label_width
        self.refresh(layout=True)

    def _columns(self) -> list[int]:
        """Width of each bar column: the bar, a space, the widest figure."""
        count = max((len(r.bars) for r in self.rows), default=0)
        widths = []
        for i in range(count):
            cells = [r.bars[i] for r in self.rows if i < len(r.bars)]
            widths.append(max(c.width + 1 + len(c.text) for c in cells))
        return widths

    def render(self) -> Text:
        styles = {name: self.get_component_rich_style(f"bar-chart--{name}")
                  for name in ("bar", "track", "spark", "header", "highlight")}
        widths = self._columns()
        lines: list[Text] = []
        if self.header:
            head = Text(_fit(self.header[0], self.label_width), styles["header"])
            for i, width in enumerate(widths):
                title = self.header[i + 1] if i + 1 < len(self.header) else ""
                last = i + 2 >= len(self.header)
                head.append("  " + (title if last else _fit(title, width)), styles["header"])
            if len(self.header) > len(widths) + 1:
                head.append("  " + self.header[len(widths) + 1], styles["header"])
            lines.append(head)
        for row in self.rows:
            line = Text(_fit(row.label, self.label_width), styles["highlight"] if row.highlight else "")
            for bar, width in zip(row.bars, widths):
                line.append("  ")
                if bar.fraction is None:
                    line.append(" " * bar.width)
                else:
                    filled, track = bar_text(bar.fraction, bar.width)
                    line.append(filled, styles["bar"])
                    line.append(track, styles["track"])
                line.append((" " + bar.text).ljust(width - bar.width))
            if row.spark:
                line.append("  ")
                line.append(spark_text(row.spark), styles["spark"])
            line.rstrip()
            lines.append(line)
        return Text("\n", no_wrap=True).join(lines)


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


__all__ = ["Bar", "BarChart", "BarRow", "bar_text", "spark_text"]
