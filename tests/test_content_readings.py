"""The readings of a content pack (the Read section's texts): their model, how custom packs
add and re-word them, and what the built-in pack must hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from covey_coach.content import ContentError, ContentPack, Reading, Text, check_builtin_complete, load_builtin
from covey_coach.content.load import load_content, parse_pack
from covey_coach.content.merge import merge_packs
from covey_coach.i18n import LANGUAGES

GOOD_DATA_DIR = Path(__file__).parent / "data" / "packs" / "good"


@pytest.fixture(scope="module")
def builtin() -> ContentPack:
    return load_builtin()


def _pack(readings: list[dict[str, object]], name: str = "inline") -> ContentPack:
    return ContentPack.model_validate({"format": "covey-coach-content", "version": 1, "name": name,
                                       "readings": readings})


def test_builtin_pack_has_readings_in_both_languages(builtin: ContentPack) -> None:
    assert builtin.readings
    for reading in builtin.readings:
        for lang in LANGUAGES:
            assert reading.title.has(lang) and reading.body.has(lang), (reading.id, lang)
            assert len(reading.body.get(lang)) > len(reading.title.get(lang))


def test_a_reading_body_keeps_its_paragraphs() -> None:
    pack = parse_pack(
        "format: covey-coach-content\nversion: 1\nname: p\nreadings:\n  - id: two\n"
        "    title: {en: Two}\n    body:\n      en: |\n        One.\n\n        Two.\n",
        "p.yaml")
    assert pack.reading("two").body.en == "One.\n\nTwo."
    with pytest.raises(KeyError):
        pack.reading("three")


def test_a_builtin_pack_without_readings_or_with_half_a_reading_is_incomplete(builtin: ContentPack) -> None:
    none = "\n".join(check_builtin_complete(builtin.model_copy(update={"readings": ()})))
    assert "no readings" in none
    half = builtin.readings[0].model_copy(update={"body": None, "title": Text(en="Only English")})
    problems = "\n".join(check_builtin_complete(builtin.model_copy(update={"readings": (half,)})))
    assert f"readings[0] ({half.id}) has no body" in problems
    assert "readings[0].title has no nl text" in problems
    assert check_builtin_complete(builtin) == []


def test_reality_checks_outside_two_to_five_are_flagged(builtin: ContentPack) -> None:
    first = builtin.principles[0]
    for count, flagged in ((1, True), (2, False), (5, False), (6, True)):
        checks = tuple(Text(en=f"Check {i} {first.id}?", nl=f"Toets {i} {first.id}?") for i in range(count))
        pack = builtin.model_copy(update={"principles": (first.model_copy(update={"reality_checks": checks}),)
                                          + builtin.principles[1:]})
        problems = "\n".join(check_builtin_complete(pack))
        assert (f"has {count} reality check" in problems) is flagged, (count, problems)
        assert ("2 to 5 are needed" in problems) is flagged


def test_a_custom_reading_comes_after_the_builtin_ones_and_a_reword_keeps_the_other_language(
        builtin: ContentPack) -> None:
    first = builtin.readings[0]
    extra = _pack([
        {"id": first.id, "title": {"nl": "Een andere titel"}},
        {"id": "night-desk", "title": {"en": "The night desk"}, "body": {"en": "At night the desk is the hotel."}},
    ])
    merged = merge_packs(builtin, extra)
    assert [r.id for r in merged.readings] == [r.id for r in builtin.readings] + ["night-desk"]
    reworded = merged.reading(first.id)
    assert reworded.title == Text(en=first.title.en, nl="Een andere titel")
    assert reworded.body == first.body
    assert merged.reading("night-desk").title.get("nl") == "The night desk"  # one language only: shown in both
    assert builtin.reading(first.id) is first  # the built-in pack is left as it was


def test_the_packs_folder_adds_its_readings(builtin: ContentPack) -> None:
    merged = load_content(GOOD_DATA_DIR)
    assert merged.readings[-1].id == "zorg-overdracht"
    assert merged.reading("zorg-overdracht").body.nl.count("\n\n") == 1
    assert len(merged.readings) == len(builtin.readings) + 1


@pytest.mark.parametrize("field", ["title", "body"])
def test_a_new_reading_needs_a_title_and_a_body(builtin: ContentPack, field: str) -> None:
    reading = {"id": "night-desk", "title": {"en": "The night desk"}, "body": {"en": "At night."}}
    del reading[field]
    with pytest.raises(ContentError, match=rf"^Readings\[0\]\.{field} is missing: 'night-desk' is a new reading"):
        merge_packs(builtin, _pack([reading]))


def test_reading_ids_are_slugs() -> None:
    with pytest.raises(ValueError):
        Reading(id="Night Desk")
