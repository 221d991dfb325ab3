"""The Journal: filters narrow the table; edit, delete and undo reach the stored journal."""

from __future__ import annotations

from pathlib import Path

import pytest

from textual.widgets import DataTable, Input, Select

from covey_coach.journal.store import open_store
from screens.dialogs import ConfirmDialog
from screens.entry_view import EntryView
from screens.journal import JournalScreen
from screens.reflect import ReflectScreen
from tests.snapshot_apps.driving import settle, type_text
from tests.snapshot_apps.seeded import make_seeded_app

SIZE = (80, 24)


def stored(data_dir: Path) -> dict:
    with open_store(data_dir, readonly=True) as store:
        return {e.id: e for e in store.entries()}


def row_ids(screen: JournalScreen) -> list[str]:
    table = screen.query_one("#entries", DataTable)
    return [table.coordinate_to_cell_key((row, 0)).row_key.value for row in range(table.row_count)]


async def open_journal(pilot) -> JournalScreen:
    await pilot.press("j")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, JournalScreen)
    return screen


async def test_entries_are_listed_newest_first(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_journal(pilot)
        assert row_ids(screen) == [f"seed-{n:02d}" for n in range(12, 0, -1)]


async def test_filters_narrow_the_table(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_journal(pilot)
        screen.query_one("#habit-filter", Select).value = 5
        await pilot.pause()
        assert row_ids(screen) == ["seed-10", "seed-07", "seed-02"]
        screen.query_one("#habit-filter", Select).clear()
        await pilot.pause()

        await pilot.click("#since")
        await type_text(pilot, "2026-11-16")
        await pilot.click("#until")
        await type_text(pilot, "2026-11-19")
        await pilot.pause()
        assert row_ids(screen) == ["seed-10", "seed-09", "seed-08", "seed-07"]

        screen.query_one("#entries").focus()
        await pilot.press("slash")  # from the table, / jumps to the search field
        await type_text(pilot, "parcel")
        await pilot.pause()
        assert row_ids(screen) == ["seed-08"]
        assert "1 of 12" in str(screen.query_one("#count").render())


async def test_a_bad_date_shows_a_hint_and_is_left_out(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_journal(pilot)
        await pilot.click("#since")
        await type_text(pilot, "2026-13-01")
        await pilot.pause()
        hint = screen.query_one("#filter-hint")
        assert hint.display and str(hint.render()) == (
            "From: “2026-13-01” is not a date. Write dd-mm-yyyy or yyyy-mm-dd, such as 23-11-2026; "
            "until then this box is left out.")
        assert len(row_ids(screen)) == 12
        screen.query_one("#since", Input).value = "2026-11-20"
        await pilot.pause()
        assert not hint.display
        assert row_ids(screen) == ["seed-12", "seed-11"]


async def test_edit_changes_the_stored_entry(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    before = stored(tmp_data_dir)["seed-12"]
    async with app.run_test(size=SIZE) as pilot:
        await open_journal(pilot)
        await pilot.press("enter")  # the newest: seed-12
        await pilot.pause()
        assert isinstance(app.screen, EntryView) and app.screen.entry.id == "seed-12"
        await pilot.press("e")
        await pilot.pause()
        reflect = app.screen
        assert isinstance(reflect, ReflectScreen) and reflect.editing is not None
        assert reflect.form.encounter == before.encounter, "prefilled from the entry"
        await pilot.press("ctrl+n", "tab", "end")
        await type_text(pilot, " Fixed")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, EntryView)
        assert app.screen.entry.encounter.endswith(" Fixed"), "the view shows the edit"
    after = stored(tmp_data_dir)["seed-12"]
    assert after.encounter == before.encounter + " Fixed"
    assert after.updated_at is not None
    unchanged = ("id", "created_at", "day", "habit", "channel", "rating", "energy", "answers", "principles",
                 "sammy", "commitment")
    assert {k: getattr(after, k) for k in unchanged} == {k: getattr(before, k) for k in unchanged}
    assert len(stored(tmp_data_dir)) == 12


async def test_delete_asks_removes_and_undo_brings_it_back_with_its_id(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_journal(pilot)
        await pilot.press("down", "enter")  # the second newest: seed-11
        await pilot.pause()
        assert app.screen.entry.id == "seed-11"
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, EntryView) and "seed-11" in stored(tmp_data_dir)

        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is screen
        assert "seed-11" not in stored(tmp_data_dir)
        assert "seed-11" not in row_ids(screen)

        await pilot.press("u")
        await settle(pilot)
        assert "seed-11" in row_ids(screen)
        assert row_ids(screen)[screen.query_one("#entries", DataTable).cursor_row] == "seed-11"
        await pilot.press("u")  # nothing left to undo
        await settle(pilot)
    back = stored(tmp_data_dir)
    assert len(back) == 12 and back["seed-11"].encounter.startswith("Two guests wanted")


async def test_a_private_entry_stays_private_through_an_edit_and_says_so(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    with open_store(tmp_data_dir) as store:
        seed = store.get("seed-12")
        assert seed is not None
        store.update(seed.model_copy(update={"private": True, "tags": ["allergy"]}))
    async with app.run_test(size=SIZE) as pilot:
        await open_journal(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EntryView)
        facts = str(app.screen.query_one(".entry-facts").render())
        assert "private: never exported" in facts and "tags: allergy" in facts
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
    after = stored(tmp_data_dir)["seed-12"]
    assert after.private is True and after.tags == ["allergy"], "editing in the app keeps the flag and tags"


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_date_boxes_read_day_first_as_their_placeholder_shows(tmp_data_dir: Path, lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_journal(pilot)
        since, until = screen.query_one("#since", Input), screen.query_one("#until", Input)
        assert since.placeholder == {"en": "dd-mm-yyyy", "nl": "dd-mm-jjjj"}[lang]
        since.value, until.value = "16-11-2026", "2026-11-19"
        await pilot.pause()
        assert row_ids(screen) == ["seed-10", "seed-09", "seed-08", "seed-07"]
        since.value = "16-11-26"  # a two-digit year is neither form
        await pilot.pause()
        hint = str(screen.query_one("#filter-hint").render())
        assert hint.startswith({"en": "From: “16-11-26”", "nl": "Vanaf: ‘16-11-26’"}[lang])
