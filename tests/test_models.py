"""Entries and the day-start rule (late shifts end after midnight)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from covey_coach.days import day_of, parse_day
from covey_coach.models import Entry

AMS = ZoneInfo("Europe/Amsterdam")
ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("posix", "right")))[:400]


def test_a_reflection_after_midnight_belongs_to_the_day_before() -> None:
    assert day_of(datetime(2026, 11, 21, 1, 30, tzinfo=AMS)) == date(2026, 11, 20)
    assert day_of(datetime(2026, 11, 21, 3, 59, 59, tzinfo=AMS)) == date(2026, 11, 20)
    assert day_of(datetime(2026, 11, 21, 4, 0, tzinfo=AMS)) == date(2026, 11, 21)
    assert day_of(datetime(2026, 11, 21, 1, 30, tzinfo=AMS), day_start_hour=0) == date(2026, 11, 21)


def test_the_day_is_the_local_one_not_utc() -> None:
    # 23:30 in Amsterdam is 22:30 UTC the same evening; 20:00 UTC is already 09:00 next morning in Auckland.
    assert day_of(datetime(2026, 11, 20, 23, 30, tzinfo=AMS)) == date(2026, 11, 20)
    moment = datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc).astimezone(ZoneInfo("Pacific/Auckland"))
    assert day_of(moment) == date(2026, 11, 21)


@given(
    moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                        timezones=st.sampled_from(ZONES).map(ZoneInfo)),
    start=st.integers(min_value=0, max_value=23),
)
def test_day_start_rule_for_any_time_and_zone(moment: datetime, start: int) -> None:
    day = day_of(moment, start)
    local = moment.astimezone(moment.tzinfo)
    assert day in (local.date(), local.date() - timedelta(days=1))
    assert (day == local.date()) == (local.hour >= start)


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "20261101", "yesterday", "13-13-2026", "26-1-1", ""])
def test_parse_day_refuses_non_dates(bad: str) -> None:
    with pytest.raises(ValueError, match="dd-mm-yyyy or yyyy-mm-dd"):
        parse_day(bad)


def test_parse_day_reads_both_forms_year_first_or_day_first() -> None:
    assert parse_day("2026-1-2") == parse_day("02-01-2026") == parse_day("2-1-2026") == date(2026, 1, 2)


def test_leap_day_is_a_date() -> None:
    assert parse_day("2028-02-29") == date(2028, 2, 29)


def minimal(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {"created_at": "2026-11-20T18:00:00+01:00", "day": "2026-11-20",
                               "habit": 5, "rating": 4, "encounter": "x"}
    base.update(changes)
    return base


@pytest.mark.parametrize("changes", [
    {"habit": 8}, {"habit": 0}, {"rating": 0}, {"rating": 6}, {"energy": 9}, {"habit": "5"},
    {"encounter": "   "}, {"created_at": "2026-11-20T18:00:00"}, {"principles": ["Not A Slug"]},
    {"unknown": 1}, {"channel": "fax"},
])
def test_entry_refuses_bad_fields(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Entry.model_validate(minimal(**changes))


def test_entry_defaults() -> None:
    entry = Entry.model_validate(minimal())
    assert len(entry.id) == 32 and entry.private is False and entry.answers == [] and entry.schema_version == 1
    assert Entry.model_validate(minimal(tags=["a", "a", "b"])).tags == ["a", "b"]
