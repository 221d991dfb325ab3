"""The weekly review: offered on a new week only when due, saved with the chosen habit and its
mission, shown on Today afterwards, and put off for the day with Esc."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from textual.widgets import Input, RadioSet, Static

from covey_coach.content.pack import load_content
from covey_coach.models import Entry, WeeklyReview
from covey_coach.journal.paths import journal_paths
from covey_coach.journal.settings import load_settings
from covey_coach.journal.store import open_store
from screens.app import make_app
from screens.today import TodayScreen
from screens.weekly_review import WeeklyReviewScreen
from tests.snapshot_apps.driving import settle, type_text
from tests.snapshot_apps.seeded import TODAY, ZONE, make_seeded_app, seed_journal

SIZE = (80, 24)


def text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def scroll_to_and_click(pilot, screen, selector: str) -> None:
    """At 80x24 the review scrolls: a person scrolls down to the habits before clicking one."""
    screen.query_one(selector).scroll_visible(animate=False)
    await pilot.pause()
    await pilot.click(selector)


def mission(habit: int, lang: str = "en") -> str:
    content = load_content(None).habit(habit).mission
    assert content is not None
    return content.get(lang)


async def test_the_review_is_offered_on_a_new_week_with_the_weakest_habit_chosen(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir, review=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WeeklyReviewScreen)
        assert screen.sub_title == "Weekly review · week 48"
        figures = text(screen, "#review-figures")
        assert "6 reflections, on 5 of your 5 working days. Mean rating: 4.2." in figures
        assert "Grew most: 5 · Seek first to understand" in figures
        assert "Ask my guests' names at the desk first." in text(screen, "#review-commitments")
        assert "6 · Synergize" in text(screen, "#review-suggestion")
        assert screen.query_one("#review-habit", RadioSet).pressed_button.id == "review-habit-6"
        assert text(screen, "#review-mission") == mission(6)


async def test_no_review_is_offered_when_this_week_has_one_or_the_journal_is_new(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)  # this week's review is made
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    fresh = tmp_data_dir / "fresh"
    with open_store(fresh) as store:  # a first reflection this week: nothing to look back on
        store.add(Entry(created_at=datetime.combine(TODAY, time(9), tzinfo=ZONE), day=TODAY, habit=1,
                        encounter="First day", rating=3))
    app = make_app(fresh, None, "en", today=TODAY + timedelta(days=2))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)


async def test_saving_stores_the_habit_and_mission_and_today_shows_them(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir, review=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert app.focused is screen.query_one("#review-mission-result"), "last week's mission is asked first"
        assert mission(1) in text(screen, "#review-last-mission")
        assert "Of last week's plans: 2 of 4 kept (50%), partly 1, not 1." in text(screen, "#review-commitments")
        await type_text(pilot, "nobody acted")
        await scroll_to_and_click(pilot, screen, "#review-habit-2")
        assert text(screen, "#review-mission") == mission(2), "the mission follows the chosen habit"
        assert "Your choice: 2 · Begin with the end in mind" in text(screen, "#review-mission-title")
        screen.query_one("#review-note", Input).focus()
        await type_text(pilot, "ask why")
        await pilot.press("ctrl+s")
        await settle(pilot)
        today = app.screen
        assert isinstance(today, TodayScreen)
        assert text(today, "#focus-value") == "2 · Begin with the end in mind"
        assert text(today, "#focus-note") == "You chose it in your weekly review today."
        assert text(today, "#focus-mission") == f"Field mission: {mission(2)}"
    with open_store(tmp_data_dir, readonly=True) as store:
        review = store.review("2026-W48")
    assert review is not None
    assert (review.focus_habit, review.mission, review.note) == (2, mission(2), "ask why")
    assert review.mission_result == "nobody acted"
    again = make_app(tmp_data_dir, None, "en", today=TODAY + timedelta(days=1))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, TodayScreen), "saved: not offered again this week"
        await pilot.press("w")
        await pilot.pause()
        assert again.screen.query_one("#review-mission-result", Input).value == "nobody acted"


async def test_later_puts_the_review_off_for_the_day_only(tmp_data_dir: Path) -> None:
    seed_journal(tmp_data_dir, "nl", review=False)
    app = make_app(tmp_data_dir, None, "nl", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WeeklyReviewScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
    assert load_settings(journal_paths(tmp_data_dir)).review_postponed == TODAY
    same_day = make_app(tmp_data_dir, None, "nl", today=TODAY)
    async with same_day.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(same_day.screen, TodayScreen)
        await pilot.press("w")  # still there on demand
        await pilot.pause()
        assert isinstance(same_day.screen, WeeklyReviewScreen)
    next_day = make_app(tmp_data_dir, None, "nl", today=TODAY + timedelta(days=1))
    async with next_day.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(next_day.screen, WeeklyReviewScreen)


async def test_w_reopens_this_weeks_review_with_its_choice(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)  # habit 5 chosen this week
    settings_file = journal_paths(tmp_data_dir).settings
    before = settings_file.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WeeklyReviewScreen)
        assert screen.query_one("#review-habit", RadioSet).pressed_button.id == "review-habit-5"
        assert "6 · Synergize" in text(screen, "#review-suggestion"), "still names the weakest habit"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
    assert settings_file.read_bytes() == before, "Esc on a review you asked for puts nothing off"


async def test_without_an_earlier_mission_the_review_asks_nothing_about_one(tmp_data_dir: Path) -> None:
    seed_journal(tmp_data_dir, "en", review=False)
    with open_store(tmp_data_dir) as store:  # last week's review chose a habit the pack gave no mission
        store.save_review(WeeklyReview(week="2026-W47", created_at=datetime.combine(TODAY, time(8), tzinfo=ZONE),
                                       focus_habit=1, mission=""))
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WeeklyReviewScreen)
        assert not screen.query("#review-mission-result") and not screen.query("#review-last-mission")
        assert app.focused is screen.query_one("#review-habit")
        await pilot.press("ctrl+s")
        await settle(pilot)
    with open_store(tmp_data_dir, readonly=True) as store:
        assert store.review("2026-W48").mission_result == ""
