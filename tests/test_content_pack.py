"""The built-in content pack is complete in both languages; custom packs merge, and every
mistake in one is reported as one sentence naming the file, the line and the field."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from covey_coach.content import (
    BUILTIN_PATH,
    MIN_QUESTIONS,
    NO_REPEAT_WINDOW,
    QUESTION_STAGES,
    ContentError,
    ContentPack,
    Text,
    check_builtin_complete,
    check_pack_file,
    choose_questions,
    load_builtin,
    load_content,
    load_pack_file,
    merge_packs,
    parse_pack,
)
from covey_coach.content.checks import pack_texts as _texts
from covey_coach.habits import HABITS, Principle
from covey_coach.i18n import LANGUAGES

PACKS = Path(__file__).parent / "data" / "packs"
BAD = sorted((PACKS / "bad").glob("*.yaml"))
MERGE_ONLY = {"clashes_with_builtin.yaml", "new_principle_unnamed.yaml", "new_reading_untitled.yaml"}
GOOD_DATA_DIR = PACKS / "good"


@pytest.fixture(scope="module")
def builtin() -> ContentPack:
    return load_builtin()


# --------------------------------------------------------------------------- the built-in pack


def test_builtin_pack_is_complete(builtin: ContentPack) -> None:
    assert check_builtin_complete(builtin) == []


def test_builtin_file_passes_content_check() -> None:
    assert check_pack_file(BUILTIN_PATH).name == "builtin"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("number", HABITS)
def test_every_stage_has_enough_questions_for_any_channel_in_each_language(builtin: ContentPack, number: int,
                                                                           lang: str) -> None:
    # One question a stage per reflection, none asked in the previous fourteen reflections on
    # the habit: those asked up to fourteen of a stage, and one more is needed for this one,
    # whatever the channel, so only the questions that fit every channel count.
    assert MIN_QUESTIONS == NO_REPEAT_WINDOW + 1 == 15
    for stage in QUESTION_STAGES:
        fitting = [q for q in builtin.habit(number).questions if q.stage == stage and q.channel == "any" and q.has(lang)]
        assert len(fitting) >= MIN_QUESTIONS, (number, stage, lang, len(fitting))


def test_every_question_has_a_stage_and_both_languages(builtin: ContentPack) -> None:
    for habit in builtin.habits:
        for question in habit.questions:
            assert question.stage in QUESTION_STAGES, question.id
            assert question.has("en") and question.has("nl"), question.id


def test_no_dutch_text_in_the_pack_says_gewoonte(builtin: ContentPack) -> None:
    # docs/dutch-style.md: Covey's Dutch edition says "eigenschap"; the pack never says otherwise.
    said = [loc for loc, text in _texts(builtin) if text.nl and "gewoonte" in text.nl.casefold()]
    assert said == []


@pytest.mark.parametrize("number", HABITS)
def test_questions_spread_over_every_channel(builtin: ContentPack, number: int) -> None:
    channels = Counter(q.channel for q in builtin.habit(number).questions)
    for channel in ("desk", "phone", "chat", "email", "floor", "any"):
        assert channels[channel] >= 2, (number, channel, channels)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_empty_or_repeated_text_in_a_language(builtin: ContentPack, lang: str) -> None:
    seen: dict[str, tuple] = {}
    for loc, text in _texts(builtin):
        value = getattr(text, lang)
        assert value and value.strip(), f"{loc} has no {lang} text"
        if loc[0] == "readings" and loc[-1] == "title":
            continue  # a reading may be titled after the principle it is about
        key = " ".join(value.casefold().split())
        assert key not in seen, f"{loc} repeats {seen.get(key)} in {lang}"
        seen[key] = loc
    assert len(seen) > 7 * 3 * MIN_QUESTIONS


def test_question_ids_are_unique_slugs_and_tagged_with_habit_stage_and_channel(builtin: ContentPack) -> None:
    ids = [q.id for h in builtin.habits for q in h.questions]
    assert len(ids) == len(set(ids))
    for habit in builtin.habits:
        for question in habit.questions:
            channel = "" if question.channel == "any" else f"{question.channel}-"
            assert question.id.startswith(f"h{habit.number}-{question.stage.replace('_', '')}-{channel}"), question.id


def test_habit_names_follow_the_english_and_dutch_editions(builtin: ContentPack) -> None:
    names = {h.number: (h.name.en, h.name.nl) for h in builtin.habits}
    assert names == {
        1: ("Be proactive", "Wees proactief"),
        2: ("Begin with the end in mind", "Begin met het einde voor ogen"),
        3: ("Put first things first", "Belangrijke zaken eerst"),
        4: ("Think win-win", "Denk win-win"),
        5: ("Seek first to understand, then to be understood", "Eerst begrijpen, dan begrepen worden"),
        6: ("Synergize", "Creëer synergie"),
        7: ("Sharpen the saw", "Houd de zaag scherp"),
    }


def test_every_habit_has_three_examples_a_meaning_and_a_mission(builtin: ContentPack) -> None:
    for habit in builtin.habits:
        assert len(habit.examples) == 3
        for lang in LANGUAGES:
            assert habit.meaning.has(lang) and habit.mission.has(lang)


def test_principles_are_the_six_with_reality_checks(builtin: ContentPack) -> None:
    assert [p.id for p in builtin.principles] == [p.value for p in Principle]
    for principle in Principle:
        assert 2 <= len(builtin.principle(principle).reality_checks) <= 5
    assert builtin.principle("recovery").name.get("nl")


def test_ten_shifts_two_per_area_and_sammy(builtin: ContentPack) -> None:
    assert len(builtin.shifts) == 10
    assert set(Counter(s.area for s in builtin.shifts).values()) == {2}
    assert builtin.shift("transactions-to-relationships").to.get("nl") == "Relaties"
    assert "Sammy" in builtin.sammy.explain.get("en") and "procedure" in builtin.sammy.prompt.get("nl")
    assert "six-star" in builtin.sammy.explain.get("en") and "zakje water" in builtin.sammy.explain.get("nl")


def test_builtin_is_parsed_once(builtin: ContentPack) -> None:
    assert load_builtin() is builtin


def test_lookups(builtin: ContentPack) -> None:
    question = builtin.question("h1-notice-desk-before-a-word")
    assert question.channel == "desk" and question.stage == "notice" and builtin.habit_of(question.id) == 1
    assert question in builtin.habit(1).questions
    assert builtin.stage_of(question.id) == "notice" and builtin.stage_of("h1-desk-before-asked") == ""
    assert set(builtin.habit(3).questions_for("phone")) <= set(builtin.habit(3).questions)
    assert {q.channel for q in builtin.habit(3).questions_for("phone")} == {"phone", "any"}
    for none in (None, "other"):
        assert {q.channel for q in builtin.habit(3).questions_for(none)} == {"any"}
    assert {q.stage for q in builtin.habit(3).questions_for("chat", "so_what")} == {"so_what"}
    for missing in (lambda: builtin.habit(8), lambda: builtin.question("nope"), lambda: builtin.principle("nope")):
        with pytest.raises(KeyError):
            missing()


# --------------------------------------------------------------------------- the completeness check


def test_completeness_check_finds_what_is_missing(builtin: ContentPack) -> None:
    habit = builtin.habit(2)
    short = habit.model_copy(update={
        "questions": _cut(habit, "so_what", MIN_QUESTIONS - 1),
        "examples": habit.examples[:2],
        "meaning": Text(en=habit.meaning.en),
    })
    copied_en = builtin.habit(4).questions[0].model_copy(update={"en": builtin.habit(3).questions[0].en})
    four = builtin.habit(4).model_copy(update={"questions": (copied_en,) + builtin.habit(4).questions[1:]})
    habits = tuple(short if h.number == 2 else four if h.number == 4 else h for h in builtin.habits if h.number != 7)
    broken = builtin.model_copy(update={
        "habits": habits,
        "principles": builtin.principles[:5],
        "shifts": builtin.shifts[:9],
        "sammy": None,
    })
    problems = "\n".join(check_builtin_complete(broken))
    assert "habit 7 is missing" in problems
    assert (f"habits[1] (habit 2) has {MIN_QUESTIONS - 1} so_what questions for any channel in en; "
            f"at least {MIN_QUESTIONS}") in problems
    assert "habits[1] (habit 2) has 2 examples" in problems
    assert "habits[1].meaning has no nl text" in problems
    assert "habits[3].questions[0].en repeats the text of habits[2].questions[0]" in problems
    assert "exactly the six" in problems
    assert "9 shifts" in problems
    assert "sammy" in problems


def _cut(habit, stage: str, size: int) -> tuple:
    """The habit's questions with only ``size`` of ``stage``'s any-channel ones left."""
    kept: list = []
    left = size
    for q in habit.questions:
        if q.stage == stage and q.channel == "any":
            if left == 0:
                continue
            left -= 1
        kept.append(q)
    return tuple(kept)


@pytest.mark.parametrize("stage", QUESTION_STAGES)
@pytest.mark.parametrize("number", HABITS)
def test_a_stage_cut_to_14_any_channel_questions_is_flagged(builtin: ContentPack, number: int, stage: str) -> None:
    index = [h.number for h in builtin.habits].index(number)

    def cut_to(size: int) -> list[str]:
        short = builtin.habit(number).model_copy(update={"questions": _cut(builtin.habit(number), stage, size)})
        pack = builtin.model_copy(update={
            "habits": tuple(short if h.number == number else h for h in builtin.habits)})
        return [p for p in check_builtin_complete(pack) if "for any channel" in p]

    assert MIN_QUESTIONS - 1 == 14
    problems = cut_to(14)
    for lang in LANGUAGES:
        assert (f"habits[{index}] (habit {number}) has 14 {stage} questions for any channel in {lang}; "
                "at least 15 are needed") in problems
    assert len(problems) == len(LANGUAGES)
    assert cut_to(15) == []


# --------------------------------------------------------------------------- texts


def test_text_falls_back_to_the_other_language() -> None:
    assert Text(nl="Hallo").get("en") == "Hallo"
    assert Text(en="Hello").get("nl") == "Hello"
    assert Text(en="Hello", nl="Hallo").get("nl") == "Hallo"
    assert Text(en="Hello", nl="Hallo").get("de") == "Hello"
    assert not Text(nl="Hallo").has("en")


def test_text_is_trimmed_and_never_empty() -> None:
    assert Text(en="  Hello \n").en == "Hello"
    with pytest.raises(ValueError):
        Text(en="   ")
    with pytest.raises(ValueError):
        Text()


# --------------------------------------------------------------------------- bad packs


def _expected(path: Path) -> tuple[int, str]:
    """The marked line of a bad pack and the words the error must contain."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if "# ERROR " in line:
            return number, line.split("# ERROR ", 1)[1].strip()
    raise AssertionError(f"{path.name} has no '# ERROR' marker")


def _assert_one_sentence(error: ContentError, path: Path) -> None:
    line, words = _expected(path)
    message = str(error)
    assert message.startswith(f"{path}, line {line}: "), message
    assert words in message, message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    assert error.line == line and error.path == str(path)


@pytest.mark.parametrize("path", [p for p in BAD if p.name not in MERGE_ONLY], ids=lambda p: p.stem)
def test_bad_pack_gives_one_sentence_with_file_line_and_field(path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_pack_file(path)
    _assert_one_sentence(caught.value, path)


@pytest.mark.parametrize("path", [p for p in BAD if p.name in MERGE_ONLY], ids=lambda p: p.stem)
def test_pack_that_cannot_merge_is_refused_by_content_check(path: Path) -> None:
    assert load_pack_file(path).name  # valid on its own
    with pytest.raises(ContentError) as caught:
        check_pack_file(path)
    _assert_one_sentence(caught.value, path)


def test_every_kind_of_mistake_has_a_bad_pack() -> None:
    names = {p.stem for p in BAD}
    assert {"empty_text", "unknown_habit", "duplicate_id", "syntax_error", "wrong_type"} <= names


def test_field_names_in_errors() -> None:
    cases = {
        "empty_text": "habits[0].questions[1].nl must not be empty.",
        "unknown_habit": "habits[1].number must be a habit number from 1 to 7, not 9.",
        "wrong_type": "habits[0].questions must be a list",
        "syntax_error": "this is not valid YAML (",
        "not_mapping": "not a list.",
    }
    for stem, text in cases.items():
        with pytest.raises(ContentError) as caught:
            load_pack_file(PACKS / "bad" / f"{stem}.yaml")
        assert text in str(caught.value)


def test_file_level_problems(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(ContentError, match=r"nowhere\.yaml: cannot be read"):
        load_pack_file(missing)
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ContentError, match=r"empty\.yaml, line 1: the file is empty"):
        load_pack_file(empty)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ContentError, match="not UTF-8"):
        load_pack_file(binary)


def test_newer_version_and_missing_name_are_refused() -> None:
    with pytest.raises(ContentError, match=r"line 2: version is 2, newer than this app reads"):
        parse_pack("format: covey-coach-content\nversion: 2\nname: x\n", "p.yaml")
    with pytest.raises(ContentError, match=r"p\.yaml, line 1: name is missing\."):
        parse_pack("format: covey-coach-content\nversion: 1\n", "p.yaml")


# --------------------------------------------------------------------------- custom packs


def test_good_packs_load_on_their_own() -> None:
    for path in sorted((GOOD_DATA_DIR / "packs").glob("*.yaml")):
        assert check_pack_file(path).habits


def test_custom_packs_merge_onto_the_builtin(builtin: ContentPack) -> None:
    merged = load_content(GOOD_DATA_DIR)
    assert merged.name == "builtin+acme-hotel+zorg-nl"

    one = [q.id for q in merged.habit(1).questions]
    assert one[: len(builtin.habit(1).questions)] == [q.id for q in builtin.habit(1).questions]
    assert one[-3:] == ["acme-h1-desk-late-arrival", "acme-h1-phone-wake-up", "acme-h1-floor-lobby"]
    assert merged.question("zorg-h7-any-pauze").channel == "any"
    assert merged.question("zorg-h7-floor-overdracht").get("en").startswith("Met hoeveel energie")

    # A Dutch-only re-wording keeps the built-in English.
    assert merged.habit(5).meaning.nl == "Bij Acme luister je eerst naar de hele vraag van de gast."
    assert merged.habit(5).meaning.en == builtin.habit(5).meaning.en
    assert merged.sammy.prompt.nl.startswith("Zag je vandaag bij een bewoner")
    assert merged.sammy.prompt.en == builtin.sammy.prompt.en

    welcome = merged.principle("welcome")
    assert len(welcome.reality_checks) == len(builtin.principle("welcome").reality_checks) + 1
    assert welcome.name == builtin.principle("welcome").name
    assert merged.principle("speed").name.get("nl") == "Geen gast wacht langer dan nodig"
    assert [p.id for p in merged.principles][-1] == "speed"
    assert merged.shift("night-to-day").area == "operation" and len(merged.shifts) == 11

    # The built-in pack itself is left as it was.
    assert load_builtin() is builtin and len(builtin.habit(1).questions) == len(one) - 3


def test_custom_questions_can_be_chosen(builtin: ContentPack) -> None:
    merged = load_content(GOOD_DATA_DIR)
    used = [q.id for q in builtin.habit(1).questions]
    size = -(-len(used) // NO_REPEAT_WINDOW)
    history = [used[i:i + size] for i in range(0, len(used), size)]  # every built-in one in the last 14
    assert len(history) <= NO_REPEAT_WINDOW
    for channel, fresh in (("desk", "acme-h1-desk-late-arrival"), ("phone", "acme-h1-phone-wake-up"),
                           ("floor", "acme-h1-floor-lobby")):
        notice, so_what, now_what = choose_questions(merged, 1, history, seed="2026-11-23", channel=channel)
        assert notice.id == fresh, "the only notice question outside the last fourteen reflections"
        assert (so_what.stage, now_what.stage) == ("so_what", "now_what")
    assert [q.stage for q in choose_questions(merged, 1, history, seed="2026-11-23")] == [
        "notice", "so_what", "now_what"], "no channel: the acme questions do not fit, the built-in ones come back"


def test_no_data_dir_or_no_packs_folder_gives_the_builtin(tmp_path: Path, builtin: ContentPack) -> None:
    assert load_content(None) is builtin
    assert load_content(tmp_path) is builtin
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "notes.txt").write_text("not a pack", encoding="utf-8")
    assert load_content(tmp_path) is builtin


def test_a_bad_custom_pack_stops_loading_with_its_sentence(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    shutil.copy(GOOD_DATA_DIR / "packs" / "10-acme-hotel.yaml", tmp_path / "packs")
    target = tmp_path / "packs" / "30-broken.yaml"
    shutil.copy(PACKS / "bad" / "empty_text.yaml", target)
    with pytest.raises(ContentError) as caught:
        load_content(tmp_path)
    line, _ = _expected(target)
    assert str(caught.value) == f"{target}, line {line}: habits[0].questions[1].nl must not be empty."


def test_two_custom_packs_may_not_share_a_question_id(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    shutil.copy(GOOD_DATA_DIR / "packs" / "10-acme-hotel.yaml", tmp_path / "packs" / "a.yaml")
    shutil.copy(GOOD_DATA_DIR / "packs" / "10-acme-hotel.yaml", tmp_path / "packs" / "b.yaml")
    with pytest.raises(ContentError) as caught:
        load_content(tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'packs' / 'b.yaml'}, line 11: habits[0].questions[0].id")
    assert "'acme-h1-desk-late-arrival' is already used by another pack" in message


def test_merge_of_packs_built_in_code_names_the_field_without_a_file(builtin: ContentPack) -> None:
    extra = ContentPack.model_validate({
        "format": "covey-coach-content", "version": 1, "name": "inline",
        "habits": [{"number": 2, "questions": [{"id": "h2-notice-desk-on-their-mind", "stage": "notice",
                                                "en": "Again?"}]}],
    })
    with pytest.raises(ContentError,
                       match=r"^Habits\[0\]\.questions\[0\]\.id 'h2-notice-desk-on-their-mind' is already"):
        merge_packs(builtin, extra)


# --------------------------------------------------------------------------- errors in Dutch

_ENGLISH_WORDS = re.compile(r"\b(must|line|missing|twice|already|needs|mapping|field|choose|cannot)\b")


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_bad_pack_error_reads_in_dutch(path: Path) -> None:
    from covey_coach.i18n import Translator

    with pytest.raises(ContentError) as caught:
        check_pack_file(path)
    error = caught.value
    english = str(error)
    assert error.render(Translator("en")) == english  # str() is the English rendering
    dutch = error.render(Translator("nl"))
    assert dutch != english and dutch.startswith(f"{path}")
    if error.line is not None:
        assert dutch.startswith(f"{path}, regel {error.line}: "), dutch
    if error.field:
        assert error.field in dutch
    assert dutch.endswith(".") and "\n" not in dutch
    after_field = dutch.split(error.field or ": ", 1)[1].split("(", 1)[0]  # leave identifiers and raw parser detail
    assert not _ENGLISH_WORDS.search(after_field), dutch
    # A pack's own problem, a YAML one or a validation one: never the fallback that keeps pydantic's English.
    assert error.key.startswith(("content.", "yaml.", "errors.validation.")), error.key
    assert error.key != "errors.validation.other"


def test_file_level_problems_read_in_dutch(tmp_path: Path) -> None:
    from covey_coach.i18n import Translator

    nl = Translator("nl")
    with pytest.raises(ContentError) as caught:
        load_pack_file(tmp_path / "nowhere.yaml")
    assert caught.value.render(nl).startswith(f"{tmp_path / 'nowhere.yaml'}: kan niet worden gelezen")
    with pytest.raises(ContentError) as caught:
        parse_pack("format: covey-coach-content\nversion: 1\n", "p.yaml")
    assert caught.value.render(nl) == "p.yaml, regel 1: name ontbreekt."
    extra = ContentPack.model_validate({"format": "covey-coach-content", "version": 1, "name": "inline",
                                        "habits": [{"number": 2}, {"number": 2}]})
    with pytest.raises(ContentError) as caught:
        merge_packs(load_builtin(), extra)
    assert caught.value.render(nl) == "Habits[1].number herhaalt eigenschap 2, die al bij habits[0] staat."
