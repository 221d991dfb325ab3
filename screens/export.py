"""Export: exactly which reflections will leave, before anything is written, and where the file went.

The list holds every reflection, ticked; unticking one leaves it out. Private ones are greyed
out and cannot be ticked until "include private" is chosen (CONTRACT: never without asking).
The count and the dates above the list follow the ticks. Writing goes through the same code
as ``covey-coach export`` (:mod:`covey_coach.exchange.exports.write`), in a worker; the screen
then says where the file is, or in one sentence why it could not be written.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Header, Input, Select, SelectionList, Static
from textual.widgets.selection_list import Selection

from covey_coach.errors import CoveyError
from covey_coach.exchange.exports import FORMATS, render
from covey_coach.exchange.exports.request import ExportData, ExportRequest, collect
from covey_coach.exchange.exports.words import summary
from covey_coach.exchange.exports.write import check_target, export_secret, person_name, write_export
from covey_coach.journal.paths import journal_paths
from covey_coach.models import Entry
from screens.base import CoveyScreen
from screens.footer import CoveyFooter
from screens.plain import plain_text
from screens.widgets import TickBox, TickList

LINE = 60
"""How much of an encounter's first line a row of the list shows."""


class ExportScreen(CoveyScreen[None]):
    """Dismisses with nothing; what was written is said on the screen."""

    MODE_KEYS = False
    BINDINGS = [
        Binding("ctrl+s", "write", "export.key_write", id="export.write", tooltip="export.key_write_tip"),
        Binding("escape", "back", "export.key_back", id="export.back", tooltip="export.key_back_tip"),
    ]

    def __init__(self) -> None:
        super().__init__(id="export")
        journal = self.covey.journal
        self.entries: list[Entry] = journal.entries() if journal is not None else []
        """Every reflection of the journal, oldest first: the list's rows."""
        self.written: Path | None = None
        """Where the last export went."""

    def compose(self) -> ComposeResult:
        t = self.t
        yield Header(icon="")
        with Vertical(id="export-body"):
            with Horizontal(id="export-options"):
                yield Select([(name, name) for name in FORMATS], value="json", allow_blank=False,
                             id="export-format")
                with Vertical(id="export-checks"):
                    yield TickBox(t("export.screen_private"), id="export-private")
                    yield TickBox(t("export.screen_anonymize"), id="export-anonymize")
            yield Static(id="export-summary")
            yield TickList(*self._rows(include_private=False), id="export-entries")
            with Horizontal(id="export-target"):
                yield Input(str(self._default_target("json")), id="export-path")
                yield Button(t("export.screen_write"), id="export-write", variant="primary")
            yield Static(id="export-result", markup=False)
        yield CoveyFooter()

    def on_mount(self) -> None:
        self.sub_title = self.t("export.screen_title")
        self._show_summary()

    # -- what will leave ------------------------------------------------------------------

    def _rows(self, *, include_private: bool) -> list[Selection[str]]:
        t, today = self.t, self.covey.today()
        rows = []
        for e in self.entries:
            first = e.encounter.strip().splitlines()[0][:LINE]
            label = f"{t.short_date(e.day, today)}  {t('cli.habit_short', n=e.habit)}  {first}"
            if e.private:
                label += f"  {t('export.screen_private_mark')}"
            rows.append(Selection(plain_text(label), e.id, initial_state=not e.private or include_private,
                                  disabled=e.private and not include_private))
        return rows

    def request(self) -> ExportRequest:
        ticked = set(self.query_one("#export-entries", SelectionList).selected)
        return ExportRequest(include_private=self.query_one("#export-private", Checkbox).value,
                             anonymize=self.query_one("#export-anonymize", Checkbox).value,
                             leave_out=frozenset(e.id for e in self.entries if e.id not in ticked))

    def _show_summary(self) -> None:
        data = self._data(self.request(), person="")
        self.query_one("#export-summary", Static).update(plain_text(summary(data, self.t)))

    def _data(self, request: ExportRequest, *, person: str) -> ExportData:
        assert self.covey.journal is not None
        return collect(self.covey.journal, self.covey.settings, request, person=person,
                       exported_at=self.covey.now(), today=self.covey.today())

    def _default_target(self, name: str) -> Path:
        return Path.home() / f"covey-coach-{self.covey.today().isoformat()}{FORMATS[name].suffix}"

    @on(SelectionList.SelectedChanged, "#export-entries")
    def _ticks_changed(self) -> None:
        self._show_summary()

    @on(Checkbox.Changed, "#export-private")
    def _private_changed(self, event: Checkbox.Changed) -> None:
        entries = self.query_one("#export-entries", SelectionList)
        ticked = set(entries.selected)
        entries.clear_options()
        rows = self._rows(include_private=event.value)
        entries.add_options([Selection(r.prompt, r.value, r.value in ticked or (event.value and r.initial_state),
                                       disabled=r.disabled) for r in rows])
        self._show_summary()

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#export-path", Input)
        path.value = str(Path(path.value).with_suffix(FORMATS[str(event.value)].suffix))

    # -- writing --------------------------------------------------------------------------

    @on(Button.Pressed, "#export-write")
    def action_write(self) -> None:
        self.query_one("#export-write", Button).disabled = True
        self._write(str(self.query_one("#export-format", Select).value), self.request(),
                    self.query_one("#export-path", Input).value)

    @work(thread=True, exclusive=True, group="export", name="write-export")
    def _write(self, name: str, request: ExportRequest, text: str) -> None:
        covey = self.covey
        paths = journal_paths(covey.data_dir, covey.profile)
        try:
            target = check_target(Path(text.strip() or "."))
            secret = export_secret(paths, request.anonymize)
            data = self._data(request, person=person_name(covey.settings.name, covey.profile, secret))
            write_export(render(name, data, self.t), target, secret, paths)
        except CoveyError as exc:
            self.app.call_from_thread(self._done, None, exc.render(self.t))
            return
        self.app.call_from_thread(self._done, target, self.t("export.written", count=len(data.entries),
                                                             path=str(target)))

    def _done(self, target: Path | None, sentence: str) -> None:
        self.written = target
        result = self.query_one("#export-result", Static)
        result.set_class(target is None, "-failed")
        result.update(sentence)
        self.query_one("#export-write", Button).disabled = False

    def action_back(self) -> None:
        self.dismiss(None)


__all__ = ["ExportScreen"]
