"""Count-dependent sentences are plural tables, chosen by the language's CLDR rules (issue 12)."""

from __future__ import annotations

from datetime import date

import pytest

from covey_coach.i18n import LANGUAGES, Translator, catalogue
from covey_coach.progress.report import days_text
from screens.today_words import draft_text, streak_text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_key_picks_its_plural_by_hand_any_more(lang: str) -> None:
    by_hand = sorted(k for k in catalogue(lang)  # type: ignore[arg-type]
                     if k.endswith(("_one", "_other")) and not k.startswith("screens.journal."))
    assert by_hand == []


CASES = [
    # key, values, count, English, Dutch
    ("screens.today.streak", {}, 1, "1 day in a row with a reflection.", "1 dag op rij met een reflectie."),
    ("screens.today.streak", {}, 12, "12 days in a row with a reflection.", "12 dagen op rij met een reflectie."),
    ("screens.review.growth", {"habit": "H"}, 1, "Grew most: H, 1 point stronger.",
     "Het meest gegroeid: H, 1 punt sterker."),
    ("screens.review.growth", {"habit": "H"}, 7, "Grew most: H, 7 points stronger.",
     "Het meest gegroeid: H, 7 punten sterker."),
    ("screens.review.figures_none", {}, 1, "No reflections last week (1 working day). A new week is a fresh start.",
     "Geen reflecties vorige week (1 werkdag). Een nieuwe week is een nieuwe kans."),
    ("cli.import_present", {}, 1, "1 is already in the journal", "1 staat al in het dagboek"),
    ("cli.import_present", {}, 0, "0 are already in the journal", "0 staan al in het dagboek"),
    ("stats.schedule.days_off", {}, 1, "1 day off", "1 vrije dag"),
    ("errors.validation.text_too_short", {}, 1, "must be at least 1 character long", "moet minstens 1 teken lang zijn"),
    ("content.builtin.more", {"problem": "P"}, 1, "P (and 1 more problem)", "P (en nog 1 ander probleem)"),
    ("content.builtin.more", {"problem": "P"}, 3, "P (and 3 more problems)", "P (en nog 3 andere problemen)"),
]


@pytest.mark.parametrize("key, values, count, en, nl", CASES)
def test_singular_and_plural_in_both_languages(key: str, values: dict[str, str], count: int, en: str, nl: str) -> None:
    assert Translator("en")(key, count=count, **values) == en
    assert Translator("nl")(key, count=count, **values) == nl


def test_days_and_a_rota_read_right_with_one() -> None:
    from covey_coach.progress.schedule.words import describe_rule
    from covey_coach.progress.schedule import Rule
    from covey_coach.progress.schedule.rrule import rotation_rrule

    en, nl = Translator("en"), Translator("nl")
    assert (days_text(1, en), days_text(2, en), days_text(1, nl), days_text(0, nl)) == ("1 day", "2 days", "1 dag",
                                                                                        "0 dagen")
    rule = Rule(rrule=rotation_rrule(date(2026, 11, 2), 1, 2))
    assert describe_rule(rule, en) == "1 day on, 2 days off, from 2 Nov 2026"
    assert describe_rule(rule, nl) == "1 dag werken, 2 dagen vrij, vanaf 2 nov. 2026"
    assert describe_rule(rule, nl, date(2026, 12, 1)) == "1 dag werken, 2 dagen vrij, vanaf 2 nov."


def test_a_lost_streak_says_the_best_one_and_what_starts_it_again() -> None:
    en, nl = Translator("en"), Translator("nl")
    assert streak_text(0, 0, en) == "No streak yet: today's reflection starts one."
    assert streak_text(0, 50, en) == ("No streak right now; your best was 50 days in a row. "
                                      "A reflection today starts the count again.")
    assert "50 dagen op rij" in streak_text(0, 50, nl) and "Nog geen" not in streak_text(0, 50, nl)
    assert streak_text(0, 1, en).startswith("No streak right now; your best was 1 day in a row.")
    assert streak_text(3, 50, nl) == "3 dagen op rij met een reflectie."


def test_the_draft_line_names_the_time_and_the_day_when_not_today() -> None:
    from datetime import datetime

    en, nl = Translator("en"), Translator("nl")
    saved = datetime(2026, 11, 23, 21, 40)
    assert draft_text(saved, date(2026, 11, 23), en) == ("You have a reflection in progress from 21:40: "
                                                           "press r to go on with it.")
    assert draft_text(saved, date(2026, 11, 24), nl) == ("Je hebt een onafgemaakte reflectie van 23 nov. "
                                                           "om 21:40: druk op r om verder te gaan.")
    assert "van 23 nov. 2026 om 21:40" in draft_text(saved, date(2027, 1, 2), nl), "another year: with it"
