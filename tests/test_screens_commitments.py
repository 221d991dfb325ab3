"""The commitment's follow-up on screen: asked at the check-in, stored, and counted in Progress and the journal."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import RadioSet, Static

from covey_coach.journal.store import open_store
from covey_coach.reflection.form import FOLLOWUP_ID
from screens.entry_view import EntryView
from screens.progress import ProgressScreen
from screens.reflect import ReflectScreen
from screens.today import TodayScreen
from tests.snapshot_apps.driving import paste, settle
from tests.snapshot_apps.seeded import TODAY, make_seeded_app

SIZE = (80, 24)


def figures(screen: ProgressScreen) -> str:
    return " ".join(str(screen.query_one("#figures", Static).render()).split())


async def write_the_rest_and_save(pilot, encounter: str) -> None:
    """From the check-in: an encounter, the suggested habit, no answers, rating 3, save."""
    await pilot.press("ctrl+n")
    await pilot.pause()
    await pilot.press("tab")
    await paste(pilot, encounter)
    await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
    await pilot.pause()
    await pilot.press("right", "right", "enter")
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_progress_shows_the_kept_rate_and_a_new_follow_up_moves_it(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ProgressScreen)
        # The seed: 12 plans, each but the newest followed up by the next reflection: 5 kept, 2 partly,
        # 2 not, 2 without an outcome.
        assert "Plans kept: 5 of 9 (56%); partly 2, not 2; 12 made, 11 followed up." in figures(screen)

        await pilot.press("t")
        await pilot.pause()
        await pilot.press("enter")  # Reflect: the check-in asks about the newest plan
        await pilot.pause()
        reflect = app.screen
        assert isinstance(reflect, ReflectScreen)
        assert "Ask my guests' names at the desk first." in reflect.form.followup_question
        await pilot.press("tab", "enter")  # kept; no line written
        assert reflect.query_one("#followup-outcome", RadioSet).pressed_button.id == "followup-outcome-kept"
        await write_the_rest_and_save(pilot, "A guest asked for the lift.")
        assert isinstance(app.screen, TodayScreen)
        await pilot.press("p")
        await settle(pilot)
        assert "Plans kept: 6 of 10 (60%); partly 2, not 2; 12 made, 12 followed up." in figures(app.screen)

    with open_store(tmp_data_dir, readonly=True) as store:
        [new] = [e for e in store.entries() if e.day == TODAY]
    assert new.followup is not None and (new.followup.entry, new.followup.outcome) == ("seed-12", "kept")
    [asked] = [a for a in new.answers if a.question_id == FOLLOWUP_ID]
    assert asked.answer == "" and "Ask my guests' names" in asked.question, "the question as asked is kept"


async def test_the_journal_shows_how_the_plan_went_and_an_edit_keeps_it(tmp_data_dir: Path) -> None:
    app = make_seeded_app("nl", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("tab", "right", "right", "enter")  # nee
        await pilot.press("tab")
        await paste(pilot, "Vergeten, het was druk.")
        await write_the_rest_and_save(pilot, "Een klant zocht de lift.")
        with open_store(tmp_data_dir, readonly=True) as store:
            [new] = [e for e in store.entries() if e.day == TODAY]
        assert new.followup is not None and new.followup.outcome == "not_kept"

        await app.push_screen(EntryView(new))
        await settle(pilot)
        shown = [str(s.render()) for s in app.screen.query(".entry-text").results(Static)]
        assert "Nee\nVergeten, het was druk." in shown

        app.push_screen(ReflectScreen(new))
        await settle(pilot)
        edit = app.screen
        assert isinstance(edit, ReflectScreen)
        assert edit.query_one("#followup-outcome", RadioSet).pressed_button.id == "followup-outcome-not_kept"
        await pilot.press("ctrl+s")
        await settle(pilot)
    with open_store(tmp_data_dir, readonly=True) as store:
        again = store.get(new.id)
    assert again is not None and again.followup == new.followup
