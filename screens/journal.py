"""Journal: every reflection, newest first, filtered by habit, date range and text."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Footer, Header, Input, Select, Static

from covey_coach.days import parse_day
from covey_coach.journal.query import EntryFilter, filter_entries
from covey_coach.models import Entry
from screens.base import CoveyScreen
from covey_coach.content.words import habit_choices, habit_label

ENCOUNTER_WIDTH = 29
HABIT_WIDTH = 22


def _clip(text: str, width: int) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"


class JournalScreen(CoveyScreen[None]):
    """The list of reflections; Enter opens one to read, edit or delete."""

    BINDINGS = [
        Binding("slash", "focus_search", "screens.keys.search", id="journal.search",
                tooltip="screens.keys.search_tip", key_display="/"),
        Binding("u", "undo", "screens.keys.undo", id="journal.undo", tooltip="screens.keys.undo_tip"),
        Binding("ctrl+q", "app.quit", "screens.keys.quit", id="journal.quit", tooltip="screens.keys.quit_tip"),
    ]

    def __init__(self) -> None:
        super().__init__(id="journal")
        self.last_deleted: Entry | None = None
        """The entry the last delete removed, kept for undo (with its id)."""
        self.shown: list[Entry] = []
        """The entries in the table, newest first."""

    def compose(self) -> ComposeResult:
        t = self.t
        yield Header(icon="")
        with Horizontal(id="filters"):
            yield Select(habit_choices(self.covey.pack, t), prompt=t("screens.journal.all_habits"),
                         id="habit-filter")
            since = Input(placeholder=t("screens.journal.date_placeholder"), id="since", max_length=10)
            since.border_title = t("screens.journal.since")
            yield since
            until = Input(placeholder=t("screens.journal.date_placeholder"), id="until", max_length=10)
            until.border_title = t("screens.journal.until")
            yield until
            yield Input(placeholder=t("screens.journal.search"), id="search")
        yield Static("", id="filter-hint")
        yield DataTable(id="entries", cursor_type="row", zebra_stripes=True)
        yield Static("", id="count")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.t("screens.journal.section")
        table = self.query_one("#entries", DataTable)
        t = self.t
        table.add_column(t("screens.journal.col_day"), key="day", width=11)
        table.add_column(t("screens.journal.col_habit"), key="habit", width=HABIT_WIDTH)
        table.add_column(t("screens.journal.col_rating"), key="rating", width=6)
        table.add_column(t("screens.journal.col_encounter"), key="encounter", width=ENCOUNTER_WIDTH)
        self.reload()
        table.focus()

    def on_screen_resume(self) -> None:
        self.sub_title = self.t("screens.journal.section")
        self.reload()

    async def retranslate(self) -> None:
        await super().retranslate()
        self.on_mount()

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
                bad.append(text)
                return None

        since, until = day("since"), day("until")
        habit = self.query_one("#habit-filter", Select).value
        hint = self.query_one("#filter-hint", Static)
        hint.update(self.t("screens.journal.bad_date", value=", ".join(bad)) if bad else "")
        hint.set_class(bool(bad), "-shown")
        return EntryFilter(since=since, until=until, habit=habit if isinstance(habit, int) else None,
                           text=self.query_one("#search", Input).value.strip())

    @on(Input.Changed)
    @on(Select.Changed)
    def _filters_changed(self) -> None:
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        journal = self.covey.journal
        if journal is None:
            return
        table = self.query_one("#entries", DataTable)
        if select_id is None and table.row_count:
            select_id = self._cursor_id()
        entries = journal.entries()
        self.shown = list(reversed(filter_entries(entries, self.current_filter())))
        table.clear()
        t, pack = self.t, self.covey.pack
        for entry in self.shown:
            table.add_row(t.date(entry.day, "medium"), _clip(habit_label(pack, t, entry.habit), HABIT_WIDTH),
                          t("screens.journal.rating", rating=entry.rating), _clip(entry.encounter, ENCOUNTER_WIDTH),
                          key=entry.id)
        ids = [e.id for e in self.shown]
        if select_id in ids:
            table.move_cursor(row=ids.index(select_id))
        total = len(entries)
        if total == 0:
            key = "screens.journal.count_empty"
        elif not self.shown:
            key = "screens.journal.count_none"
        elif len(self.shown) == total:
            key = "screens.journal.count_all_one" if total == 1 else "screens.journal.count_all"
        else:
            key = "screens.journal.count_some"
        self.query_one("#count", Static).update(t(key, shown=len(self.shown), total=total))

    def _cursor_id(self) -> str | None:
        table = self.query_one("#entries", DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    # -- opening, deleting, undoing --------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        from screens.entry_view import EntryView

        journal = self.covey.journal
        entry = journal.get(event.row_key.value) if journal and event.row_key.value else None
        if entry is not None:
            self.app.push_screen(EntryView(entry), self._after_view)

    def _after_view(self, result: str | None) -> None:
        if result is not None:
            self._delete(result)

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
        return True

    def _restore(self, entry: Entry) -> None:
        self.change_journal(lambda journal: journal.undo_delete(entry), name="undo-delete",
                            failed_key="screens.journal.not_changed", done=self._restored)

    def _restored(self, entry: Entry) -> None:
        self.last_deleted = None
        self.reload(select_id=entry.id)
        self.refresh_bindings()

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()


__all__ = ["JournalScreen"]
