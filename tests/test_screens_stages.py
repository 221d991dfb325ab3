"""The Questions step: one question per stage of the arc, each named by its stage, fitting the channel."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from textual.widgets import Static

from covey_coach.content.pack import load_content
from covey_coach.journal.store import open_store
from covey_coach.models import Answer, Entry
from screens.reflect import ReflectScreen
from tests.snapshot_apps.driving import paste, settle
from tests.snapshot_apps.seeded import TODAY, ZONE, make_seeded_app

SIZE = (80, 24)
LABELS = {"en": ["Notice and feel", "So what?", "Now what?"],
          "nl": ["Opmerken en voelen", "Wat betekent het?", "Hoe verder?"]}


def prompts(screen: ReflectScreen) -> list[str]:
    return [str(s.render()) for s in screen.query("#step-questions .question").results(Static)]


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_each_question_shows_its_stage_in_order_and_fits_the_channel(tmp_data_dir: Path, lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        await pilot.press("right", "enter")  # phone
        await pilot.press("tab")
        await paste(pilot, "A caller could not find her code.")
        await pilot.press("ctrl+n", "ctrl+n")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectScreen) and screen.step == 3
        pack = load_content(tmp_data_dir)
        asked = [pack.question(q.id) for q in screen.form.questions]
        assert [q.stage for q in asked] == ["notice", "so_what", "now_what"]
        assert all(q.channel in ("phone", "any") for q in asked)
        for prompt, label, question in zip(prompts(screen), LABELS[lang], asked, strict=True):
            assert prompt == f"{label} · {question.get(lang)}"


async def test_an_old_entry_with_retired_questions_edits_with_its_questions_as_asked(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    old = Entry(id="old", created_at=datetime.combine(TODAY, time(9), tzinfo=ZONE), day=TODAY, habit=1,
                encounter="Before the arc", rating=3,
                answers=[Answer(question_id="h1-desk-before-asked", question="Which guest did you help first?",
                                answer="The one at the door.")])
    with open_store(tmp_data_dir) as store:
        store.add(old)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(ReflectScreen(old))
        await settle(pilot)
        screen = app.screen
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
        await settle(pilot)
        assert screen.step == 3
        assert prompts(screen) == ["Which guest did you help first?"], "no stage to name, nothing re-drawn"
        await pilot.press("ctrl+s")
        await settle(pilot)
    with open_store(tmp_data_dir, readonly=True) as store:
        assert store.get("old").answers == old.answers
