"""The app around the screens: a refused journal, the language switch, the theme, the palette."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from covey_coach.journal.paths import journal_paths
from covey_coach.journal.settings import load_settings
from covey_coach.journal.store import open_store
from screens.app import make_app
from screens.error import ErrorScreen
from screens.today import TodayScreen
from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import TODAY, make_seeded_app

SIZE = (80, 24)


async def test_a_locked_journal_shows_one_sentence_and_exits_with_status_1(tmp_data_dir: Path) -> None:
    with open_store(tmp_data_dir):  # another Covey Coach holds the journal
        app = make_app(tmp_data_dir, None, "en", today=TODAY)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ErrorScreen)
            sentence = str(app.screen.query_one("#error-sentence", Static).render())
            assert "open in another Covey Coach" in sentence
            await pilot.press("x")
            await pilot.pause()
        assert app.return_code == 1


async def test_a_damaged_journal_is_refused_and_left_as_it_was(tmp_data_dir: Path) -> None:
    journal = journal_paths(tmp_data_dir).journal
    journal.write_text("{not json", encoding="utf-8")
    app = make_app(tmp_data_dir, None, "nl", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "beschadigd" in app.screen.sentence or "gelezen" in app.screen.sentence
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 1
    assert journal.read_text(encoding="utf-8") == "{not json"


async def test_a_damaged_settings_file_is_named_and_kept(tmp_data_dir: Path) -> None:
    settings = journal_paths(tmp_data_dir).settings
    settings.write_text('{"day_start_hour": 99}', encoding="utf-8")
    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "settings file" in app.screen.sentence and "damaged" in app.screen.sentence
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 1
    assert settings.read_text(encoding="utf-8") == '{"day_start_hour": 99}'
    assert not journal_paths(tmp_data_dir).journal.exists()


async def test_switching_language_retranslates_and_is_remembered(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await app.action_switch_language()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TodayScreen)
        assert str(screen.query_one("#streak-value", Static).render()).startswith("12 dagen")
        assert any(a.binding.description == "Reflecteren" for a in screen.active_bindings.values())  # footer too
        await pilot.press("j")
        await pilot.pause()
        assert app.screen.sub_title == "Dagboek"
    assert load_settings(journal_paths(tmp_data_dir)).language == "nl"
    again = make_app(tmp_data_dir, None, None, today=TODAY)  # no --lang: the setting decides
    assert again.t.lang == "nl"


async def test_theme_toggle_is_saved(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        before = app.theme
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert app.theme != before
    assert load_settings(journal_paths(tmp_data_dir)).theme == app.theme


async def test_the_palette_offers_the_app_actions_in_the_interface_language(tmp_data_dir: Path) -> None:
    app = make_seeded_app("nl", tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Reflecteren: nieuwe reflectie" in titles and "Taal: English" in titles
        assert {"Ga naar: Voortgang", "Weekterugblik", "Instellingen"} <= set(titles)
        await pilot.press("enter")  # into Reflect: no section changes mid-reflection
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Ga naar: Dagboek" not in titles and "Weekterugblik" not in titles
