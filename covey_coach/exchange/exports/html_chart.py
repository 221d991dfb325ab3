"""The inline SVG of the HTML report: reflections per week, and a bar per habit's strength.

Drawn as plain shapes with a ``<title>`` per bar (what a screen reader and a hover show), so the
report needs no script, no font and no file beside it, and prints the same as it shows.
"""

from __future__ import annotations

from html import escape

from covey_coach.i18n import Translator
from covey_coach.progress.stats import WeekStats

BAR = 8
GAP = 2
HEIGHT = 120
LABEL = 16
"""Room under the bars for the first and the last week's name."""


def weeks_svg(weeks: list[WeekStats], t: Translator) -> str:
    """One bar per ISO week, its height the reflections of that week; the tallest week fills the chart."""
    if not weeks:
        return ""
    tallest = max(w.entries for w in weeks) or 1
    width = len(weeks) * (BAR + GAP)
    bars = []
    for i, w in enumerate(weeks):
        h = round(HEIGHT * w.entries / tallest)
        label = t("export.chart_bar", week=t.week_name(w.start, w.start), start=t.short_date(w.start, None),
                  count=w.entries)
        bars.append(f'<rect x="{i * (BAR + GAP)}" y="{HEIGHT - h}" width="{BAR}" height="{h}">'
                    f"<title>{escape(label)}</title></rect>")
    first, last = (escape(t.short_date(w.start, None)) for w in (weeks[0], weeks[-1]))
    caption = escape(t("export.chart_title"))
    return (f'<svg class="weeks" role="img" aria-label="{caption}" viewBox="0 0 {width} {HEIGHT + LABEL}" '
            f'preserveAspectRatio="none">{"".join(bars)}'
            f'<text x="0" y="{HEIGHT + LABEL - 3}">{first}</text>'
            f'<text x="{width}" y="{HEIGHT + LABEL - 3}" text-anchor="end">{last}</text></svg>')


def strength_svg(strength: float) -> str:
    """A bar 0-100 % wide: the strength of one habit."""
    filled = round(100 * max(0.0, min(1.0, strength)))
    return (f'<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">'
            f'<rect class="track" width="100" height="10"></rect>'
            f'<rect width="{filled}" height="10"></rect></svg>')


__all__ = ["strength_svg", "weeks_svg"]
