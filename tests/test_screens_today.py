"""Today: the streak, this week's focus and the done-today state, read from a seeded journal."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from textual.widgets import Static

from covey_coach.models import Entry, WeeklyReview
from covey_coach.journal.store import open_store
from screens.app import make_app
from screens.today import TodayScreen, greeting_key
from screens.weekly_review import WeeklyReviewScreen
from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import TODAY, ZONE, make_seeded_app, seed_journal

SIZE = (80, 24)


def shown(screen: TodayScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_streak_focus_and_not_yet_done(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TodayScreen)
        # Mon-Fri schedule: the weekend without a reflection neither adds nor breaks; two Saturdays add.
        assert shown(screen, "#streak-value") == "12 days in a row with a reflection."
        assert shown(screen, "#focus-value") == "5 · Seek first to understand, then to be understood"
        assert "weekly review" in shown(screen, "#focus-note")
        mission = app.pack.habit(5).mission.get("en")
        assert shown(screen, "#focus-mission") == f"Field mission: {mission}"
        assert not screen.query_one("#milestone").display, "no milestone passed today"
        assert shown(screen, "#done-value").startswith("Not yet")
        assert "Ask my guests' names at the desk first." in shown(screen, "#commitment-value")
        assert shown(screen, "#greeting").startswith("Good evening")


async def test_done_today_and_the_weakest_habit_of_last_week_without_a_review(tmp_data_dir: Path) -> None:
    seed_journal(tmp_data_dir, "nl", review=False)
    with open_store(tmp_data_dir) as store:
        store.add(Entry(id="today-1", created_at=datetime.combine(TODAY, time(17), tzinfo=ZONE), day=TODAY,
                        habit=3, encounter="Vandaag", rating=4, commitment="Morgen weer"))
    app = make_app(tmp_data_dir, None, "nl", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WeeklyReviewScreen), "a new week without a review: it is offered first"
        await pilot.press("escape")
        await settle(pilot)
        screen = app.screen
        assert shown(screen, "#streak-value") == "13 dagen op rij met een reflectie."
        # the one rule: the weakest habit at last Sunday (6 and 7 have one reflection each; 6's is newer
        # but 6's is newer, so fewer of its working days had counted), not moved by today's reflection on 3
        assert shown(screen, "#focus-value") == "6 · Creëer synergie"
        assert "eind van vorige week" in shown(screen, "#focus-note")
        assert shown(screen, "#done-value") == "Gedaan: je hebt vandaag gereflecteerd."
        assert "Morgen weer" in shown(screen, "#commitment-value")
        assert shown(screen, "#commitment-label") == "Volgende keer", "today's plan is for the next shift"


async def test_an_empty_journal_has_no_streak_and_no_last_commitment(tmp_data_dir: Path) -> None:
    app = make_app(tmp_data_dir, None, "en", today=TODAY + timedelta(days=1))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert shown(screen, "#streak-value").startswith("No streak yet")
        assert shown(screen, "#focus-value").startswith("1 · Be proactive")
        assert not screen.query_one("#commitment-row").display


def test_greeting_follows_the_hour_and_late_shifts() -> None:
    assert [greeting_key(h).rsplit("_", 1)[1] for h in (2, 4, 11, 12, 17, 18, 23)] == [
        "night", "morning", "morning", "afternoon", "afternoon", "evening", "evening"]


async def test_a_milestone_shows_on_the_day_it_is_reached_and_is_gone_the_next(tmp_data_dir: Path) -> None:
    with open_store(tmp_data_dir) as store:
        for back in range(7):  # every day is a working day: seven in a row, the last one today
            day = TODAY - timedelta(days=back)
            store.add(Entry(created_at=datetime.combine(day, time(17), tzinfo=ZONE), day=day, habit=1,
                            encounter="A guest", rating=4))
        for week in ("2026-W48", "2026-W49"):
            store.save_review(WeeklyReview(week=week, created_at=datetime.combine(TODAY, time(8), tzinfo=ZONE),
                                           focus_habit=1))
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        milestone = app.screen.query_one("#milestone", Static)
        assert milestone.display and "★ 7 days in a row: a milestone!" in str(milestone.render())
    app = make_app(tmp_data_dir, None, "en", today=TODAY + timedelta(days=1))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#milestone").display, "yesterday's milestone is not repeated"
