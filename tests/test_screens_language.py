"""Started in one language, no screen shows a word of the other (issue: both languages first-class).

A "foreign" word is one that the other language's catalogue or content pack uses and this
language's never does; every screen at 80x24 is read as a person sees it (the exported
screenshot's text) and checked for them.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from covey_coach.content import load_builtin
from covey_coach.i18n import Translator, catalogue
from tests.snapshot_apps.driving import settle
from tests.snapshot_apps.seeded import make_seeded_app

SIZE = (80, 24)
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def words_of(lang: str) -> set[str]:
    texts = list(catalogue(lang).values())  # type: ignore[arg-type]
    pack = load_builtin()
    for habit in pack.habits:
        texts += [habit.name.get(lang), habit.meaning.get(lang), habit.mission.get(lang)]
        texts += [q.get(lang) for q in habit.questions] + [x.get(lang) for x in habit.examples]
    for principle in pack.principles:
        texts += [principle.name.get(lang), principle.description.get(lang)]
        texts += [check.get(lang) for check in principle.reality_checks]
    texts += [pack.sammy.name.get(lang), pack.sammy.explain.get(lang), pack.sammy.prompt.get(lang)]
    return {w.lower() for text in texts for w in WORD.findall(re.sub(r"\{[^}]*\}", "", text))}


def screen_text(app) -> str:
    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    for m in re.finditer(r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>', svg):
        rows.setdefault(float(m.group(2)), []).append((float(m.group(1)), html.unescape(m.group(3))))
    return "\n".join("".join(t for _, t in sorted(row)) for _, row in sorted(rows.items())).replace("\xa0", " ")


async def every_screen(pilot) -> list[tuple[str, str]]:
    """(name, visible text) of each screen a person meets, reached by keys."""
    app = pilot.app
    seen = [("today", screen_text(app))]

    async def visit(name: str, *keys: str) -> None:
        await pilot.press(*keys)
        await settle(pilot)
        seen.append((name, screen_text(app)))

    await visit("keys", "f1")
    await visit("today again", "f1")
    for step in range(1, 7):
        await visit(f"reflect step {step}", "enter" if step == 1 else "ctrl+n")
    await pilot.press("x")  # something typed, so Esc asks (an untouched reflection just closes)
    await visit("cancel", "escape")
    await pilot.press("y")
    await settle(pilot)
    await visit("journal", "j")
    await visit("entry", "enter")
    await visit("journal again", "escape")
    await visit("progress", "p")
    await visit("weekly review", "w")
    await visit("today from review", "escape", "t")
    await visit("settings", "s")
    return seen


@pytest.mark.parametrize("lang, other", [("nl", "en"), ("en", "nl")])
async def test_no_screen_shows_a_word_of_the_other_language(tmp_data_dir: Path, lang: str, other: str) -> None:
    foreign = words_of(other) - words_of(lang)
    assert {"habit", "reflection"} <= words_of("en") - words_of("nl")  # the check has teeth
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screens = await every_screen(pilot)
    assert len(screens) == 17
    t = Translator(lang)  # type: ignore[arg-type]
    titles = {name: text.strip().splitlines()[0] for name, text in screens}
    for name, key in [("today", "screens.today.section"), ("reflect step 4", "screens.reflect.section"),
                      ("journal", "screens.journal.section"), ("progress", "progress.section"),
                      ("settings", "screens.settings.section")]:
        assert titles[name].endswith(t(key)), f"the walk did not reach {name}"
    assert t("screens.reflect.step_title", n=6, total=6, name="").strip(" ·") in screens[8][1]
    assert titles["weekly review"].startswith("Covey Coach — " + t("screens.review.section", week=48)[:6])
    found = {name: sorted({w.lower() for w in WORD.findall(text)} & foreign) for name, text in screens}
    assert {name: words for name, words in found.items() if words} == {}


# -- custom content packs in the app ----------------------------------------------------------

PACKS = Path(__file__).parent / "data" / "packs"


async def test_a_custom_packs_questions_are_asked_in_reflect(tmp_data_dir: Path) -> None:
    import shutil
    from datetime import datetime, timedelta, timezone

    from covey_coach.models import Answer, Entry
    from covey_coach.journal.store import open_store
    from screens.reflect import ReflectScreen
    from tests.snapshot_apps.seeded import TODAY

    (tmp_data_dir / "packs").mkdir(parents=True)
    shutil.copy(PACKS / "good" / "packs" / "10-acme-hotel.yaml", tmp_data_dir / "packs")
    app = make_seeded_app("en", tmp_data_dir)
    # Fourteen recent reflections on habit 1 have used every built-in question, so only the
    # organisation's three are fresh, all notice questions for one channel each: at the desk
    # the notice question must be the desk one.
    builtin = [q.id for q in load_builtin().habit(1).questions]
    chunks = [builtin[i::14] for i in range(14)]
    with open_store(tmp_data_dir) as store:
        store.add_many(Entry(id=f"h1-{n}", created_at=datetime(2026, 11, 1, 18, tzinfo=timezone.utc)
                             + timedelta(hours=n), day=TODAY - timedelta(days=30 - n), habit=1, rating=3,
                             encounter="x", answers=[Answer(question_id=q, question="q", answer="a") for q in ids])
                       for n, ids in enumerate(chunks))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        await pilot.press("enter")  # the encounter was at the desk
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.click("#habit-1")
        await pilot.press("ctrl+n")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectScreen) and screen.step == 3 and screen.form.channel == "desk"
        assert screen.form.questions[0].id == "acme-h1-desk-late-arrival"
        assert [q.stage for q in screen.form.questions] == ["notice", "so_what", "now_what"]
        assert "Which late arrival tonight found everything ready" in " ".join(screen_text(app).split())


async def test_a_custom_pack_with_a_mistake_is_named_with_file_and_line(tmp_data_dir: Path) -> None:
    import shutil

    (tmp_data_dir / "packs").mkdir(parents=True)
    shutil.copy(PACKS / "bad" / "bad_channel.yaml", tmp_data_dir / "packs")
    from screens.app import make_app  # not the seeded app: seeding itself loads the packs
    from tests.snapshot_apps.seeded import TODAY

    app = make_app(tmp_data_dir, None, "en", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = " ".join(screen_text(app).split())
        assert "bad_channel.yaml, line 9" in text and "channel" in text
        await pilot.press("enter")
        await settle(pilot)
    assert app.return_code == 1
    assert not (tmp_data_dir / "journal.json").exists(), "nothing was written"


# -- Textual's own widgets ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_textuals_own_widgets_speak_the_interface_language(tmp_data_dir: Path, lang: str) -> None:
    t = Translator(lang)  # type: ignore[arg-type]
    app = make_seeded_app(lang, tmp_data_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        if app.screen.id != "today":  # the seeded app may offer the weekly review first
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause(0.3)  # a toast is drawn on its layer a moment later
        quit_text = " ".join(screen_text(app).split())
        assert t("widgets.quit_title") in quit_text and t("widgets.quit_hint", key="^q") in quit_text

        await pilot.press("ctrl+p")
        await pilot.pause()
        assert t("widgets.palette_placeholder") in screen_text(app)
        await pilot.press(*"qxqz")
        await pilot.pause(0.8)  # the palette waits half a second before it says nothing matched
        palette = screen_text(app)
        assert t("widgets.palette_no_matches") in palette
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("j")
        await settle(pilot)
        app.screen.query_one("#habit-filter").focus()
        await pilot.press("enter")  # opens the select's list; its key shows in the footer
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert t("widgets.dismiss_menu") in footer
    if lang == "nl":
        for english in ("Search for commands", "No matches found", "Dismiss menu", "Do you want to quit"):
            assert english not in quit_text + palette + footer
