"""Question choice: one question per stage of the arc (notice, so what, now what), each fitting
the chosen channel, none asked in the previous fourteen reflections on the habit (strictly, with
the built-in pack's fifteen any-channel questions per stage), the same answer for the same seed."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from covey_coach.content import NO_REPEAT_WINDOW, QUESTION_STAGES, ContentPack, choose_questions, load_builtin
from covey_coach.habits import HABITS, Channel

PACK = load_builtin()
CHANNELS = [None, "desk", "phone", "chat", "email", "floor", "other"]
RETIRED = ["h1-desk-before-asked", "h5-phone-tone", "retired-question"]
"""Ids a journal may still hold from an earlier pack."""


def ids_of(habit: int) -> list[str]:
    return [q.id for q in PACK.habit(habit).questions]


def fits(channel: str | None, question_channel: str) -> bool:
    """The rule, spelled out: the channel's own questions and the any ones; only any without a channel."""
    if channel in (None, "other"):
        return question_channel == "any"
    return question_channel in (channel, "any")


def window(history: list[list[str]]) -> set[str]:
    return {qid for reflection in history[:NO_REPEAT_WINDOW] for qid in reflection}


def _assert_one_per_stage_fitting(chosen, channel: str | None) -> None:
    assert [q.stage for q in chosen] == list(QUESTION_STAGES)
    for question in chosen:
        assert fits(channel, question.channel), (question.id, channel)


def _reflections(habit: int, channels: list[str | None], start: date, pack: ContentPack = PACK,
                 old: list[list[str]] | None = None) -> list[list[str]]:
    """Reflections on one habit, one a day from ``start``, oldest first, each for its channel;
    ``old`` are earlier reflections (newest first) from before, say with retired ids."""
    history: list[list[str]] = list(old or [])  # newest first, as choose_questions wants it
    for day, channel in enumerate(channels):
        seed = (start + timedelta(days=day)).isoformat()
        asked = choose_questions(pack, habit, history, seed, channel=channel)
        _assert_one_per_stage_fitting(asked, channel)
        history.insert(0, [q.id for q in asked])
    return history[: len(channels)][::-1]


def _assert_none_from_the_previous_fourteen(reflections: list[list[str]]) -> None:
    for index, reflection in enumerate(reflections):
        previous = reflections[max(0, index - NO_REPEAT_WINDOW): index]
        recent = {qid for earlier in previous for qid in earlier}
        assert not set(reflection) & recent, (index, sorted(set(reflection) & recent))


# -- the rule, over habits, channels and days ------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(HABITS), st.lists(st.sampled_from(CHANNELS), min_size=1, max_size=60),
       st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
       st.lists(st.lists(st.sampled_from(RETIRED), min_size=1, max_size=3), max_size=20))
def test_one_per_stage_all_fitting_the_channel_none_from_the_previous_fourteen(habit, channels, start, old) -> None:
    reflections = _reflections(habit, channels, start, old=old)
    assert all(len(r) == len(QUESTION_STAGES) for r in reflections)
    _assert_none_from_the_previous_fourteen(reflections)
    assert {qid for r in reflections for qid in r} <= set(ids_of(habit)), "a retired id is never asked again"


@pytest.mark.parametrize("habit", HABITS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_fifteen_reflections_in_a_row_ask_fifteen_different_questions_per_stage(habit, channel) -> None:
    reflections = _reflections(habit, [channel] * (4 * (NO_REPEAT_WINDOW + 1)), date(2026, 11, 1))
    _assert_none_from_the_previous_fourteen(reflections)
    for start in range(len(reflections) - NO_REPEAT_WINDOW):
        run = reflections[start: start + NO_REPEAT_WINDOW + 1]
        for stage_index in range(len(QUESTION_STAGES)):
            assert len({r[stage_index] for r in run}) == NO_REPEAT_WINDOW + 1


@pytest.mark.parametrize("habit", HABITS)
def test_changing_channels_day_by_day_never_repeat_from_the_previous_fourteen(habit) -> None:
    rng = random.Random(f"channels-{habit}")
    channels = [rng.choice(CHANNELS) for _ in range(100)]
    _assert_none_from_the_previous_fourteen(_reflections(habit, channels, date(2026, 1, 1)))


# -- any history -----------------------------------------------------------------------------


@st.composite
def any_histories(draw: st.DrawFn) -> tuple[int, list[list[str]]]:
    """Reflections with zero to five question ids each, from the habit and retired ones: a
    stage may run out of fresh questions."""
    habit = draw(st.sampled_from(HABITS))
    pool = ids_of(habit) + RETIRED
    history = draw(st.lists(st.lists(st.sampled_from(pool), max_size=5), max_size=40))
    return habit, history


@settings(max_examples=200, deadline=None)
@given(any_histories(), st.text(max_size=12), st.sampled_from(CHANNELS))
def test_a_repeat_only_when_a_stage_runs_out_and_then_the_least_recent(case, seed, channel) -> None:
    habit, history = case
    chosen = choose_questions(PACK, habit, history, seed, channel=channel)
    _assert_one_per_stage_fitting(chosen, channel)
    age: dict[str, int] = {}
    for index, reflection in enumerate(history):
        for qid in reflection:
            age.setdefault(qid, index)
    never = len(history) + NO_REPEAT_WINDOW
    recent = window(history)
    for question in chosen:
        pool = [q.id for q in PACK.habit(habit).questions_for(channel, question.stage)]
        if any(qid not in recent for qid in pool):
            assert question.id not in recent
        # the longest unused of its stage come first
        assert age.get(question.id, never) == max(age.get(qid, never) for qid in pool)


@settings(max_examples=100, deadline=None)
@given(any_histories(), st.text(max_size=12), st.sampled_from(CHANNELS))
def test_same_seed_same_questions(case, seed, channel) -> None:
    habit, history = case
    first = choose_questions(PACK, habit, history, seed, channel=channel)
    again = choose_questions(PACK, habit, [list(r) for r in history], seed, channel=channel)
    assert first == again


def test_a_history_of_retired_ids_only_is_as_good_as_none() -> None:
    for habit in HABITS:
        old = [RETIRED[:2]] * 20
        assert choose_questions(PACK, habit, old, "2026-11-23", channel="desk") == \
            choose_questions(PACK, habit, [], "2026-11-23", channel="desk")


def test_different_days_give_different_questions() -> None:
    days = [(date(2026, 11, 1) + timedelta(days=n)).isoformat() for n in range(20)]
    choices = {tuple(q.id for q in choose_questions(PACK, 5, [], day)) for day in days}
    assert len(choices) > 10


def test_the_habit_changes_the_choice_for_the_same_seed() -> None:
    positions = {h: [ids_of(h).index(q.id) for q in choose_questions(PACK, h, [], "same")] for h in HABITS}
    assert len({tuple(p) for p in positions.values()}) > 1


def test_a_channel_brings_its_own_questions_and_no_other_channel_ever_does() -> None:
    asked = [q for day in range(120) for q in choose_questions(PACK, 2, [], f"seed-{day}", channel=Channel.DESK)]
    assert {q.channel for q in asked} == {"desk", "any"}
    for channel in (None, Channel.OTHER, "other"):
        asked = [q for day in range(60) for q in choose_questions(PACK, 2, [], f"seed-{day}", channel=channel)]
        assert {q.channel for q in asked} == {"any"}


# -- small packs -----------------------------------------------------------------------------


def _small_pack() -> ContentPack:
    return ContentPack.model_validate({
        "format": "covey-coach-content", "version": 1, "name": "small",
        "habits": [{"number": 1, "questions": [
            {"id": "n-desk", "stage": "notice", "channel": "desk", "en": "A?"},
            {"id": "n-any", "stage": "notice", "channel": "any", "en": "B?"},
            {"id": "n-any-2", "stage": "notice", "channel": "any", "en": "C?"},
            {"id": "s-phone", "stage": "so_what", "channel": "phone", "en": "D?"},
            {"id": "w-any", "stage": "now_what", "channel": "any", "en": "E?"},
        ]}],
    })


def test_a_stage_with_no_fitting_question_is_left_out() -> None:
    pack = _small_pack()
    assert [q.id for q in choose_questions(pack, 1, [], "x", channel="phone")][1:] == ["s-phone", "w-any"]
    assert [q.stage for q in choose_questions(pack, 1, [], "x", channel="desk")] == ["notice", "now_what"]


def test_a_small_stage_brings_back_the_least_recently_used() -> None:
    pack = _small_pack()
    history = [["n-any"], ["n-any-2"]]  # n-any-2 longest ago
    assert choose_questions(pack, 1, history, "x")[0].id == "n-any-2"
    assert choose_questions(pack, 1, history, "x", channel="desk")[0].id == "n-desk", "never used comes first"


def test_the_window_is_exactly_fourteen_reflections() -> None:
    pack = _small_pack()
    history = [["n-any"]] + [[] for _ in range(12)] + [["n-any-2"]]  # asked 14 reflections ago
    assert choose_questions(pack, 1, history, "x")[0].id == "n-any-2"  # both recent: the older one
    history = [["n-any"]] + [[] for _ in range(13)] + [["n-any-2"]]  # 15 ago: outside the window
    for seed in ("x", "y", "z"):
        assert choose_questions(pack, 1, history, seed)[0].id == "n-any-2"


def test_a_history_of_plain_ids_counts_each_as_one_reflection() -> None:
    assert choose_questions(_small_pack(), 1, ["n-any", "n-any-2"], "x")[0].id == "n-any-2"


def test_unknown_habit_is_an_error() -> None:
    with pytest.raises(KeyError):
        choose_questions(_small_pack(), 2, [], "x")


def _cut_to(size: int, habit: int = 1, stage: str = "so_what") -> ContentPack:
    """The built-in pack with one stage of one habit cut to ``size`` any-channel questions (and no others)."""
    questions = PACK.habit(habit).questions
    kept = [q for q in questions if q.stage != stage] + [q for q in questions if q.stage == stage
                                                         and q.channel == "any"][:size]
    short = PACK.habit(habit).model_copy(update={"questions": tuple(kept)})
    return PACK.model_copy(update={"habits": tuple(short if h.number == habit else h for h in PACK.habits)})


def test_fifteen_per_stage_is_the_least_that_keeps_the_rule() -> None:
    assert NO_REPEAT_WINDOW + 1 == 15
    channels = [None] * (2 * (NO_REPEAT_WINDOW + 1))
    _assert_none_from_the_previous_fourteen(_reflections(1, channels, date(2026, 11, 1), pack=_cut_to(15)))
    short = _reflections(1, channels, date(2026, 11, 1), pack=_cut_to(14))
    fifteenth, previous = short[NO_REPEAT_WINDOW], short[:NO_REPEAT_WINDOW]
    assert set(fifteenth) & {qid for r in previous for qid in r} == {fifteenth[1]}, "the so-what one repeats"
