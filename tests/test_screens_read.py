"""The Read section: opened from Today (key and palette), a topic picked from the list, in both
languages without a word of the other, and at 60x20 the list and the text taking turns."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from covey_coach.content import load_builtin
from covey_coach.content.reading import paragraphs
from covey_coach.i18n import Translator
from screens.commands import system_commands
from screens.read import ReadScreen
from screens.today import TodayScreen
from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import make_seeded_app
from tests.test_screens_language import WORD, screen_text, words_of

PACK = load_builtin()
TOPICS = len(PACK.readings) + 3  # the readings, the principles, Sammy, the shifts


def read_words(lang: str) -> set[str]:
    """Every word the Read section can show in ``lang``: the catalogue's and the whole pack's."""
    texts = [r.title.get(lang) + " " + r.body.get(lang) for r in PACK.readings]
    texts += [f"{s.from_.get(lang)} {s.to.get(lang)} {s.note.get(lang)}" for s in PACK.shifts]
    words = {w.lower() for text in texts for w in WORD.findall(text)}
    return words | words_of(lang)


def pane_text(screen: ReadScreen) -> str:
    """The whole text of the topic shown, scrolled into view or not."""
    return " ".join(" ".join(str(w.render()).split()) for w in screen.query("#read-text Static").results(Static))


async def open_read(pilot) -> ReadScreen:
    await settle(pilot)
    await pilot.press("l")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReadScreen)
    return screen


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_l_on_today_opens_the_topics_and_the_first_text(tmp_data_dir: Path, lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    t = Translator(lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_read(pilot)
        options = screen.query_one("#read-topics", OptionList)
        assert options.option_count == TOPICS and app.focused is options
        titles = [str(options.get_option_at_index(i).prompt) for i in range(TOPICS)]
        assert titles[: len(PACK.readings)] == [r.title.get(lang) for r in PACK.readings]
        assert titles[-3:] == [t("reading.topic_principles", count=6), PACK.sammy.name.get(lang),
                               t("reading.topic_shifts", count=10)]
        first = PACK.readings[0]
        assert pane_text(screen).startswith(first.title.get(lang))
        assert all(part in pane_text(screen) for part in paragraphs(first.body.get(lang)))
        assert screen_text(app).strip().splitlines()[0].endswith(t("reading.section"))
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_picking_a_topic_shows_its_text(tmp_data_dir: Path, lang: str) -> None:
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_read(pilot)
        await pilot.press(*["down"] * len(PACK.readings))  # the principles
        await pilot.pause()
        shown = pane_text(screen)
        for principle in PACK.principles:
            assert principle.name.get(lang) in shown and " ".join(principle.description.get(lang).split()) in shown
            assert all(check.get(lang) in shown for check in principle.reality_checks)
        assert PACK.readings[0].title.get(lang) not in shown

        await pilot.press("down", "down", "enter")  # the shifts, and into the text to scroll it
        await pilot.pause()
        assert app.focused is screen.query_one("#read-text")
        shown = pane_text(screen)
        assert all(s.to.get(lang) in shown and " ".join(s.note.get(lang).split()) in shown for s in PACK.shifts)
        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.query_one("#read-text").scroll_y > 0
        assert screen.query_one("#read-side").display  # a wide screen keeps the list beside the text


@pytest.mark.parametrize("lang, other", [("nl", "en"), ("en", "nl")])
async def test_no_topic_shows_a_word_of_the_other_language(tmp_data_dir: Path, lang: str, other: str) -> None:
    foreign = read_words(other) - read_words(lang)
    assert {"customer", "shift"} <= read_words("en") - read_words("nl")  # the check has teeth
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_read(pilot)
        seen: dict[int, str] = {}
        for index in range(TOPICS):
            seen[index] = screen_text(app) + "\n" + pane_text(screen)
            await pilot.press("down")
            await pilot.pause()
    assert len({text for text in seen.values()}) == TOPICS  # every topic was really shown
    found = {i: sorted({w.lower() for w in WORD.findall(text)} & foreign) for i, text in seen.items()}
    assert {i: words for i, words in found.items() if words} == {}


async def test_the_palette_offers_read_in_the_interface_language(tmp_data_dir: Path) -> None:
    app = make_seeded_app("nl", tmp_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        commands = {c.title: c for c in system_commands(app, app.screen)}
        command = commands[Translator("nl")("reading.command")]
        assert command.title.startswith("Lezen")
        command.callback()
        await settle(pilot)
        assert isinstance(app.screen, ReadScreen)
        assert not {c.title for c in system_commands(app, app.screen)} & {command.title}  # not from Read itself


async def test_at_60x20_the_list_and_the_text_take_turns(tmp_data_dir: Path) -> None:
    app = make_seeded_app("en", tmp_data_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_read(pilot)
        side, text = screen.query_one("#read-side"), screen.query_one("#read-text")
        assert side.region.width > 0 and text.region.width == 0
        await pilot.press("down", "enter")
        await pilot.pause()
        assert side.region.width == 0 and text.region.width >= 56
        assert pane_text(screen).startswith(PACK.readings[1].title.en)
        await pilot.press("escape")  # back to the list, not out of Read
        await pilot.pause()
        assert isinstance(app.screen, ReadScreen) and side.region.width > 0 and text.region.width == 0
        assert app.focused is screen.query_one("#read-topics")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)


def test_pack_words_are_shown_as_plain_text() -> None:
    from screens.read import block_widget
    from covey_coach.content.reading import Block

    widget = block_widget(Block("item", "[bold]not markup[/bold]\x1b[31m"))
    assert widget.content.plain == "• [bold]not markup[/bold][31m" and not widget.content.spans


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_f1_on_today_names_the_read_key(tmp_data_dir: Path, lang: str) -> None:
    from screens.dialogs import KeysDialog

    app = make_seeded_app(lang, tmp_data_dir)
    t = Translator(lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, KeysDialog)
        assert ("l", f"{t('reading.key')}: {t('reading.key_tip')}") in app.screen.rows


async def test_a_coach_opens_read_on_an_export_that_can_only_be_read(tmp_path: Path) -> None:
    from covey_coach.exchange.export_source import load_export_source
    from screens.app import make_app
    from tests.snapshot_apps.seeded import TODAY, seed_journal
    from tests.test_screens_journal_source import write_export

    person = tmp_path / "person"
    person.mkdir()
    seed_journal(person, "nl")
    app = make_app(lang="nl", today=TODAY, journal=load_export_source(write_export(person, tmp_path / "x.json")))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.writer is None
        screen = await open_read(pilot)
        assert pane_text(screen).startswith(PACK.readings[0].title.nl)
