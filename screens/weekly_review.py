"""The weekly review: last week in figures, then seed 002's question, which habit this week?

Offered by the app on the first start of a new ISO week when :func:`covey_coach.progress.weekly.review_due`
says so, and on demand (``w`` on Today and Progress, the palette). The weakest habit is chosen
beforehand and named as the suggestion; the chosen habit's field mission (seed 003) shows and
changes with the choice. Before that, last week's plans show with how many were kept, and the
last field mission is asked about: what did it show? Saving stores a :class:`WeeklyReview` for this week. Esc is "later":
when the app offered the review, it is not offered again that day (it is on a later day of the
same week, until a review is saved).
"""

from __future__ import annotations

from datetime import timedelta

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Input, RadioSet, Static

from covey_coach.habits import HABITS
from covey_coach.models import WeeklyReview
from covey_coach.days import iso_week_label, week_start
from covey_coach.progress.commitment_words import review_line
from covey_coach.progress.weekly import WeekSummary, summarise_last_week
from screens.base import CoveyScreen
from screens import plain
from screens.widgets import ChoiceButton, ChoiceSet
from covey_coach.content.words import habit_label, habit_mission

COMMITMENTS_SHOWN = 3
"""Last week's newest commitments listed; the rest are counted."""
COMMITMENT_WIDTH = 64


def _clip(text: str, width: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


class WeeklyReviewScreen(CoveyScreen["WeeklyReview | None"]):
    """Dismisses with the saved review, or None for "later"."""

    MODE_KEYS = False
    BINDINGS = [
        Binding("ctrl+s", "save", "screens.keys.save_review", id="review.save", tooltip="screens.keys.save_review_tip"),
        Binding("escape", "later", "screens.keys.later", id="review.later", tooltip="screens.keys.later_tip"),
    ]

    def __init__(self, offered: bool = False) -> None:
        super().__init__(id="weekly-review")
        self.offered = offered
        """True when the app offered it at start: "later" then means "not again today"."""
        app = self.covey
        journal = app.journal
        assert journal is not None
        entries, reviews, today = journal.entries(), journal.reviews(), app.today()
        self.week = iso_week_label(today)
        """This ISO week, ``YYYY-Www``: the review is stored under it."""
        self.monday = week_start(today)
        self.summary: WeekSummary = summarise_last_week(entries, reviews, journal.schedule, today,
                                                        journal.targets, stats=app.stats_at(today))
        self.existing = next((r for r in reviews if r.week == self.week), None)
        """This week's review when it is opened again: its choice and note come back."""
        self.habit = self.existing.focus_habit if self.existing else self.summary.suggested_focus
        """The habit chosen on screen."""
        self._saving = False

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        t, pack, summary = self.t, self.covey.pack, self.summary
        yield Header(icon="")
        with VerticalScroll(id="review-body"):
            sunday = self.monday - timedelta(days=1)
            today = self.covey.today()
            yield Static(t("screens.review.last_week", start=t.short_date(sunday - timedelta(days=6), today),
                           end=t.short_date(sunday, today)), classes="review-heading")
            yield Static(self._figures(), id="review-figures", markup=False)
            if summary.commitments:
                yield Static(self._commitments(), id="review-commitments", markup=False)
            last = summary.last_mission
            if last is not None:
                yield Static(t("arc.mission.question", habit=habit_label(pack, t, last.focus_habit),
                               mission=last.mission.strip()), classes="prompt", id="review-last-mission",
                             markup=False)
                yield Input(plain.shown(self.existing.mission_result) if self.existing else "",
                            placeholder=t("arc.mission.placeholder"), id="review-mission-result", max_length=5_000)
            yield Static(t("screens.review.question"), classes="prompt")
            yield Static(t("screens.review.suggestion", habit=habit_label(pack, t, summary.suggested_focus)),
                         classes="legend", id="review-suggestion")
            buttons = []
            for habit in HABITS:
                label = habit_label(pack, t, habit)
                if habit == summary.suggested_focus:
                    label = t("screens.reflect.habit_suggested", label=label)
                buttons.append(ChoiceButton(label, value=habit == self.habit, id=f"review-habit-{habit}"))
            yield ChoiceSet(*buttons, id="review-habit", compact=True)
            yield Static(id="review-mission-title", classes="prompt", markup=False)
            yield Static(id="review-mission", markup=False)
            yield Static(t("screens.review.note_question"), classes="prompt")
            yield Input(plain.shown(self.existing.note) if self.existing else "",
                        placeholder=t("screens.review.note_placeholder"),
                        id="review-note", max_length=5_000)
            with Horizontal(id="review-buttons"):
                yield Button(t("screens.review.save"), id="review-save", variant="primary", compact=True)
                yield Button(t("screens.review.later"), id="review-later", compact=True)
            yield Static(t("screens.review.later_offered" if self.offered else "screens.review.later_on_demand"),
                         classes="legend", id="review-later-note")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.t("screens.review.section", week=self.t.week_name(self.monday, self.covey.today()))
        self._show_mission()
        self.query_one("#review-body").scroll_home(animate=False)
        # Last week's mission is looked back on before the next one is chosen: its question comes first.
        first = self.query("#review-mission-result") or self.query("#review-habit")
        first.first().focus(scroll_visible=False)

    def _figures(self) -> str:
        t, pack, summary = self.t, self.covey.pack, self.summary
        week = summary.week
        if week is None:
            return t("screens.review.no_last_week")
        if week.entries == 0:
            # Nothing grew in a week without reflections: the fresh start is the whole story.
            lines = [t("screens.review.figures_none", count=week.scheduled_days)]
        else:
            mean = t("stats.no_value") if week.mean_rating is None else t.number(week.mean_rating, 1)
            days = t("screens.review.days_of", count=week.scheduled_days, reflected=week.reflected_scheduled_days)
            lines = [t("screens.review.figures", count=week.entries, days=days, mean=mean)]
            if summary.strongest_growth is not None:
                habit, points = summary.strongest_growth
                lines.append(t("screens.review.growth", habit=habit_label(pack, t, habit), count=points))
            else:
                lines.append(t("screens.review.no_growth"))
        if summary.previous_focus is not None:
            lines.append(t("screens.review.previous_focus", habit=habit_label(pack, t, summary.previous_focus)))
        return "\n".join(lines)

    def _commitments(self) -> str:
        t = self.t
        items = self.summary.commitments
        shown = items[-COMMITMENTS_SHOWN:]
        lines = [t("screens.review.commitments_title")]
        lines += [t("screens.review.commitment", day=t.weekday(e.day, "abbr").rstrip("."),
                    text=_clip(plain.shown(e.commitment), COMMITMENT_WIDTH)) for e in shown]
        if len(items) > len(shown):
            lines.append(t("screens.review.commitments_more", count=len(items) - len(shown)))
        lines.append(review_line(self.summary.kept, t))
        return "\n".join(lines)

    def mission_text(self) -> str:
        """The field mission of the chosen habit, in the interface language ("" if the pack has none)."""
        return habit_mission(self.covey.pack, self.t, self.habit)

    def _show_mission(self) -> None:
        """The chosen habit in words (the radio dot alone is only colour) and its mission."""
        self.query_one("#review-mission-title", Static).update(
            self.t("screens.review.mission_title", habit=habit_label(self.covey.pack, self.t, self.habit)))
        mission = self.mission_text()
        self.query_one("#review-mission", Static).update(mission or self.t("screens.review.no_mission"))

    @on(RadioSet.Changed, "#review-habit")
    def _habit_changed(self, event: RadioSet.Changed) -> None:
        button_id = event.pressed.id or ""
        self.habit = int(button_id.rsplit("-", 1)[1])
        self._show_mission()
        self.query_one("#review-mission").scroll_visible()

    # -- saving and later ------------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "review-save":
            self.action_save()
        elif event.button.id == "review-later":
            self.action_later()

    def action_save(self) -> None:
        if self._saving:
            return
        self._saving = True
        review = WeeklyReview(week=self.week, created_at=self.covey.now(), focus_habit=self.habit,
                              mission=self.mission_text(),
                              note=self.query_one("#review-note", Input).value.strip(),
                              mission_result=self._mission_result())
        self.change_journal(lambda journal: journal.save_review(review), name="save-review",
                            failed_key="screens.review.not_saved", done=self._saved, after_failure=self._failed)

    def _mission_result(self) -> str:
        found = self.query("#review-mission-result")
        return found.first(Input).value.strip() if found else ""

    def _saved(self, review: WeeklyReview) -> None:
        self.dismiss(review)  # the app has heard of it (ReviewSaved) and names the habit

    def _failed(self) -> None:
        self._saving = False  # the choice and the note are still on screen: ctrl+s tries again

    def action_later(self) -> None:
        app = self.covey
        if self.offered:
            app.settings.review_postponed = app.today()
            app.persist_settings()
        self.dismiss(None)


__all__ = ["WeeklyReviewScreen"]
