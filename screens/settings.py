"""Settings: the working days and days off, the day-start hour, a target per habit, the language.

The working days are a schedule with a history (CONTRACT "Schedule"): the screen lists its
periods, and the weekday ticks with an empty From box change every day, past ones too, while a
From date adds a period from that day and keeps the weeks before it as they were. Input is read
with the domain's own parsers (:mod:`covey_coach.progress.schedule`, the
:class:`~covey_coach.journal.settings.Settings` model); a mistake shows inline, in words, beside
the field, and nothing is saved until every field reads. Saving writes ``settings.json`` in a
worker; Today and Progress read the new settings when shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

from pydantic import ValidationError
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Header, Input, OptionList, Select, Static

from covey_coach.errors import describe_validation
from covey_coach.habits import HABITS
from covey_coach.progress.schedule import (
    DayRange,
    Rule,
    ScheduleHistory,
    parse_date,
    parse_day_range,
    period_lines,
)
from covey_coach.journal.settings import HabitTarget, Settings
from screens.base import CoveyScreen
from screens.dialogs import ConfirmDialog
from screens.widgets import TickBox
from covey_coach.content.words import habit_label

T = TypeVar("T")


class Unreadable:
    """What a field reads as when its text does not parse: its hint already says why."""


UNREADABLE = Unreadable()

MONDAY = date(2024, 1, 1)
"""Any Monday: weekday names are read from the week that starts here."""
TARGET_RANGE = (1, 31)
"""What the settings model accepts for a target's times and days."""


class SettingsScreen(CoveyScreen["Settings | None"]):
    """Dismisses with the saved settings, or None when left without saving."""

    MODE_KEYS = False
    BINDINGS = [
        Binding("ctrl+s", "save", "screens.keys.save_settings", id="settings.save",
                tooltip="screens.keys.save_settings_tip"),
        Binding("escape", "leave", "screens.keys.leave", id="settings.leave", tooltip="screens.keys.leave_tip"),
        Binding("delete", "remove_off", "screens.keys.remove_off", id="settings.remove_off", show=False,
                tooltip="screens.keys.remove_off_tip"),
    ]

    AUTO_FOCUS = "#weekday-0"
    """Focused from the compose on, as on_mount asks: Textual's default focused the first
    focusable widget, and moving focus from it restyled both (see TodayScreen.AUTO_FOCUS)."""

    def __init__(self) -> None:
        super().__init__(id="settings")
        self.original = self.covey.settings
        """The settings as they were when the screen opened."""
        self.off: list[DayRange] = list(self.original.schedule.off)
        """The days off as edited here, in the order they were added."""
        current = self.original.schedule.current
        self.ticked_at_open: list[int] | None = [] if current.rrule else current.weekdays
        """The weekdays ticked when the screen opened (None: all seven): unchanged ticks keep the history."""
        self._saving = False
        self._at_open: tuple[object, ...] = ()
        """What the form showed when it opened (see :meth:`_form_state`)."""

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        t, settings = self.t, self.original
        current = settings.schedule.current
        working = set(range(7)) if self.ticked_at_open is None else set(self.ticked_at_open)
        yield Header(icon="")
        with VerticalScroll(id="settings-body"):
            yield Static(t("screens.settings.workdays"), classes="prompt")
            yield Static(t("screens.settings.workdays_note"), classes="legend")
            with Horizontal(id="weekdays"):
                for day in range(7):
                    name = t.weekday(MONDAY + timedelta(days=day), "abbr").rstrip(".")
                    yield TickBox(name, value=day in working, id=f"weekday-{day}", compact=True)
            with Horizontal(id="from-row"):
                yield Static(t("screens.settings.from_label"), id="from-label")
                yield Input(placeholder=t("screens.settings.from_placeholder"), id="from-input", max_length=10,
                            compact=True)
            yield Static(t("screens.settings.from_note"), classes="legend")
            if current.rrule:
                yield Static(t("screens.settings.rrule_note"), classes="legend", id="rrule-note")
            yield Static("", id="weekday-hint", classes="hint")
            yield Static("", id="from-hint", classes="hint")
            yield Static(t("screens.settings.periods"), classes="prompt")
            yield Static(id="periods", markup=False)
            yield Static(t("screens.settings.days_off"), classes="prompt")
            with Horizontal(id="off-row"):
                yield Input(placeholder=t("screens.settings.off_placeholder"), id="off-input", max_length=22,
                            compact=True)
                yield Button(t("screens.settings.off_add"), id="off-add", compact=True)
                yield Button(t("screens.settings.off_remove"), id="off-remove", compact=True)
            yield Static("", id="off-hint", classes="hint")
            yield OptionList(id="off-list", compact=True)
            yield Static(id="schedule-describe", markup=False)
            yield Static(t("screens.settings.day_start"), classes="prompt")
            yield Select([(f"{hour:02d}:00", hour) for hour in range(24)], value=settings.day_start_hour,
                         allow_blank=False, id="day-start", compact=True)
            yield Static(t("screens.settings.day_start_note"), classes="legend")
            yield Static(t("screens.settings.targets"), classes="prompt")
            yield Static(t("screens.settings.targets_note"), classes="legend")
            for habit in HABITS:
                times, days = settings.target(habit)
                with Horizontal(classes="target-row"):
                    yield Static(habit_label(self.covey.pack, t, habit), classes="target-label", markup=False)
                    yield Input(str(times), id=f"times-{habit}", type="integer", max_length=2, compact=True,
                                classes="target-number")
                    yield Static(t("screens.settings.times_per"), classes="target-word")
                    yield Input(str(days), id=f"days-{habit}", type="integer", max_length=2, compact=True,
                                classes="target-number")
                    yield Static(t("screens.settings.days"), classes="target-word")
            yield Static("", id="target-hint", classes="hint")
            yield Static(t("screens.settings.language"), classes="prompt")
            yield Select([("English", "en"), ("Nederlands", "nl")], value=t.lang, allow_blank=False,
                         id="language", compact=True)
            with Horizontal(id="settings-buttons"):
                yield Button(t("screens.settings.save"), id="settings-save", variant="primary", compact=True)
                yield Button(t("screens.settings.leave"), id="settings-leave", compact=True)
            yield Static("", id="save-hint", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.t("screens.settings.section")
        self._show_off()
        self.query_one("#weekday-0", Checkbox).focus()
        self._at_open = self._form_state()

    def _form_state(self) -> tuple[object, ...]:
        """Every value the form shows. Leaving compares it with the form as it opened, not with
        the saved file: started with --lang nl over a saved English, the language box already
        differs from the file, and nothing was changed here."""
        fields = [f"#weekday-{day}" for day in range(7)]
        inputs = ["#from-input", "#off-input", *(f"#{name}-{habit}" for habit in HABITS for name in ("times", "days"))]
        return (tuple(self.query_one(f, Checkbox).value for f in fields),
                tuple(self.query_one(i, Input).value.strip() for i in inputs),
                tuple(self.off), self.query_one("#day-start", Select).value,
                self.query_one("#language", Select).value)

    # -- days off --------------------------------------------------------------------------

    def _show_off(self) -> None:
        t, today = self.t, self.covey.today()
        options = self.query_one("#off-list", OptionList)
        options.clear_options()
        for item in sorted(self.off, key=lambda r: (r.start, r.end)):
            if item.start == item.end:
                text = t("screens.settings.off_day", day=t.short_date(item.start, today))
            else:
                text = t("screens.settings.off_range", start=t.short_date(item.start, today),
                         end=t.short_date(item.end, today), count=len(item))
            options.add_option(text)
        options.display = bool(self.off)
        self._describe()

    def _read(self, name: str, parse: Callable[[str], T], bad_key: str,
              show_hint: bool = True) -> T | None | Unreadable:
        """What the ``#<name>-input`` field says, read by ``parse``: None when it is empty, UNREADABLE
        (with the ``bad_key`` sentence under it, unless ``show_hint`` is off) when it does not read."""
        field = self.query_one(f"#{name}-input", Input)
        text = field.value.strip()
        if not text:
            self._hint(f"{name}-hint", "")
            return None
        try:
            value = parse(text)
        except ValueError:
            if show_hint:
                self._hint(f"{name}-hint", self.t(bad_key, value=text))
                field.focus()
            return UNREADABLE
        self._hint(f"{name}-hint", "")
        return value

    def add_off(self) -> bool:
        """Add what the days-off field says; False (and a hint in words) when it is not a day or range."""
        item = self._read("off", parse_day_range, "screens.settings.off_bad")
        if isinstance(item, Unreadable):
            return False
        if isinstance(item, DayRange):
            if item not in self.off:
                self.off.append(item)
            self.query_one("#off-input", Input).value = ""
            self._show_off()
        return True

    def action_remove_off(self) -> None:
        options = self.query_one("#off-list", OptionList)
        index = options.highlighted
        if index is None or not self.off:
            return
        ordered = sorted(self.off, key=lambda r: (r.start, r.end))
        self.off.remove(ordered[index])
        self._show_off()
        if self.off:
            options.highlighted = min(index, len(self.off) - 1)

    @on(Input.Submitted, "#off-input")
    def _off_submitted(self) -> None:
        self.add_off()

    # -- reading the form --------------------------------------------------------------------

    def _weekdays(self) -> list[int] | None:
        """The ticked weekdays; None when all seven are ticked (every day)."""
        ticked = [d for d in range(7) if self.query_one(f"#weekday-{d}", Checkbox).value]
        return None if len(ticked) == 7 else ticked

    def _history(self, show_hints: bool = True) -> ScheduleHistory | None:
        """The schedule history the form describes, or None (with a hint) when it does not read.

        Ticks left as they were keep every period; changed ticks without a From date replace the
        whole history; a From date adds a period from that day and keeps what held before it.
        """
        old = self.original.schedule
        weekdays = self._weekdays()
        start = self._read("from", parse_date, "screens.settings.from_bad", show_hints)
        if isinstance(start, Unreadable):
            return None
        keep_rota = bool(old.current.rrule) and weekdays == [] and start is None
        if weekdays == [] and not keep_rota:
            if show_hints:
                self._hint("weekday-hint", self.t("screens.settings.no_workdays"))
            return None
        self._hint("weekday-hint", "")
        if start is not None:
            history = old.changed_from(start, Rule(weekdays=weekdays))
        elif keep_rota or weekdays == self.ticked_at_open:
            history = old
        else:
            history = old.replaced(Rule(weekdays=weekdays))
        return history.with_off(self.off)

    def _targets(self) -> dict[int, HabitTarget] | None:
        low, high = TARGET_RANGE
        targets: dict[int, HabitTarget] = {}
        bad: list[str] = []
        for habit in HABITS:
            values = [self.query_one(f"#{name}-{habit}", Input).value.strip() for name in ("times", "days")]
            if all(v.isdigit() and low <= int(v) <= high for v in values):
                target = HabitTarget(times=int(values[0]), days=int(values[1]))
                if target != HabitTarget():
                    targets[habit] = target
            else:
                bad.append(str(habit))
        self._hint("target-hint",
                   self.t("screens.settings.target_bad", habits=", ".join(bad), low=low, high=high,
                          count=len(bad)) if bad else "")
        return None if bad else targets

    def collect(self) -> Settings | None:
        """The settings the form describes, or None when a field does not read (its hint says why)."""
        added = self.add_off()
        schedule = self._history()
        targets = self._targets()
        if not added or schedule is None or targets is None:
            return None
        language = self.query_one("#language", Select).value
        if self.original.language is None and language == self.t.lang:
            language = None  # still following the computer's language
        hour = self.query_one("#day-start", Select).value
        try:
            return Settings.model_validate({  # on top of the app's settings now (the theme may have changed)
                **self.covey.settings.model_dump(), "schedule": schedule, "targets": targets,
                "day_start_hour": hour, "language": language,
            })
        except ValidationError as exc:
            self._hint("save-hint", self.t("screens.settings.invalid", problem=describe_validation(exc, self.t)))
            return None

    def _hint(self, hint_id: str, text: str) -> None:
        """Show a mistake in words right under its field; an empty text hides the line."""
        hint = self.query_one(f"#{hint_id}", Static)
        hint.update(text)
        hint.set_class(bool(text), "-shown")

    def _describe(self) -> None:
        """The schedule and its periods as the form would save them; the saved ones while it does not read."""
        t, today = self.t, self.covey.today()
        history = self._history(show_hints=False)
        shown = history or self.original.schedule.with_off(self.off)
        if history is None and self._weekdays() == []:
            words = t("screens.settings.no_workdays")
        else:
            words = t("screens.settings.schedule_now", schedule=shown.describe(t, today))
        self.query_one("#schedule-describe", Static).update(words)
        self.query_one("#periods", Static).update("\n".join(period_lines(shown, t, today)))

    @on(Checkbox.Changed)
    def _weekday_changed(self) -> None:
        self._describe()

    @on(Input.Changed, "#from-input")
    def _from_changed(self) -> None:
        self._describe()

    # -- saving and leaving ------------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        actions = {"off-add": self.add_off, "off-remove": self.action_remove_off,
                   "settings-save": self.action_save, "settings-leave": self.action_leave}
        action = actions.get(event.button.id or "")
        if action is not None:
            action()

    def action_save(self) -> None:
        if self._saving:
            return
        settings = self.collect()
        if settings is None:
            self.notify(self.t("screens.settings.not_ready"), severity="warning")
            return
        self._saving = True
        self.change_journal(lambda journal: journal.save_settings(settings), name="save-settings",
                            failed_key="screens.settings.not_saved", done=self._saved, after_failure=self._failed)

    def _saved(self, settings: Settings) -> None:
        app = self.covey  # saving made them the journal's settings, and so the app's
        language_changed = settings.language not in (None, app.t.lang)
        self.dismiss(settings)
        if language_changed and settings.language is not None:
            app.call_later(app.set_language, settings.language)
        else:
            app.notify(self.t("screens.settings.saved"))

    def _failed(self) -> None:
        self._saving = False  # every field is as it was typed: ctrl+s tries again

    def action_leave(self) -> None:
        if self._form_state() == self._at_open:
            self.dismiss(None)
            return
        self.app.push_screen(
            ConfirmDialog(self.t("screens.settings.leave_question"), self.t("screens.settings.leave_yes"),
                          self.t("screens.settings.leave_no")),
            lambda yes: self.dismiss(None) if yes else None,
        )


__all__ = ["SettingsScreen"]
