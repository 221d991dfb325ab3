"""jrnl's JSON export (``jrnl --export json``, jrnl 4.x) read as reflections.

jrnl writes ``{"tags": {...}, "entries": [{"title", "body", "date", "time", "tags",
"starred"}]}`` with local wall-clock times and lower-cased tags that keep their symbol
(``@habit5``, ``#desk``). The mapping (README, docs/import-format.md):

- title and body become the encounter (the body after a blank line);
- ``@habit1``…``@habit7`` pick the habit; with several, the lowest number does and the
  others stay as tags; ``@habit0``, ``@habit8`` and up refuse the file (a typo, not a habit);
- an entry with no habit tag is kept: habit 7 (sharpen the saw, the habit of renewal that
  journaling belongs to) and the tag ``needs-habit`` so the person can find and fix it;
- every other tag is kept without its symbol; a starred entry gets the tag ``starred``;
- date and time become ``created_at`` in this machine's time zone, and the day follows
  the journal's day-start hour, as for a reflection written at that moment;
- jrnl has no rating: every entry gets 3, the middle of 1-5.

Ids are derived from the content as for our own format (CONTRACT), so importing the same
export again adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError, field_validator

from covey_coach.days import day_of
from covey_coach.errors import InputError, Invalid, Problem, validation_problem
from covey_coach.exchange.covey_json import MAX_ENTRIES, DerivedIds, calendar_dates
from covey_coach.models import Entry

UNSORTED_HABIT = 7
"""Where an entry without a habit tag goes: journaling is Covey's own example of renewal."""
NEEDS_HABIT_TAG = "needs-habit"
STARRED_TAG = "starred"
DEFAULT_RATING = 3
"""jrnl has no rating; the middle of 1-5 says neither good nor bad."""
HABIT_TAG_WORDS = {"first": "@habit1", "last": "@habit7", "marker": NEEDS_HABIT_TAG}
"""The tags a sentence about habit tags names: data, not words to translate."""
_HABIT_TAG = re.compile(r"habit([0-9]+)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")


def _shown(text: str, width: int = 40) -> str:
    """A piece of the file fit for a one-line sentence: spaces collapsed, cut at ``width``."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class JrnlEntry(BaseModel):
    """One entry as jrnl's exporter writes it; its other keys (uuid, creator) are ignored."""

    model_config = ConfigDict(extra="ignore")

    title: StrictStr
    body: StrictStr = ""
    date: StrictStr
    time: StrictStr
    tags: list[StrictStr] = Field(default_factory=list, max_length=100)
    starred: StrictBool = False

    @field_validator("date")
    @classmethod
    def _real_day(cls, value: str) -> str:
        if not _DATE.fullmatch(value):
            raise Invalid(Problem("errors.validation.not_a_date"))
        try:
            date.fromisoformat(value)
        except ValueError:
            raise Invalid(Problem("jrnl.no_such_day", {"value": value})) from None
        return value

    @field_validator("time")
    @classmethod
    def _real_time(cls, value: str) -> str:
        try:
            if not _TIME.fullmatch(value):
                raise ValueError(value)
            time.fromisoformat(value)
        except ValueError:
            raise Invalid(Problem("jrnl.not_a_time", {"value": _shown(value)})) from None
        return value


class JrnlFile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    tags: dict[str, Any]
    entries: list[dict[str, Any]] = Field(max_length=MAX_ENTRIES)


@dataclass(frozen=True)
class JrnlImport:
    entries: list[Entry]
    needs_habit: int
    """How many entries had no habit tag and went to habit 7 with the tag ``needs-habit``."""


def looks_like_jrnl(data: Any) -> bool:
    """jrnl's export has no "format" key; "tags" and "entries" side by side are its mark."""
    return isinstance(data, dict) and "format" not in data and "entries" in data and "tags" in data


def _plain_tag(tag: str) -> str:
    """``@desk`` -> ``desk``: jrnl keeps the one tag symbol (``@``, ``#`` or a configured one) in front."""
    return tag[1:] if tag[:1] and not tag[:1].isalnum() else tag


def _habit_and_tags(raw: JrnlEntry) -> tuple[int, list[str], bool]:
    tags = sorted({_plain_tag(tag) for tag in raw.tags})  # jrnl writes them in set order: make it stable
    numbered: list[tuple[int, str]] = []
    for tag in tags:
        if match := _HABIT_TAG.fullmatch(tag):
            digits = match[1].lstrip("0")  # compared as text: int() refuses 5,000 digits with a traceback
            if len(digits) != 1 or digits not in "1234567":
                raise Invalid(Problem("jrnl.no_such_habit_tag", {"tag": f"@{_shown(tag)}", **HABIT_TAG_WORDS}))
            numbered.append((int(digits), tag))
    if not numbered:
        tags.append(NEEDS_HABIT_TAG)
        habit = UNSORTED_HABIT
    else:
        habit, chosen = min(numbered)
        tags.remove(chosen)
    if raw.starred:
        tags.append(STARRED_TAG)
    return habit, list(dict.fromkeys(tags)), not numbered


def _encounter(raw: JrnlEntry) -> str:
    parts = [part for part in (raw.title.strip(), raw.body.strip()) if part]
    if not parts:
        raise Invalid(Problem("jrnl.no_text", {"title": "title", "body": "body"}))  # jrnl's field names
    return "\n\n".join(parts)


def _to_entry(raw: JrnlEntry, day_start_hour: int, ids: DerivedIds) -> tuple[Entry, bool]:
    """The entry, and whether it had no habit tag (so went to habit 7 for review)."""
    habit, tags, unsorted = _habit_and_tags(raw)
    encounter = _encounter(raw)
    try:
        created = datetime.combine(date.fromisoformat(raw.date), time.fromisoformat(raw.time)).astimezone()
        day = day_of(created, day_start_hour)
        created.astimezone(timezone.utc)  # as the derived id reads it
    except (OverflowError, ValueError):
        # The year 1 or 9999, with a time zone or the day-start hour around it, leaves the calendar.
        raise Invalid(Problem("jrnl.edge_of_calendar", {"field": "date", "value": raw.date})) from None
    entry = Entry(created_at=created, day=day, habit=habit, rating=DEFAULT_RATING, encounter=encounter, tags=tags)
    return entry.model_copy(update={"id": ids(entry, created_given=True)}), unsorted


def _refused(path: Path, number: int, item: dict[str, Any], problem: Problem) -> InputError:
    """jrnl entries have no ids: the sentence names one by its place, and its date and title where it has them."""
    day, title = item.get("date"), item.get("title")
    if isinstance(day, str) and isinstance(title, str) and day.strip() and title.strip():
        return InputError("jrnl.bad_entry", path=str(path), number=number, date=_shown(day, 12),
                          title=_shown(title), problem=problem)
    return InputError("errors.import_bad_entry", path=str(path), number=number, problem=problem)


def parse_jrnl_export(data: Any, path: Path, day_start_hour: int) -> JrnlImport:
    """Every jrnl entry becomes an Entry, or the whole file is refused naming the entry and the field."""
    try:
        header = JrnlFile.model_validate(data)
    except ValidationError as exc:
        raise InputError("errors.import_bad_header", path=str(path), problem=validation_problem(exc)) from None
    ids = DerivedIds()
    entries: list[Entry] = []
    unsorted = 0
    for number, item in enumerate(header.entries, start=1):
        try:
            entry, no_habit = _to_entry(JrnlEntry.model_validate(item), day_start_hour, ids)
        except ValidationError as exc:
            raise _refused(path, number, item, validation_problem(exc, calendar_dates)) from None
        except Invalid as exc:
            raise _refused(path, number, item, exc.problem) from None
        entries.append(entry)
        unsorted += no_habit
    return JrnlImport(entries, unsorted)


__all__ = ["DEFAULT_RATING", "HABIT_TAG_WORDS", "NEEDS_HABIT_TAG", "UNSORTED_HABIT", "JrnlImport",
           "looks_like_jrnl", "parse_jrnl_export"]
