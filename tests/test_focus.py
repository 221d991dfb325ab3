"""This week's focus: one rule, from what was known before the week began (issue 12)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from covey_coach.models import Entry, WeeklyReview
from covey_coach.progress.focus import focus_for, suggested_focus
from covey_coach.progress.schedule import Schedule
from covey_coach.progress.stats import compute_stats
from covey_coach.progress.weekly import summarise_last_week

MONDAY = date(2026, 11, 23)
ZONE = timezone(timedelta(hours=1))
WEEKDAYS = Schedule(weekdays=[0, 1, 2, 3, 4])


def entry(day: date, habit: int, n: int = 0) -> Entry:
    return Entry(id=f"e-{day}-{habit}-{n}", created_at=datetime.combine(day, time(18, n), tzinfo=ZONE), day=day,
                 habit=habit, encounter="x", rating=3)


def history() -> list[Entry]:
    """Three weeks on habits 1-6; habit 7 never, habit 2 long ago."""
    days = [MONDAY - timedelta(days=k) for k in range(1, 22)]
    return [entry(d, (i % 6) + 1) for i, d in enumerate(days)]


def test_saving_this_week_cannot_move_the_suggestion() -> None:
    before = history()
    stats = compute_stats(before, WEEKDAYS, MONDAY + timedelta(days=2))
    first = suggested_focus(before, stats, MONDAY + timedelta(days=2))
    assert first == 7, "the habit never practised is the weakest"
    # a whole week of reflections on that very habit, and more on others, this week
    after = before + [entry(MONDAY + timedelta(days=k), 7, k) for k in range(3)] + [entry(MONDAY, 3, 9)]
    later = compute_stats(after, WEEKDAYS, MONDAY + timedelta(days=2))
    assert suggested_focus(after, later, MONDAY + timedelta(days=2)) == first
    assert focus_for(after, [], MONDAY + timedelta(days=2), later).habit == first


def test_the_rule_is_the_weakest_habit_as_of_last_sunday() -> None:
    entries = history()[3:]  # not every habit equal: the ties rule is not all that decides
    sunday = MONDAY - timedelta(days=1)
    expected = compute_stats(entries, WEEKDAYS, sunday).neglected_habit
    for day in (MONDAY, MONDAY + timedelta(days=6)):
        assert suggested_focus(entries, compute_stats(entries, WEEKDAYS, day), day) == expected


def test_a_weekly_review_decides_and_says_when() -> None:
    entries = history()
    stats = compute_stats(entries, WEEKDAYS, MONDAY + timedelta(days=3))
    review = WeeklyReview(week="2026-W48", created_at=datetime.combine(MONDAY, time(8), tzinfo=ZONE), focus_habit=2)
    focus = focus_for(entries, [review], MONDAY + timedelta(days=3), stats)
    assert (focus.habit, focus.source, focus.chosen_on) == (2, "review", MONDAY)
    last_week = WeeklyReview(week="2026-W47", created_at=datetime.combine(MONDAY - timedelta(days=7), time(8),
                                                                          tzinfo=ZONE), focus_habit=4)
    assert focus_for(entries, [last_week], MONDAY, stats).source == "suggested", "last week's choice is over"


def test_the_review_suggests_what_today_shows() -> None:
    entries = history() + [entry(MONDAY, 7)]
    stats = compute_stats(entries, WEEKDAYS, MONDAY)
    summary = summarise_last_week(entries, [], WEEKDAYS, MONDAY, stats=stats)
    assert summary.suggested_focus == focus_for(entries, [], MONDAY, stats).habit == 7


def test_a_week_without_reflections_grew_nothing() -> None:
    # reflections two weeks back still raise strength last week: the review must not call that growth
    entries = [entry(MONDAY - timedelta(days=k), 7) for k in (8, 9, 10)]
    summary = summarise_last_week(entries, [], WEEKDAYS, MONDAY)
    assert summary.week is not None and summary.week.entries == 0
    assert compute_stats(entries, WEEKDAYS, MONDAY).week("2026-W47").strength[7] > \
        compute_stats(entries, WEEKDAYS, MONDAY).week("2026-W46").strength[7], "strength did rise"
    assert summary.strongest_growth is None


def test_growth_is_in_whole_points_among_the_habits_reflected_on() -> None:
    entries = [entry(MONDAY - timedelta(days=k), 7) for k in (8, 9)] + [entry(MONDAY - timedelta(days=3), 2)]
    summary = summarise_last_week(entries, [], WEEKDAYS, MONDAY)
    assert summary.strongest_growth is not None
    habit, points = summary.strongest_growth
    assert habit == 2 and isinstance(points, int) and points >= 1
