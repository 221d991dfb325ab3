"""Start-up: Today is drawn before the journal is open, its figures follow, and nothing is done twice."""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import pytest
from textual.app import App
from textual.css.stylesheet import Stylesheet
from textual.widgets import Button, Static

from covey_coach.journal.first_look import first_look
from covey_coach.journal.service import Journal
from screens.app import make_app
from screens.reflect import ReflectScreen
from screens.today import TodayScreen
from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import TODAY, make_seeded_app

SIZE = (80, 24)


@pytest.fixture
def held_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """``Journal.open`` waits until the event is set: the app is caught while it opens the journal."""
    release = threading.Event()
    real_open = Journal.open.__func__  # type: ignore[attr-defined]

    def slow_open(cls: type[Journal], *args: object, **kwargs: object) -> Journal:
        assert release.wait(10), "the test never let the journal open"
        return real_open(cls, *args, **kwargs)

    monkeypatch.setattr(Journal, "open", classmethod(slow_open))
    return release


def calls(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> list[object]:
    """Every call of ``owner.name`` from now on (it still does its work)."""
    seen: list[object] = []
    real = getattr(owner, name)

    @functools.wraps(real)  # the same signature: Textual passes a handler only what it takes
    def counted(self: object, *args: object, **kwargs: object) -> object:
        seen.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return seen


def shown(app: App[None], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_today_is_drawn_while_the_journal_opens_and_its_figures_follow(
        tmp_data_dir: Path, held_open: threading.Event) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with App.run_test(app, size=SIZE) as pilot:  # Textual's own: no waiting for the journal
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen) and app.journal is None
        assert app.screen.query_one("#start", Button).display and app.screen.query_one("#start-row").display
        # Before the journal is read: the rows' labels in their place, no figure, and none of
        # the rows' twenty widgets (they made the first frame a third slower).
        assert shown(app, "#rows-preview").split() == ["Streak", "This", "week", "Today", "Last", "time"]
        assert not app.screen.query(".today-row") and not app.screen.query("#streak-value")
        held_open.set()
        await app.opened()
        await pilot.pause()
        assert shown(app, "#streak-value") == "12 days in a row with a reflection."
        assert not app.screen.query("#rows-preview")
        rows = [row.id for row in app.screen.query(".today-row")]
        assert rows == ["streak-row", "focus-row", "done-row", "commitment-row"]
        body = [child.id for child in app.screen.query_one("#today-body").children]
        assert body.index("commitment-row") + 1 == body.index("start-row"), "the rows come before the button"


async def test_a_reflection_asked_for_while_the_journal_opens_starts_once_it_is_open(
        tmp_data_dir: Path, held_open: threading.Event) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with App.run_test(app, size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen), "nothing to reflect into yet"
        held_open.set()
        await app.opened()
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)


async def test_the_stylesheet_is_parsed_once_at_start_and_not_again_for_a_new_section(
        tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parses = calls(monkeypatch, Stylesheet, "reparse")
    resumes = calls(monkeypatch, TodayScreen, "on_screen_resume")
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        assert len(resumes) == 1, "Today is drawn once at start"
        for key in ("p", "j", "t"):
            await pilot.press(key)
            await settle(pilot)
        assert len(parses) == 0, "no section's first visit parses the whole stylesheet again"


async def test_a_damaged_settings_file_still_shows_its_sentence_after_the_first_frame(tmp_data_dir: Path) -> None:
    (tmp_data_dir / "settings.json").write_text('{"day_start_hour": "late"}', encoding="utf-8")
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "settings file" in getattr(app.screen, "sentence", "")
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 1


def test_the_first_look_reads_language_theme_and_hour_and_drops_what_does_not_fit(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    assert first_look(settings).language is None and first_look(settings).data is None
    settings.write_text('{"language": "nl", "theme": "textual-light", "day_start_hour": 6}', encoding="utf-8")
    look = first_look(settings)
    assert (look.language, look.theme, look.day_start_hour) == ("nl", "textual-light", 6)
    assert look.data == settings.read_bytes(), "the bytes validated later are the ones read now"
    settings.write_text('{"language": "fr", "theme": 3, "day_start_hour": true}', encoding="utf-8")
    look = first_look(settings)
    assert (look.language, look.theme, look.day_start_hour) == (None, None, 4)
    settings.write_text("{not json", encoding="utf-8")
    assert first_look(settings).data == b"{not json", "a damaged file is refused by the full read"


async def test_the_first_frame_is_computed_once_the_start_up_batch_is_over(
        tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A frame computed inside the app's start-up batch is never written, yet the compositor
    # counts it as drawn: the first frame written then lacked Today's button.
    from textual._compositor import Compositor

    app = make_seeded_app("en", tmp_data_dir)
    in_batch: list[int] = []
    real = Compositor.render_update

    def render_update(self: Compositor, *args: object, **kwargs: object) -> object:
        in_batch.append(app._batch_count)  # noqa: SLF001
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Compositor, "render_update", render_update)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert in_batch, "Today was drawn"
        assert not any(in_batch), "no frame was computed to be thrown away"
        assert "Reflect on one encounter" in "".join(
            strip.text for strip in app.screen._compositor.render_strips()), "the button is on the frame"  # noqa: SLF001


async def test_the_journal_opens_only_after_todays_first_frame(
        tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The opening thread takes the GIL for its imports and validation: started sooner, it
    # slowed the layout and drawing of the first frame.
    from textual._compositor import Compositor

    from screens.app import CoveyApp

    frames: list[object] = []
    frames_before_opening: list[int] = []
    real_render, real_open = Compositor.render_update, CoveyApp._open

    def render_update(self: Compositor, *args: object, **kwargs: object) -> object:
        frames.append(self)
        return real_render(self, *args, **kwargs)

    def open_journal(self: CoveyApp) -> None:
        frames_before_opening.append(len(frames))
        real_open(self)

    monkeypatch.setattr(Compositor, "render_update", render_update)
    monkeypatch.setattr(CoveyApp, "_open", open_journal)
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await app.opened()
        await pilot.pause()
        assert app.journal is not None
    assert len(frames_before_opening) == 1 and frames_before_opening[0] >= 1


def focus_log(monkeypatch: pytest.MonkeyPatch, screen_type: type) -> list[str | None]:
    """The id of every widget focused on a ``screen_type`` screen from now on, in order."""
    from textual.screen import Screen

    focused: list[str | None] = []
    real = Screen.set_focus

    def set_focus(self: Screen[object], widget: object, *args: object, **kwargs: object) -> None:
        if isinstance(self, screen_type):
            focused.append(getattr(widget, "id", None))
        real(self, widget, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Screen, "set_focus", set_focus)
    return focused


async def test_today_focuses_its_button_from_the_start_and_never_the_scrolling_body(
        tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Focus moved from the body to the button restyled the whole body twice (:focus-within).
    focused = focus_log(monkeypatch, TodayScreen)
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await app.opened()
        await pilot.pause()
        assert app.screen.focused is not None and app.screen.focused.id == "start"
    assert focused[:1] == ["start"] and "today-body" not in focused
