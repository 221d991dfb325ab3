"""Question choice: three questions a reflection, none asked in the previous fourteen
reflections on the habit (strictly, with the built-in pool of 45 or more), the channel's
questions first, and the same answer for the same seed."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from covey_coach.content import NO_REPEAT_WINDOW, ContentPack, choose_questions, load_builtin
from covey_coach.habits import HABITS, Channel

PACK = load_builtin()
CHANNELS = [None, "desk", "phone", "chat", "email", "floor", "other"]


def ids_of(habit: int) -> list[str]:
    return [q.id for q in PACK.habit(habit).questions]


def window(history: list[list[str]]) -> set[str]:
    return {qid for reflection in history[:NO_REPEAT_WINDOW] for qid in reflection}


@st.composite
def daily_histories(draw: st.DrawFn) -> tuple[int, list[list[str]]]:
    """A habit and its past reflections, newest first, one answered question each
    (plus ids of questions a pack no longer has)."""
    habit = draw(st.sampled_from(HABITS))
    pool = ids_of(habit) + ["retired-question"]
    history = draw(st.lists(st.lists(st.sampled_from(pool), min_size=1, max_size=1), max_size=40))
    return habit, history


@st.composite
def any_histories(draw: st.DrawFn) -> tuple[int, list[list[str]]]:
    """Reflections with zero to four questions each: the pool may run out of fresh ones."""
    habit = draw(st.sampled_from(HABITS))
    pool = ids_of(habit) + ["retired-question"]
    history = draw(st.lists(st.lists(st.sampled_from(pool), max_size=4), max_size=40))
    return habit, history


@settings(max_examples=200, deadline=None)
@given(daily_histories(), st.text(max_size=12), st.integers(1, 5), st.sampled_from(CHANNELS))
def test_no_question_from_the_last_fourteen_reflections(case, seed, count, channel) -> None:
    habit, history = case
    chosen = choose_questions(PACK, habit, history, seed, count=count, channel=channel)
    chosen_ids = [q.id for q in chosen]
    assert len(chosen_ids) == len(set(chosen_ids)) == count
    assert not set(chosen_ids) & window(history)
    assert set(chosen_ids) <= set(ids_of(habit))


@settings(max_examples=200, deadline=None)
@given(any_histories(), st.text(max_size=12), st.integers(0, 30), st.sampled_from(CHANNELS))
def test_repeats_only_when_the_pool_runs_out_and_then_the_least_recent(case, seed, count, channel) -> None:
    habit, history = case
    pool = ids_of(habit)
    chosen = [q.id for q in choose_questions(PACK, habit, history, seed, count=count, channel=channel)]
    assert len(chosen) == len(set(chosen)) == min(count, len(pool))

    recent = window(history)
    fresh = [qid for qid in pool if qid not in recent]
    if len(fresh) >= len(chosen):
        assert not set(chosen) & recent
    else:
        assert set(fresh) <= set(chosen)
        age = {}
        for index, reflection in enumerate(history):
            for qid in reflection:
                age.setdefault(qid, index)
        repeated = [age[qid] for qid in chosen if qid in recent]
        left_out = [age[qid] for qid in pool if qid in recent and qid not in chosen]
        if repeated and left_out:
            assert min(repeated) >= max(left_out)  # the longest unused come back first


@settings(max_examples=100, deadline=None)
@given(any_histories(), st.text(max_size=12), st.sampled_from(CHANNELS))
def test_same_seed_same_questions(case, seed, channel) -> None:
    habit, history = case
    first = choose_questions(PACK, habit, history, seed, channel=channel)
    again = choose_questions(PACK, habit, [list(r) for r in history], seed, channel=channel)
    assert first == again


@settings(max_examples=100, deadline=None)
@given(daily_histories(), st.text(max_size=12), st.sampled_from(["desk", "phone", "chat", "email", "floor"]))
def test_the_first_question_suits_the_channel_when_a_fresh_one_does(case, seed, channel) -> None:
    habit, history = case
    recent = window(history)
    fitting = [q for q in PACK.habit(habit).questions if q.channel in (channel, "any") and q.id not in recent]
    chosen = choose_questions(PACK, habit, history, seed, channel=channel)
    if fitting:
        assert chosen[0].channel in (channel, "any")


def test_different_seeds_give_different_questions() -> None:
    choices = {tuple(q.id for q in choose_questions(PACK, 5, [], f"2026-11-{day:02d}")) for day in range(1, 21)}
    assert len(choices) > 10


def test_the_habit_changes_the_choice_for_the_same_seed() -> None:
    positions = {h: [ids_of(h).index(q.id) for q in choose_questions(PACK, h, [], "same")] for h in HABITS}
    assert len({tuple(p) for p in positions.values()}) > 1


def test_channel_questions_lead_on_average() -> None:
    desk_or_any = 0
    total = 0
    for day in range(60):
        for q in choose_questions(PACK, 2, [], f"seed-{day}", channel=Channel.DESK):
            total += 1
            desk_or_any += q.channel in ("desk", "any")
    share_in_pool = sum(q.channel in ("desk", "any") for q in PACK.habit(2).questions) / len(PACK.habit(2).questions)
    assert desk_or_any / total > share_in_pool + 0.1


def test_daily_use_meets_no_repeat_for_three_weeks() -> None:
    """One question a day, every day on the same habit: 21 days, 21 different questions."""
    for habit in HABITS:
        history: list[list[str]] = []
        for day in range(len(PACK.habit(habit).questions)):
            asked = choose_questions(PACK, habit, history, f"day-{day}", count=1)
            history.insert(0, [asked[0].id])
        assert len({r[0] for r in history}) == len(history) >= 21


def _three_a_reflection(habit: int, channels: list[str | None], seed: str,
                        pack: ContentPack = PACK) -> list[list[str]]:
    """Reflections on one habit, oldest first, each asking three questions for its channel."""
    history: list[list[str]] = []  # newest first, as choose_questions wants it
    for day, channel in enumerate(channels):
        asked = choose_questions(pack, habit, history, f"{seed}-{day}", count=3, channel=channel)
        history.insert(0, [q.id for q in asked])
    return history[::-1]


def _assert_none_from_the_previous_fourteen(reflections: list[list[str]]) -> None:
    """Each reflection asks three different questions, none asked in the fourteen before it."""
    for index, reflection in enumerate(reflections):
        assert len(reflection) == len(set(reflection)) == 3, (index, reflection)
        previous = reflections[max(0, index - NO_REPEAT_WINDOW): index]
        recent = {qid for earlier in previous for qid in earlier}
        assert not set(reflection) & recent, (index, sorted(set(reflection) & recent))


def test_the_rule_needs_45_questions_per_habit() -> None:
    assert NO_REPEAT_WINDOW == 14 and 3 * (NO_REPEAT_WINDOW + 1) == 45
    for habit in HABITS:
        assert len(ids_of(habit)) >= 45


@pytest.mark.parametrize("habit", HABITS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_three_questions_a_reflection_never_repeat_from_the_previous_fourteen(habit, channel) -> None:
    """The built-in pool guarantees it: any fifteen reflections in a row ask 45 different questions."""
    reflections = _three_a_reflection(habit, [channel] * (6 * (NO_REPEAT_WINDOW + 1)), "daily")
    _assert_none_from_the_previous_fourteen(reflections)
    for start in range(len(reflections) - NO_REPEAT_WINDOW):
        run = {qid for r in reflections[start: start + NO_REPEAT_WINDOW + 1] for qid in r}
        assert len(run) == 3 * (NO_REPEAT_WINDOW + 1) == 45


@pytest.mark.parametrize("habit", HABITS)
@pytest.mark.parametrize("seed", ["cycle", "random-a", "random-b"])
def test_three_a_reflection_with_changing_channels_never_repeats_from_the_previous_fourteen(habit, seed) -> None:
    if seed == "cycle":
        channels = [CHANNELS[day % len(CHANNELS)] for day in range(100)]
    else:
        rng = random.Random(f"{seed}-{habit}")
        channels = [rng.choice(CHANNELS) for _ in range(100)]
    _assert_none_from_the_previous_fourteen(_three_a_reflection(habit, channels, seed))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(HABITS), st.lists(st.sampled_from(CHANNELS), min_size=1, max_size=80), st.text(max_size=8))
def test_any_channel_sequence_never_repeats_from_the_previous_fourteen(habit, channels, seed) -> None:
    _assert_none_from_the_previous_fourteen(_three_a_reflection(habit, channels, seed))


def _cut_to(size: int, habit: int = 1) -> ContentPack:
    """The built-in pack with one habit's pool cut to its first ``size`` questions."""
    short = PACK.habit(habit).model_copy(update={"questions": PACK.habit(habit).questions[:size]})
    return PACK.model_copy(update={"habits": tuple(short if h.number == habit else h for h in PACK.habits)})


def test_45_is_the_least_that_keeps_the_rule() -> None:
    """With 44 questions the fifteenth reflection must repeat one; with 45 it never has to."""
    channels = [None] * (3 * (NO_REPEAT_WINDOW + 1))
    _assert_none_from_the_previous_fourteen(_three_a_reflection(1, channels, "tight", pack=_cut_to(45)))
    short = _three_a_reflection(1, channels, "tight", pack=_cut_to(44))
    fifteenth, previous = short[NO_REPEAT_WINDOW], short[:NO_REPEAT_WINDOW]
    assert len({qid for r in previous for qid in r}) == 42  # only two fresh ones were left
    assert len(set(fifteenth) & {qid for r in previous for qid in r}) == 1


def test_daily_use_on_one_channel_keeps_to_its_questions_without_a_repeat_in_fourteen_days() -> None:
    for habit in HABITS:
        history: list[list[str]] = []
        for day in range(40):
            asked = choose_questions(PACK, habit, history, f"day-{day}", count=1, channel="desk")
            assert asked[0].id not in window(history)
            history.insert(0, [asked[0].id])
        # Each desk or any question is asked as often as the window allows: days 0, 14 and 28.
        suited = sum(PACK.question(r[0]).channel in ("desk", "any") for r in history)
        available = sum(q.channel in ("desk", "any") for q in PACK.habit(habit).questions)
        assert suited == min(40, 3 * available)


@settings(max_examples=100, deadline=None)
@given(any_histories(), st.text(max_size=12), st.integers(1, 5))
def test_without_a_channel_the_longest_unused_come_first(case, seed, count) -> None:
    habit, history = case
    age = {}
    for index, reflection in enumerate(history):
        for qid in reflection:
            age.setdefault(qid, index)
    never = len(history) + NO_REPEAT_WINDOW
    chosen = {q.id for q in choose_questions(PACK, habit, history, seed, count=count)}
    left_out = [age.get(qid, never) for qid in ids_of(habit) if qid not in chosen]
    assert min(age.get(qid, never) for qid in chosen) >= max(left_out)


def _small_pack() -> ContentPack:
    return ContentPack.model_validate({
        "format": "covey-coach-content", "version": 1, "name": "small",
        "habits": [{"number": 1, "questions": [
            {"id": "a", "channel": "desk", "en": "A?"},
            {"id": "b", "channel": "phone", "en": "B?"},
            {"id": "c", "channel": "chat", "en": "C?"},
            {"id": "d", "channel": "any", "en": "D?"},
        ]}],
    })


def test_small_pool_brings_back_the_least_recently_used() -> None:
    pack = _small_pack()
    history = [["a"], ["b"], ["c"]]  # d never used, c longest ago
    chosen = {q.id for q in choose_questions(pack, 1, history, "x", count=2)}
    assert chosen == {"d", "c"}
    chosen = {q.id for q in choose_questions(pack, 1, history, "x", count=3)}
    assert chosen == {"d", "c", "b"}


def test_count_beyond_the_pool_returns_every_question_once() -> None:
    pack = _small_pack()
    assert sorted(q.id for q in choose_questions(pack, 1, [], "x", count=10)) == ["a", "b", "c", "d"]
    assert choose_questions(pack, 1, [], "x", count=0) == []


def test_channel_preference_never_causes_a_repeat() -> None:
    pack = _small_pack()
    chosen = choose_questions(pack, 1, [["b"], ["d"]], "x", count=2, channel="phone")
    assert {q.id for q in chosen} == {"a", "c"}


def test_a_history_of_plain_ids_counts_each_as_one_reflection() -> None:
    pack = _small_pack()
    chosen = {q.id for q in choose_questions(pack, 1, ["a", "b"], "x", count=2)}
    assert chosen == {"c", "d"}


def test_unknown_habit_is_an_error() -> None:
    with pytest.raises(KeyError):
        choose_questions(_small_pack(), 2, [], "x")


def test_the_window_is_exactly_fourteen_reflections() -> None:
    pack = _small_pack()
    history = [["d"]] + [[] for _ in range(12)] + [["b"]]  # b was asked 14 reflections ago
    # Inside the window b is not asked again, even though it is the only phone question.
    assert choose_questions(pack, 1, history, "x", count=1, channel="phone")[0].id in {"a", "c"}
    # One reflection later it is outside the window, and the phone question leads again.
    assert choose_questions(pack, 1, [[]] + history, "x", count=1, channel="phone")[0].id == "b"
