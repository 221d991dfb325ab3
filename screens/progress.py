"""Progress: streaks, a calendar of the last weeks (26 at 80 columns, a year on a projector), habit strength and the weeks, each in words.

The figures come from :func:`covey_coach.progress.stats.compute_stats` and the calendar from
:func:`covey_coach.progress.calendar_grid.heatmap`, both computed in a thread worker whenever the
screen is shown (a new reflection, a changed schedule or target shows at once).
"""

from __future__ import annotations

from datetime import date

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from covey_coach.progress.calendar_grid import DayCell, heatmap
from covey_coach.progress.commitment_words import commitments_line
from covey_coach.models import Entry
from covey_coach.progress.schedule import ScheduleHistory
from covey_coach.progress.stats import Stats
from covey_coach.progress.report import days_text, target_text
from screens.base import CoveyScreen
from screens.footer import CoveyFooter
from screens.widgets import Bar, BarChart, BarRow, Heatmap, HeatmapLegend
from covey_coach.content.words import habit_label

CALENDAR_WEEKS = 53
"""A year of weeks; the calendar shows the newest that fit the screen (26 at 80 columns)."""
SPARK_WEEKS = 12
CHART_WEEKS = 8
HABIT_WIDTH = 36
"""Characters for a habit's name in the strength chart."""
WIDE_HABIT_WIDTH = 56
"""The widest on a projector (-wide): the longest habit name in either language fits."""
NARROW_HABIT_WIDTH = 20
"""The same under 72 columns, so a row never wraps."""


class ProgressScreen(CoveyScreen[None]):
    """How the practice grows: the streak, the calendar, habit strength, week by week."""

    BINDINGS = [
        Binding("w", "app.weekly_review", "screens.keys.review", id="progress.review",
                tooltip="screens.keys.review_tip"),
        Binding("ctrl+q", "app.quit", "screens.keys.quit", id="progress.quit", tooltip="screens.keys.quit_tip"),
        # On a short terminal the whole screen scrolls (progress.tcss): the charts' keys fall through to it.
        Binding("pagedown", "page_down", show=False), Binding("pageup", "page_up", show=False),
        Binding("down", "scroll_down", show=False), Binding("up", "scroll_up", show=False),
    ]

    BREAKPOINTS_AT_START = False
    """The calendar's legend lays itself out for a narrow screen only when the class arrives
    with the first Resize (at 60 columns it lost its line otherwise; a snapshot shows it)."""

    AUTO_FOCUS = "#progress-lower"
    """Focused from the compose on, as on_mount asks: Textual's default focused the first
    focusable widget, and moving focus from it restyled both (see TodayScreen.AUTO_FOCUS)."""

    def __init__(self) -> None:
        super().__init__(id="progress")
        self.stats: Stats | None = None
        """The figures on screen, once the worker has computed them."""
        self._cells: list[list[DayCell]] | None = None
        self._drawn_shown = False
        """Whether the screen has been shown since it was built: the first showing lays it out."""
        self._computed_for: tuple[object, ...] | None = None
        """What the figures asked for last were computed from (journal, revision, settings, day,
        language): the same asks nothing."""

    def compose(self) -> ComposeResult:
        t = self.t
        yield Header(icon="")
        with Vertical(id="progress-top"):
            yield Static(t("progress.computing"), id="figures", markup=False)
            with Horizontal(id="calendar"):
                yield Heatmap(id="heatmap")
                yield HeatmapLegend(id="legend")
        with VerticalScroll(id="progress-lower"):
            yield Static(t("progress.calendar_note"), classes="legend", id="calendar-note")
            yield Static(t("progress.strength_title"), classes="section-title")
            yield BarChart(id="strength")
            yield Static(id="targets", classes="legend", markup=False)
            yield Static(t("stats.explain_strength"), classes="legend explain")
            yield Static(t("progress.strength_example"), classes="legend explain")
            yield Static(t("progress.weeks_title"), classes="section-title")
            yield BarChart(id="weeks")
            yield Static(t("progress.weeks_explain"), classes="legend explain")
            yield Static(t("stats.explain_streak"), classes="legend explain")
            yield Static(t("stats.explain_consistency"), classes="legend explain")
            yield Static(t("arc.commitments.explain"), classes="legend explain")
        yield CoveyFooter()

    def on_mount(self) -> None:
        self.sub_title = self.t("progress.section")
        t = self.t
        self.query_one("#legend", HeatmapLegend).show({
            state: t(f"progress.legend_{state}") for state in ("reflected", "missed", "off", "open", "blank")})
        self.query_one("#progress-lower").focus()
        self._computed_for = None  # a new language draws everything again
        self.recompute()

    def on_screen_resume(self) -> None:
        self.sub_title = self.t("progress.section")
        if not self._drawn_shown and self._cells is not None and self.stats is not None:
            # Drawn ahead, before the screen had its size: draw once more now that the
            # calendar and its legend know their room (the figures are not computed again).
            self.call_after_refresh(self.show_stats, self.stats, self._cells)
        self._drawn_shown = True
        self.recompute()

    async def retranslate(self) -> None:
        await super().retranslate()
        self.on_mount()

    def on_resize(self) -> None:
        if self.stats is not None:  # the breakpoint classes may have changed the chart's room
            self._show_strength(self.stats)

    # -- computing -------------------------------------------------------------------------

    def recompute(self) -> None:
        """Compute the figures again in a worker, from the journal and settings as they are now."""
        app = self.covey
        journal = app.journal
        if journal is None:
            return
        day = app.today()
        # What the figures depend on, as the stats cache keys them (settings can change in
        # memory without a new revision): built ahead of the visit, or shown before, the
        # figures on screen are still true when all of it is the same.
        state = (id(journal), journal.revision, journal.schedule.model_dump_json(),
                 sorted(journal.targets.items()), day, self.t.lang)
        if state == self._computed_for:
            return
        self._computed_for = state
        self._compute(journal.entries(), journal.schedule, day)

    @work(thread=True, group="stats", exclusive=True, exit_on_error=False, description="figures and calendar")
    def _compute(self, entries: list[Entry], schedule: ScheduleHistory, today: date) -> None:
        stats = self.covey.stats_at(today)  # the cache reads the journal as one consistent revision
        cells = heatmap(entries, schedule, today, weeks=CALENDAR_WEEKS)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_stats, stats, cells)

    # -- drawing ---------------------------------------------------------------------------

    def show_stats(self, stats: Stats, cells: list[list[DayCell]]) -> None:
        self.stats, self._cells = stats, cells
        self._show_figures(stats)
        self._show_calendar(cells)
        self._show_strength(stats)
        self._show_weeks(stats)

    def _show_figures(self, stats: Stats) -> None:
        t = self.t
        if stats.first_day is None:
            self.query_one("#figures", Static).update(t("stats.empty", date=t.date(stats.as_of, "long")))
            return
        if stats.current_streak == 0 and stats.best_streak > 0:
            lines = [t("progress.streak_restart", best=days_text(stats.best_streak, t))]
        else:
            lines = [t("progress.streak", current=days_text(stats.current_streak, t),
                       best=days_text(stats.best_streak, t))]
        if stats.consistency is None:
            lines.append(t("progress.consistency_none"))
        else:
            lines.append(t("progress.consistency", reflected=stats.reflected_scheduled_days,
                           count=stats.scheduled_days, percent=t.percent(stats.consistency)))
        lines.append(commitments_line(stats.commitments, t))
        lines.append(t("stats.neglected", habit=habit_label(self.covey.pack, t, stats.neglected_habit)))
        self.query_one("#figures", Static).update("\n".join(lines))

    def _show_calendar(self, cells: list[list[DayCell]]) -> None:
        t = self.t
        if not cells:
            return
        rows = [t.weekday(cells[0][d].day, "short") for d in range(7)]
        months = []
        for column in cells:
            first = next((c.day for c in column if c.day.day == 1), None)
            months.append(t.date(first, "LLL").rstrip(".") if first else "")
        self.query_one("#heatmap", Heatmap).show(cells, rows, months)

    def _show_strength(self, stats: Stats) -> None:
        t, pack = self.t, self.covey.pack
        neglected = stats.neglected_habit if stats.first_day is not None else None
        rows = [
            BarRow(habit_label(pack, t, number), (Bar(h.strength, t.percent(h.strength).rjust(4)),),
                   tuple(s for _, s in stats.strength_history(number, last=SPARK_WEEKS)),
                   highlight=number == neglected)
            for number, h in sorted(stats.habits.items())
        ]
        header = (t("progress.col_habit"), t("progress.col_strength"), t("progress.col_history"))
        width = NARROW_HABIT_WIDTH if self.has_class("-narrow") else HABIT_WIDTH
        if self.has_class("-wide"):  # a projector has the room for whole names ("… dan begrepen w…" was cut)
            width = max(width, min(WIDE_HABIT_WIDTH, max(len(row.label) for row in rows)))
        self.query_one("#strength", BarChart).show(rows, header, width)
        self.query_one("#targets", Static).update(self._targets_text(stats))

    def _targets_text(self, stats: Stats) -> str:
        t = self.t
        targets = {n: h.target for n, h in stats.habits.items()}
        counts: dict[tuple[int, int], int] = {}
        for target in targets.values():
            counts[target] = counts.get(target, 0) + 1
        usual = max(sorted(counts), key=lambda k: counts[k])
        if len(counts) == 1:
            return t("progress.targets_same", target=target_text(usual, t))
        others = ", ".join(t("progress.target_habit", n=n, target=target_text(target, t))
                           for n, target in sorted(targets.items()) if target != usual)
        return t("progress.targets_mixed", target=target_text(usual, t), others=others)

    def _show_weeks(self, stats: Stats) -> None:
        t, today = self.t, stats.as_of
        shown = stats.weeks[-CHART_WEEKS:]
        most = max((w.entries for w in shown), default=0) or 1
        rows = []
        for week in shown:
            mean = week.mean_rating
            rows.append(BarRow(t.week_name(week.start, today), (
                Bar(week.entries / most, str(week.entries).rjust(2), width=10),
                Bar(None if mean is None else mean / 5, t("stats.no_value") if mean is None else t.number(mean, 1),
                    width=10),
                Bar(week.consistency, t("progress.days_of", reflected=week.reflected_scheduled_days,
                                        scheduled=week.scheduled_days), width=8),
            )))
        header = (t("progress.col_week"), t("progress.col_entries"), t("progress.col_mean"), t("progress.col_days"))
        # A week of another year is "week 52 van 2025": the label column grows to hold it.
        self.query_one("#weeks", BarChart).show(rows, header, max([9, *(len(r.label) for r in rows)]))



__all__ = ["ProgressScreen"]
