"""80x24 snapshots of the main screens, in English and Dutch, on a journal frozen on 2026-11-23.

Update only after looking at the report: ``pytest tests/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import make_seeded_app

SIZE = (80, 24)
LANGS = pytest.mark.parametrize("lang", ["en", "nl"])


@LANGS
def test_today(snap_compare, tmp_data_dir: Path, lang: str) -> None:
    assert snap_compare(make_seeded_app(lang, tmp_data_dir), terminal_size=SIZE)


@LANGS
def test_reflect_check_in(snap_compare, tmp_data_dir: Path, lang: str) -> None:
    """Step 1: energy, and how last time's commitment went."""
    assert snap_compare(make_seeded_app(lang, tmp_data_dir), press=["enter"], terminal_size=SIZE)


@LANGS
def test_reflect_questions(snap_compare, tmp_data_dir: Path, lang: str) -> None:
    """Step 4: three questions drawn for this week's focus habit, seeded by the day."""
    assert snap_compare(make_seeded_app(lang, tmp_data_dir), press=["enter", "ctrl+n", "ctrl+n", "ctrl+n"],
                        terminal_size=SIZE)


@LANGS
def test_journal(snap_compare, tmp_data_dir: Path, lang: str) -> None:
    assert snap_compare(make_seeded_app(lang, tmp_data_dir), press=["j"], terminal_size=SIZE)


@LANGS
def test_progress(snap_compare, tmp_data_dir: Path, lang: str) -> None:
    """The figures, the 26-week calendar with its legend, and the first habit bars."""

    async def run_before(pilot) -> None:
        await pilot.press("p")
        await settle(pilot)

    assert snap_compare(make_seeded_app(lang, tmp_data_dir), run_before=run_before, terminal_size=SIZE)


@LANGS
def test_weekly_review(snap_compare, tmp_data_dir: Path, lang: str) -> None:
    """The first start of week 48 without a review: last week, then which habit this week?"""
    assert snap_compare(make_seeded_app(lang, tmp_data_dir, review=False), run_before=settle, terminal_size=SIZE)


@LANGS
def test_read(snap_compare, tmp_data_dir: Path, lang: str) -> None:
    """The Read section from Today: the topics beside the first reading."""
    assert snap_compare(make_seeded_app(lang, tmp_data_dir), run_before=settle, press=["l"], terminal_size=SIZE)


PROJECTOR = (100, 30)
"""A classroom projector: a large font leaves about this many cells on a 1080p screen."""


def test_progress_on_a_projector(snap_compare, tmp_data_dir: Path) -> None:
    """Trainers show Progress in class: the figures, calendar and bars must read at projector size."""

    async def run_before(pilot) -> None:
        await pilot.press("p")
        await settle(pilot)

    assert snap_compare(make_seeded_app("nl", tmp_data_dir), run_before=run_before, terminal_size=PROJECTOR)


# -- the smallest terminal and a projector's width ------------------------------------------------

SMALL, WIDE = (60, 20), (160, 48)
SIZES = pytest.mark.parametrize("size", [SMALL, WIDE], ids=["60x20", "160x48"])
SCREEN_KEYS = {
    "today": [],
    "reflect_verdict": ["enter", "ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n"],
    "journal": ["j"],
    "progress": ["p"],
    "settings": ["s"],
    "read": ["l"],
}
"""How a person reaches each screen from Today (the verdict step is the widest of Reflect)."""


@SIZES
@pytest.mark.parametrize("screen", list(SCREEN_KEYS))
def test_every_size(snap_compare, tmp_data_dir: Path, screen: str, size: tuple[int, int]) -> None:
    """Today, Reflect, Journal, Progress, Settings and Read at 60x20 (English) and 160x48 (Dutch)."""
    lang = "en" if size == SMALL else "nl"

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in SCREEN_KEYS[screen]:
            await pilot.press(key)
            await settle(pilot)

    assert snap_compare(make_seeded_app(lang, tmp_data_dir), run_before=run_before, terminal_size=size)
