"""The Journal at ten years and at every size: a page of rows that grows as the person scrolls,
search over every entry, e/d/u on the highlighted row, Esc out of the filters, whole dates,
counts in good grammar, filters that fit 60x20 and columns that use 160x48."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Select, Static

from benchmarks.synthetic import ten_year_journal
from covey_coach.i18n import Translator
from covey_coach.journal.query import EntryFilter, JournalIndex, filter_entries, journal_index
from covey_coach.journal.store import open_store
from covey_coach.models import WeeklyReview
from screens.app import make_app
from screens.dialogs import ConfirmDialog
from screens.journal import PAGE, JournalScreen
from screens.journal_layout import column_widths, date_width
from screens.reflect import ReflectScreen
from tests.snapshot_apps.driving import settle, type_text
from tests.snapshot_apps.seeded import TODAY, ZONE, make_seeded_app
from tests.test_screens_journal import open_journal, row_ids, stored

OLD_WORD = "zeppelin"


@pytest.fixture
def long_journal(tmp_data_dir: Path) -> Path:
    """3,000 reflections over ten years; only the oldest mentions a zeppelin."""
    entries = ten_year_journal(entries=3000, end=TODAY, days=3650)
    entries[0] = entries[0].model_copy(update={"encounter": f"A guest asked about the {OLD_WORD} museum."})
    with open_store(tmp_data_dir) as store:
        store.add_many(entries)
        store.save_review(WeeklyReview(week="2026-W48", created_at=datetime.combine(TODAY, time(8), tzinfo=ZONE),
                                       focus_habit=3))
    return tmp_data_dir


def table(screen: JournalScreen) -> DataTable:
    return screen.query_one("#entries", DataTable)


def count_text(screen: JournalScreen) -> str:
    return str(screen.query_one("#count", Static).render())


async def test_a_long_journal_shows_a_page_and_loads_more_near_the_end(long_journal: Path) -> None:
    app = make_app(long_journal, None, "en", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        assert table(screen).row_count == PAGE < 3000, "the table starts with one page, not every entry"
        assert len(screen.shown) == 3000 and "3000 reflections" in count_text(screen)

        await pilot.press("end")  # the cursor to the last loaded row
        await pilot.pause()
        after_end = table(screen).row_count
        assert after_end > PAGE, "the cursor near the end brought more rows"
        assert table(screen).cursor_row == PAGE - 1, "the cursor stays on the row End reached"
        assert row_ids(screen) == [e.id for e in screen.shown[:after_end]], "in order, newest first"

        table(screen).scroll_end(animate=False, immediate=True)  # the scrollbar dragged to the end
        await pilot.pause()
        assert after_end < table(screen).row_count < 3000, "scrolling brings more, a page at a time"


async def test_search_finds_an_old_entry_that_was_not_loaded_yet(long_journal: Path) -> None:
    app = make_app(long_journal, None, "en", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        oldest = screen.shown[-1]
        assert oldest.id not in row_ids(screen)
        await pilot.press("slash")
        await type_text(pilot, OLD_WORD.upper()[:4])  # case does not matter
        await pilot.pause()
        assert row_ids(screen) == [oldest.id]
        assert "1 of 3000 reflections matches" in count_text(screen)


def test_the_index_is_built_once_per_journal_change() -> None:
    entries = ten_year_journal(entries=200, end=TODAY, days=400)

    class Source:
        revision = 1

        def entries(self):
            self.calls += 1
            return list(entries)

        calls = 0

    source = Source()
    first = journal_index(source)  # type: ignore[arg-type]
    assert journal_index(source) is first and source.calls == 1, "no rebuild without a change"  # type: ignore[arg-type]
    source.revision = 2
    assert journal_index(source) is not first and source.calls == 2  # type: ignore[arg-type]

    index = JournalIndex.build(entries)
    for query in (EntryFilter(), EntryFilter(text="GUEST"), EntryFilter(habit=3, text="queue"),
                  EntryFilter(since=date(2026, 1, 1), until=date(2026, 6, 30)), EntryFilter(text="no such words")):
        assert index.select(query) == list(reversed(filter_entries(entries, query))), query


async def test_e_d_and_u_work_on_the_highlighted_row(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        await pilot.press("down", "e")  # seed-11, edited from the list itself
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen) and app.screen.editing.id == "seed-11"
        app.pop_screen()
        await pilot.pause()
        assert app.screen is screen

        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is screen and "seed-11" not in stored(tmp_data_dir)
        assert "seed-11" not in row_ids(screen)
        await pilot.press("u")
        await settle(pilot)
        assert "seed-11" in stored(tmp_data_dir)
        assert row_ids(screen)[table(screen).cursor_row] == "seed-11", "the cursor is back on it"


async def test_escape_leaves_the_search_and_the_arrows_move_the_list(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        await pilot.press("slash")
        await type_text(pilot, "guest")
        assert screen.focused is screen.query_one("#search", Input)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.focused is table(screen)
        assert screen.query_one("#search", Input).value == "guest", "the search stays"
        first = table(screen).cursor_row
        await pilot.press("down")
        assert table(screen).cursor_row == first + 1
        await pilot.press("slash")
        await pilot.press("down")  # down from the search box goes to the list too
        assert screen.focused is table(screen)


@pytest.mark.parametrize(("lang", "one", "several"), [
    ("en", "1 of 12 reflections matches. Enter opens it.", "3 of 12 reflections match. Enter opens one."),
    ("nl", "1 van 12 reflecties komt overeen. Enter opent die.",
     "3 van 12 reflecties komen overeen. Enter opent er een."),
])
async def test_counts_agree_with_their_number(tmp_data_dir: Path, lang: str, one: str, several: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        screen.query_one("#habit-filter", Select).value = 5
        await pilot.pause()
        assert count_text(screen) == several
        screen.query_one("#search", Input).value = "parcel" if lang == "en" else "pakket"
        screen.query_one("#habit-filter", Select).clear()
        await pilot.pause()
        assert count_text(screen) == one
    t = Translator(lang)  # type: ignore[arg-type]
    assert t("screens.journal.count_all", count=1) != t("screens.journal.count_all", count=2).replace("2", "1")


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_dates_are_whole_in_the_list_and_the_date_boxes(tmp_data_dir: Path, lang: str) -> None:
    t = Translator(lang)  # type: ignore[arg-type]
    longest = max((t.short_date(date(2026, m, 28), None) for m in range(1, 13)), key=len)  # "28 sep. 2026"
    assert date_width(t) == len(longest)
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        assert table(screen).columns[next(iter(table(screen).columns))].width >= len(longest)
        first_row = "".join(s.text for s in table(screen).render_line(1))
        assert t.short_date(date(2026, 11, 21), TODAY) in first_row  # this year's: "21 nov.", no year
        for box in ("since", "until"):
            await pilot.click(f"#{box}")
            await type_text(pilot, "2026-11-25")
            widget = screen.query_one(f"#{box}", Input)
            line = "".join(s.text for s in widget.render_line(0))
            assert "2026-11-25" in line, f"the {box} box shows the whole date, not {line.strip()!r}"


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_at_60x20_every_filter_is_on_screen(tmp_data_dir: Path, lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_journal(pilot)
        for selector in ("#habit-filter", "#search", "#since", "#until"):
            region = screen.query_one(selector).region
            assert region.width >= 14 and region.right <= 60 and region.bottom <= 20, (selector, region)
        assert table(screen).region.height >= 5, "rows still show below the filters"


async def test_at_160x48_what_happened_gets_the_width(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_journal(pilot)
        widths = [column.width for column in table(screen).columns.values()]
        assert widths[-1] > 80 and sum(widths) + 2 * len(widths) >= 150
        line = "".join(s.text for s in table(screen).render_line(1))
        assert "A caller asked about a broken heater; I promised a call back at five." in line
    assert column_widths(160, 12, 6)[3] > column_widths(80, 12, 6)[3] > column_widths(60, 12, 6)[3] > 0
