"""Every size from 60x20 to a projector: no control is cut off, nothing is out of reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget

from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import make_seeded_app

SIZES = [(60, 20), (80, 24), (160, 48)]


def inside(widget: Widget, size: tuple[int, int]) -> bool:
    region = widget.region
    return region.width > 0 and region.x >= 0 and region.right <= size[0] and region.bottom <= size[1]


async def start(pilot) -> None:
    await settle(pilot)
    if pilot.app.screen.id != "today":  # the seeded Monday offers the weekly review first
        await pilot.press("escape")
        await settle(pilot)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_todays_reflect_button_is_always_in_sight(tmp_data_dir: Path, size: tuple[int, int], lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=size) as pilot:
        await start(pilot)
        assert inside(app.screen.query_one("#start"), size)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_settings_show_every_weekday_and_both_days_off_buttons(tmp_data_dir: Path, size: tuple[int, int],
                                                                      lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=size) as pilot:
        await start(pilot)
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        for selector in [f"#weekday-{d}" for d in range(7)] + ["#off-input", "#off-add", "#off-remove"]:
            widget = screen.query_one(selector)
            widget.scroll_visible(animate=False)
            await pilot.pause()
            assert inside(widget, size), f"{selector} is cut off at {size}"


@pytest.mark.parametrize("size", SIZES)
async def test_the_principles_keep_their_whole_names(tmp_data_dir: Path, size: tuple[int, int]) -> None:
    app = make_seeded_app("nl", tmp_data_dir)
    async with app.run_test(size=size) as pilot:
        await start(pilot)
        await pilot.press("r")
        await settle(pilot)
        for _ in range(4):
            await pilot.press("ctrl+n")
            await settle(pilot)
        principles = app.screen.query_one("#principles")
        assert inside(principles, size)
        names = [str(option.prompt) for option in principles.options]  # type: ignore[attr-defined]
        assert "De klant voelt zich welkom" in names[0]
        lines = [principles.render_line(y).text for y in range(principles.size.height)]
        assert not any("…" in line for line in lines), f"a principle's name is cut at {size}: {lines}"
