"""The Export screen: which reflections leave (count, dates, unticked ones, private greyed out), then
where the file went, or in one sentence why not; in both languages, writing as ``export`` does."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, SelectionList, Static

from covey_coach.journal.service import Journal
from covey_coach.models import WeeklyReview
from screens.app import make_app
from screens.commands import system_commands
from screens.export import ExportScreen
from tests.export_helpers import journal_with, sample_entries, tree
from tests.snapshot_apps.driving import settle

TODAY = date(2026, 11, 30)


def journal(folder: Path) -> Path:
    journal_with(folder, sample_entries())
    with Journal.open(folder) as j:  # this week's review is done: the app opens on Today
        j.save_review(WeeklyReview(week="2026-W49", created_at=datetime(2026, 11, 30, tzinfo=timezone.utc),
                                   focus_habit=1))
    return folder


async def open_export(pilot) -> ExportScreen:
    app = pilot.app
    command = next(c for c in system_commands(app, app.screen) if c.title == app.t("export.command"))
    command.callback()
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, ExportScreen)
    return screen


def summary_text(screen: ExportScreen) -> str:
    return str(screen.query_one("#export-summary", Static).render())


@pytest.mark.parametrize(("lang", "three", "two"), [
    ("en", "3 reflections, from 16 Nov to 24 Nov.", "2 reflections, from 18 Nov to 24 Nov."),
    ("nl", "3 reflecties, van 16 nov. tot en met 24 nov.", "2 reflecties, van 18 nov. tot en met 24 nov."),
])
async def test_what_leaves_is_shown_and_unticked_ones_stay_home(tmp_path: Path, lang: str, three: str,
                                                                two: str) -> None:
    folder = journal(tmp_path / "data")
    app = make_app(folder, None, lang, today=TODAY)  # type: ignore[arg-type]
    target = tmp_path / "for-coach.json"
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        entries = screen.query_one("#export-entries", SelectionList)
        private = next(i for i in range(entries.option_count) if "worry" in str(entries.get_option_at_index(i).prompt))
        assert entries.get_option_at_index(private).disabled  # greyed out: cannot be ticked
        assert summary_text(screen) == three
        first = entries.get_option_at_index(0).value
        entries.deselect(first)
        await settle(pilot)
        assert summary_text(screen) == two
        screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        written = json.loads(target.read_text())
        assert [e["encounter"][:5] for e in written["entries"]] == ["=HYPE", "# not"]
        result = str(screen.query_one("#export-result", Static).render())
        assert str(target) in result and ("2 reflections" in result if lang == "en" else "2 reflecties" in result)
        assert screen.written == target
        footer_words = {b.binding.description for b in screen.active_bindings.values()}
        assert app.t("export.key_write") in footer_words and app.t("export.key_back") in footer_words


async def test_private_ones_leave_only_when_asked_and_a_bad_folder_writes_nothing(tmp_path: Path) -> None:
    folder = journal(tmp_path / "data")
    app = make_app(folder, None, "en", today=TODAY)  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        screen.query_one("#export-private", Checkbox).value = True
        await settle(pilot)
        entries = screen.query_one("#export-entries", SelectionList)
        assert not any(entries.get_option_at_index(i).disabled for i in range(entries.option_count))
        assert len(entries.selected) == 4 and summary_text(screen).startswith("4 reflections")
        before = tree(tmp_path)
        screen.query_one("#export-path", Input).value = str(tmp_path / "missing" / "x.json")
        await pilot.press("ctrl+s")
        await settle(pilot)
        result = screen.query_one("#export-result", Static)
        assert "does not exist" in str(result.render()) and result.has_class("-failed")
        assert tree(tmp_path) == before and screen.written is None
        target = tmp_path / "all.json"
        screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [e["private"] for e in json.loads(target.read_text())["entries"]].count(True) == 1


async def test_a_coachs_read_only_view_offers_no_export(tmp_path: Path) -> None:
    from covey_coach.cli import main
    from covey_coach.exchange.export_source import load_export_source

    folder = journal(tmp_path / "data")
    target = tmp_path / "sanne.json"
    assert main(["--data-dir", str(folder), "export", "--format", "json", "-o", str(target)]) == 0
    app = make_app(lang="en", today=TODAY, journal=load_export_source(target))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = [c.title for c in system_commands(app, app.screen)]
        assert app.t("export.command") not in titles and app.t("reading.command") in titles
        assert app.check_action("open_export", ()) is False
