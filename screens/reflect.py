"""Reflect: one encounter, one habit, six short steps; saved as a draft while typed.

Steps (Gibbs' cycle, DESIGN): check-in, the encounter, the habit, its questions, the
verdict, the commitment. ctrl+b / ctrl+n move back and forth (TextArea keeps
pageup/pagedown for itself), ctrl+s saves, Esc asks before discarding. The same screen
edits a stored entry when given one.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.lazy import Lazy
from textual.timer import Timer
from textual.widgets import (Button, Checkbox, ContentSwitcher, Header, Input, RadioSet, SelectionList,
                             Static, TextArea)

from covey_coach.content.rotation import choose_questions
from covey_coach.errors import describe_validation
from covey_coach.progress.focus import focus_for, last_commitment, question_history
from covey_coach.models import Draft, Entry
from screens.base import CoveyScreen
from screens.footer import CoveyFooter
from screens.plain import shown
from screens.dialogs import ConfirmDialog, DraftDialog
from covey_coach.reflection.form import STEPS, AskedQuestion, ReflectForm
from screens.reflect_steps import (
    question_widgets,
    read_form,
    step_checkin,
    step_commitment,
    step_encounter,
    step_habit,
    step_questions,
    step_verdict,
)
from covey_coach.content.words import channel_name, habit_label, habit_meaning, principle_name

DRAFT_DELAY = 0.4
"""Seconds of quiet typing before the draft is written."""
FIRST_FOCUS = {"checkin": "#energy", "encounter": "#channel", "habit": "#habit", "questions": "#answer-0",
               "verdict": "#rating", "commitment": "#commitment"}
REQUIRED_FIELD = {"encounter": "#encounter", "habit": "#habit", "verdict": "#rating"}
"""The field each step with a required answer needs: ctrl+s puts the cursor there when it is missing."""


class ReflectScreen(CoveyScreen["Entry | None"]):
    """The guided reflection; dismisses with the saved entry, or None when discarded."""

    MODE_KEYS = False
    BINDINGS = [
        Binding("ctrl+b", "back", "screens.keys.back", id="reflect.back", tooltip="screens.keys.back_tip"),
        Binding("ctrl+n", "next", "screens.keys.next", id="reflect.next", tooltip="screens.keys.next_tip"),
        Binding("ctrl+s", "save", "screens.keys.save", id="reflect.save", tooltip="screens.keys.save_tip"),
        Binding("escape", "cancel", "screens.keys.cancel", id="reflect.cancel",
                tooltip="screens.keys.cancel_tip"),
    ]

    def __init__(self, entry: Entry | None = None) -> None:
        super().__init__(id="reflect")
        self.editing = entry
        """The stored entry being edited, or None for a new reflection."""
        self.step = 0
        app = self.covey
        assert app.journal is not None
        entries = app.journal.entries()
        focus = focus_for(entries, app.journal.reviews(), app.today(), app.stats_at(app.today()))
        self.suggested = focus.habit
        """This week's focus: the weekly review's choice, else the one rule Today and the review show."""
        self.suggested_why = self.t(f"screens.reflect.why_{focus.source}")
        if entry is not None:
            self.form = ReflectForm.from_entry(entry)
            for question in self.form.questions:
                question.stage = app.pack.stage_of(question.id)
        else:
            self.form = ReflectForm(habit=focus.habit)
            # the plan of an earlier day: today's own plan is for the next shift, not yet tried
            last = last_commitment(entries, before=app.today() - timedelta(days=1))
            if last is not None:
                self.form.followup_question = self.t("arc.followup_question", text=shown(last.commitment.strip()),
                                                     date=self.t.short_date(last.day, app.today()))
                self.form.followup_of = last.id
        self._autosave = True
        """False when another reflection's draft must be kept (one draft slot per journal)."""
        self._finished = False
        """Saved or discarded: no more drafts."""
        self._saved_state: tuple[dict[str, Any], int] = (self.form.to_fields(), 0)
        self._pristine = self.form.typed()
        self._drafted = False
        """Whether a draft of this reflection is on disk."""
        self._timer: Timer | None = None

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        t, pack, form = self.t, self.covey.pack, self.form
        yield Header(icon="")
        with Vertical(id="reflect-head"):
            yield Static(id="step-title")
            yield Static(id="step-dots")
        steps = [step_checkin(t, form), step_encounter(t, form),
                 step_habit(t, pack, form, self.suggested, self.suggested_why), step_questions(t, form),
                 step_verdict(t, pack, form), step_commitment(t, form)]
        with ContentSwitcher(id="steps", initial=f"step-{STEPS[self.step]}"):
            for index, step in enumerate(steps):
                if index == self.step:
                    yield step
                else:
                    # The steps not shown are mounted just after the first frame: a hundred widgets
                    # that held up the screen's first paint by half its time.
                    step.display = False
                    yield Lazy(step)
        yield CoveyFooter()

    def on_mount(self) -> None:
        self.sub_title = self.t("screens.reflect.section_edit" if self.editing else "screens.reflect.section")
        self._show_step()
        journal = self.covey.writer
        draft = journal.load_draft() if journal is not None else None
        if draft is None:
            return
        mine = draft.editing_id == (self.editing.id if self.editing else draft.editing_id)
        if self.editing is not None and not mine:
            self._autosave = False  # keep the other reflection's draft; this edit is not drafted
            return
        self.app.push_screen(DraftDialog(self._draft_when(draft), self._draft_preview(draft)),
                             lambda accept: self._restore(draft) if accept else self._drop_draft())

    # -- steps -----------------------------------------------------------------------------

    async def _go(self, step: int) -> None:
        self._read()
        step = max(0, min(step, len(STEPS) - 1))
        while not self.query(f"#step-{STEPS[step]}"):
            await asyncio.sleep(0.005)  # a key in the first frame: the step is mounted just after it
        if STEPS[step] == "questions" and self._need_questions():
            await self._choose_questions()
        self.step = step
        self._show_step()
        self._schedule_draft(now=True)

    def _show_step(self) -> None:
        name = STEPS[self.step]
        self.query_one("#steps", ContentSwitcher).current = f"step-{name}"
        self.query_one("#step-title", Static).update(self.t(
            "screens.reflect.step_title", n=self.step + 1, total=len(STEPS), name=self.t(f"screens.reflect.step_{name}")))
        self.query_one("#step-dots", Static).update(" ".join(
            "●" if i <= self.step else "○" for i in range(len(STEPS))))
        self._update_meaning()
        self._update_summary()
        found = self.query(FIRST_FOCUS[name])
        if found:
            found.first().focus()
        self.refresh_bindings()

    async def action_next(self) -> None:
        await self._go(self.step + 1)

    async def action_back(self) -> None:
        await self._go(self.step - 1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back" and self.step == 0:
            return None
        if action == "next" and self.step == len(STEPS) - 1:
            return None
        return True

    # -- questions -------------------------------------------------------------------------

    def _need_questions(self) -> bool:
        form = self.form
        if form.habit is None:
            return False
        if not form.questions:
            return True
        habit, _, channel = form.questions_for.partition("/")
        if habit != str(form.habit):
            return True
        typed = any(form.answers.get(q.id, "").strip() for q in form.questions)
        return channel != (form.channel or "") and not typed

    async def _choose_questions(self) -> None:
        app, form = self.covey, self.form
        assert app.journal is not None and form.habit is not None
        history = question_history(app.journal.entries(), form.habit, self.editing.id if self.editing else None)
        channel = form.channel if form.channel not in (None, "other") else None
        seed = (self.editing.day if self.editing else app.today()).isoformat()
        chosen = choose_questions(app.pack, form.habit, history, seed, channel=channel)
        form.questions = [AskedQuestion(q.id, q.get(self.t.lang), q.stage) for q in chosen]
        form.questions_for = f"{form.habit}/{form.channel or ''}"
        holder = self.query_one("#step-questions")
        await holder.remove_children()
        await holder.mount_all(question_widgets(self.t, form))

    # -- reading and drafting --------------------------------------------------------------

    def _read(self) -> None:
        read_form(self, self.form)

    @on(TextArea.Changed)
    @on(RadioSet.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Checkbox.Changed)
    @on(Input.Changed)
    def _changed(self) -> None:
        if self._finished:
            return
        self._read()
        self._update_meaning()
        self._update_summary()
        self._schedule_draft()

    def _state(self) -> tuple[dict[str, Any], int]:
        return (self.form.to_fields(), self.step)

    def _draft_due(self) -> bool:
        """Whether the draft on disk lags behind the screen (never for an untouched new form)."""
        if self._finished or not self._autosave:
            return False
        state = self._state()
        if state == self._saved_state:
            return False
        return self._drafted or self.form.typed() != self._pristine

    def _schedule_draft(self, now: bool = False) -> None:
        if not self._draft_due():
            return
        if self._timer is not None:
            self._timer.stop()
        if now:
            self._write_draft(*self._state())
        else:
            self._timer = self.set_timer(DRAFT_DELAY, lambda: self._write_draft(*self._state()))

    @work(thread=True, group="draft", exclusive=True, exit_on_error=False, description="write the draft")
    def _write_draft(self, fields: dict[str, Any], step: int) -> None:
        self._store_draft(fields, step)

    def _store_draft(self, fields: dict[str, Any], step: int) -> None:
        journal = self.covey.writer
        if journal is None:
            return
        untouched = ReflectForm.from_fields(fields).typed() == self._pristine
        try:
            if untouched:  # nothing typed, or all of it taken back: no draft to offer
                written = journal.clear_draft(unless=self._is_finished)
            else:
                written = journal.save_draft(fields, step, self.editing.id if self.editing else None,
                                             unless=self._is_finished)
        except OSError:
            return  # the next change tries again; the screen keeps everything meanwhile
        if written:
            self._saved_state = (fields, step)
            self._drafted = not untouched

    def _is_finished(self) -> bool:
        """Saved or discarded. The journal asks under its lock: a draft never lands after the save."""
        return self._finished

    def on_unmount(self) -> None:
        """Closing the app mid-reflection: write what the timer had not written yet (a tiny file)."""
        if self._timer is not None:
            self._timer.stop()
        if self._draft_due():
            self._store_draft(*self._state())

    def _draft_when(self, draft: Draft) -> str:
        saved = draft.saved_at.astimezone()
        return self.t("screens.draft.when", date=self.t.short_date(saved.date(), self.covey.today()),
                      time=f"{saved:%H:%M}")

    @staticmethod
    def _draft_preview(draft: Draft) -> str:
        text = shown(str(draft.fields.get("encounter") or "")).strip()
        first = text.splitlines()[0] if text else ""
        return first[:70] + ("…" if len(first) > 70 else "")

    async def _restore(self, draft: Draft) -> None:
        journal = self.covey.journal
        assert journal is not None
        if draft.editing_id and self.editing is None:
            self.editing = journal.get(draft.editing_id)
        self.form = ReflectForm.from_fields(draft.fields)
        self.step = max(0, min(draft.step, len(STEPS) - 1))
        self._saved_state = self._state()
        self._drafted = True
        await self.recompose()
        self.sub_title = self.t("screens.reflect.section_edit" if self.editing else "screens.reflect.section")
        self._show_step()

    def _drop_draft(self) -> None:
        if self.covey.writer is not None:
            self.covey.writer.clear_draft()

    # -- what the step shows besides its fields --------------------------------------------

    def _update_meaning(self) -> None:
        found = self.query("#habit-meaning")  # not there before the habit step is mounted
        if self.form.habit is not None and found:
            found.first(Static).update(habit_meaning(self.covey.pack, self.t, self.form.habit))

    def _update_summary(self) -> None:
        t, form, pack = self.t, self.form, self.covey.pack
        missing = form.missing_step()
        if missing is not None:
            text = t("screens.reflect.summary_missing", step=missing + 1,
                     name=t(f"screens.reflect.step_{STEPS[missing]}"))
        else:
            parts = [habit_label(pack, t, form.habit or 1), t("screens.reflect.summary_rating", rating=form.rating)]
            if form.channel:
                parts.append(channel_name(t, form.channel))
            parts += [principle_name(pack, t, p) for p in form.principles]
            if form.sammy:
                parts.append(t("screens.reflect.summary_sammy"))
            text = t("screens.reflect.summary_ready", what=" · ".join(parts))
        for summary in self.query("#summary"):  # none before the last step is mounted
            summary.update(text)
        for name in ("encounter", "habit", "verdict"):
            for hint in self.query(f"#hint-{name}"):  # none before that step is mounted
                if missing is None or STEPS[missing] != name:
                    hint.update("")

    # -- save and cancel -------------------------------------------------------------------

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            event.stop()
            await self.action_save()

    async def action_save(self) -> None:
        if self._finished:
            return
        self._read()
        missing = self.form.missing_step()
        if missing is not None:
            await self._go(missing)
            # What is typed next belongs in the missing field, not in the step's first one
            # (the encounter step starts at the channel, where a space chose "Desk").
            self.query_one(REQUIRED_FIELD[STEPS[missing]]).focus()
            self.query_one(f"#hint-{STEPS[missing]}", Static).update(self.t(f"screens.reflect.need_{STEPS[missing]}"))
            self.notify(self.t(f"screens.reflect.need_{STEPS[missing]}"), severity="warning")
            return
        try:
            entry = self.form.to_entry(self.covey.now(), self.covey.today(), base=self.editing)
        except ValidationError as exc:
            self.notify(self.t("screens.reflect.invalid", problem=describe_validation(exc, self.t)), severity="error")
            return
        self._finished = True
        if self._timer is not None:
            self._timer.stop()
        created, clear = self.editing is None, self._autosave
        self.change_journal(lambda journal: journal.save_reflection(entry, created=created, clear_draft=clear),
                            name="save-reflection", failed_key="screens.reflect.not_saved", done=self._saved,
                            after_failure=self._save_failed)

    def _saved(self, entry: Entry) -> None:
        self.dismiss(entry)  # the app has heard of it already (EntrySaved) and says so

    def _save_failed(self) -> None:
        self._finished = False  # the form is as it was: drafts go on, and ctrl+s tries again

    def action_cancel(self) -> None:
        self._read()
        if self.form.typed() == self._pristine:
            self._discard()
            return
        key = "screens.reflect.discard_edit" if self.editing else "screens.reflect.discard_new"
        self.app.push_screen(
            ConfirmDialog(self.t(key), self.t("screens.reflect.discard_yes"), self.t("screens.reflect.discard_no")),
            lambda yes: self._discard() if yes else None,
        )

    def _discard(self) -> None:
        self._finished = True
        if self._timer is not None:
            self._timer.stop()
        if self._autosave and self.covey.writer is not None:
            self.covey.writer.clear_draft()
        self.dismiss(None)


__all__ = ["ReflectScreen"]
