"""The schedule's history (CONTRACT "Schedule"): periods, ``--from``, the RRULE anchor on the first day
of its period, days off over every period, the words, and the speed of the expansion."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from covey_coach.i18n import Translator
from covey_coach.journal.settings import Settings
from covey_coach.progress.schedule import (
    Period,
    Rule,
    Schedule,
    ScheduleHistory,
    as_history,
    parse_day_range,
    period_lines,
    rotation_rrule,
)
from covey_coach.progress.stats import compute_stats

D = date(2026, 11, 2)  # a Monday


@dataclass(frozen=True)
class E:
    """What the statistics read from an entry."""

    day: date
    habit: int
    rating: int


def days(start: date, count: int) -> list[date]:
    return [start + timedelta(days=k) for k in range(count)]


def history(*periods: Period, off: str | None = None) -> ScheduleHistory:
    return ScheduleHistory(periods=list(periods), off=[parse_day_range(off)] if off else [])


# -- the model ----------------------------------------------------------------------------------


def test_the_default_is_every_day_from_the_start():
    h = ScheduleHistory()
    assert h.periods == [Period()] and h.off == []
    assert all(h.is_scheduled(x) for x in days(D, 30))
    assert as_history(None) == h


def test_changed_from_keeps_what_held_before_and_replaces_what_came_after():
    h = ScheduleHistory().changed_from(D, Rule(weekdays=[0])).changed_from(D + timedelta(days=30), Rule(weekdays=[1]))
    assert [p.start for p in h.periods] == [None, D, D + timedelta(days=30)]
    again = h.changed_from(D + timedelta(days=10), Rule(weekdays=[2]))
    assert again.periods == [Period(), Period(start=D, weekdays=[0]),
                             Period(start=D + timedelta(days=10), weekdays=[2])]
    same_day = h.changed_from(D, Rule(weekdays=[4]))
    assert same_day.periods == [Period(), Period(start=D, weekdays=[4])], "a period from the same day is replaced"
    assert h.replaced(Rule(weekdays=[3])).periods == [Period(weekdays=[3])]


def test_each_period_holds_until_the_next_one_begins():
    h = history(Period(weekdays=[0, 1, 2, 3, 4]), Period(start=D + timedelta(days=5), weekdays=[5, 6]))
    window = days(D - timedelta(days=7), 21)
    got = {x for x in window if h.is_scheduled(x)}
    weekdays_before = {x for x in window if x < D + timedelta(days=5) and x.weekday() < 5}
    weekend_after = {x for x in window if x >= D + timedelta(days=5) and x.weekday() >= 5}
    assert got == weekdays_before | weekend_after
    assert h.scheduled_days(window[0], window[-1]) == got
    assert h.period_on(D + timedelta(days=4)) == h.periods[0] and h.period_on(D + timedelta(days=5)) == h.periods[1]


def test_days_off_hold_whatever_rule_is_in_force():
    h = history(Period(), Period(start=D, rrule="FREQ=DAILY;INTERVAL=2"), off="2026-10-31..2026-11-04")
    assert not any(h.is_scheduled(x, first_day=date(2026, 1, 1)) for x in days(date(2026, 10, 31), 5))
    assert h.is_scheduled(date(2026, 10, 30)) and h.is_scheduled(date(2026, 11, 6))


@pytest.mark.parametrize("periods, fragment", [
    ([], "at least one period"),
    ([{"start": "2026-11-02"}], "holds from the start"),
    ([{"start": None}, {"start": None}], "needs a date"),
    ([{"start": None}, {"start": "2026-12-01"}, {"start": "2026-11-01"}], "later date"),
    ([{"start": None}, {"start": "2026-12-01"}, {"start": "2026-12-01"}], "later date"),
    ([{"start": None, "weekdays": [9]}], "0 (Monday) to 6"),
])
def test_a_history_that_does_not_read_is_refused_in_one_sentence(periods: list[dict], fragment: str):
    with pytest.raises(ValidationError) as info:
        ScheduleHistory.model_validate({"periods": periods})
    assert fragment in info.value.errors()[0]["msg"]


def test_the_stored_shape_is_plain_json_and_round_trips():
    h = history(Period(weekdays=[0, 1]), Period(start=D, rrule=rotation_rrule(D, 4, 4)), off="2026-12-25")
    stored = json.loads(json.dumps(h.model_dump(mode="json")))
    assert stored["periods"][0] == {"start": None, "weekdays": [0, 1], "rrule": None}
    assert stored["periods"][1]["start"] == "2026-11-02"
    assert stored["off"] == [{"start": "2026-12-25", "end": "2026-12-25"}]
    assert ScheduleHistory.model_validate(stored) == h


def test_one_rule_stands_for_a_history_of_one_period():
    one = Schedule(weekdays=[0, 2], off=[parse_day_range("2026-12-25")])
    assert Settings(schedule=one).schedule == one.history() == history(Period(weekdays=[0, 2]), off="2026-12-25")
    assert as_history(one) == one.history()


# -- the anchor of an RRULE without DTSTART -----------------------------------------------------


@pytest.mark.parametrize("first_day", [date(2026, 1, 1), date(2026, 10, 30), D + timedelta(days=1)])
def test_an_rrule_without_dtstart_starts_on_the_first_day_of_its_period(first_day: date):
    h = ScheduleHistory().changed_from(D, Rule(rrule="FREQ=DAILY;INTERVAL=2"))
    got = [x for x in days(D, 7) if h.is_scheduled(x, first_day=first_day)]
    assert got == [D, D + timedelta(days=2), D + timedelta(days=4), D + timedelta(days=6)]
    assert sorted(h.scheduled_days(D, D + timedelta(days=6), first_day)) == got


def test_in_the_period_from_the_start_it_starts_on_the_journals_first_day():
    h = ScheduleHistory().replaced(Rule(rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"))
    assert h.scheduled_days(D, D + timedelta(days=20), first_day=D) == {D, D + timedelta(days=14)}
    assert h.scheduled_days(D, D + timedelta(days=20), first_day=D + timedelta(days=7)) == {D + timedelta(days=7)}


def test_an_rrule_with_dtstart_keeps_its_own_start_inside_a_period():
    h = ScheduleHistory().changed_from(D, Rule(rrule="DTSTART:20261101 RRULE:FREQ=DAILY;INTERVAL=2"))
    assert h.scheduled_days(D - timedelta(days=2), D + timedelta(days=3)) == {
        D - timedelta(days=2), D - timedelta(days=1), D + timedelta(days=1), D + timedelta(days=3)}, \
        "before D the first period (every day) holds; from D the rule's own DTSTART counts"


# -- properties ---------------------------------------------------------------------------------

CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
weekday_sets = st.sets(st.integers(0, 6), min_size=1).map(sorted)
offsets = st.integers(0, 200)


def both_ways(chosen: list[int]) -> tuple[Rule, Rule]:
    return Rule(weekdays=chosen), Rule(rrule="FREQ=WEEKLY;BYDAY=" + ",".join(CODES[d] for d in chosen))


@settings(deadline=None, max_examples=150)
@given(first=weekday_sets, later=st.lists(st.tuples(st.integers(1, 150), weekday_sets), max_size=3),
       first_day=offsets, span=st.integers(0, 120), off=st.lists(st.tuples(offsets, st.integers(0, 5)), max_size=2))
def test_weekdays_and_weekly_rrules_are_the_same_days_over_any_history(first, later, first_day, span, off):
    built: list[ScheduleHistory] = []
    for way in (0, 1):
        h = ScheduleHistory().replaced(both_ways(first)[way])
        for start, chosen in later:
            h = h.changed_from(D + timedelta(days=start), both_ways(chosen)[way])
        built.append(h.with_off(parse_day_range(f"{D + timedelta(days=a)}..{D + timedelta(days=a + n)}")
                                for a, n in off))
    journal_first = D + timedelta(days=first_day)
    end = journal_first + timedelta(days=span)
    a, b = built
    assert a.scheduled_days(journal_first, end, journal_first) == b.scheduled_days(journal_first, end, journal_first)


entries_st = st.lists(st.tuples(st.integers(0, 300), st.integers(1, 7), st.integers(1, 5)), min_size=1, max_size=50)


@settings(deadline=None, max_examples=150)
@given(entries=entries_st, first=weekday_sets, later=st.none() | st.tuples(st.integers(1, 300), weekday_sets),
       as_of=st.integers(-3, 320))
def test_weekdays_and_the_equivalent_rrule_give_identical_stats_json(entries, first, later, as_of):
    """The property behind the CLI one in test_cli_schedule.py, over many more random journals."""
    journal = [E(D + timedelta(days=k), habit, rating) for k, habit, rating in entries]
    outputs = []
    for way in (0, 1):
        h = ScheduleHistory().replaced(both_ways(first)[way])
        if later is not None:
            h = h.changed_from(D + timedelta(days=later[0]), both_ways(later[1])[way])
        outputs.append(json.dumps(compute_stats(journal, h, D + timedelta(days=as_of)).to_json()))
    assert outputs[0] == outputs[1]


rules_st = st.one_of(
    weekday_sets.map(lambda w: Rule(weekdays=w)),
    st.just(Rule()),
    st.tuples(st.integers(1, 4), st.integers(1, 4)).map(lambda t: Rule(rrule=f"FREQ=DAILY;INTERVAL={t[0] + t[1]}")),
    st.tuples(offsets, st.integers(1, 4), st.integers(0, 4)).map(
        lambda t: Rule(rrule=rotation_rrule(D + timedelta(days=t[0] - 100), t[1], t[2]))),
)


@settings(deadline=None, max_examples=150)
@given(first=rules_st, later=st.lists(st.tuples(st.integers(1, 150), rules_st), max_size=3),
       first_day=offsets, start=st.integers(-20, 200), span=st.integers(0, 90))
def test_scheduled_days_and_the_mask_agree_with_is_scheduled(first, later, first_day, start, span):
    h = ScheduleHistory().replaced(first)
    for offset, rule in later:
        h = h.changed_from(D + timedelta(days=offset), rule)
    journal_first = D + timedelta(days=first_day)
    lo = D + timedelta(days=start)
    window = days(lo, span + 1)
    expected = {x for x in window if h.is_scheduled(x, journal_first)}
    assert h.scheduled_days(lo, window[-1], journal_first) == expected
    assert h.scheduled_mask(lo, window[-1], journal_first) == [x in expected for x in window]


@settings(deadline=None, max_examples=100)
@given(entries=entries_st, change=st.integers(1, 300), rule=rules_st, as_of=st.integers(0, 320))
def test_a_change_from_a_date_leaves_every_figure_before_it_as_it_was(entries, change, rule, as_of):
    journal = [E(D + timedelta(days=k), habit, rating) for k, habit, rating in entries]
    old = ScheduleHistory().replaced(Rule(weekdays=[0, 1, 2, 3, 4]))
    new = old.changed_from(D + timedelta(days=change), rule)
    eve = D + timedelta(days=change - 1)
    assert compute_stats(journal, new, eve).to_json() == compute_stats(journal, old, eve).to_json()
    t = D + timedelta(days=as_of)
    before = [w for w in compute_stats(journal, old, t).weeks if w.end < D + timedelta(days=change)]
    after = [w for w in compute_stats(journal, new, t).weeks if w.end < D + timedelta(days=change)]
    assert after == before


# -- words --------------------------------------------------------------------------------------


def test_the_periods_in_words_in_both_languages():
    h = history(Period(weekdays=[0, 1, 2, 3, 4]), Period(start=date(2027, 1, 4), rrule="FREQ=DAILY;INTERVAL=2"),
                Period(start=date(2027, 3, 1), rrule=rotation_rrule(date(2027, 3, 1), 4, 4)), off="2027-02-01")
    assert period_lines(h, Translator("en")) == [
        "From the start to 3 Jan 2027: Mon–Fri",
        "From 4 Jan 2027 to 28 Feb 2027: By the rule FREQ=DAILY;INTERVAL=2",
        "From 1 Mar 2027: 4 days on, 4 days off, from 1 Mar 2027",
    ]
    assert period_lines(h, Translator("nl")) == [
        "Vanaf het begin tot en met 3 jan. 2027: ma–vr",
        "Van 4 jan. 2027 tot en met 28 feb. 2027: Volgens de regel FREQ=DAILY;INTERVAL=2",
        "Vanaf 1 mrt. 2027: 4 dagen werken, 4 dagen vrij, vanaf 1 mrt. 2027",
    ]
    assert period_lines(h, Translator("nl"), date(2027, 6, 1))[1] == \
        "Van 4 jan. tot en met 28 feb.: Volgens de regel FREQ=DAILY;INTERVAL=2", "this year's dates: no year"
    assert h.describe(Translator("en")) == "From 1 Mar 2027: 4 days on, 4 days off, from 1 Mar 2027, 1 day off"
    assert h.describe(Translator("nl")) == \
        "Vanaf 1 mrt. 2027: 4 dagen werken, 4 dagen vrij, vanaf 1 mrt. 2027, 1 vrije dag"


def test_a_weekly_rrule_reads_as_the_weekdays_it_names():
    a, b = both_ways([0, 1])
    t = Translator("en")
    assert ScheduleHistory().replaced(a).describe(t) == ScheduleHistory().replaced(b).describe(t) == "Mon, Tue"


# -- speed --------------------------------------------------------------------------------------


def test_ten_years_of_a_history_with_a_rota_are_expanded_once():
    start = date(2016, 1, 4)
    h = ScheduleHistory().replaced(Rule(weekdays=[0, 1, 2, 3, 4]))
    h = h.changed_from(date(2019, 6, 3), Rule(rrule="FREQ=DAILY;INTERVAL=3"))
    h = h.changed_from(date(2022, 1, 3), Rule(rrule=rotation_rrule(date(2022, 1, 3), 4, 4)))
    h = h.with_off([parse_day_range("2020-12-24..2021-01-02")])
    # Timings are for benchmarks/; here: the second question is answered from the cache, not expanded again.
    from covey_coach.progress.schedule import history as history_module

    mask = h.scheduled_mask(start, date(2025, 12, 31), first_day=start)
    hits = history_module._scheduled_days.cache_info().hits  # noqa: SLF001
    assert h.scheduled_mask(start, date(2025, 12, 31), first_day=start) == mask
    assert history_module._scheduled_days.cache_info().hits == hits + 1  # noqa: SLF001
    assert 1500 < sum(mask) < 2500
