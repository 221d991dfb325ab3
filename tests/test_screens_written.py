"""Reflect shows what the pack has written: the chosen habit's examples, a reality check of a
ticked principle on the verdict step (again when the ticks change), the pack's Sammy question."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Collapsible, SelectionList, Static

from covey_coach.content import load_builtin
from covey_coach.i18n import Translator
from covey_coach.reflection.written import reality_check
from screens.reflect import ReflectScreen
from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import TODAY, make_seeded_app

SIZE = (80, 24)
PACK = load_builtin()


def text_of(screen: ReflectScreen, selector: str) -> str:
    return " ".join(str(screen.query_one(selector, Static).render()).split())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_habit_step_shows_the_chosen_habits_examples(tmp_data_dir: Path, lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n", "ctrl+n")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectScreen) and screen.form.habit == 5
        shown = text_of(screen, "#habit-examples")
        assert shown.startswith(Translator(lang)("reading.reflect.examples"))
        assert all(flat(x.get(lang)) in shown for x in PACK.habit(5).examples)
        await pilot.press("up", "enter")  # habit 4
        await pilot.pause()
        shown = text_of(screen, "#habit-examples")
        assert all(flat(x.get(lang)) in shown for x in PACK.habit(4).examples)
        assert not any(flat(x.get(lang)) in shown for x in PACK.habit(5).examples)
        assert screen.form.habit == 4  # the screen still reads the choice


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_verdict_shows_a_reality_check_of_a_ticked_principle(tmp_data_dir: Path, lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    t = Translator(lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectScreen) and screen.step == 4
        assert text_of(screen, "#reality-check") == t("reading.reflect.reality_check_none")

        await pilot.press("tab", "space")  # the first principle: welcome
        await pilot.pause()
        expected = reality_check(PACK, lang, ["welcome"], TODAY)
        shown = text_of(screen, "#reality-check")
        assert PACK.principle("welcome").name.get(lang) in shown and flat(expected.text) in shown
        assert screen.form.principles == ["welcome"]

        await pilot.press("space", "down", "down", "down", "down", "down", "space")  # only recovery
        await pilot.pause()
        assert screen.query_one("#principles", SelectionList).selected == ["recovery"]
        shown = text_of(screen, "#reality-check")
        assert flat(reality_check(PACK, lang, ["recovery"], TODAY).text) in shown
        assert PACK.principle("recovery").name.get(lang) in shown


async def test_the_reality_check_of_an_edited_entry_is_chosen_for_its_own_day(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        entry = next(e for e in app.journal.entries() if e.principles and reality_check(
            PACK, "en", e.principles, e.day) != reality_check(PACK, "en", e.principles, TODAY))
        app.push_screen(ReflectScreen(entry))
        await settle(pilot)
        screen = app.screen
        expected = reality_check(PACK, "en", entry.principles, entry.day)
        assert flat(expected.text) in text_of(screen, "#reality-check")


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_sammy_question_is_the_packs_and_its_story_opens_on_enter(tmp_data_dir: Path, lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n")
        await settle(pilot)
        screen = app.screen
        assert text_of(screen, "#sammy-label") == flat(PACK.sammy.prompt.get(lang))
        story = screen.query_one("#sammy-more", Collapsible)
        assert story.collapsed and not screen.query_one("#sammy-explain").region.height
        await pilot.press("tab", "tab", "tab")  # the principles, the Sammy tick, the story's title
        await pilot.press("enter")
        await pilot.pause()
        assert not story.collapsed and screen.query_one("#sammy-explain").region.height > 0
        assert flat(PACK.sammy.explain.get(lang)) in text_of(screen, "#sammy-explain")
        assert screen.form.sammy is False  # opening the story ticks nothing


async def test_at_60x20_tab_brings_the_examples_into_view(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("enter", "ctrl+n", "ctrl+n")
        await settle(pilot)
        screen = app.screen
        box = screen.query_one("#habit-examples")
        visible = screen.query_one("#step-habit").region
        assert not visible.contains_region(box.region)  # below the habits and their meaning
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is box and visible.contains_region(box.region)
