"""The weekly review and milestone notes: pure functions of entries, reviews and a schedule."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from covey_coach.models import Entry, WeeklyReview
from covey_coach.progress.schedule import Schedule
from covey_coach.progress.weekly import review_due, summarise_last_week, todays_milestones

MONDAY = date(2026, 11, 23)


def entry(day: date, habit: int = 5, commitment: str = "") -> Entry:
    return Entry(created_at=datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(hours=20),
                 day=day, habit=habit, rating=4, encounter="x", commitment=commitment)


def review(week: str, habit: int = 3) -> WeeklyReview:
    return WeeklyReview(week=week, created_at=datetime(2026, 11, 16, 9, tzinfo=timezone.utc), focus_habit=habit)


def test_review_is_due_once_a_week_after_the_first_week() -> None:
    assert not review_due([], [], MONDAY), "a new user starts with a reflection"
    assert not review_due([entry(MONDAY)], [], MONDAY), "the journal started this week"
    history = [entry(MONDAY - timedelta(days=2))]
    assert review_due(history, [], MONDAY)
    assert review_due(history, [review("2026-W47")], MONDAY + timedelta(days=3)), "last week's review is not this one"
    assert not review_due(history, [review("2026-W48")], MONDAY + timedelta(days=6))


def test_summary_of_last_week() -> None:
    entries = [entry(date(2026, 11, 10), 1), entry(date(2026, 11, 17), 5, "ask the name first"),
               entry(date(2026, 11, 18), 5), entry(date(2026, 11, 22), 2), entry(MONDAY, 4, "not last week")]
    summary = summarise_last_week(entries, [review("2026-W47", 5)], Schedule(), MONDAY)
    assert summary.week is not None and summary.week.week == "2026-W47"
    assert summary.week.entries == 3 and summary.week.scheduled_days == 7
    assert summary.strongest_growth is not None and summary.strongest_growth[0] == 5
    assert [e.commitment for e in summary.commitments] == ["ask the name first"]
    assert summary.previous_focus == 5
    assert summary.suggested_focus in (3, 6, 7), "one of the habits never practised is the weakest"
    assert summary.suggested_focus == 3, "ties go to the fewest entries, then Covey's order"


def test_milestone_note_on_the_day_it_is_reached_only() -> None:
    week = [entry(MONDAY - timedelta(days=k)) for k in range(1, 7)]  # six days in a row up to yesterday
    assert [m for m in todays_milestones(week, Schedule(), MONDAY - timedelta(days=1)) if m.kind == "streak"] == [], \
        "going from 5 to 6 days passes no milestone"
    seven = week + [entry(MONDAY)]
    notes = todays_milestones(seven, Schedule(), MONDAY)
    assert [(m.kind, m.value) for m in notes if m.kind == "streak"] == [("streak", 7)]
    # The day after, without a new reflection, the note is gone.
    assert [m for m in todays_milestones(seven, Schedule(), MONDAY + timedelta(days=1)) if m.kind == "streak"] == []
