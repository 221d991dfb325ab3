"""Reflect mounts the steps not shown just after its first frame: reading the form before then
must keep what the form holds for those steps, and the first frame holds only the first step."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult

from covey_coach.i18n import Translator
from covey_coach.reflection.form import ReflectForm
from screens.reflect import ReflectScreen
from screens.reflect_steps import read_form, step_checkin
from tests.snapshot_apps.seeded import make_seeded_app


class OnlyCheckIn(App[None]):
    def __init__(self, form: ReflectForm) -> None:
        super().__init__()
        self.form = form

    def compose(self) -> ComposeResult:
        yield step_checkin(Translator("en"), self.form)


async def test_reading_the_form_keeps_what_the_steps_not_yet_mounted_hold() -> None:
    form = ReflectForm(energy=4, channel="phone", encounter="A caller lost her code.", habit=5, rating=3,
                       principles=["welcome"], sammy=True, commitment="When a code is lost, I will stay on the line.",
                       tags=["late"], private=True)
    app = OnlyCheckIn(form)
    async with app.run_test() as pilot:
        await pilot.pause()
        read = read_form(app.screen, ReflectForm(**vars(form)))
    assert read.energy == 4, "the check-in is mounted: read from its widgets"
    assert (read.channel, read.encounter, read.habit, read.rating) == ("phone", "A caller lost her code.", 5, 3)
    assert (read.principles, read.sammy, read.commitment, read.tags, read.private) == (
        ["welcome"], True, "When a code is lost, I will stay on the line.", ["late"], True)


async def test_the_first_frame_holds_one_step_and_the_rest_follow(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    seen: list[list[str]] = []
    async with app.run_test(size=(80, 24)) as pilot:
        original = ReflectScreen.on_mount

        def spy(screen: ReflectScreen) -> None:
            seen.append([w.id or "" for w in screen.query(".step")])
            original(screen)

        ReflectScreen.on_mount = spy  # type: ignore[method-assign]
        try:
            await pilot.press("enter")
            await pilot.pause()
            await pilot.pause()
        finally:
            ReflectScreen.on_mount = original  # type: ignore[method-assign]
        screen = app.screen
        assert isinstance(screen, ReflectScreen)
        assert seen == [["step-checkin"]], "only the first step is in the first frame"
        assert sorted(w.id or "" for w in screen.query(".step")) == sorted(
            f"step-{s}" for s in ("checkin", "encounter", "habit", "questions", "verdict", "commitment"))
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.step == 1 and screen.query_one("#step-encounter").display
