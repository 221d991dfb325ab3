"""Choices read without colour: the mark is drawn only when on (NO_COLOR, monochrome projectors)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import RadioSet

from screens.widgets import ChoiceButton, TickList


class MarksApp(App[None]):
    def compose(self) -> ComposeResult:
        yield RadioSet(ChoiceButton("one"), ChoiceButton("two", value=True), id="radios")
        yield TickList(("welcome", "welcome", False), ("amaze", "amaze", True), id="ticks")


async def test_only_the_chosen_radio_and_ticked_boxes_carry_a_mark() -> None:
    app = MarksApp()
    async with app.run_test(size=(40, 10)) as pilot:
        one, two = app.query(ChoiceButton)
        assert "●" not in one.render().plain and "●" in two.render().plain
        ticks = app.query_one(TickList)
        lines = [ticks.render_line(y).text for y in range(2)]
        assert "✓" not in lines[0] and "welcome" in lines[0]
        assert "✓" in lines[1] and "amaze" in lines[1]
        await pilot.click(ChoiceButton, offset=(1, 0))  # choose "one"
        await pilot.pause()
        assert "●" in one.render().plain and "●" not in two.render().plain
        ticks.select("welcome")
        await pilot.pause()
        assert "✓" in ticks.render_line(0).text
