"""The schedule as one rule: weekdays, RRULE rotas, days off, the CLI's parsers and the words.

The history of such rules (periods, ``--from``, the anchor of an RRULE) is in test_schedule_history.py.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from dateutil.rrule import rrulestr
from pydantic import ValidationError

from covey_coach.i18n import Translator
from covey_coach.progress.schedule import (
    DayRange,
    Schedule,
    parse_day_range,
    parse_weekdays,
    rotation_rrule,
    rrule_has_start,
    validate_rrule,
)


def d(text: str) -> date:
    return date.fromisoformat(text)


def days(start: str, end: str) -> list[date]:
    first, last = d(start), d(end)
    return [first + timedelta(days=k) for k in range((last - first).days + 1)]


# --------------------------------------------------------------------------- the model


def test_default_is_every_day_without_days_off():
    s = Schedule()
    assert s.weekdays is None and s.rrule is None and s.off == []
    assert all(s.is_scheduled(day) for day in days("2026-12-20", "2027-01-10"))
    assert s.kind == "every_day"


@pytest.mark.parametrize(
    "schedule",
    [
        Schedule(),
        Schedule(weekdays=[4, 0, 1, 0], off=[DayRange(start=d("2026-12-24"), end=d("2026-12-26"))]),
        Schedule(rrule="FREQ=WEEKLY;BYDAY=MO,TU"),
        Schedule(rrule=rotation_rrule(d("2026-01-05"), 4, 4), off=[parse_day_range("2026-12-25")]),
    ],
)
def test_round_trips_through_the_settings_file(schedule: Schedule):
    stored = json.loads(json.dumps(schedule.model_dump(mode="json")))
    again = Schedule.model_validate(stored)
    assert again == schedule
    first = d("2026-01-07")
    assert again.scheduled_days(d("2026-01-01"), d("2027-01-31"), first) == schedule.scheduled_days(
        d("2026-01-01"), d("2027-01-31"), first
    )


def test_stored_shape_is_plain_json():
    s = Schedule(weekdays=[0, 1, 2, 3, 4], off=[parse_day_range("2026-12-24..2026-12-26")])
    assert s.model_dump(mode="json") == {
        "weekdays": [0, 1, 2, 3, 4],
        "rrule": None,
        "off": [{"start": "2026-12-24", "end": "2026-12-26"}],
    }


def test_weekdays_are_sorted_and_deduplicated():
    assert Schedule(weekdays=[4, 0, 4]).weekdays == [0, 4]


@pytest.mark.parametrize("bad", [[7], [-1], []])
def test_bad_weekdays_are_refused(bad):
    with pytest.raises(ValidationError):
        Schedule(weekdays=bad)


def test_weekdays_only_schedule_over_a_weekend():
    s = Schedule(weekdays=parse_weekdays("mon,tue,wed,thu,fri"))
    # Fri 2026-11-20, Sat 21, Sun 22, Mon 23
    assert s.is_scheduled(d("2026-11-20"))
    assert not s.is_scheduled(d("2026-11-21"))
    assert not s.is_scheduled(d("2026-11-22"))
    assert s.is_scheduled(d("2026-11-23"))
    assert s.scheduled_days(d("2026-11-20"), d("2026-11-23")) == {d("2026-11-20"), d("2026-11-23")}


def test_days_off_are_inclusive_and_a_single_day_has_start_equal_end():
    s = Schedule(off=[parse_day_range("2026-12-24..2026-12-26"), parse_day_range("2026-12-31")])
    assert s.is_scheduled(d("2026-12-23"))
    assert not any(s.is_scheduled(x) for x in days("2026-12-24", "2026-12-26"))
    assert s.is_scheduled(d("2026-12-27"))
    assert not s.is_scheduled(d("2026-12-31"))
    assert s.is_scheduled(d("2027-01-01"))


def test_scheduled_days_matches_is_scheduled_over_a_leap_year():
    s = Schedule(weekdays=[0, 2, 6], off=[parse_day_range("2028-02-28..2028-03-01")])
    window = days("2027-12-25", "2029-01-05")
    expected = {x for x in window if s.is_scheduled(x)}
    assert s.scheduled_days(window[0], window[-1]) == expected
    assert s.scheduled_mask(window[0], window[-1]) == [x in expected for x in window]
    assert d("2028-02-29") not in expected  # a Tuesday inside the days off anyway


def test_leap_day_is_an_ordinary_scheduled_day():
    assert Schedule(weekdays=[1]).is_scheduled(d("2028-02-29"))  # a Tuesday
    assert d("2028-02-29") in Schedule().scheduled_days(d("2028-02-28"), d("2028-03-01"))


def test_empty_range_gives_no_days():
    assert Schedule().scheduled_days(d("2026-01-02"), d("2026-01-01")) == set()


# --------------------------------------------------------------------------- RRULE


def test_rotating_four_on_four_off_with_dtstart():
    s = Schedule(rrule=rotation_rrule(d("2026-01-05"), on=4, off=4))
    on = {x for x in days("2026-01-05", "2026-02-05") if (x - d("2026-01-05")).days % 8 < 4}
    assert s.scheduled_days(d("2026-01-05"), d("2026-02-05")) == on
    assert s.is_scheduled(d("2026-01-08")) and not s.is_scheduled(d("2026-01-09"))
    assert s.is_scheduled(d("2026-01-13"))
    # As in RFC 5545, nothing before the start.
    assert not s.is_scheduled(d("2026-01-04"))
    assert s.scheduled_days(d("2025-12-01"), d("2026-01-04")) == set()


def test_single_dtstart_reads_as_dateutil_reads_it():
    text = "DTSTART:20261228\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270301T000000Z"
    s = Schedule(rrule=text)
    expected = {
        dt.date()
        for dt in rrulestr(text, ignoretz=True).between(datetime(2026, 12, 1), datetime(2027, 4, 1), inc=True)
    }
    assert s.scheduled_days(d("2026-12-01"), d("2027-03-31")) == expected
    assert d("2026-12-31") in expected and d("2027-01-07") not in expected and d("2027-01-11") in expected


def test_rrule_without_dtstart_starts_on_the_journals_first_day():
    # CONTRACT: a schedule of one rule holds from the start, so its RRULE is anchored on the first day.
    s = Schedule(rrule="FREQ=DAILY;INTERVAL=2")
    assert s.is_scheduled(d("2026-11-03"), first_day=d("2026-11-01"))
    assert not s.is_scheduled(d("2026-11-03"), first_day=d("2026-11-02"))
    assert s.is_scheduled(d("2026-11-04"), first_day=d("2026-11-02"))
    assert not s.is_scheduled(d("2026-10-30"), first_day=d("2026-11-01")), "nothing before its start"


def test_rrule_without_dtstart_is_accepted_and_has_no_days_before_the_journal_has_a_first_day():
    assert not rrule_has_start("FREQ=DAILY")
    assert rrule_has_start("DTSTART:20260105 RRULE:FREQ=DAILY")
    s = Schedule(rrule="FREQ=DAILY")
    assert s.scheduled_days(d("2026-01-01"), d("2026-01-31")) == set()
    assert len(s.scheduled_days(d("2026-01-01"), d("2026-01-31"), first_day=d("2026-01-10"))) == 22


def test_an_old_anchor_is_ignored():
    # Settings files before the history saved the day an RRULE was saved; CONTRACT now anchors on the period.
    s = Schedule.model_validate({"rrule": "FREQ=DAILY;INTERVAL=2", "anchor": "2026-11-02"})
    assert "anchor" not in s.model_dump()
    assert s.is_scheduled(d("2026-11-03"), first_day=d("2026-11-01"))


def test_rrule_wins_over_weekdays_and_days_off_still_apply():
    s = Schedule(weekdays=[0], rrule="FREQ=WEEKLY;BYDAY=SA", off=[parse_day_range("2026-11-21")])
    first = d("2026-01-01")
    assert not s.is_scheduled(d("2026-11-16"), first)  # a Monday
    assert not s.is_scheduled(d("2026-11-21"), first)  # Saturday, but off
    assert s.is_scheduled(d("2026-11-28"), first)


def test_rrule_on_one_line_and_with_literal_backslash_n():
    one_line = Schedule(rrule="DTSTART:20260105 RRULE:FREQ=DAILY;INTERVAL=3")
    escaped = Schedule(rrule="DTSTART:20260105\\nRRULE:FREQ=DAILY;INTERVAL=3")
    assert one_line.rrule == escaped.rrule == "DTSTART:20260105\nRRULE:FREQ=DAILY;INTERVAL=3"
    assert one_line.is_scheduled(d("2026-01-08"))


def test_exdate_takes_a_day_out():
    s = Schedule(rrule="DTSTART:20261221\nRRULE:FREQ=DAILY\nEXDATE:20261225,20261226")
    assert s.scheduled_days(d("2026-12-24"), d("2026-12-27")) == {d("2026-12-24"), d("2026-12-27")}


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("", "empty"),
        ("FREQ=HOURLY;INTERVAL=8", "not a schedule of days"),
        ("FREQ=DAILY;INTERVAL=x", "not a valid RRULE"),
        ("FREQ=DAILY;BYFOO=1", "not a valid RRULE"),
        ("INTERVAL=2", "no FREQ"),
        ("SUMMARY:shift", "Unknown line"),
        ("DTSTART:2026-01-05 RRULE:FREQ=DAILY", "not a date"),
        ("DTSTART:20260230 RRULE:FREQ=DAILY", "not a date on the calendar"),
    ],
)
def test_bad_rrules_give_one_clear_sentence(text, fragment):
    with pytest.raises(ValueError) as info:
        validate_rrule(text)
    message = str(info.value)
    assert fragment in message
    assert "\n" not in message and message.endswith(".")


def test_validate_rrule_tidies():
    assert validate_rrule("  RRULE:FREQ=WEEKLY;BYDAY=MO  ") == "RRULE:FREQ=WEEKLY;BYDAY=MO"


def test_ten_years_of_rota_expand_in_one_go():
    # How fast is for benchmarks/ (timings never decide a test); here: the whole range in one answer.
    s = Schedule(rrule=rotation_rrule(d("2016-01-04"), 4, 4), off=[parse_day_range("2020-12-24..2021-01-02")])
    found = s.scheduled_days(d("2016-01-01"), d("2025-12-31"))
    assert 1800 < len(found) < 1830


# --------------------------------------------------------------------------- parsers


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mon,tue,wed,thu,fri", [0, 1, 2, 3, 4]),
        ("ma,di,wo,do,vr", [0, 1, 2, 3, 4]),
        ("za, zo", [5, 6]),
        ("SAT,Sun", [5, 6]),
        ("mon-fri", [0, 1, 2, 3, 4]),
        ("ma-vr", [0, 1, 2, 3, 4]),
        ("fri-mon", [0, 4, 5, 6]),
        ("monday,woensdag", [0, 2]),
        ("fri,mon,fri", [0, 4]),
    ],
)
def test_parse_weekdays(text, expected):
    assert parse_weekdays(text) == expected


@pytest.mark.parametrize("text", ["", " , ", "mon,xyz", "mon-", "funday", "mon-tue-wed"])
def test_parse_weekdays_refuses(text):
    with pytest.raises(ValueError) as info:
        parse_weekdays(text)
    assert str(info.value).endswith(".")


def test_parse_day_range():
    assert parse_day_range("2026-12-24..2026-12-26") == DayRange(start=d("2026-12-24"), end=d("2026-12-26"))
    assert parse_day_range("2026-12-25") == DayRange(start=d("2026-12-25"), end=d("2026-12-25"))
    assert parse_day_range("2028-02-29").start == d("2028-02-29")
    assert str(parse_day_range("2026-12-24..2026-12-26")) == "2026-12-24..2026-12-26"
    assert len(parse_day_range("2026-12-30..2027-01-02")) == 4
    assert parse_day_range("24-12-2026..2026-12-26") == parse_day_range("2026-12-24..26-12-2026") == \
        parse_day_range("2026-12-24..2026-12-26"), "either form on either side"


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("2026-12-26..2026-12-24", "ends before it starts"),
        ("26-12-2026..24-12-2026", "ends before it starts"),
        ("2027-02-29", "dd-mm-yyyy or yyyy-mm-dd"),
        ("29-02-2027", "dd-mm-yyyy or yyyy-mm-dd"),
        ("2026/12/24", "dd-mm-yyyy or yyyy-mm-dd"),
        ("20261224", "dd-mm-yyyy or yyyy-mm-dd"),
        ("2026-W52-1", "dd-mm-yyyy or yyyy-mm-dd"),
        ("2026-12-24..", "dd-mm-yyyy or yyyy-mm-dd"),
    ],
)
def test_parse_day_range_refuses(text, fragment):
    with pytest.raises(ValueError) as info:
        parse_day_range(text)
    assert fragment in str(info.value)


def test_day_range_model_refuses_reversed():
    with pytest.raises(ValidationError):
        DayRange(start=d("2026-12-26"), end=d("2026-12-24"))


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    "schedule, en, nl",
    [
        (Schedule(), "Every day", "Elke dag"),
        (
            Schedule(weekdays=[0, 1, 2, 3, 4], off=[parse_day_range("2026-12-24..2026-12-26")]),
            "Mon–Fri, 3 days off",
            "ma–vr, 3 vrije dagen",
        ),
        (Schedule(weekdays=[0, 2, 4], off=[parse_day_range("2026-12-25")]), "Mon, Wed, Fri, 1 day off", "ma, wo, vr, 1 vrije dag"),
        (Schedule(weekdays=[5, 6, 0]), "Sat–Mon", "za–ma"),
        (Schedule(weekdays=list(range(7))), "Every day", "Elke dag"),
        (
            Schedule(rrule=rotation_rrule(d("2026-01-05"), 4, 4)),
            "4 days on, 4 days off, from 5 Jan 2026",
            "4 dagen werken, 4 dagen vrij, vanaf 5 jan. 2026",
        ),
        (Schedule(rrule="RRULE:FREQ=WEEKLY;BYDAY=TU,WE,TH"), "Tue–Thu", "di–do"),
        (Schedule(rrule="FREQ=DAILY;INTERVAL=3"), "By the rule FREQ=DAILY;INTERVAL=3",
         "Volgens de regel FREQ=DAILY;INTERVAL=3"),
    ],
)
def test_describe_in_both_languages(schedule, en, nl):
    assert schedule.describe(Translator("en")) == en
    assert schedule.describe(Translator("nl")) == nl


def test_describe_other_rules_and_overlapping_days_off():
    s = Schedule(
        rrule="DTSTART:20260105\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1,15",
        off=[parse_day_range("2026-12-24..2026-12-26"), parse_day_range("2026-12-26..2026-12-27")],
    )
    assert s.describe(Translator("en")) == "By the rule FREQ=MONTHLY;BYMONTHDAY=1,15, from 5 Jan 2026, 4 days off"
    assert s.describe(Translator("nl")).startswith("Volgens de regel FREQ=MONTHLY;BYMONTHDAY=1,15, vanaf 5 jan. 2026")
