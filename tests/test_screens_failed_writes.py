"""A write that fails, on every screen that writes: one sentence, nothing typed is lost, and
saving again (once the disk is well) works.

The failure is real: the journal's own atomic write runs and the disk refuses the fsync, as a
full disk does; the files on disk stay as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, RadioSet, TextArea

from covey_coach.i18n import Translator
from covey_coach.journal import atomic
from covey_coach.journal.paths import journal_paths
from covey_coach.journal.settings import load_settings
from covey_coach.journal.store import open_store
from screens.today import TodayScreen
from screens.weekly_review import WeeklyReviewScreen
from tests.snapshot_apps.driving import settle, type_text
from tests.snapshot_apps.seeded import make_seeded_app
from tests.test_screens_journal import open_journal, row_ids
from tests.test_screens_reflect import fill_everything
from tests.test_screens_settings import open_settings
from tests.test_store import snapshot_dir

SIZE = (80, 24)
REASON = "No space left on device"
EN = Translator("en")


class Disk:
    """A disk that can be made full: every fsync of an atomic write fails while it is."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        real = atomic.os.fsync

        def fsync(fd: int) -> None:
            if self.full:
                raise OSError(28, REASON)
            real(fd)

        monkeypatch.setattr(atomic.os, "fsync", fsync)


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[Disk]:
    yield Disk(monkeypatch)


def errors_said(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]  # noqa: SLF001


def told_once(app, key: str) -> None:
    """Exactly one error, the screen's own sentence with the disk's reason in it."""
    sentences = errors_said(app)
    assert sentences == [EN(key, reason=REASON)]
    assert "\n" not in sentences[0] and "Errno" not in sentences[0] and "Traceback" not in sentences[0]


async def press_on_a_full_disk(pilot, disk: Disk, key: str, *keys: str) -> None:
    """Press ``keys`` while the disk is full: the screen stays and says ``key`` once. The disk is well after."""
    screen = pilot.app.screen
    disk.full = True
    await pilot.press(*keys)
    await settle(pilot)
    disk.full = False
    told_once(pilot.app, key)
    assert pilot.app.screen is screen


def stored(data_dir: Path) -> dict:
    with open_store(data_dir, readonly=True) as store:
        return {e.id: e for e in store.entries()}


async def test_reflect_save_fails_keeps_the_reflection_on_screen_and_saves_again(tmp_data_dir: Path,
                                                                               disk: Disk) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await fill_everything(pilot, app)
        await settle(pilot)
        journal_before = (tmp_data_dir / "journal.json").read_bytes()
        await press_on_a_full_disk(pilot, disk, "screens.reflect.not_saved", "ctrl+s")
        assert screen.query_one("#encounter", TextArea).text == "A caller lost her booking code.\nShe was in a hurry."
        assert screen.query_one("#commitment", TextArea).text == "Spell the code back."
        assert (tmp_data_dir / "journal.json").read_bytes() == journal_before
        assert len(stored(tmp_data_dir)) == 12

        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
    new = [e for e in stored(tmp_data_dir).values() if not e.id.startswith("seed-")]
    assert len(new) == 1 and new[0].encounter == "A caller lost her booking code.\nShe was in a hurry."
    assert not journal_paths(tmp_data_dir).draft.exists(), "saved: the draft is cleared"


async def test_journal_delete_fails_keeps_the_entry_and_deletes_on_the_next_try(tmp_data_dir: Path,
                                                                              disk: Disk) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_journal(pilot)
        before = snapshot_dir(tmp_data_dir)
        disk.full = True
        await pilot.press("enter", "d")  # the newest, seed-12
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        told_once(app, "screens.journal.not_changed")
        assert app.screen is screen and "seed-12" in row_ids(screen), "still listed: it was not deleted"
        assert screen.last_deleted is None and not screen.check_action("undo", ())
        assert snapshot_dir(tmp_data_dir) == before

        disk.full = False
        await pilot.press("enter", "d")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert "seed-12" not in row_ids(screen)
    assert "seed-12" not in stored(tmp_data_dir)


async def test_journal_undo_fails_keeps_undo_ready_and_brings_it_back_on_the_next_try(tmp_data_dir: Path,
                                                                                    disk: Disk) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_journal(pilot)
        await pilot.press("enter", "d")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert "seed-12" not in row_ids(screen)
        await press_on_a_full_disk(pilot, disk, "screens.journal.not_changed", "u")
        assert "seed-12" not in row_ids(screen) and "seed-12" not in stored(tmp_data_dir)
        assert screen.last_deleted is not None and screen.last_deleted.id == "seed-12", "undo is still offered"

        await pilot.press("u")
        await settle(pilot)
        assert "seed-12" in row_ids(screen)
    assert "seed-12" in stored(tmp_data_dir)


async def test_weekly_review_save_fails_keeps_choice_and_note_and_saves_again(tmp_data_dir: Path,
                                                                            disk: Disk) -> None:
    app = make_seeded_app("en", tmp_data_dir, review=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WeeklyReviewScreen)
        screen.query_one("#review-habit-2").scroll_visible(animate=False)  # at 80x24 the review scrolls
        await pilot.pause()
        await pilot.click("#review-habit-2")
        screen.query_one("#review-note", Input).focus()
        await type_text(pilot, "ask why")
        await press_on_a_full_disk(pilot, disk, "screens.review.not_saved", "ctrl+s")
        assert screen.query_one("#review-note", Input).value == "ask why"
        assert screen.query_one("#review-habit", RadioSet).pressed_button.id == "review-habit-2"
        with open_store(tmp_data_dir, readonly=True) as store:
            assert store.review("2026-W48") is None

        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
    with open_store(tmp_data_dir, readonly=True) as store:
        review = store.review("2026-W48")
    assert review is not None and (review.focus_habit, review.note) == (2, "ask why")


async def test_settings_save_fails_keeps_every_field_and_saves_again(tmp_data_dir: Path, disk: Disk) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    settings_file = journal_paths(tmp_data_dir).settings
    before = settings_file.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot)
        screen.query_one("#times-3", Input).value = "3"
        await pilot.click("#weekday-4")  # Friday off
        await press_on_a_full_disk(pilot, disk, "screens.settings.not_saved", "ctrl+s")
        assert screen.query_one("#times-3", Input).value == "3"
        assert screen._weekdays() == [0, 1, 2, 3]  # noqa: SLF001
        assert settings_file.read_bytes() == before
        assert app.settings.target(3) == (1, 7), "settings not written are not in force"

        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert app.settings.target(3) == (3, 7)
    saved = load_settings(journal_paths(tmp_data_dir))
    assert saved.target(3) == (3, 7) and saved.schedule.current.weekdays == [0, 1, 2, 3]
