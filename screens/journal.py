"""Journal: every reflection, newest first, filtered by habit, date range and text.

A ten-year journal holds thousands of entries, so the table holds only what the person can
reach soon: one page at first, the next as the cursor or the scrollbar nears the end. The
filters run over the journal's search index (built once per change), never over the rows.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import DataTable, Header, Input, Select, Static

from covey_coach.content.words import habit_choices, habit_label
from covey_coach.days import parse_day
from covey_coach.journal.query import EntryFilter, journal_index
from covey_coach.models import Entry
from screens.base import CoveyScreen
from screens.footer import CoveyFooter
from screens.journal_layout import NARROW, column_widths, date_width
from screens.plain import plain_text

PAGE = 60
"""Rows added at a time: more than a projector shows, few enough to add in a few milliseconds."""
NEAR_END = 10
"""How close to the last loaded row the cursor may come before the next page is added."""


def _first_line(text: str, width: int) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= width else line[: max(width - 1, 0)] + "…"


class EntryTable(DataTable[Text]):
    """The journal's table; says when its scrollbar nears the end of what it holds."""

    BINDINGS = [  # a row cursor has no columns to jump between: Home and End go to the first and last row
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
    ]

    class NearEnd(Message):
        """Scrolled to within a screen of the last loaded row."""

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if new_value > old_value and self.max_scroll_y - new_value <= self.size.height:
            self.post_message(self.NearEnd())


class JournalScreen(CoveyScreen[None]):
    """The list of reflections; Enter opens one, e edits and d deletes the highlighted one, u undoes."""

    BINDINGS = [
        Binding("slash", "focus_search", "screens.keys.search", id="journal.search",
                tooltip="screens.keys.search_tip", key_display="/"),
        Binding("e", "edit", "screens.keys.edit", id="journal.edit", tooltip="screens.journal.edit_tip"),
        Binding("d", "delete", "screens.keys.delete", id="journal.delete", tooltip="screens.journal.delete_tip"),
        Binding("u", "undo", "screens.keys.undo", id="journal.undo", tooltip="screens.keys.undo_tip"),
        Binding("escape", "to_list", "screens.journal.to_list", id="journal.to_list",
                tooltip="screens.journal.to_list_tip"),
        Binding("down", "to_list", show=False),
        Binding("ctrl+q", "app.quit", "screens.keys.quit", id="journal.quit", tooltip="screens.keys.quit_tip"),
    ]

    AUTO_FOCUS = "#entries"
    """Focused from the compose on, as on_mount asks: Textual's default focused the first
    focusable widget, and moving focus from it restyled both (see TodayScreen.AUTO_FOCUS)."""

    def __init__(self) -> None:
        super().__init__(id="journal")
        self.last_deleted: Entry | None = None
        """The entry the last delete removed, kept for undo (with its id)."""
        self.shown: list[Entry] = []
        """Every entry the filters let through, newest first; the table holds the first of them."""
        self._positions: dict[str, int] = {}
        self._filled: tuple[object, ...] | None = None
        """What the table was last filled for (journal, revision, filter, widths): the same asks nothing."""
        self._widths: tuple[int, int, int, int] = (0, 0, 0, 0)

    def compose(self) -> ComposeResult:
        t = self.t
        yield Header(icon="")
        with Horizontal(id="filters"):
            yield Select(habit_choices(self.covey.pack, t), prompt=t("screens.journal.all_habits"),
                         id="habit-filter")
            yield Input(placeholder=t("screens.journal.search"), id="search")
            since = Input(placeholder=t("screens.journal.date_placeholder"), id="since", max_length=10)
            since.border_title = t("screens.journal.since")
            yield since
            until = Input(placeholder=t("screens.journal.date_placeholder"), id="until", max_length=10)
            until.border_title = t("screens.journal.until")
            yield until
        yield Static("", id="filter-hint", markup=False)
        yield EntryTable(id="entries", cursor_type="row", zebra_stripes=True)
        yield Static("", id="count")
        yield CoveyFooter()  # redrawn only when its keys change: not at every visit

    def on_mount(self) -> None:
        self.sub_title = self.t("screens.journal.section")  # in the header from the start: a first visit changes nothing
        self._filled = None
        self._fit(self.app.size.width)
        self.query_one("#entries", DataTable).focus()
        # Built ahead of a visit (screens/build_ahead.py) the rows are ready before the key;
        # ScreenResume's reload then finds them current and asks nothing.
        self.reload()

    def on_screen_resume(self) -> None:
        self.sub_title = self.t("screens.journal.section")
        self.reload()

    def on_resize(self, event: events.Resize) -> None:
        if self._fit(event.size.width):
            self.reload()

    async def retranslate(self) -> None:
        await super().retranslate()
        self.on_mount()
        self.reload()

    def _fit(self, width: int) -> bool:
        """Columns and filters for a screen ``width`` wide; True if the columns changed."""
        self.query_one("#filters").set_class(width < NARROW, "-narrow")
        t = self.t
        widths = column_widths(width, date_width(t), len(t("screens.journal.col_rating")))
        if widths == self._widths and self.query_one("#entries", DataTable).columns:
            return False
        self._widths = widths
        table = self.query_one("#entries", DataTable)
        table.clear(columns=True)
        day, habit, rating, encounter = widths
        table.add_column(t("screens.journal.col_day"), key="day", width=day)
        table.add_column(t("screens.journal.col_habit"), key="habit", width=habit)
        table.add_column(t("screens.journal.col_rating"), key="rating", width=rating)
        table.add_column(t("screens.journal.col_encounter"), key="encounter", width=encounter)
        self._filled = None
        return True

    # -- filtering -------------------------------------------------------------------------

    def current_filter(self) -> EntryFilter:
        """The filter the inputs describe; a bad date is left out and named in the hint."""
        bad: list[str] = []

        def day(input_id: str) -> date | None:
            text = self.query_one(f"#{input_id}", Input).value.strip()
            if not text:
                return None
            try:
                return parse_day(text)
            except ValueError:
                bad.append(self.t("screens.journal.bad_date", field=self.t(f"screens.journal.{input_id}"), value=text))
                return None

        since, until = day("since"), day("until")
        habit = self.query_one("#habit-filter", Select).value
        hint = self.query_one("#filter-hint", Static)
        text = " ".join(bad)
        if str(hint.content) != text:  # an update lays the whole screen out again, at every visit
            hint.update(text)
        hint.set_class(bool(bad), "-shown")
        return EntryFilter(since=since, until=until, habit=habit if isinstance(habit, int) else None,
                           text=self.query_one("#search", Input).value.strip())

    @on(Input.Changed)
    @on(Select.Changed)
    def _filters_changed(self) -> None:
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Fill the table with its first page for the current filters, unless it already shows them."""
        journal = self.covey.journal
        if journal is None or not self.query("#entries"):  # not composed yet (on_mount is: its children are)
            return
        query = self.current_filter()
        state = (id(journal), journal.revision, query, self._widths, self.t.lang, self.covey.today().year)
        if state == self._filled and select_id is None:
            return
        table = self.query_one("#entries", DataTable)
        if select_id is None and table.row_count:
            select_id = self._cursor_id()
        index = journal_index(journal)
        self.shown = index.select(query)
        self._positions = {e.id: n for n, e in enumerate(self.shown)}
        self._filled = state
        table.clear()
        position = self._positions.get(select_id or "", 0)
        self._load_more(upto=max(PAGE, position + PAGE))
        if select_id in self._positions:
            table.move_cursor(row=position, animate=False)
        self._show_count(len(index.newest_first))

    def _load_more(self, upto: int | None = None) -> None:
        """Add the next page of :attr:`shown` (or every row up to ``upto``) to the table."""
        table = self.query_one("#entries", DataTable)
        start = table.row_count
        stop = min(len(self.shown), upto if upto is not None else start + PAGE)
        if stop <= start:
            return
        t, pack, today = self.t, self.covey.pack, self.covey.today()
        _, habit_width, _, encounter_width = self._widths
        labels: dict[int, Text] = {}
        for entry in self.shown[start:stop]:
            if entry.habit not in labels:
                labels[entry.habit] = plain_text(_first_line(habit_label(pack, t, entry.habit), habit_width))
            table.add_row(Text(t.short_date(entry.day, today)), labels[entry.habit],
                          Text(t("screens.journal.rating", rating=entry.rating)),
                          plain_text(_first_line(entry.encounter, encounter_width)), key=entry.id)

    def _show_count(self, total: int) -> None:
        shown = len(self.shown)
        if total == 0:
            text = self.t("screens.journal.count_empty")
        elif not shown:
            text = self.t("screens.journal.count_none")
        elif shown == total:
            text = self.t("screens.journal.count_all", count=total)
        else:
            text = self.t("screens.journal.count_some", count=shown, total=total)
        self.query_one("#count", Static).update(text)

    def on_entry_table_near_end(self) -> None:
        self._load_more()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= event.data_table.row_count - NEAR_END:
            self._load_more()

    def _cursor_id(self) -> str | None:
        table = self.query_one("#entries", DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    def _cursor_entry(self) -> Entry | None:
        journal = self.covey.journal
        entry_id = self._cursor_id()
        return journal.get(entry_id) if journal and entry_id else None

    # -- opening, editing, deleting, undoing -----------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        from screens.entry_view import EntryView

        journal = self.covey.journal
        entry = journal.get(event.row_key.value) if journal and event.row_key.value else None
        if entry is not None:
            self.app.push_screen(EntryView(entry), self._after_view)

    def _after_view(self, result: str | None) -> None:
        if result is not None:
            self._delete(result)

    def action_edit(self) -> None:
        from screens.reflect import ReflectScreen

        entry = self._cursor_entry()
        if entry is not None and self.writable:
            self.app.push_screen(ReflectScreen(entry))

    def action_delete(self) -> None:
        from screens.entry_view import ask_delete

        entry = self._cursor_entry()
        if entry is not None and self.writable:
            ask_delete(self, entry, lambda: self._delete(entry.id))

    def _delete(self, entry_id: str) -> None:
        self.change_journal(lambda journal: journal.delete(entry_id), name="delete-entry",
                            failed_key="screens.journal.not_changed", done=self._deleted)

    def _deleted(self, entry: Entry) -> None:
        self.last_deleted = entry
        self.reload()
        self.refresh_bindings()

    def action_undo(self) -> None:
        if self.last_deleted is not None:
            self._restore(self.last_deleted)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo" and self.last_deleted is None:
            return False
        if action in ("edit", "delete") and not (self.writable and self.shown):
            return False
        if action == "to_list":
            # Only from a filter: in the list itself, Esc and down belong to the table.
            return self.focused is not None and self.focused.id != "entries"
        return True

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def _restore(self, entry: Entry) -> None:
        self.change_journal(lambda journal: journal.undo_delete(entry), name="undo-delete",
                            failed_key="screens.journal.not_changed", done=self._restored)

    def _restored(self, entry: Entry) -> None:
        self.last_deleted = None
        self.reload(select_id=entry.id)
        self.refresh_bindings()

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_to_list(self) -> None:
        self.query_one("#entries", DataTable).focus()


__all__ = ["EntryTable", "JournalScreen"]
