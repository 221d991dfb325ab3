"""The Reflect flow, driven by keys at 80x24: what is typed is what lands in the journal."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.widgets import Input, RadioSet, SelectionList, TextArea

from covey_coach.content.pack import load_content
from covey_coach.habits import Channel
from covey_coach.journal.paths import journal_paths
from covey_coach.journal.store import open_store
from screens.app import FROZEN_HOUR
from screens.widgets import TickBox
from screens.dialogs import ConfirmDialog, DraftDialog
from screens.reflect import ReflectScreen
from covey_coach.reflection.form import FOLLOWUP_ID
from screens.today import TodayScreen
from tests.snapshot_apps.driving import paste, settle, type_text
from tests.snapshot_apps.seeded import TODAY, make_seeded_app

SIZE = (80, 24)


def stored(data_dir: Path) -> dict:
    with open_store(data_dir, readonly=True) as store:
        return {e.id: e for e in store.entries()}


def pressed(screen: ReflectScreen, set_id: str) -> str | None:
    button = screen.query_one(f"#{set_id}", RadioSet).pressed_button
    return button.id if button else None


def area(screen: ReflectScreen, area_id: str) -> str:
    return screen.query_one(f"#{area_id}", TextArea).text


async def fill_everything(pilot, app) -> ReflectScreen:
    """Walk steps 1-6 by keyboard, choosing and typing something in every field."""
    await pilot.press("enter")  # Today: start
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ReflectScreen) and screen.step == 0
    await pilot.press("right", "right", "right", "enter")  # energy 4
    await pilot.press("tab", "right", "enter")  # last time's plan: partly kept
    await pilot.press("tab")
    await paste(pilot, "Tried it, the guest smiled.")
    await pilot.press("ctrl+n")  # 2: the encounter
    await pilot.pause()
    assert screen.step == 1
    await pilot.press("right", "enter")  # phone
    await pilot.press("tab")
    await paste(pilot, "A caller lost her booking code.\nShe was in a hurry.")
    await pilot.press("ctrl+n")  # 3: the habit; 5 is suggested (this week's review)
    await pilot.pause()
    assert pressed(screen, "habit") == "habit-5"
    await pilot.press("up", "enter")  # habit 4
    await pilot.press("ctrl+n")  # 4: questions
    await pilot.pause()
    assert screen.step == 3 and len(screen.form.questions) == 3
    await type_text(pilot, "one")  # typed key by key, like a person
    for text in ("two", "three"):
        await pilot.press("tab")
        await paste(pilot, text)
    await pilot.press("ctrl+n")  # 5: verdict
    await pilot.pause()
    assert app.focused is screen.query_one("#rating")
    await pilot.press("right", "right", "right", "right", "enter")  # rating 5
    await pilot.press("tab", "space", "down", "down", "down", "space")  # principles 1 and 4
    await pilot.press("tab", "space")  # Sammy moment on
    await pilot.press("ctrl+n")  # 6: commitment
    await pilot.pause()
    await paste(pilot, "Spell the code back.")
    await pilot.press("tab")
    await paste(pilot, "late shift, booking,  late shift ,")
    await pilot.press("tab", "space")  # keep private
    await pilot.pause()
    return screen


async def test_the_whole_flow_saves_every_field_as_typed(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await fill_everything(pilot, app)
        asked = [(q.id, q.text) for q in screen.form.questions]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert "Done" in str(app.screen.query_one("#done-value").render())

    new = [e for e in stored(tmp_data_dir).values() if not e.id.startswith("seed-")]
    assert len(new) == 1
    entry = new[0]
    assert entry.created_at == datetime.combine(TODAY, FROZEN_HOUR).astimezone()
    assert entry.day == TODAY
    assert entry.habit == 4
    assert entry.channel is Channel.PHONE
    assert entry.encounter == "A caller lost her booking code.\nShe was in a hurry."
    assert entry.energy == 4
    assert entry.rating == 5
    assert entry.principles == ["welcome", "worry"]
    assert entry.sammy is True
    assert entry.commitment == "Spell the code back."
    assert entry.tags == ["late shift", "booking"]
    assert entry.private is True
    followup, *answers = entry.answers
    assert followup.question_id == FOLLOWUP_ID
    assert "Ask my guests' names at the desk first." in followup.question
    assert followup.answer == "Tried it, the guest smiled."
    planned = stored(tmp_data_dir)[entry.followup.entry]
    assert planned.commitment == "Ask my guests' names at the desk first." and planned.day < TODAY
    assert entry.followup.outcome == "partly"
    pack = load_content(tmp_data_dir)
    assert [(a.question_id, a.question) for a in answers] == asked
    assert all(pack.habit_of(a.question_id) == 4 and pack.question(a.question_id).get("en") == a.question
               for a in answers)
    assert [a.answer for a in answers] == ["one", "two", "three"]
    assert not journal_paths(tmp_data_dir).draft.exists()


async def test_back_and_forward_keep_what_was_typed(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        screen = app.screen
        await pilot.press("tab")
        await type_text(pilot, "Desk guest")
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        questions = [q.id for q in screen.form.questions]
        await type_text(pilot, "mine")
        await pilot.press("ctrl+b", "ctrl+b")
        await pilot.pause()
        assert screen.step == 1
        assert area(screen, "encounter") == "Desk guest"
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        assert screen.step == 3
        assert [q.id for q in screen.form.questions] == questions, "the same questions, not a new draw"
        assert area(screen, "answer-0") == "mine"
        await pilot.press("ctrl+b", "ctrl+b", "ctrl+b", "ctrl+b")  # one more than there are steps back
        await pilot.pause()
        assert screen.step == 0


async def test_escape_asks_and_discards_only_on_yes(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    draft = journal_paths(tmp_data_dir).draft
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n", "tab")
        await paste(pilot, "Keep me")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)
        assert area(app.screen, "encounter") == "Keep me"
        await pilot.press("ctrl+n")  # a step change writes the draft at once
        await settle(pilot)
        assert draft.exists()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
    assert not draft.exists()
    assert len(stored(tmp_data_dir)) == 12, "nothing was added"


async def test_a_draft_survives_closing_the_app_and_restores_every_field(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await fill_everything(pilot, app)
        await pilot.press("ctrl+b")  # leave it on step 5
        await pilot.pause()
        typed = screen.form.to_fields()
        # closing now, without saving and before the typing pause has passed
    paths = journal_paths(tmp_data_dir)
    assert paths.draft.exists()

    from screens.app import make_app

    again = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(again.screen, DraftDialog)
        await pilot.press("c")
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, ReflectScreen)
        assert screen.step == 4
        assert screen.form.to_fields() == typed
        # and the widgets show it, not just the form behind them
        assert pressed(screen, "energy") == "energy-4"
        assert area(screen, "followup") == "Tried it, the guest smiled."
        assert pressed(screen, "channel") == "channel-phone"
        assert area(screen, "encounter") == "A caller lost her booking code.\nShe was in a hurry."
        assert pressed(screen, "habit") == "habit-4"
        assert [area(screen, f"answer-{i}") for i in range(3)] == ["one", "two", "three"]
        assert pressed(screen, "rating") == "rating-5"
        assert screen.query_one("#principles", SelectionList).selected == ["welcome", "worry"]
        assert screen.query_one("#sammy", TickBox).value is True
        assert area(screen, "commitment") == "Spell the code back."
        assert screen.query_one("#tags", Input).value == "late shift, booking"
        assert screen.query_one("#private", TickBox).value is True
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(again.screen, TodayScreen)
    assert not paths.draft.exists()
    new = [e for e in stored(tmp_data_dir).values() if not e.id.startswith("seed-")]
    assert len(new) == 1 and new[0].encounter == "A caller lost her booking code.\nShe was in a hurry." and new[0].rating == 5
    assert new[0].private is True and new[0].tags == ["late shift", "booking"]


async def test_starting_afresh_throws_the_draft_away(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n", "tab")
        await paste(pilot, "Half a thought")
        await pilot.pause()
    from screens.app import make_app

    again = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(again.screen, DraftDialog)
        assert again.screen.preview == "Half a thought", "typed just before closing, so written on the way out"
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(again.screen, ReflectScreen)
        assert again.screen.form.encounter == ""
        assert not journal_paths(tmp_data_dir).draft.exists()


async def test_saving_without_the_required_fields_goes_to_the_open_step(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectScreen) and screen.step == 1
        assert "what happened" in str(screen.query_one("#hint-encounter").render())
        assert app.focused is screen.query_one("#encounter"), "the cursor is in the missing field"
        await pilot.press("space", "O", "k")  # a space in the channel set chose "Desk" before
        assert screen.query_one("#encounter", TextArea).text == " Ok"
        assert screen.query_one("#channel", RadioSet).pressed_button is None
        await paste(pilot, " A short one.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert screen.step == 4, "the rating is still open"
        assert app.focused is screen.query_one("#rating")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.focused is screen.query_one("#rating"), "asked again, still there"
    assert len(stored(tmp_data_dir)) == 12


async def test_esc_after_only_looking_at_the_questions_asks_nothing(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n", "ctrl+n", "ctrl+n")
        await settle(pilot)
        assert app.screen.step == 3 and app.screen.query("#answer-0"), "the empty answer boxes are there"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen), "nothing typed: no warning that it will be lost"
    assert not journal_paths(tmp_data_dir).draft.exists()


async def test_esc_after_typing_an_answer_still_asks(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n", "ctrl+n", "ctrl+n")
        await settle(pilot)
        await paste(pilot, "I asked first.")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)


async def test_looking_through_the_steps_without_typing_leaves_no_draft(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n", "ctrl+n", "ctrl+n")
        await settle(pilot)
        assert app.screen.step == 3
    assert not journal_paths(tmp_data_dir).draft.exists()
