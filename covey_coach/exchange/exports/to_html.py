"""``export --format html``: one self-contained, printable report in the person's language.

Streaks, each habit's strength, the reflections week by week as an inline SVG chart, then
the entries. One file: the style sheet is inside it (with a print style), there is no script
and no reference to anything outside, and every word a person wrote is escaped. The figures
are those of :func:`compute_stats` on the exported entries with the person's own schedule and
targets, so they are what a coach's view of this export shows.
"""

from __future__ import annotations

from html import escape

from covey_coach.exchange.exports.html_chart import strength_svg, weeks_svg
from covey_coach.exchange.exports.request import ExportData, weeks_of
from covey_coach.exchange.exports.words import entry_facts, summary, title, week_heading
from covey_coach.i18n import Translator
from covey_coach.models import Entry
from covey_coach.progress.stats import Stats, compute_stats

STYLE = """
body { font: 11pt/1.45 system-ui, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1em; margin: 1.2em 0 .3em; }
.figures { display: flex; gap: 2em; } .figure strong { display: block; font-size: 1.5em; }
table { border-collapse: collapse; width: 100%; } td, th { padding: .2em .5em; text-align: left; }
td.pct { text-align: right; width: 4em; } td.barcell { width: 40%; }
svg.bar { width: 100%; height: .8em; } svg.bar rect { fill: #2a7d5f; } svg.bar rect.track { fill: #e3e3e3; }
svg.weeks { width: 100%; height: 9em; } svg.weeks rect { fill: #2a7d5f; } svg.weeks text { font-size: 11px; fill: #555; }
.words { white-space: pre-wrap; margin: .2em 0; } .question { font-weight: 600; margin: .6em 0 0; }
.facts { color: #555; font-size: .9em; } .explain { color: #555; font-size: .9em; }
.entry { break-inside: avoid; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; } .week { break-before: auto; }
  svg.bar rect, svg.weeks rect { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def _words(text: str, cls: str = "words") -> str:
    return f'<p class="{cls}">{escape(text.strip())}</p>'


def _figures(stats: Stats, t: Translator) -> list[str]:
    out = ['<section class="figures">']
    for key, value in (("stats.current_streak", stats.current_streak), ("stats.best_streak", stats.best_streak),
                       ("stats.total_entries", stats.total_entries)):
        shown = t("stats.days", count=value) if key != "stats.total_entries" else str(value)
        out.append(f'<div class="figure">{escape(t(key))}<strong>{escape(shown)}</strong></div>')
    out.append("</section>")
    out.append(_words(t("stats.explain_streak"), "explain"))
    return out


def _strengths(stats: Stats, t: Translator) -> list[str]:
    out = [f"<h2>{escape(t('stats.habits_title'))}</h2>", "<table>",
           f"<tr><th>{escape(t('stats.col_habit'))}</th><th></th><th>{escape(t('stats.col_strength'))}</th></tr>"]
    for habit, h in sorted(stats.habits.items()):
        out.append(f"<tr><td>{escape(t('cli.habit_short', n=habit))} {escape(t(f'stats.habit.{habit}'))}</td>"
                   f'<td class="barcell">{strength_svg(h.strength)}</td>'
                   f'<td class="pct">{escape(t.percent(h.strength))}</td></tr>')
    out += ["</table>", _words(t("stats.explain_strength"), "explain")]
    return out


def _entry(e: Entry, t: Translator, data: ExportData) -> list[str]:
    facts = entry_facts(e, t, data.as_of)
    out = ['<article class="entry">', f"<h3>{escape(facts.heading)}</h3>", _words(e.encounter)]
    for a in e.answers:
        out += [_words(a.question, "question"), _words(a.answer or "—")]
    if facts.commitment:
        out.append(_words(facts.commitment))
    if facts.facts:
        out.append(f'<p class="facts">{" · ".join(escape(f) for f in facts.facts)}</p>')
    out.append("</article>")
    return out


def render(data: ExportData, t: Translator) -> bytes:
    stats = compute_stats(data.entries, data.settings.schedule, data.as_of, data.settings.all_targets())
    heading = escape(title(data, t))
    body = [f"<h1>{heading}</h1>", _words(summary(data, t), "summary"), *_figures(stats, t),
            *_strengths(stats, t)]
    if stats.weeks:
        body += [f"<h2>{escape(t('export.chart_title'))}</h2>", weeks_svg(stats.weeks, t)]
    for monday, entries in weeks_of(data.entries):
        body += ['<section class="week">', f"<h2>{escape(week_heading(monday, t, data.as_of))}</h2>"]
        for e in entries:
            body += _entry(e, t, data)
        body.append("</section>")
    page = (f'<!DOCTYPE html>\n<html lang="{t.lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{heading}</title>\n'
            f"<style>{STYLE}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")
    return page.encode("utf-8")


__all__ = ["render"]
