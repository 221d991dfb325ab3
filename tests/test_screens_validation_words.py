"""A reflection the model refuses is explained on the screen in the person's language, with
the field it is about (the words come from covey_coach.errors, not pydantic's English)."""

from __future__ import annotations

from pathlib import Path

from screens.reflect import ReflectScreen
from tests.snapshot_apps.driving import paste, settle
from tests.snapshot_apps.seeded import make_seeded_app


async def test_a_too_long_commitment_is_told_in_dutch_and_nothing_is_saved(tmp_data_dir: Path) -> None:
    app = make_seeded_app("nl", tmp_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # Today: start
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReflectScreen)
        await pilot.press("ctrl+n")  # 2: the encounter
        await pilot.pause()
        await pilot.press("tab")
        await paste(pilot, "Een gast was haar sleutel kwijt.")
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")  # the habit (suggested), the questions, the verdict
        await pilot.pause()
        await pilot.press("right", "right", "enter")  # rating 3
        await pilot.press("ctrl+n")  # 6: the commitment
        await pilot.pause()
        await paste(pilot, "x" * 2001)
        await pilot.press("ctrl+s")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert app.screen is screen and len(screen.form.commitment) == 2001  # still here, with what was typed
        assert any("'commitment' mag hoogstens 2000 tekens lang zijn" in text for text in said), said
        assert not any("should" in text or "String" in text for text in said), said
