"""A person's words are shown as they wrote them, on every screen: never read as markup, and no
terminal escape code or bidi override reaches the terminal (the stored text keeps them)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from rich.segment import Segment
from textual.widgets import Input, TextArea

from covey_coach.habits import Channel
from covey_coach.journal.paths import journal_paths
from covey_coach.journal.service import Journal
from covey_coach.journal.settings import Settings, save_settings
from covey_coach.journal.store import open_store
from covey_coach.models import Answer, Entry, WeeklyReview
from covey_coach.progress.schedule import Schedule
from screens.app import make_app
from screens.dialogs import DraftDialog
from screens.entry_view import EntryView
from screens.journal import JournalScreen
from screens.plain import shown
from screens.reflect import ReflectScreen
from screens.today import TodayScreen
from screens.weekly_review import WeeklyReviewScreen
from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import TODAY, ZONE

SIZE = (160, 48)
TRAPS = "[/] [bold]x[/bold] [link=file:///etc]l[/link] \x1b[31mred\x1b]0;title\x07 \u202eevil"
"""Markup that crashes or styles, an ANSI colour, an OSC window title and a right-to-left override."""


def words(name: str) -> str:
    return f"{name} {TRAPS}"


def literal(name: str) -> str:
    """What the screen must show of ``words(name)``: every character but the controls."""
    return f"{name} [/] [bold]x[/bold] [link=file:///etc]l[/link] [31mred]0;title evil"


def seed(data_dir: Path, *, review: bool) -> Entry:
    save_settings(journal_paths(data_dir), Settings(language=None, schedule=Schedule(weekdays=[0, 1, 2, 3, 4])))
    day = TODAY - timedelta(days=3)  # last week's Friday: on Today, in the review and in the journal
    entry = Entry(id="trap", created_at=datetime.combine(day, time(18), tzinfo=ZONE), day=day, habit=5,
                  channel=Channel.DESK, encounter=words("Enc"), rating=4, energy=3,
                  answers=[Answer(question_id="q5-1", question=words("Que"), answer=words("Ans"))],
                  commitment=words("Com"), tags=["[/]", "\x1b[31mtag", "\u202etg"])
    with open_store(data_dir) as store:
        store.add_many([entry])
        if review:
            store.save_review(WeeklyReview(week="2026-W48", created_at=datetime.combine(TODAY, time(8), tzinfo=ZONE),
                                           focus_habit=5, mission=words("Mis"), note=words("Not")))
    return entry


def screen_lines(app) -> tuple[list[str], list[Segment]]:
    """What the terminal is sent for the current screen: each line's text, and every segment."""
    strips = app.screen._compositor.render_strips()  # noqa: SLF001 - the frame as the driver writes it
    segments = [segment for strip in strips for segment in strip]
    return ["".join(segment.text for segment in strip) for strip in strips], segments


def assert_safe(app) -> str:
    """Nothing on screen acts on the terminal or carries a style from a person's text; returns the text."""
    lines, segments = screen_lines(app)
    text = "\n".join(lines)
    for bad in ("\x1b", "\x07", "\u202e"):
        assert bad not in text, f"{bad!r} reaches the terminal on {type(app.screen).__name__}"
    for segment in segments:
        style = segment.style
        assert style is None or not style.link, f"a link from the text: {style.link}"
        if "x[/bold]" in segment.text:
            assert style is None or not style.bold or "[bold]" in segment.text
    return text


async def test_every_screen_shows_the_words_literally(tmp_data_dir: Path) -> None:
    entry = seed(tmp_data_dir, review=True)
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert literal("Com") in assert_safe(app), "Today's last commitment"

        await pilot.press("j")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
        assert literal("Enc") in assert_safe(app), "the Journal's list did not crash and shows the text"

        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EntryView)
        on_view = assert_safe(app)
        for name in ("Enc", "Que", "Ans", "Com"):
            assert literal(name) in on_view, name
        assert "tags: [/], [31mtag, tg" in on_view

        await pilot.press("e")
        await settle(pilot)
        reflect = app.screen
        assert isinstance(reflect, ReflectScreen) and reflect.editing is not None
        assert reflect.query_one("#encounter", TextArea).text == literal("Enc")
        assert reflect.query_one("#answer-0", TextArea).text == literal("Ans")
        assert reflect.query_one("#commitment", TextArea).text == literal("Com")
        assert reflect.query_one("#tags", Input).value == "[/], [31mtag, tg"
        for _ in range(5):  # through every step: what each shows reaches the terminal safely
            assert_safe(app)
            await pilot.press("ctrl+n")
            await pilot.pause()
        last_step = assert_safe(app)
        assert literal("Com") in last_step and "[/], [31mtag, tg" in last_step

    with open_store(tmp_data_dir, readonly=True) as store:
        assert store.get("trap") == entry, "what is stored keeps every character"


async def test_the_weekly_review_shows_commitments_and_the_note_literally(tmp_data_dir: Path) -> None:
    seed(tmp_data_dir, review=False)
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, WeeklyReviewScreen)
        assert shown(literal("Com"))[:40] in assert_safe(app), "last week's commitments"

    with Journal.open(tmp_data_dir) as journal:
        journal.save_review(WeeklyReview(week="2026-W48", created_at=datetime.combine(TODAY, time(8), tzinfo=ZONE),
                                         focus_habit=5, note=words("Not")))
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, WeeklyReviewScreen)
        assert app.screen.query_one("#review-note", Input).value == literal("Not")
        assert_safe(app)


async def test_the_draft_dialog_shows_the_draft_literally(tmp_data_dir: Path) -> None:
    seed(tmp_data_dir, review=True)
    with Journal.open(tmp_data_dir) as journal:
        journal.save_draft({"encounter": words("Dra"), "habit": 5}, 1)
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, DraftDialog)
        on_dialog = assert_safe(app)
        first, second = literal("Dra").split(" [31m")  # the dialog wraps the preview there
        assert first in on_dialog and "[31m" + second in on_dialog


def test_shown_drops_controls_and_keeps_everything_else() -> None:
    assert shown("a\x1b[1mb\x00c\x9bd\u202ee\u2066f\u2069") == "a[1mbcdef"
    assert shown("line one\nline two\ttab") == "line one\nline two\ttab"
    assert shown("café 👩‍🍳 [b]") == "café 👩‍🍳 [b]", "accents, emoji joined by ZWJ and brackets stay"
