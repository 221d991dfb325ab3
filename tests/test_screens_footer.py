"""The footer is drawn again only when its keys change: a Reflect step keeps it, the first step's back key does not."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey

from textual.widgets import Footer
from screens.reflect import ReflectScreen
from tests.snapshot_apps.seeded import make_seeded_app

SIZE = (80, 24)


def footer_keys(screen: ReflectScreen) -> dict[str, FooterKey]:
    return {key.action: key for key in screen.query_one(Footer).query(FooterKey)}


async def test_a_step_with_the_same_keys_keeps_the_footer_and_a_changed_key_redraws_it(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReflectScreen) and screen.step == 0
        first = footer_keys(screen)
        assert first["back"].has_class("-disabled"), "no step before the first"

        await pilot.press("ctrl+n")
        await pilot.pause()
        second = footer_keys(screen)
        assert not second["back"].has_class("-disabled"), "back works from step 2: the footer was drawn again"
        assert second["back"] is not first["back"]

        await pilot.press("ctrl+n")  # step 3: focus moves, the keys stay the same
        await pilot.pause()
        third = footer_keys(screen)
        assert screen.step == 2
        assert all(third[action] is second[action] for action in second), "same keys: the same footer"
