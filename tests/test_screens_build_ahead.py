"""Sections built ahead of a visit: ready behind Today, shown without rebuilding or restyling."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.css.stylesheet import Stylesheet
from textual.widgets import DataTable

from screens.journal import JournalScreen
from screens.progress import ProgressScreen
from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import make_seeded_app
from tests.test_screens_startup import calls, focus_log

SIZE = (80, 24)


async def test_journal_and_progress_are_built_and_filled_behind_today(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.current_mode == "today"
        journal = app._screen_stacks["journal"][0]  # noqa: SLF001 - what the switch will find
        progress = app._screen_stacks["progress"][0]  # noqa: SLF001
        assert isinstance(journal, JournalScreen) and isinstance(progress, ProgressScreen)
        assert journal.query_one("#entries", DataTable).row_count == len(app.journal.entries()) > 0
        assert progress.stats is not None, "the figures are computed before the first visit"
        await pilot.press("j")
        await settle(pilot)
        assert app.screen is journal, "the first visit shows the screen built ahead, not a new one"


async def test_a_visit_restyles_nothing_when_nothing_changed_and_all_after_a_theme_change(
        tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        journal = app.screen
        table = journal.query_one("#entries", DataTable)
        dark_background = table.styles.background
        await pilot.press("t")
        await settle(pilot)
        restyled: list[list[object]] = []
        real = Stylesheet.update_nodes

        def update_nodes(self: Stylesheet, nodes: object, animate: bool = False) -> None:
            restyled.append(list(nodes))  # type: ignore[call-overload]
            real(self, restyled[-1], animate)

        monkeypatch.setattr(Stylesheet, "update_nodes", update_nodes)
        await pilot.press("j")
        await settle(pilot)
        assert not [n for n in restyled if journal in n], "unchanged since last shown: not restyled as a whole"
        await pilot.press("t")
        await settle(pilot)
        app.theme = "textual-light"
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert app.screen is journal
        assert table.styles.background != dark_background, "the theme changed while hidden: it shows the new one"


async def test_progress_is_not_computed_again_for_the_same_journal_and_day(
        tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    computed = calls(monkeypatch, ProgressScreen, "show_stats")
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("p", "t", "p", "t", "p"):
            await pilot.press(key)
            await settle(pilot)
        drawn = len(computed)
        assert drawn <= 2, "drawn ahead and once more when first laid out; later visits draw nothing"
        app.settings.targets = {5: {"times": 1, "days": 1}}
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert len(computed) == drawn + 1, "a changed target is computed and drawn at the next visit"


async def test_a_section_built_ahead_is_laid_out_with_its_visits_footer_and_the_visit_redoes_neither(
        tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.screen import Screen
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for mode in ("journal", "progress"):
            hidden = app._screen_stacks[mode][0]  # noqa: SLF001
            assert hidden is not app.screen and hidden.size == app.size, f"{mode} laid out while hidden"
            keys = [key.description for key in hidden.query(FooterKey)]
            assert "Today" in keys and mode.capitalize() not in keys, "its footer as on its visit"
        hidden_screens = [app._screen_stacks[mode][0] for mode in ("journal", "progress")]  # noqa: SLF001
        for _ in range(50):  # the last rounds of laying out (Progress takes three) end after the refresh
            if not any(screen._layout_required for screen in hidden_screens):  # noqa: SLF001
                break
            await pilot.pause()
        recomposed = calls(monkeypatch, Footer, "recompose")
        laid_out = calls(monkeypatch, Screen, "_refresh_layout")
        await pilot.press("j")
        await settle(pilot)
        assert app.screen is hidden_screens[0]
        assert laid_out == [], "the Journal is not laid out again on its first visit"
        await pilot.press("p")  # Progress draws its calendar once more for the room it is shown in
        await settle(pilot)
        assert app.screen is hidden_screens[1]
        assert recomposed == [], "no footer is composed again on a first visit"
        shown = [key.description for key in app.screen.query(FooterKey)]
        assert "Today" in shown and "Progress" not in shown


async def test_the_journal_focuses_its_table_from_the_compose_on(
        tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Textual's default focused the habit filter first: moving focus to the table restyled both.
    focused = focus_log(monkeypatch, JournalScreen)
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert app.screen.focused is not None and app.screen.focused.id == "entries"
    assert focused[:1] == ["entries"] and "habit-filter" not in focused


def test_what_a_key_opens_is_imported_ahead_by_name() -> None:
    # import_ahead names modules by string: a renamed module would silently be imported on the key again.
    import importlib.util

    from screens.build_ahead import IMPORTED_AHEAD, import_ahead

    import_ahead()
    assert all(importlib.util.find_spec(name) is not None for name in IMPORTED_AHEAD)
    assert "screens.reflect" in IMPORTED_AHEAD
