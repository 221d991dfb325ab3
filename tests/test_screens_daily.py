"""What a person who reflects every day runs into (issue 12): a focus that stays put, a lost
streak in words, a draft named on Today, Settings that know nothing changed, dialog arrows,
and a weekly review that does not contradict itself."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from textual.widgets import Button, RadioSet, Static

from covey_coach.journal.paths import journal_paths
from covey_coach.journal.service import Journal
from covey_coach.journal.settings import Settings, save_settings
from covey_coach.journal.store import open_store
from covey_coach.models import Entry
from covey_coach.progress.schedule import Schedule
from screens.app import make_app
from screens.dialogs import ConfirmDialog
from screens.progress import ProgressScreen
from screens.reflect import ReflectScreen
from screens.settings import SettingsScreen
from screens.today import TodayScreen
from screens.weekly_review import WeeklyReviewScreen
from tests.snapshot_apps.driving import paste, settle
from tests.snapshot_apps.seeded import TODAY, ZONE, make_seeded_app

SIZE = (80, 24)


def text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def chosen(screen: WeeklyReviewScreen) -> int:
    button = screen.query_one("#review-habit", RadioSet).pressed_button
    assert button is not None and button.id
    return int(button.id.rsplit("-", 1)[1])


async def test_the_focus_is_the_same_on_all_three_screens_and_after_a_save(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir, review=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, WeeklyReviewScreen)
        focus = review.summary.suggested_focus
        assert chosen(review) == focus
        await pilot.press("escape")  # Later
        await settle(pilot)
        today = app.screen
        assert isinstance(today, TodayScreen)
        label, mission = text(today, "#focus-value"), text(today, "#focus-mission")
        assert label.startswith(f"{focus} · ")
        assert text(today, "#focus-note").startswith("Suggested: the habit with the lowest strength at the end of last")
        await pilot.press("r")
        await settle(pilot)
        reflect = app.screen
        assert isinstance(reflect, ReflectScreen)
        assert reflect.suggested == focus and reflect.form.habit == focus
        # a reflection on the focus habit itself, saved: the one change that used to move it
        await pilot.press("ctrl+n", "tab")
        await paste(pilot, "A guest needed a late checkout.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("right", "enter", "ctrl+s")
        await settle(pilot)
        assert app.screen is today
        assert sum(1 for e in app.journal.entries() if e.day == TODAY and e.habit == focus) == 1
        assert (text(today, "#focus-value"), text(today, "#focus-mission")) == (label, mission)
        await pilot.press("w")
        await settle(pilot)
        again = app.screen
        assert isinstance(again, WeeklyReviewScreen)
        assert again.summary.suggested_focus == focus and chosen(again) == focus
        assert f"Suggested: {label}, the habit with the lowest strength at the end of last week." in \
            " ".join(text(again, "#review-suggestion").split())


def lost_streak_journal(data_dir: Path) -> None:
    """Every day for sixty days, then a week without reflections: best 60, current 0."""
    save_settings(journal_paths(data_dir), Settings(schedule=Schedule(weekdays=None)))
    with open_store(data_dir) as store:
        store.add_many(Entry(id=f"s-{k}", created_at=datetime.combine(TODAY - timedelta(days=k), time(18),
                                                                      tzinfo=ZONE),
                             day=TODAY - timedelta(days=k), habit=k % 7 + 1, encounter="x", rating=3)
                       for k in range(8, 68))


async def test_a_lost_streak_names_the_best_one_on_today_and_progress(tmp_data_dir: Path) -> None:
    lost_streak_journal(tmp_data_dir)
    app = make_app(tmp_data_dir, None, "nl", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        if isinstance(app.screen, WeeklyReviewScreen):
            await pilot.press("escape")
            await settle(pilot)
        streak = text(app.screen, "#streak-value")
        assert streak.startswith("Op dit moment geen reeks; je langste was 60 dagen op rij.")
        assert "Nog geen reeks" not in streak
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProgressScreen)
        figures = text(app.screen, "#figures")
        assert figures.startswith("Reeks: op dit moment geen; je langste tot nu toe: 60 dagen op rij.")


async def test_today_names_a_draft_before_r_is_pressed(tmp_data_dir: Path) -> None:
    make_seeded_app("nl", tmp_data_dir)  # seeds the journal
    with Journal.open(tmp_data_dir) as journal:
        journal.save_draft({"encounter": "Een gast"}, 1)
    app = make_app(tmp_data_dir, None, "nl", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        today = app.screen
        assert isinstance(today, TodayScreen)
        line = today.query_one("#draft-line", Static)
        assert line.display and "onafgemaakte reflectie" in str(line.render())
        assert "druk op r om verder te gaan" in str(line.render())
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("f")  # start afresh: the draft is gone, and so is the line
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is today and not today.query_one("#draft-line").display


async def test_no_draft_no_line(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app.screen.query_one("#draft-line").display


async def test_settings_started_in_the_other_language_are_clean(tmp_data_dir: Path) -> None:
    make_seeded_app("en", tmp_data_dir)
    save_settings(journal_paths(tmp_data_dir), Settings(language="en", schedule=Schedule(weekdays=[0, 1, 2, 3, 4])))
    app = make_app(tmp_data_dir, None, "nl", today=TODAY)  # --lang nl over a saved English
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen), "nothing was changed: no question"
        await pilot.press("s")
        await settle(pilot)
        await pilot.click("#weekday-6")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog), "a real change still asks first"


async def test_arrow_keys_move_between_a_dialogs_buttons(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n", "tab")
        await paste(pilot, "Something to lose")
        await pilot.press("escape")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert app.focused is dialog.query_one("#no", Button)
        seen = []
        for key in ("left", "right", "up", "down"):
            await pilot.press(key)
            seen.append(app.focused.id if app.focused else None)
        assert seen == ["yes", "no", "yes", "no"]
        await pilot.press("left", "enter")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen), "enter on the focused button answers it"


async def test_the_review_of_a_week_without_reflections_says_only_that(tmp_data_dir: Path) -> None:
    save_settings(journal_paths(tmp_data_dir), Settings(schedule=Schedule(weekdays=[0, 1, 2, 3, 4])))
    with open_store(tmp_data_dir) as store:  # two weeks back: their strength still rises last week
        store.add_many(Entry(id=f"o-{k}", created_at=datetime.combine(TODAY - timedelta(days=k), time(18),
                                                                      tzinfo=ZONE),
                             day=TODAY - timedelta(days=k), habit=7, encounter="x", rating=3) for k in (8, 9, 10))
    for lang, expected in (("en", "No reflections last week (5 working days). A new week is a fresh start."),
                           ("nl", "Geen reflecties vorige week (5 werkdagen). Een nieuwe week is een nieuwe kans.")):
        app = make_app(tmp_data_dir, None, lang, today=TODAY)  # type: ignore[arg-type]
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, WeeklyReviewScreen)
            assert text(app.screen, "#review-figures") == expected
