"""Progress: the streak, strength and calendar of a journal, drawn in words and symbols (also without colour)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from textual.widgets import Static

from covey_coach.models import Entry, WeeklyReview
from covey_coach.journal.paths import journal_paths
from covey_coach.progress.schedule import DayRange, Schedule
from covey_coach.journal.settings import Settings, save_settings
from covey_coach.progress.stats import compute_stats
from covey_coach.journal.store import open_store
from screens.app import make_app
from screens.progress import ProgressScreen
from screens.widgets import BarChart, Heatmap, HeatmapLegend
from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import TODAY, ZONE, make_seeded_app

SIZE = (80, 24)
DAY_OFF = date(2026, 11, 18)
"""A Wednesday off in the small journal below."""
MISSED = date(2026, 11, 20)
"""A Friday, a working day without a reflection."""


def small_journal(data_dir: Path) -> None:
    """Mon-Fri, Wednesday 18 November off: reflections on 16, 17, 19 and 23 November (today)."""
    save_settings(journal_paths(data_dir), Settings(schedule=Schedule(
        weekdays=[0, 1, 2, 3, 4], off=[DayRange(start=DAY_OFF, end=DAY_OFF)])))
    with open_store(data_dir) as store:
        for n, day in enumerate([date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 19), TODAY]):
            store.add(Entry(id=f"e{n}", created_at=datetime.combine(day, time(18), tzinfo=ZONE), day=day,
                            habit=1 + n % 2, encounter="A guest at the desk", rating=4))
        store.save_review(WeeklyReview(week="2026-W48", created_at=datetime.combine(TODAY, time(8), tzinfo=ZONE),
                                       focus_habit=1))


def symbol(heatmap: Heatmap, day: date) -> str:
    """The character the widget draws for ``day``, read from its rendered text."""
    position = heatmap.text_position(day)
    assert position is not None, f"{day} is not in the calendar"
    line, x = position
    return heatmap.render().plain.splitlines()[line][x]


def chart_line(chart: BarChart, start: str) -> str:
    return next(line for line in chart.render().plain.splitlines() if line.startswith(start))


async def open_progress(pilot) -> ProgressScreen:
    await settle(pilot)
    await pilot.press("p")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ProgressScreen)
    assert screen.stats is not None, "the worker has shown its figures"
    return screen


async def test_progress_shows_the_streak_and_habit_strength_of_the_seeded_journal(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ProgressScreen)
        figures = str(screen.query_one("#figures", Static).render())
        assert "Streak: 12 days in a row with a reflection; your best so far: 12 days." in figures
        assert "10 of your 11 working days (91%)" in figures, "today is a working day not yet reflected"
        assert "Needs attention: 6 · Synergize" in figures
        expected = compute_stats(app.journal.entries(), app.settings.schedule, TODAY, app.settings.all_targets())
        strength = chart_line(screen.query_one("#strength", BarChart), "5 · Seek first")
        assert f"{round(expected.habits[5].strength * 100)}%" in strength
        assert strength.endswith("▁▂▂"), "three weeks of history, on a fixed 0-100% scale"
        heatmap = screen.query_one("#heatmap", Heatmap)
        assert symbol(heatmap, TODAY) == "◌", "today is open, not missed"
        assert symbol(heatmap, date(2026, 11, 22)) == "·", "a Sunday is not a working day"
        assert symbol(heatmap, date(2026, 11, 21)) == "●", "a Saturday reflection counts"
        assert symbol(heatmap, date(2026, 11, 8)) == " ", "before the first reflection"


async def test_a_day_off_shows_as_off_and_a_missed_working_day_as_missed(tmp_data_dir: Path) -> None:
    small_journal(tmp_data_dir)
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_progress(pilot)
        heatmap = screen.query_one("#heatmap", Heatmap)
        cells = {c.day: c.state for column in heatmap.columns for c in column}
        assert cells[DAY_OFF] == "off" and cells[MISSED] == "missed"
        assert [symbol(heatmap, d) for d in (date(2026, 11, 17), DAY_OFF, date(2026, 11, 19), MISSED)] == [
            "●", "·", "●", "○"]
        figures = str(screen.query_one("#figures", Static).render())
        # Friday's miss ends the current streak; Wednesday off does not break the best one (16, 17, 19).
        assert "Streak: 1 day in a row with a reflection; your best so far: 3 days." in figures


async def test_without_colour_the_calendar_and_bars_still_tell_everything_apart(
        tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    small_journal(tmp_data_dir)
    app = make_app(tmp_data_dir, None, "nl", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.no_color
        screen = await open_progress(pilot)
        heatmap = screen.query_one("#heatmap", Heatmap)
        reflected, off, missed = (symbol(heatmap, d) for d in (date(2026, 11, 19), DAY_OFF, MISSED))
        assert len({reflected, off, missed}) == 3 and " " not in {reflected, off, missed}
        legend = screen.query_one("#legend", HeatmapLegend).render().plain.splitlines()
        assert f"{reflected} gereflecteerd" in legend and f"{missed} werkdag, gemist" in legend
        assert f"{off} vrije dag" in legend
        line = chart_line(screen.query_one("#strength", BarChart), "1 · ")
        assert any(block in line for block in "▏▎▍▌▋▊▉█") and "░" in line, "a bar in characters: filled and empty"


async def test_progress_uses_the_new_settings_when_shown_again(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_progress(pilot)
        before = chart_line(screen.query_one("#strength", BarChart), "5 · ")
        app.settings = app.settings.model_copy(update={
            "schedule": Schedule(weekdays=[0, 1, 2, 3, 4], off=[DayRange(start=TODAY, end=TODAY)])})
        app.settings.targets = {5: {"times": 1, "days": 1}}
        await pilot.press("t")
        screen = await open_progress(pilot)
        assert symbol(screen.query_one("#heatmap", Heatmap), TODAY) == "·", "today became a day off"
        assert chart_line(screen.query_one("#strength", BarChart), "5 · ") != before, "a daily target for habit 5"
        targets = str(screen.query_one("#targets", Static).render())
        assert "except 5: 1× a day" in targets



@pytest.mark.parametrize(("size", "weeks"), [((60, 20), 26), ((80, 24), 26), ((160, 48), 53)])
async def test_the_calendar_fits_the_terminal_and_uses_a_projectors_width(tmp_data_dir: Path, size: tuple[int, int],
                                                                          weeks: int) -> None:
    small_journal(tmp_data_dir)
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=size) as pilot:
        screen = await open_progress(pilot)
        heatmap = screen.query_one("#heatmap", Heatmap)
        assert heatmap.shown() == weeks
        lines = heatmap.render().plain.splitlines()
        assert len(lines) == 8, "a month row and seven weekdays: nothing wrapped"
        assert max(len(line) for line in lines) <= heatmap.content_size.width
        assert heatmap.region.right <= size[0], "the calendar ends inside the terminal"
        assert symbol(heatmap, TODAY) == "●" and symbol(heatmap, MISSED) == "○", "the newest weeks are the ones shown"
        legend = screen.query_one("#legend", HeatmapLegend)
        assert legend.region.width >= 15 and legend.region.right <= size[0], "the legend has room, beside or below"
        strength = screen.query_one("#strength", BarChart)
        assert all(len(line) <= strength.content_size.width for line in strength.render().plain.splitlines())


async def test_a_month_that_starts_in_the_newest_week_stays_on_the_month_row(tmp_data_dir: Path) -> None:
    # On 1 December the newest column starts the month: its label once ran past the edge and wrapped.
    first_of_month = date(2026, 12, 1)
    app = make_app(tmp_data_dir, None, "nl", today=first_of_month)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_progress(pilot)
        heatmap = screen.query_one("#heatmap", Heatmap)
        lines = heatmap.render().plain.splitlines()
        assert len(lines) == 8 and lines[0].rstrip().endswith("dec")
        assert max(len(line) for line in lines) <= heatmap.content_size.width
        assert [line.split()[0] for line in lines[1:]] == ["ma", "di", "wo", "do", "vr", "za", "zo"]


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_a_projector_shows_every_habits_whole_name_in_the_strength_chart(tmp_data_dir: Path, lang: str) -> None:
    # At 160 columns "5 · Eerst begrijpen, dan begrepen w…" was cut at the 80-column width.
    from covey_coach.content.words import habit_label
    from covey_coach.i18n import Translator

    app = make_app(tmp_data_dir, None, lang, today=TODAY)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_progress(pilot)
        chart = screen.query_one("#strength", BarChart).render().plain
        names = [habit_label(app.pack, Translator(lang), n) for n in range(1, 8)]  # type: ignore[arg-type]
        assert all(name in chart for name in names) and "…" not in chart
