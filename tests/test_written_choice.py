"""Which of the pack's written words Reflect and Read show: the verdict step's reality check,
the habit's examples, the Sammy question, and the Read section's topics."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from covey_coach.content import ContentPack, Sammy, Text, load_builtin
from covey_coach.content.reading import paragraphs, topics
from covey_coach.content.words import habit_examples, sammy_prompt
from covey_coach.habits import Principle
from covey_coach.i18n import LANGUAGES, Translator
from covey_coach.reflection.written import reality_check

PACK = load_builtin()
DAY = date(2026, 11, 23)
PRINCIPLES = [p.value for p in Principle]


def test_no_tick_no_reality_check() -> None:
    assert reality_check(PACK, "en", [], DAY) is None
    assert reality_check(PACK, "en", ["not-a-principle"], DAY) is None


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("principle", PRINCIPLES)
def test_one_ticked_principle_shows_each_of_its_checks_in_turn(lang: str, principle: str) -> None:
    checks = [c.get(lang) for c in PACK.principle(principle).reality_checks]
    shown = [reality_check(PACK, lang, [principle], DAY + timedelta(days=n)) for n in range(len(checks))]
    assert all(s is not None and s.principle == principle for s in shown)
    assert sorted(s.text for s in shown) == sorted(checks)  # every check once before one comes back
    again = reality_check(PACK, lang, [principle], DAY + timedelta(days=len(checks)))
    assert again == shown[0]


@given(ticked=st.sets(st.sampled_from(PRINCIPLES), min_size=1), days=st.integers(0, 4000))
def test_a_check_belongs_to_a_ticked_principle_and_is_the_same_all_day(ticked: set[str], days: int) -> None:
    day = DAY + timedelta(days=days)
    shown = reality_check(PACK, "nl", sorted(ticked), day)
    assert shown is not None and shown.principle in ticked
    assert shown.text in [c.nl for c in PACK.principle(shown.principle).reality_checks]
    assert reality_check(PACK, "nl", sorted(ticked, reverse=True), day) == shown  # the order of ticking is not asked
    tomorrow = reality_check(PACK, "nl", sorted(ticked), day + timedelta(days=1))
    assert tomorrow != shown  # two or more checks to show: never the same two days in a row


def test_the_check_follows_the_ticks() -> None:
    welcome = reality_check(PACK, "en", ["welcome"], DAY)
    recovery = reality_check(PACK, "en", ["recovery"], DAY)
    assert welcome.principle == "welcome" and recovery.principle == "recovery"
    assert welcome.text != recovery.text


def test_examples_and_sammy_prompt_are_the_packs_words() -> None:
    for lang in LANGUAGES:
        t = Translator(lang)
        assert habit_examples(PACK, t, 5) == [x.get(lang) for x in PACK.habit(5).examples]
        assert sammy_prompt(PACK, t) == PACK.sammy.prompt.get(lang)
    assert habit_examples(PACK.model_copy(update={"habits": ()}), Translator("en"), 5) == []
    no_prompt = PACK.model_copy(update={"sammy": Sammy(name=Text(en="A Sammy moment"))})
    assert sammy_prompt(no_prompt, Translator("en")) == Translator("en")(
        "screens.reflect.sammy_question", name="A Sammy moment")


def test_paragraphs_are_cut_at_empty_lines() -> None:
    assert paragraphs("One line\nwrapped.\n\n\nTwo.\n") == ["One line wrapped.", "Two."]
    assert paragraphs("") == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_read_topics_hold_every_written_text(lang: str) -> None:
    t = Translator(lang)
    found = topics(PACK, t)
    ids = [topic.id for topic in found]
    assert ids == [f"reading-{r.id}" for r in PACK.readings] + ["principles", "sammy", "shifts"]
    shown = " ".join(" ".join(block.text for block in topic.blocks) for topic in found)
    for principle in PACK.principles:
        assert principle.name.get(lang) in shown and " ".join(principle.description.get(lang).split()) in shown
        assert all(check.get(lang) in shown for check in principle.reality_checks)
    for shift in PACK.shifts:
        assert t("reading.from_to", old=shift.from_.get(lang), new=shift.to.get(lang)) in shown
        assert " ".join(shift.note.get(lang).split()) in shown
    assert " ".join(PACK.sammy.prompt.get(lang).split()) in shown
    for reading in PACK.readings:
        assert all(part in shown for part in paragraphs(reading.body.get(lang)))


def test_shifts_are_grouped_by_area_in_the_area_order() -> None:
    t = Translator("en")
    blocks = next(topic for topic in topics(PACK, t) if topic.id == "shifts").blocks
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == ["Design", "Strategy", "Culture", "Innovation", "Operation"]
    area = None
    for block in blocks:
        if block.kind == "heading":
            area = headings.index(block.text)
        elif block.kind == "shift":
            shift = next(s for s in PACK.shifts if block.text.startswith(s.from_.en + " →"))
            assert ["design", "strategy", "culture", "innovation", "operation"].index(shift.area) == area


def test_a_pack_without_shifts_or_sammy_leaves_those_topics_out() -> None:
    bare = ContentPack.model_validate({"format": "covey-coach-content", "version": 1, "name": "bare"})
    assert topics(bare, Translator("en")) == []
