"""Settings: the schedule, days off, targets and language are saved to the settings file and used
at once; a day off that does not read shows a hint in words and nothing is saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input, OptionList, Select, Static

from covey_coach.journal.paths import journal_paths
from covey_coach.progress.schedule import DayRange
from covey_coach.journal.settings import load_settings
from screens.dialogs import ConfirmDialog
from screens.progress import ProgressScreen
from screens.settings import SettingsScreen
from screens.today import TodayScreen
from screens.widgets import Heatmap
from tests.snapshot_apps.driving import paste, settle
from tests.snapshot_apps.seeded import TODAY, make_seeded_app

SIZE = (80, 24)


async def open_settings(pilot) -> SettingsScreen:
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SettingsScreen)
    return screen


async def add_day_off(pilot, screen: SettingsScreen, text: str) -> None:
    screen.query_one("#off-input", Input).focus()
    await paste(pilot, text)
    await pilot.press("enter")
    await pilot.pause()


def shown(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_settings_change_the_schedule_and_the_saved_file_holds_it(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot)
        await pilot.click("#weekday-4")  # Friday is no longer a working day
        await add_day_off(pilot, screen, "2026-11-23")
        await add_day_off(pilot, screen, "2026-12-24..2026-12-26")
        assert screen.query_one("#off-list", OptionList).option_count == 2
        assert shown(screen, "#schedule-describe") == "Your schedule: Mon–Thu, 4 days off."
        screen.query_one("#times-3", Input).value = "3"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        await pilot.press("p")
        await settle(pilot)
        progress = app.screen
        assert isinstance(progress, ProgressScreen)
        cells = {c.day: c.state for column in progress.query_one("#heatmap", Heatmap).columns for c in column}
        assert cells[TODAY] == "off" and cells[date(2026, 11, 20)] == "reflected"
    saved = load_settings(journal_paths(tmp_data_dir))
    assert saved.schedule.weekdays == [0, 1, 2, 3]
    assert saved.schedule.off == [DayRange(start=TODAY, end=TODAY),
                                  DayRange(start=date(2026, 12, 24), end=date(2026, 12, 26))]
    assert saved.target(3) == (3, 7) and saved.target(5) == (1, 7)
    assert app.settings == saved


async def test_a_bad_day_off_shows_a_hint_in_words_and_saves_nothing(tmp_data_dir: Path) -> None:
    app = make_seeded_app("nl", tmp_data_dir)
    settings_file = journal_paths(tmp_data_dir).settings
    before = settings_file.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot)
        await add_day_off(pilot, screen, "2026-13-01")
        hint = screen.query_one("#off-hint", Static)
        assert hint.has_class("-shown")
        assert str(hint.render()).startswith("‘2026-13-01’ is geen dag of reeks dagen.")
        assert screen.query_one("#off-list", OptionList).option_count == 0
        await pilot.press("ctrl+s")  # the bad text is still in the field
        await settle(pilot)
        assert app.screen is screen, "not saved, so the screen stays"
        assert screen.query_one("#off-input", Input).value == "2026-13-01", "what was typed stays to be fixed"
    assert settings_file.read_bytes() == before


async def test_a_target_out_of_range_and_no_working_day_are_refused(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    settings_file = journal_paths(tmp_data_dir).settings
    before = settings_file.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot)
        screen.query_one("#days-6", Input).value = "0"
        for day in range(5):
            await pilot.click(f"#weekday-{day}")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert shown(screen, "#target-hint").startswith("Habit 6: write whole numbers from 1 to 31")
        assert shown(screen, "#weekday-hint") == "Tick at least one working day."
    assert settings_file.read_bytes() == before


async def test_choosing_another_language_saves_it_and_speaks_it(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot)
        screen.query_one("#language", Select).value = "nl"
        await pilot.press("ctrl+s")
        await settle(pilot)
        today = app.screen
        assert isinstance(today, TodayScreen)
        assert str(today.query_one("#streak-value", Static).render()).startswith("12 dagen")
    assert load_settings(journal_paths(tmp_data_dir)).language == "nl"


async def test_leaving_unchanged_settings_asks_nothing_but_changed_ones_ask_first(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen), "nothing changed (the language still follows the computer)"
        screen = await open_settings(pilot)
        await pilot.click("#weekday-5")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen, "keep editing"
