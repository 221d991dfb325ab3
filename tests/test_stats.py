"""Statistics, rule by rule from CONTRACT "Definitions behind stats" and "stats --json"."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from rich.console import Console

from covey_coach.days import iso_week_label, iso_weeks
from covey_coach.i18n import Translator
from covey_coach.progress.schedule import Schedule, parse_day_range, parse_weekdays, rotation_rrule
from covey_coach.progress.stats import (
    Milestone,
    StatsSnapshot,
    best_streak,
    compute_stats,
    current_streak,
    habit_strength,
    habit_strengths,
    milestones_passed,
    strength_by_day,
    strength_by_week,
    strength_check,
    strength_multiplier,
    strength_step,
)
from covey_coach.progress.report import milestone_text, stats_renderable


@dataclass(frozen=True)
class E:
    day: date
    habit: int = 1
    rating: int = 3


def d(text: str) -> date:
    return date.fromisoformat(text)


def run(start: str, end: str, habit: int = 1, rating: int = 3) -> list[E]:
    first, last = d(start), d(end)
    return [E(first + timedelta(days=k), habit, rating) for k in range((last - first).days + 1)]


EVERY_DAY = Schedule()
MON_FRI = Schedule(weekdays=parse_weekdays("mon-fri"))


# --------------------------------------------------------------------------- streaks


def test_consecutive_days():
    entries = run("2026-11-18", "2026-11-22")
    assert current_streak(entries, EVERY_DAY, d("2026-11-22")) == 5
    assert best_streak(entries, EVERY_DAY, d("2026-11-22")) == 5


def test_today_not_yet_reflected_starts_at_the_day_before():
    entries = run("2026-11-18", "2026-11-21")
    assert current_streak(entries, EVERY_DAY, d("2026-11-22")) == 4
    # ... but once tomorrow comes, the missed scheduled day ends it.
    assert current_streak(entries, EVERY_DAY, d("2026-11-23")) == 0
    assert best_streak(entries, EVERY_DAY, d("2026-11-23")) == 4


def test_todays_reflection_counts():
    entries = run("2026-11-18", "2026-11-22")
    assert current_streak(entries[:-1], EVERY_DAY, d("2026-11-22")) == 4
    assert current_streak(entries, EVERY_DAY, d("2026-11-22")) == 5


def test_weekend_of_a_weekdays_only_schedule_is_passed_over():
    # Mon 16 .. Fri 20 reflected, Sat/Sun nothing, Mon 23 reflected.
    entries = run("2026-11-16", "2026-11-20") + [E(d("2026-11-23"))]
    assert current_streak(entries, MON_FRI, d("2026-11-23")) == 6
    assert current_streak(entries, MON_FRI, d("2026-11-22")) == 5  # Sunday: unscheduled, nothing to wait for
    assert current_streak(entries[:-1], MON_FRI, d("2026-11-23")) == 5  # Monday not over yet
    # Every day scheduled, the same weekend breaks it.
    assert current_streak(entries, EVERY_DAY, d("2026-11-23")) == 1


def test_a_day_off_inside_a_streak_does_not_break_it():
    entries = [e for e in run("2026-12-21", "2026-12-29") if e.day not in (d("2026-12-25"), d("2026-12-26"))]
    with_holiday = Schedule(off=[parse_day_range("2026-12-25..2026-12-26")])
    assert current_streak(entries, with_holiday, d("2026-12-29")) == 7
    assert current_streak(entries, EVERY_DAY, d("2026-12-29")) == 3


def test_a_reflection_on_a_day_off_adds_one():
    entries = run("2026-11-16", "2026-11-20") + [E(d("2026-11-21"))]  # + Saturday
    assert current_streak(entries, MON_FRI, d("2026-11-22")) == 6
    holiday = Schedule(off=[parse_day_range("2026-11-19")])
    assert current_streak(run("2026-11-16", "2026-11-20"), holiday, d("2026-11-20")) == 5


def test_a_missed_scheduled_day_ends_the_walk_and_best_remembers():
    entries = run("2026-11-01", "2026-11-10") + run("2026-11-12", "2026-11-14")
    assert current_streak(entries, EVERY_DAY, d("2026-11-14")) == 3
    assert best_streak(entries, EVERY_DAY, d("2026-11-14")) == 10


def test_days_before_the_first_entry_end_the_walk():
    # Weekend before the first entry is unscheduled, but it is before the journal: 1, not more.
    entries = [E(d("2026-11-23"))]
    assert current_streak(entries, MON_FRI, d("2026-11-23")) == 1
    assert current_streak(entries, MON_FRI, d("2026-11-22")) == 0  # T before any entry


def test_unscheduled_today_without_reflection_is_passed_over():
    entries = run("2026-11-16", "2026-11-20")
    assert current_streak(entries, MON_FRI, d("2026-11-21")) == 5


def test_several_entries_on_one_day_count_once():
    entries = [E(d("2026-11-20"), h) for h in (1, 2, 3)] + [E(d("2026-11-21"), 4)]
    s = compute_stats(entries, EVERY_DAY, d("2026-11-21"))
    assert (s.current_streak, s.best_streak, s.reflection_days, s.total_entries) == (2, 2, 2, 4)


def test_entries_after_t_are_left_out_of_every_figure():
    entries = run("2026-11-18", "2026-11-22", rating=2)
    later = [E(d("2026-11-23"), 5, 5), E(d("2026-12-02"), 1, 5)]
    as_of = d("2026-11-22")
    assert compute_stats(entries + later, EVERY_DAY, as_of).to_json() == compute_stats(entries, EVERY_DAY, as_of).to_json()
    s = compute_stats(entries + later, EVERY_DAY, as_of)
    assert s.total_entries == 5 and s.habits[5].entries == 0 and s.habits[1].mean_rating == 2
    assert s.weeks[-1].week == "2026-W47"


def test_turn_of_the_year_and_iso_week_53():
    entries = run("2026-12-28", "2027-01-03") + [E(d("2027-01-04"))]
    s = compute_stats(entries, EVERY_DAY, d("2027-01-04"))
    assert s.current_streak == 8
    assert [w.week for w in s.weeks] == ["2026-W53", "2027-W01"]
    w53 = s.weeks[0]
    assert (w53.start, w53.end) == (d("2026-12-28"), d("2027-01-03"))
    assert (w53.entries, w53.scheduled_days, w53.reflected_scheduled_days) == (7, 7, 7)
    assert s.weeks[1].start == d("2027-01-04") and s.weeks[1].scheduled_days == 1
    assert iso_week_label(d("2027-01-01")) == "2026-W53"
    assert iso_week_label(d("2025-12-29")) == "2026-W01"  # ISO year, not calendar year


def test_leap_day():
    entries = run("2028-02-27", "2028-03-01")
    s = compute_stats(entries, EVERY_DAY, d("2028-03-01"))
    assert s.current_streak == 4
    assert [w.week for w in s.weeks] == ["2028-W08", "2028-W09"]
    assert s.weeks[1].start == d("2028-02-28") and s.weeks[1].scheduled_days == 3  # 28, 29, 1 March
    only_leap = [e for e in entries if e.day != d("2028-02-29")]
    assert compute_stats(only_leap, EVERY_DAY, d("2028-03-01")).current_streak == 1


def test_rotating_four_on_four_off():
    rota = Schedule(rrule=rotation_rrule(d("2026-01-05"), on=4, off=4))
    on_days = run("2026-01-05", "2026-01-08") + run("2026-01-13", "2026-01-16")
    # 9..12 off: passed over; 17 (off) not reflected: passed over.
    assert current_streak(on_days, rota, d("2026-01-17")) == 8
    # 21 is the next on-day: not over yet on the 21st, over on the 22nd.
    assert current_streak(on_days, rota, d("2026-01-21")) == 8
    assert current_streak(on_days, rota, d("2026-01-22")) == 0
    s = compute_stats(on_days, rota, d("2026-01-18"))
    assert s.scheduled_days == 8 and s.reflected_scheduled_days == 8 and s.consistency == 1.0


# --------------------------------------------------------------------------- strength


def test_strength_checks_from_the_contract():
    assert strength_step(0.0, 1.0, 1.0) == pytest.approx(0.051922, abs=1e-6)
    assert strength_step(0.5, 1 / 3, 1.0) == pytest.approx(0.515157, abs=1e-6)
    score = 0.0
    for _ in range(20):
        score = strength_step(score, 1.0, strength_check(1, 1, 1))
    assert score == pytest.approx(0.655747, abs=1e-6)


def test_strength_checks_through_the_journal():
    daily = {1: (1, 1)}
    one = [E(d("2026-11-22"))]
    assert habit_strength(one, EVERY_DAY, d("2026-11-22"), 1, (1, 1)) == pytest.approx(0.051922, abs=1e-6)
    twenty = run("2026-11-03", "2026-11-22")
    assert compute_stats(twenty, EVERY_DAY, d("2026-11-22"), daily).habits[1].strength == pytest.approx(
        0.655747, abs=1e-6
    )
    assert compute_stats(twenty, EVERY_DAY, d("2026-11-22"), daily).to_json()["habits"]["1"]["strength"] == pytest.approx(
        0.655747, abs=1e-6
    )


def test_target_below_once_a_day_uses_a_doubled_window():
    # 1 per 7: n' = 2, d' = 14, so one YES is half a check.
    m = strength_multiplier(1 / 7)
    one = [E(d("2026-11-22"))]
    assert habit_strength(one, EVERY_DAY, d("2026-11-22"), 1) == pytest.approx(0.5 * (1 - m), abs=1e-12)
    # The YES stays in the window for 14 days, this day included, then drops out.
    by_day = strength_by_day(one, EVERY_DAY, d("2026-12-10"), 1)
    expected = 0.0
    for k in range(19):
        expected = expected * m + (0.5 if k < 14 else 0.0) * (1 - m)
        assert by_day[k][1] == pytest.approx(expected, abs=1e-12)


def test_skip_days_keep_the_score_and_no_days_lower_it():
    entries = [E(d("2026-11-20"))]  # a Friday
    friday = habit_strength(entries, MON_FRI, d("2026-11-20"), 1, (1, 1))
    assert habit_strength(entries, MON_FRI, d("2026-11-22"), 1, (1, 1)) == friday  # Sat, Sun: SKIP
    assert habit_strength(entries, MON_FRI, d("2026-11-23"), 1, (1, 1)) < friday  # Monday: NO
    assert habit_strength(entries, EVERY_DAY, d("2026-11-21"), 1, (1, 1)) < friday


def test_strength_starts_at_zero_on_the_journals_first_day():
    entries = [E(d("2026-11-01"), 2), E(d("2026-11-10"), 1)]
    series = strength_by_day(entries, EVERY_DAY, d("2026-11-10"), 1)
    assert series[0][0] == d("2026-11-01") and series[0][1] == 0.0
    assert all(score == 0.0 for _, score in series[:-1]) and series[-1][1] > 0


def test_habit_without_entries_has_strength_zero_and_no_mean():
    s = compute_stats(run("2026-11-01", "2026-11-10"), EVERY_DAY, d("2026-11-10"))
    assert s.habits[4].strength == 0.0 and s.habits[4].entries == 0 and s.habits[4].mean_rating is None
    assert s.to_json()["habits"]["4"]["mean_rating"] is None


def test_strength_by_week_ends_each_week_and_t():
    entries = run("2026-11-01", "2026-11-25")
    weekly = strength_by_week(entries, EVERY_DAY, d("2026-11-25"), 1)
    daily = dict(strength_by_day(entries, EVERY_DAY, d("2026-11-25"), 1))
    assert [w for w, _ in weekly] == ["2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    assert weekly[1][1] == daily[d("2026-11-08")]  # Sunday
    assert weekly[-1][1] == daily[d("2026-11-25")]  # T
    assert strength_by_week(entries, EVERY_DAY, d("2026-11-25"), 1, last=2) == weekly[-2:]
    s = compute_stats(entries, EVERY_DAY, d("2026-11-25"))
    assert s.strength_history(1) == weekly
    assert s.strength_history(1, last=12)[-1][1] == s.habits[1].strength


def test_targets_are_checked():
    with pytest.raises(ValueError):
        compute_stats([], EVERY_DAY, d("2026-11-22"), {1: (0, 7)})
    with pytest.raises(ValueError):
        compute_stats([], EVERY_DAY, d("2026-11-22"), {9: (1, 7)})
    s = compute_stats([], EVERY_DAY, d("2026-11-22"), {3: (2, 7)})
    assert s.habits[3].target == (2, 7) and s.habits[1].target == (1, 7)


def test_habit_strengths_matches_compute_stats():
    random.seed(7)
    entries = [E(d("2026-01-01") + timedelta(days=random.randrange(200)), random.randint(1, 7)) for _ in range(120)]
    s = compute_stats(entries, MON_FRI, d("2026-07-01"), {2: (3, 7)})
    assert habit_strengths(entries, MON_FRI, d("2026-07-01"), {2: (3, 7)}) == s.strengths


# --------------------------------------------------------------------------- weeks and the JSON shape


def test_weeks_count_scheduled_days_only_from_the_first_day_up_to_t():
    # First entry Wednesday 2026-11-18; T Tuesday 2026-11-24; Mon–Fri schedule.
    entries = [E(d("2026-11-18"), 5, 4), E(d("2026-11-18"), 5, 3), E(d("2026-11-21"), 2, 5), E(d("2026-11-24"), 1, 1)]
    s = compute_stats(entries, MON_FRI, d("2026-11-24"))
    first, last = s.weeks
    assert (first.week, first.start) == ("2026-W47", d("2026-11-16"))
    assert (first.entries, first.scheduled_days, first.reflected_scheduled_days) == (3, 3, 1)  # Wed Thu Fri; Sat is off
    assert (last.entries, last.scheduled_days, last.reflected_scheduled_days) == (1, 2, 1)  # Mon, Tue
    assert first.mean_rating == 4.0
    assert first.by_habit[5].entries == 2 and first.by_habit[5].mean_rating == 3.5
    assert set(first.by_habit) == {2, 5}
    assert s.scheduled_days == 5 and s.reflected_scheduled_days == 2 and s.consistency == pytest.approx(0.4)
    assert first.consistency == pytest.approx(1 / 3)


def test_weeks_without_entries_are_present():
    entries = [E(d("2026-10-01")), E(d("2026-11-20"))]
    s = compute_stats(entries, EVERY_DAY, d("2026-11-22"))
    labels = [w.week for w in s.weeks]
    assert labels == [label for label, _ in iso_weeks(d("2026-10-01"), d("2026-11-22"))]
    assert labels[0] == "2026-W40" and labels[-1] == "2026-W47" and len(labels) == 8
    assert s.weeks[3].entries == 0 and s.weeks[3].mean_rating is None and s.weeks[3].by_habit == {}


def test_json_shape_follows_the_contract():
    entries = [E(d("2026-11-16"), 5, 4), E(d("2026-11-17"), 5, 4), E(d("2026-11-18"), 1, 3), E(d("2026-11-19"), 1, 3)]
    data = compute_stats(entries, MON_FRI, d("2026-11-19")).to_json()
    json.dumps(data)  # plain JSON
    assert data["as_of"] == "2026-11-19"
    assert data["current_streak"] == 4 and data["best_streak"] == 4
    assert data["total_entries"] == 4 and data["reflection_days"] == 4
    assert list(data["habits"]) == ["1", "2", "3", "4", "5", "6", "7"]
    for habit in data["habits"].values():
        assert {"strength", "entries", "mean_rating"} <= set(habit)
    assert data["habits"]["5"]["entries"] == 2 and data["habits"]["5"]["mean_rating"] == 4.0
    assert data["habits"]["2"]["mean_rating"] is None
    (week,) = data["weeks"]
    assert week["week"] == "2026-W47" and week["start"] == "2026-11-16"
    assert week["entries"] == 4 and week["scheduled_days"] == 4 and week["reflected_scheduled_days"] == 4
    assert week["mean_rating"] == 3.5
    assert week["by_habit"] == {"1": {"entries": 2, "mean_rating": 3.0}, "5": {"entries": 2, "mean_rating": 4.0}}


def test_empty_journal():
    s = compute_stats([], EVERY_DAY, d("2026-11-22"))
    data = s.to_json()
    json.dumps(data)
    assert data["current_streak"] == 0 and data["best_streak"] == 0
    assert data["total_entries"] == 0 and data["reflection_days"] == 0 and data["weeks"] == []
    assert all(data["habits"][str(h)]["mean_rating"] is None and data["habits"][str(h)]["strength"] == 0 for h in range(1, 8))
    assert s.consistency is None
    assert current_streak([], None, d("2026-11-22")) == 0
    assert strength_by_day([], None, d("2026-11-22"), 1) == [] and strength_by_week([], None, d("2026-11-22"), 1) == []


# --------------------------------------------------------------------------- neglected habit and milestones


def test_neglected_habit_is_the_weakest_then_fewest_entries_then_lowest_number():
    as_of = d("2026-11-22")
    entries = [E(d("2026-11-22"), h) for h in range(1, 8)]
    assert compute_stats(entries, EVERY_DAY, as_of).neglected_habit == 1  # all equal: lowest number
    # Habit 3 reflected on long ago: strength decayed to below the others'.
    entries = [E(d("2026-11-22"), h) for h in (1, 2, 4, 5, 6, 7)] + [E(d("2026-01-05"), 3)]
    assert compute_stats(entries, EVERY_DAY, as_of).neglected_habit == 3
    # 6 and 7 both at 0 with no entries (6's only entry is after T): the lower number.
    entries = [E(d("2026-11-22"), h) for h in (1, 2, 3, 4, 5)] + [E(d("2026-11-23"), 6)]
    assert compute_stats(entries, EVERY_DAY, as_of).neglected_habit == 6


def test_neglected_tie_on_strength_goes_to_fewest_entries():
    from covey_coach.progress.stats import HabitStats, Stats

    habits = {h: HabitStats(h, 0.5, 3, 3.0) for h in range(1, 8)}
    habits[4] = HabitStats(4, 0.2, 5, 3.0)
    habits[6] = HabitStats(6, 0.2, 2, 3.0)
    stats = Stats(d("2026-11-22"), d("2026-11-01"), 0, 0, 0, 0, 0, 0, habits, [])
    assert stats.neglected_habit == 6


def test_milestones_passed():
    before = StatsSnapshot(2, 10, {1: 0.20, 2: 0.74})
    after = StatsSnapshot(14, 14, {1: 0.26, 2: 0.91})
    assert milestones_passed(before, after) == [
        Milestone("streak", 3),
        Milestone("streak", 7),
        Milestone("streak", 14),
        Milestone("strength", 0.25, 1),
        Milestone("strength", 0.75, 2),
        Milestone("strength", 0.90, 2),
    ]
    assert milestones_passed(after, after) == []
    assert milestones_passed(StatsSnapshot(364, 364, {}), StatsSnapshot(365, 365, {})) == [Milestone("streak", 365)]


def test_milestone_from_one_more_reflection():
    entries = run("2026-11-16", "2026-11-21")
    before = compute_stats(entries, EVERY_DAY, d("2026-11-22")).snapshot()
    after = compute_stats(entries + [E(d("2026-11-22"))], EVERY_DAY, d("2026-11-22")).snapshot()
    assert Milestone("streak", 7) in milestones_passed(before, after)
    assert milestone_text(Milestone("streak", 7), Translator("nl")) == "7 dagen achter elkaar: een mijlpaal!"
    assert "Wees proactief" in milestone_text(Milestone("strength", 0.5, 1), Translator("nl"))
    assert "50%" in milestone_text(Milestone("strength", 0.5, 1), Translator("en"))


# --------------------------------------------------------------------------- speed


def test_ten_year_journal_is_fast():
    random.seed(3)
    start = d("2016-01-01")
    entries = [
        E(start + timedelta(days=random.randrange(3650)), random.randint(1, 7), random.randint(1, 5))
        for _ in range(3500)
    ]
    schedules = [
        MON_FRI.model_copy(update={"off": [parse_day_range("2020-12-24..2021-01-03")]}),
        Schedule(rrule=rotation_rrule(d("2015-12-28"), 4, 4)),
    ]
    for schedule in schedules:
        data = compute_stats(entries, schedule, d("2026-01-01")).to_json()
        assert len(data["weeks"]) == 523 and sum(w["entries"] for w in data["weeks"]) == 3500


# --------------------------------------------------------------------------- the readable report


def _render(stats, lang: str, **kw) -> str:
    console = Console(record=True, width=100, color_system=None)
    console.print(stats_renderable(stats, Translator(lang), **kw))
    return console.export_text()


def test_report_in_english_and_dutch():
    entries = [E(d("2026-11-16") + timedelta(days=k), 1 + k % 7, 3 + k % 2) for k in range(6)]
    entries += [E(d("2026-11-02"), 2, 4)] + run("2026-11-09", "2026-11-13", 5, 4)
    schedule = MON_FRI.model_copy(update={"off": [parse_day_range("2026-12-24..2026-12-26")]})
    stats = compute_stats(entries, schedule, d("2026-11-22"))
    assert (stats.current_streak, stats.best_streak) == (11, 11)

    en = _render(stats, "en", schedule=schedule)
    assert "Current streak" in en and "11 days" in en and "Best streak" in en
    assert "22 November 2026" in en and "Mon–Fri, 3 days off" in en and "Be proactive" in en
    assert "3.5" in en or "3.7" in en

    nl = _render(stats, "nl", schedule=schedule)
    assert "Huidige reeks" in nl and "11 dagen" in nl and "Langste reeks" in nl
    assert "22 november 2026" in nl and "ma–vr, 3 vrije dagen" in nl and "Wees proactief" in nl
    assert "Eigenschap" in nl and "Gewoonte" not in nl and "Current streak" not in nl
    mean = stats.weeks[-1].mean_rating
    assert f"{mean:.1f}".replace(".", ",") in nl  # Dutch decimal comma
    # Weeks and dates as a person reads them; the year only where it is not the year of as_of.
    assert "week 47" in nl and "16 nov." in nl and "2026-W47" not in nl and "16 nov. 2026" not in nl
    assert "week 47" in en and "16 Nov" in en and "16 Nov 2026" not in en
    later = compute_stats(entries, schedule, d("2027-01-10"))
    assert "16 nov. 2026" in _render(later, "nl", schedule=schedule), "another year's week: its date says so"


def test_report_for_an_empty_journal():
    stats = compute_stats([], None, d("2026-11-22"))
    en = _render(stats, "en")
    nl = _render(stats, "nl")
    assert "0 days" in en and "No reflections yet" in en
    assert "0 dagen" in nl and "Nog geen reflecties" in nl


def test_catalogues_have_the_same_keys():
    import tomllib
    from importlib import resources

    def keys(lang: str) -> set[str]:
        text = resources.files("covey_coach.i18n").joinpath(lang, "stats.toml").read_text("utf-8")
        out: set[str] = set()

        def walk(prefix, table):
            for k, v in table.items():
                if isinstance(v, dict):
                    walk(f"{prefix}{k}.", v)
                else:
                    out.add(prefix + k)

        walk("", tomllib.loads(text))
        return out

    assert keys("en") == keys("nl")
