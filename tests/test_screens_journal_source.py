"""The app shows whichever journal it is handed: a coach's read-only export shows its figures
and writes nothing anywhere; this person's own journal changes only through the Journal service."""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import orjson
from textual.widgets import Static

from covey_coach.exchange.export_source import load_export_source
from covey_coach.journal.paths import ENV_DATA_DIR, journal_paths
from covey_coach.journal.service import (EntryDeleted, EntryRestored, Journal, ReflectionSaved, ReviewSaved,
                                         SettingsSaved)
from covey_coach.journal.settings import load_settings
from covey_coach.journal.store import open_store
from screens.app import make_app
from screens.entry_view import EntryView
from screens.journal import JournalScreen
from screens.progress import ProgressScreen
from screens.today import TodayScreen
from screens.weekly_review import WeeklyReviewScreen
from tests.snapshot_apps.driving import settle, type_text
from tests.snapshot_apps.seeded import TODAY, seed_journal
from tests.test_screens_journal import row_ids
from tests.test_store import snapshot_dir

SIZE = (80, 24)
SCREENS = Path(__file__).resolve().parent.parent / "screens"


def write_export(person_dir: Path, target: Path) -> Path:
    """The seeded person's journal as an export file would carry it (CONTRACT "Export envelope")."""
    settings = load_settings(journal_paths(person_dir))
    with open_store(person_dir, readonly=True) as store:
        data = {"format": "covey-coach", "version": 1, "person": "Sanne",
                "schedule": settings.schedule.model_dump(mode="json"),
                "targets": {str(h): {"times": t, "days": d} for h, (t, d) in settings.all_targets().items()},
                "day_start_hour": settings.day_start_hour,
                "entries": [e.model_dump(mode="json") for e in store.entries()],
                "reviews": [r.model_dump(mode="json") for r in store.reviews()]}
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(orjson.dumps(data))
    return target


def text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def progress_figures(pilot) -> tuple[str, str]:
    await settle(pilot)
    await pilot.press("p")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ProgressScreen) and screen.stats is not None
    return text(screen, "#figures"), screen.query_one("#strength").render().plain


async def test_a_coachs_export_shows_the_persons_own_figures_and_nothing_is_written(tmp_path: Path) -> None:
    person = tmp_path / "person"
    person.mkdir()
    seed_journal(person, "en")
    own = make_app(person, None, "en", today=TODAY)
    async with own.run_test(size=SIZE) as pilot:
        own_figures = await progress_figures(pilot)
    export = write_export(person, tmp_path / "coach" / "sanne.json")

    guard = Path(os.environ[ENV_DATA_DIR])  # where an app that forgot its data folder would write
    before = (snapshot_dir(tmp_path), snapshot_dir(guard))
    source = load_export_source(export)
    app = make_app(lang="en", today=TODAY, journal=source)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen), "no weekly review is offered: it could not be saved"
        assert app.title == "Covey Coach · Sanne (read only)"
        today = app.screen
        assert not today.query_one("#start-row").display
        assert "12 days in a row" in text(today, "#streak-value")
        for key in ("r", "enter", "w", "s"):  # reflect, weekly review, settings: each would write
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is today, f"{key} opened a screen that writes"
        await pilot.press("ctrl+t")  # a theme is this session's only: no settings file is written
        await pilot.pause()

        figures = await progress_figures(pilot)
        assert figures == own_figures, "the coach sees exactly the person's own figures"
        assert "Streak: 12 days in a row with a reflection; your best so far: 12 days." in figures[0]
        assert "10 of your 11 working days (91%)" in figures[0], "the export's Mon-Fri schedule is used"

        await pilot.press("j")
        await pilot.pause()
        journal = app.screen
        assert isinstance(journal, JournalScreen) and len(row_ids(journal)) == 12
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen
        assert isinstance(view, EntryView)
        assert not view.check_action("edit", ()) and not view.check_action("delete", ())
        await pilot.press("e", "d")
        await pilot.pause()
        assert app.screen is view, "neither edit nor delete starts on a read-only journal"
        await settle(pilot)
    assert (snapshot_dir(tmp_path), snapshot_dir(guard)) == before, "nothing was written anywhere"


async def test_every_screen_write_goes_through_the_journal_service(tmp_data_dir: Path) -> None:
    seed_journal(tmp_data_dir, "en", review=False)
    heard: list[object] = []
    with Journal.open(tmp_data_dir) as journal:
        journal.subscribe(heard.append)
        app = make_app(lang="en", today=TODAY, journal=journal)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, WeeklyReviewScreen)
            await pilot.press("ctrl+s")  # the weekly review
            await settle(pilot)
            await pilot.press("s")
            await pilot.pause()
            await pilot.press("ctrl+s")  # the settings, unchanged but saved
            await settle(pilot)
            await pilot.press("j")
            await pilot.pause()
            await pilot.press("enter", "e")  # edit the newest reflection
            await pilot.pause()
            await pilot.press("ctrl+n", "tab", "end")
            await type_text(pilot, " Fixed")
            await pilot.press("ctrl+s")
            await settle(pilot)
            await pilot.press("d")
            await pilot.pause()
            await pilot.press("y")  # delete it
            await settle(pilot)
            await pilot.press("u")  # and bring it back
            await settle(pilot)
            said = [n.message for n in app._notifications]  # noqa: SLF001
        assert [type(c) for c in heard] == [ReviewSaved, SettingsSaved, ReflectionSaved, EntryDeleted,
                                            EntryRestored]
        saved = heard[2]
        assert isinstance(saved, ReflectionSaved) and not saved.created and saved.entry.encounter.endswith(" Fixed")
        assert journal.tombstones() == [], "the undo took the tombstone away again"
        assert any(m.startswith("Deleted the reflection of") for m in said), "the app tells of the delete"
        assert any(m.endswith("is back.") for m in said), "and of the undo"
        journal.save_review(journal.reviews()[0])  # the app did not close a journal it was handed
    with open_store(tmp_data_dir, readonly=True) as store:
        assert store.get(saved.entry.id) == saved.entry


def screen_modules() -> list[Path]:
    return sorted(SCREENS.rglob("*.py"))


def test_no_screen_reaches_past_the_journal_service() -> None:
    """The one-way flow: screen -> Journal -> store. No screen opens, locks or writes the files itself."""
    forbidden_modules = {"covey_coach.journal.store", "covey_coach.journal.storage", "covey_coach.journal.atomic",
                         "covey_coach.journal.drafts", "covey_coach.journal.backups", "tinydb", "filelock"}
    forbidden_names = {"save_settings", "save_draft", "clear_draft", "load_draft", "open_store", "JournalStore"}
    shape = re.compile(r"store_lock|\.store\b|\bstore\.(add|add_many|update|delete|save_review)\(")
    assert len(screen_modules()) > 10
    for path in screen_modules():
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module not in forbidden_modules, f"{path.name} imports {node.module}"
                if node.module.startswith("covey_coach.journal"):
                    names = {a.name for a in node.names} & forbidden_names
                    assert not names, f"{path.name} imports {names}"
            elif isinstance(node, ast.Import):
                assert not {a.name for a in node.names} & forbidden_modules, f"{path.name}: {ast.dump(node)}"
        assert not shape.search(source), f"{path.name} still has the old lock-write shape"
