"""Today: a greeting, a milestone reached, the streak, this week's focus and field mission, whether
today is done, and one key to reflect."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Header, Static

from screens.base import CoveyScreen
from screens.footer import CoveyFooter
from screens.plain import shown  # light (rich.text only): needed for the first frame's words

GREETINGS = ((4, "night"), (12, "morning"), (18, "afternoon"), (24, "evening"))
"""Up to which hour each greeting is used; before 04:00 the late shift is still going."""


def greeting_key(hour: int) -> str:
    return next(f"screens.today.greeting_{name}" for limit, name in GREETINGS if hour < limit)


class TodayScreen(CoveyScreen[None]):
    """The home of the app: where a reflection starts.

    It is the first frame, drawn while the journal opens: its words come at once, its figures
    when the app calls :meth:`journal_open` (until then the rows wait, empty, without a wrong
    figure).
    """

    BINDINGS = [
        Binding("enter,r", "reflect", "screens.keys.reflect", id="today.reflect",
                tooltip="screens.keys.reflect_tip", key_display="⏎/r"),
        Binding("w", "app.weekly_review", "screens.keys.review", id="today.review",
                tooltip="screens.keys.review_tip"),
        Binding("l", "app.open_reading", "reading.key", id="today.read", show=False, tooltip="reading.key_tip"),
        Binding("s", "app.open_settings", "screens.keys.settings", id="today.settings", show=False,
                tooltip="screens.keys.settings_tip"),
        Binding("ctrl+q", "app.quit", "screens.keys.quit", id="today.quit", show=False,
                tooltip="screens.keys.quit_tip"),
    ]
    """Read, Settings and Quit stay out of the footer (room for the sections at 80 columns); F1 lists them."""

    AUTO_FOCUS = "#start"
    """The button has focus from the compose on. Textual's default focuses the first focusable
    widget, the scrolling body: moving focus from it to the button afterwards restyled the
    whole body twice (:focus-within) and drew a second first frame."""

    ROWS: tuple[tuple[str, int], ...] = (("streak", 2), ("focus", 3), ("done", 2), ("commitment", 2))
    """Today's rows of figures, each with the lines it has before its figures are in."""

    def __init__(self) -> None:
        super().__init__(id="today")

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="today-body"):
            yield Static(id="greeting")
            yield Static(id="date-line")
            yield Static(id="draft-line", markup=False)
            yield Static(id="milestone", markup=False)
            if self.covey.journal is not None:
                yield from self._rows()
            else:
                # The first frame: the rows' labels in one widget, where the rows will be. The
                # twenty widgets of the rows (styled, laid out and drawn empty) took a third of
                # the time to that frame; they are mounted when the journal is open (journal_open).
                yield Static(self._rows_preview(), id="rows-preview", markup=False)
            with Horizontal(id="start-row"):
                yield Button(self.t("screens.today.start"), id="start", variant="primary")
                yield Static(self.t("screens.today.start_hint"), id="start-hint")
        yield CoveyFooter()

    def _rows(self) -> list[Horizontal]:
        return [self._row(name) for name, _lines in self.ROWS]

    def _row(self, name: str) -> Horizontal:
        lines = [Static(id=f"{name}-value", classes="today-value", markup=False),
                 Static(id=f"{name}-note", classes="today-note", markup=False)]
        if name == "focus":
            lines.append(Static(id="focus-mission", classes="today-mission", markup=False))
        return Horizontal(
            Static(self.t(f"screens.today.label_{name}"), classes="today-label", id=f"{name}-label"),
            Vertical(*lines),
            id=f"{name}-row", classes="today-row",
        )

    def _rows_preview(self) -> str:
        return "\n".join(self.t(f"screens.today.label_{name}") + "\n" * (lines - 1) for name, lines in self.ROWS)

    def on_mount(self) -> None:
        # The figures come with ScreenResume, which follows the first mount too: filling them
        # here as well drew Today twice at every start.
        # No reflection starts on a read-only journal; the one being opened will be writable.
        self.query_one("#start-row").display = self.writable or self.covey.opening

    async def journal_open(self) -> None:
        """The app has opened the journal: its rows in place of their preview, then its figures
        (what is computed came with it)."""
        preview = self.query("#rows-preview")
        if preview:
            with self.app.batch_update():  # the rows replace their preview in one frame
                await self.query_one("#today-body").mount_all(self._rows(), before="#rows-preview")
                await preview.remove()
        self.query_one("#start-row").display = self.writable
        if self.is_current:
            self.refresh_view()

    def on_screen_resume(self) -> None:
        self.sub_title = self.t("screens.today.section")
        self.refresh_view()

    async def retranslate(self) -> None:
        await super().retranslate()
        self.on_mount()
        self.on_screen_resume()

    # -- what is shown ---------------------------------------------------------------------

    def refresh_view(self) -> None:
        app, t = self.covey, self.t
        journal = app.journal
        if journal is None or app.pack is None:
            return
        # Imported here, not with the screen: the first frame is drawn before they are needed.
        from covey_coach.content.words import habit_label, habit_mission
        from covey_coach.progress.focus import focus_for, last_commitment, week_review
        from covey_coach.progress.report import milestone_text
        from screens.today_words import focus_note, streak_text

        entries = journal.entries()
        today, now = app.today(), app.now()
        self._set("#greeting", t(greeting_key(now.hour)))
        self._set("#date-line", t("screens.today.date_line", weekday=t.weekday(today).capitalize(),
                                 date=t.date(today, "long")))

        stats = app.stats_at(today)
        milestones = stats.milestones_today()
        milestone = self.query_one("#milestone", Static)
        milestone.update("\n".join(t("screens.today.milestone", text=milestone_text(m, t)) for m in milestones))
        milestone.display = bool(milestones)

        self._show_draft()
        self._set("#streak-value", streak_text(stats.current_streak, stats.best_streak, t))
        self._set("#streak-note", t("screens.today.streak_note"))

        reviews = journal.reviews()
        focus = focus_for(entries, reviews, today, stats)
        self._set("#focus-value", habit_label(app.pack, t, focus.habit))
        self._set("#focus-note", focus_note(focus, today, t))
        # The pack's mission in today's language; the review's stored copy if the pack has none (any more).
        mission = habit_mission(app.pack, t, focus.habit)
        review = week_review(reviews, today)
        if not mission and review is not None and review.focus_habit == focus.habit:
            mission = review.mission.strip()
        self._set("#focus-mission", t("screens.today.mission", text=mission) if mission else "")
        self.query_one("#focus-mission").display = bool(mission)

        count = sum(1 for e in entries if e.day == today)
        if count:
            self._set("#done-value", t("screens.today.done", count=count))
            self._set("#done-note", t("screens.today.done_note"))
        else:
            self._set("#done-value", t("screens.today.not_done"))
            self._set("#done-note", t("screens.today.not_done_note"))
        self.query_one("#done-row").set_class(count > 0, "-done")

        last = last_commitment(entries, before=today)
        row = self.query_one("#commitment-row")
        row.display = last is not None
        if last is not None:
            planned_today = last.day == today
            self._set("#commitment-label", t("screens.today.label_next" if planned_today
                                             else "screens.today.label_commitment"))
            self._set("#commitment-value", t("screens.today.commitment", text=last.commitment.strip()))
            self._set("#commitment-note", t("screens.today.commitment_today_note") if planned_today
                      else t("screens.today.commitment_note", date=t.short_date(last.day, today)))

    def _show_draft(self) -> None:
        """A reflection left unfinished is named before ``r`` is pressed, so it is not a surprise."""
        writer = self.covey.writer
        draft = writer.load_draft() if writer is not None else None
        line = self.query_one("#draft-line", Static)
        line.display = draft is not None
        if draft is not None:
            from screens.today_words import draft_text

            line.update(draft_text(draft.saved_at.astimezone(), self.covey.now().date(), self.t))

    def _set(self, selector: str, text: str) -> None:
        self.query_one(selector, Static).update(shown(text))

    # -- actions ---------------------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            event.stop()
            self.action_reflect()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reflect" and not (self.writable or self.covey.opening):
            return False
        return True

    def action_reflect(self) -> None:
        if self.covey.opening:
            self.covey.when_open(self.action_reflect)  # pressed while the journal opens: start once it is
            return
        if not self.writable:
            return
        from screens.reflect import ReflectScreen

        self.app.push_screen(ReflectScreen())


__all__ = ["TodayScreen", "greeting_key"]
