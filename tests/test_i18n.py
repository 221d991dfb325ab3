"""Both languages are first-class: the same keys, no empty text, placeholders that match."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest

from covey_coach.i18n import LANGUAGES, Translator, catalogue, detect_language


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_interface_string_exists_in_both_languages() -> None:
    en, nl = catalogue("en"), catalogue("nl")
    assert sorted(set(en) - set(nl)) == [], "keys missing in Dutch"
    assert sorted(set(nl) - set(en)) == [], "keys missing in English"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_interface_string_is_empty(lang: str) -> None:
    empty = [k for k, v in catalogue(lang).items() if not v.strip()]  # type: ignore[arg-type]
    assert empty == []


def test_placeholders_match_between_languages() -> None:
    en, nl = catalogue("en"), catalogue("nl")
    wrong = [k for k in en if k in nl and placeholders(en[k]) != placeholders(nl[k])]
    assert wrong == []


def test_dates_and_numbers_are_written_the_dutch_way_in_dutch() -> None:
    nl, en = Translator("nl"), Translator("en")
    assert nl.number(3.5) == "3,5" and en.number(3.5) == "3.5"
    assert nl.date(date(2026, 11, 23), "long") == "23 november 2026"
    assert nl.weekday(date(2026, 11, 23)) == "maandag"
    assert en.weekday(date(2026, 11, 23)) == "Monday"


def test_language_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert detect_language(None, None) == "nl"
    assert detect_language(None, "en") == "en"
    assert detect_language("nl", "en") == "nl"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert detect_language(None, None) == "en"


def test_habit_names_in_the_catalogue_match_the_content_pack() -> None:
    # The CLI names habits from the catalogue (no YAML to load); the screens from the pack.
    from covey_coach.content import load_builtin

    pack = load_builtin()
    for lang in LANGUAGES:
        t = Translator(lang)
        assert {h.number: h.name.get(lang) for h in pack.habits} == {n: t(f"stats.habit.{n}") for n in range(1, 8)}


def test_plural_categories_follow_the_languages_rules() -> None:
    from covey_coach.i18n import plural_category

    for lang in LANGUAGES:
        assert plural_category(lang, 1) == "one"  # type: ignore[arg-type]
        assert [plural_category(lang, n) for n in (0, 2, 5, 21, 100)] == ["other"] * 5  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_plural_table_has_the_categories_its_language_needs(lang: str) -> None:
    strings = catalogue(lang)  # type: ignore[arg-type]
    categories = {"zero", "one", "two", "few", "many", "other"}
    children: dict[str, set[str]] = {}
    for key in strings:
        table, _, leaf = key.rpartition(".")
        children.setdefault(table, set()).add(leaf)
    # A plural table holds CLDR categories only (a key such as "channels.other" sits among other names).
    tables = {k for k, leaves in children.items() if leaves <= categories}
    incomplete = sorted(k for k in tables if f"{k}.one" not in strings or f"{k}.other" not in strings)
    assert incomplete == []


# Where a Dutch text may say "gewoonte", and why (docs/dutch-style.md): only a sentence about
# habit-forming itself, which then says so. None does today; a new one is added here with its reason.
GEWOONTE_ALLOWED: dict[str, str] = {}

# Words docs/dutch-style.md names as calques or as the word not to use, with what to write instead.
NOT_DUTCH = {
    "gewoonte": "eigenschap",
    "weekreview": "weekterugblik",
    "inhoudspakket": "vragenset",
    "veldopdracht": "opdracht van de week",
    "in praktijk": "in de praktijk brengen, of toepassen",
    "breken je reeks": "je reeks begint opnieuw",
    "breekt je reeks": "je reeks begint opnieuw",
    "dagen op,": "{on} dagen werken, {off} dagen vrij",
    "dag af": "dag vrij",
    "dagen af": "dagen vrij",
    "reflectie(s)": "a plural form from the catalogue",
    "dag(en)": "a plural form from the catalogue",
    "jjjj-mm-dd": "dd-mm-jjjj first (ISO may follow as the second form)",
}


def test_no_dutch_text_says_gewoonte_unless_its_reason_is_written_down() -> None:
    found = {k: v for k, v in catalogue("nl").items() if "gewoonte" in v.lower()}
    assert set(found) <= set(GEWOONTE_ALLOWED), f"write 'eigenschap': {found}"
    assert all(reason.strip() for reason in GEWOONTE_ALLOWED.values())


def test_no_dutch_text_uses_a_word_the_style_sheet_rules_out() -> None:
    wrong = []
    for key, text in catalogue("nl").items():
        lowered = text.lower()
        for word, instead in NOT_DUTCH.items():
            # Whole words: "onderbreekt je reeks" is good Dutch, "breekt je reeks" is not.
            if not re.search(r"(?<![\w])" + re.escape(word), lowered) or key in GEWOONTE_ALLOWED:
                continue
            if word == "jjjj-mm-dd" and re.search(r"dd-mm-jjjj|\b\d{1,2}-\d{1,2}-\d{4}\b", lowered):
                continue  # beside the day-first form: the second of the two a date box reads
            if word == "jjjj-mm-dd" and key == "errors.validation.not_a_date":
                continue  # a date inside a file: files stay ISO
            wrong.append(f"{key}: '{word}' (write: {instead})")
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_titles_and_buttons_are_in_sentence_case(lang: str) -> None:
    # Short labels (no full stop) start with a capital and have none after it, except names.
    names = {"Covey", "Coach", "Textual", "Sammy", "English", "Nederlands", "Enter", "Esc", "Ctrl+P", "F1",
             "JSON", "YAML", "E-mail", "Check-in", "Licht/donker", "Light/dark"}
    wrong = []
    for key, text in catalogue(lang).items():  # type: ignore[arg-type]
        if not key.startswith("screens.keys.") or key.endswith("_tip") or "." in text:
            continue
        words = text.split()
        if any(w[0].isupper() and w not in names for w in words[1:] if w[0].isalpha()):
            wrong.append(f"{key}: {text}")
    assert wrong == []


def test_a_translator_reads_only_the_areas_it_is_asked_for() -> None:
    # The first frame needs the screens' words only: parsing every file cost a tenth of the time before it.
    from covey_coach.i18n import area

    area.cache_clear()
    t = Translator("nl")
    assert t("screens.today.start") == catalogue("nl")["screens.today.start"]
    area.cache_clear()
    t("screens.today.start")
    assert t.has("screens.today.start") and not t.has("screens.no_such_key")
    assert area.cache_info().currsize == 1, "only screens.toml was read"
    assert t("cli.no_such_key") == "cli.no_such_key", "a missing key shows itself, in no area's place"
