"""Settings: the schedule, days off, targets and language are saved to the settings file and used
at once; a day off that does not read shows a hint in words and nothing is saved."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Select, Static

from covey_coach.journal.paths import journal_paths
from covey_coach.progress.schedule import DayRange, Period, ScheduleHistory
from covey_coach.journal.settings import load_settings
from screens.dialogs import ConfirmDialog
from screens.progress import ProgressScreen
from screens.settings import SettingsScreen
from screens.today import TodayScreen
from screens.widgets import Heatmap, TickBox
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
        await add_day_off(pilot, screen, "24-12-2026..26-12-2026")  # day first, as the placeholder shows
        off_list = screen.query_one("#off-list", OptionList)
        assert [str(off_list.get_option_at_index(k).prompt) for k in range(off_list.option_count)] == [
            "23 Nov", "24 Dec to 26 Dec (3 days)"]
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
    assert saved.schedule.periods == [Period(weekdays=[0, 1, 2, 3])], "no From date: the new days hold on every day"
    assert saved.schedule.off == [DayRange(start=TODAY, end=TODAY),
                                  DayRange(start=date(2026, 12, 24), end=date(2026, 12, 26))]
    assert saved.target(3) == (3, 7) and saved.target(5) == (1, 7)
    assert app.settings == saved


@pytest.mark.parametrize("field, text, sentence", [
    ("off", "2026-13-01", "Vrije dagen: ‘2026-13-01’ is geen dag of reeks dagen. Schrijf één dag als 25-12-2026"),
    ("off", "12-25-2026", "Vrije dagen: ‘12-25-2026’ is geen dag"),  # month first is never read
    ("from", "2026-11-31", "Vanaf: ‘2026-11-31’ is geen datum. Schrijf dd-mm-jjjj of jjjj-mm-dd"),
    ("from", "31-11-2026", "Vanaf: ‘31-11-2026’ is geen datum."),
])
async def test_a_bad_day_off_or_from_date_shows_a_hint_in_words_and_saves_nothing(
        tmp_data_dir: Path, field: str, text: str, sentence: str) -> None:
    app = make_seeded_app("nl", tmp_data_dir)
    settings_file = journal_paths(tmp_data_dir).settings
    before = settings_file.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot)
        screen.query_one(f"#{field}-input", Input).focus()
        await paste(pilot, text)
        await pilot.press("enter")  # adds a day off; the From box waits for saving
        await pilot.pause()
        assert screen.query_one("#off-list", OptionList).option_count == 0
        await pilot.press("ctrl+s")  # the bad text is still in the field
        await settle(pilot)
        hint = screen.query_one(f"#{field}-hint", Static)
        assert hint.has_class("-shown") and str(hint.render()).startswith(sentence)
        assert app.screen is screen, "not saved, so the screen stays"
        assert screen.query_one(f"#{field}-input", Input).value == text, "what was typed stays to be fixed"
        assert shown(screen, "#periods") == "Vanaf het begin: ma–vr", "the saved periods are shown meanwhile"
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


# -- the schedule's history ------------------------------------------------------------------------


async def test_a_from_date_adds_a_period_and_the_weeks_before_it_stay(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        last_week = app.stats_at(TODAY - timedelta(days=1)).to_json()
        screen = await open_settings(pilot)
        assert shown(screen, "#periods") == "From the start: Mon–Fri"
        await pilot.click("#weekday-5")  # Saturdays too, but only from today on
        screen.query_one("#from-input", Input).focus()
        await paste(pilot, "23-11-2026")  # day first, as the placeholder shows
        assert shown(screen, "#periods") == "From the start to 22 Nov: Mon–Fri\nFrom 23 Nov: Mon–Sat"
        assert shown(screen, "#schedule-describe") == "Your schedule: From 23 Nov: Mon–Sat."
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert app.stats_at(TODAY - timedelta(days=1)).to_json() == last_week, "the weeks before it stay"
        again = await open_settings(pilot)
        assert shown(again, "#periods") == "From the start to 22 Nov: Mon–Fri\nFrom 23 Nov: Mon–Sat"
        assert again.query_one("#from-input", Input).value == ""
        assert [again.query_one(f"#weekday-{d}", TickBox).value for d in range(7)] == [True] * 6 + [False]
    stored = json.loads(journal_paths(tmp_data_dir).settings.read_text(encoding="utf-8"))
    assert stored["schedule"]["periods"] == [
        {"start": None, "weekdays": [0, 1, 2, 3, 4], "rrule": None},
        {"start": "2026-11-23", "weekdays": [0, 1, 2, 3, 4, 5], "rrule": None},
    ]


@pytest.mark.parametrize("later, shown_as, ticked", [
    (Period(start=date(2026, 11, 16), rrule="FREQ=DAILY;INTERVAL=2"), "By the rule FREQ=DAILY;INTERVAL=2", []),
    (Period(start=date(2026, 11, 16), weekdays=[5, 6]), "Sat, Sun", [5, 6]),
])
async def test_saving_other_settings_keeps_every_period(tmp_data_dir: Path, later: Period, shown_as: str,
                                                        ticked: list[int]) -> None:
    history = ScheduleHistory(periods=[Period(weekdays=[0, 1, 2, 3, 4]), later])
    app = make_seeded_app("en", tmp_data_dir)
    app.settings = app.settings.model_copy(update={"schedule": history})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot)
        assert bool(screen.query("#rrule-note")) == bool(later.rrule), "a rota is named, with no weekday ticked"
        assert [d for d in range(7) if screen.query_one(f"#weekday-{d}", TickBox).value] == ticked
        assert shown(screen, "#periods") == f"From the start to 15 Nov: Mon–Fri\nFrom 16 Nov: {shown_as}"
        screen.query_one("#times-3", Input).value = "2"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
    saved = load_settings(journal_paths(tmp_data_dir))
    assert saved.schedule == history and saved.target(3) == (2, 7)


async def test_two_bad_targets_are_named_in_the_plural(tmp_data_dir: Path) -> None:
    app = make_seeded_app("nl", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot)
        screen.query_one("#days-2", Input).value = "0"
        screen.query_one("#times-6", Input).value = "x"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert shown(screen, "#target-hint").startswith("Eigenschappen 2, 6: schrijf hele getallen van 1 tot en met")
        screen.query_one("#days-2", Input).value = "7"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert shown(screen, "#target-hint").startswith("Eigenschap 6: schrijf hele getallen")
