"""Dates and weeks in one style (i18n/dates.py): written as a person reads them, typed in
either form, and day and month never swapped."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from covey_coach.i18n import LANGUAGES, catalogue
from covey_coach.i18n.dates import (
    DateInputError,
    as_input,
    full_date,
    parse_date,
    parse_date_range,
    short_date,
    week_name,
)

DAYS = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
TODAY = date(2026, 11, 23)


@given(DAYS)
def test_every_written_form_reads_back_as_the_same_day(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(as_input(day)) == day
    assert parse_date(f"{day.day}-{day.month}-{day.year}") == day, "d-m-jjjj, without leading zeros"
    assert parse_date(f"  {as_input(day)} ") == day, "spaces around are not the date"


@given(DAYS)
def test_day_and_month_are_never_swapped(day: date) -> None:
    # Year first is ISO (month, then day); year last is day first. Whichever of day and month is
    # larger, each form reads exactly one way.
    year_first = f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    year_last = f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
    assert parse_date(year_first) == parse_date(year_last) == day
    swapped = f"{day.month:02d}-{day.day:02d}-{day.year:04d}"  # the American order
    if day.day == day.month:
        assert parse_date(swapped) == day
    elif day.day > 12:
        with pytest.raises(DateInputError):
            parse_date(swapped)  # no month 13 or more: refused, not guessed
    else:
        assert parse_date(swapped) == date(day.year, day.day, day.month), "read as day first, always"


@given(DAYS, DAYS)
def test_a_range_reads_in_either_form_on_either_side(first: date, last: date) -> None:
    assert parse_date_range(f"{as_input(first)}..{last.isoformat()}") == (first, last)
    assert parse_date_range(f"{first.isoformat()}..{as_input(last)}") == (first, last)
    assert parse_date_range(as_input(first)) == (first, first)


@pytest.mark.parametrize("text", ["", "yesterday", "2026/11/23", "23/11/2026", "23.11.2026", "20261123",
                                  "26-11-23", "2026-11-31", "31-11-2026", "29-02-2027", "2026-W48", "23 nov"])
def test_anything_else_is_refused_in_one_sentence(text: str) -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date(text)
    message = str(caught.value)
    assert caught.value.text == text.strip() and message.endswith(".") and "\n" not in message


def test_a_date_carries_its_year_only_when_it_is_not_this_years() -> None:
    assert short_date(date(2026, 12, 1), "nl", TODAY) == "1 dec."
    assert short_date(date(2025, 12, 1), "nl", TODAY) == "1 dec. 2025"
    assert short_date(date(2026, 5, 3), "nl", TODAY) == "3 mei", "a whole word has no full stop"
    assert short_date(date(2026, 12, 1), "en", TODAY) == "1 Dec"
    assert short_date(date(2027, 9, 28), "en", TODAY) == "28 Sep 2027"
    assert short_date(date(2026, 12, 1), "nl", None) == "1 dec. 2026", "no today: always the year"


def test_the_full_form_names_the_weekday() -> None:
    assert full_date(date(2026, 12, 1), "nl") == "dinsdag 1 december 2026"
    assert full_date(date(2026, 12, 1), "en") == "Tuesday 1 December 2026"


def test_a_week_is_its_number_and_the_iso_year_only_when_it_is_another() -> None:
    assert week_name(date(2026, 11, 20), "nl", TODAY) == "week 47"
    assert week_name(date(2025, 11, 20), "nl", TODAY) == "week 47 van 2025"
    assert week_name(date(2025, 11, 20), "en", TODAY) == "week 47 of 2025"
    # 1 January 2027 lies in ISO week 53 of 2026: seen from 2026 it is this year's.
    assert week_name(date(2027, 1, 1), "nl", TODAY) == "week 53"
    assert week_name(date(2026, 11, 20), "nl", date(2027, 1, 1)) == "week 47", "1 Jan 2027 is in ISO 2026"
    assert week_name(date(2026, 11, 20), "nl", date(2027, 1, 4)) == "week 47 van 2026"


@given(DAYS, DAYS)
def test_short_dates_tell_different_days_apart(a: date, b: date) -> None:
    for lang in LANGUAGES:
        if a != b:
            assert short_date(a, lang, TODAY) != short_date(b, lang, TODAY)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_month_has_a_short_name_and_the_names_differ(lang: str) -> None:
    names = [catalogue(lang)[f"dates.month.{m}"] for m in range(1, 13)]  # type: ignore[arg-type]
    assert len(set(names)) == 12 and all(names)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_placeholder_is_a_form_the_parser_reads(lang: str) -> None:
    placeholder = catalogue(lang)["dates.placeholder"]  # type: ignore[arg-type]
    letters = {"nl": ("dd", "mm", "jjjj"), "en": ("dd", "mm", "yyyy")}[lang]
    example = date(2026, 3, 4)
    filled = placeholder.replace(letters[0], f"{example.day:02d}").replace(letters[1], f"{example.month:02d}")
    assert parse_date(filled.replace(letters[2], str(example.year))) == example


def test_a_date_that_ends_a_sentence_keeps_one_full_stop() -> None:
    from covey_coach.i18n import Translator

    nl = Translator("nl")
    note = nl("screens.today.commitment_note", date=nl.short_date(date(2026, 11, 21), TODAY))
    assert note.startswith("Van 21 nov. Hoe ging het?") and ".." not in note
    saved = nl("screens.settings.schedule_now", schedule="ma–vr, vanaf 1 mrt.")
    assert saved == "Je rooster: ma–vr, vanaf 1 mrt."
    # A range of days keeps its two dots wherever it stands.
    assert "'24-12-2026..26-12-2026'" in nl("errors.bad_day_range", field="--off", value="24-12-2026..26-12-2026")
