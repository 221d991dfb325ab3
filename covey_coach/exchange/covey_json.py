"""This app's own JSON export, read back: from the smallest file in CONTRACT to a full export.

All or nothing: the whole file is parsed and every entry validated before the journal is
touched. Missing fields take defaults (noon of the entry's day, no answers, not private).
An entry without an ``id`` gets one derived from what it says (:func:`derived_id`, CONTRACT),
so importing the same file again finds every entry already there. A hostile file (huge,
deeply nested, wrong types, duplicate ids) is refused with one sentence naming the file,
the entry and the field.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from covey_coach.days import DEFAULT_DAY_START_HOUR, now_local
from covey_coach.errors import InputError, Problem, validation_problem
from covey_coach.models import Entry

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

FORMAT_NAME = "covey-coach"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 64 * 1024 * 1024
"""Ten years of daily reflections are a few MB; anything far larger is not an export of ours."""
MAX_ENTRIES = 200_000
DERIVED_ID_LENGTH = 32
"""Hex digits of a derived id: 128 bits, the size of the uuid4 hex ids the app writes itself."""


class ImportedEntry(Entry):
    """An entry as a file may carry it: only day, habit, rating and encounter are required."""

    model_config = ConfigDict(extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _defaults(cls, data: Any) -> Any:
        if isinstance(data, dict) and "created_at" not in data:
            try:
                created = datetime.combine(date.fromisoformat(data["day"]), time(12)).astimezone()
            except (KeyError, TypeError, ValueError):
                created = now_local()  # so the error names the day itself, not created_at
            data = {**data, "created_at": created}
        return data


class ImportFile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: Literal["covey-coach"]
    version: int = Field(ge=1, le=FORMAT_VERSION, strict=True)
    entries: list[dict[str, Any]] = Field(max_length=MAX_ENTRIES)


def derived_id(entry: Entry, *, created_given: bool, copy: int = 1) -> str:
    """The id of an entry that came without one, from its day, habit, encounter and (when the
    file gave it) created_at: the same entry always gets the same id, on any machine.

    ``copy`` counts entries of one file that say exactly the same: the second gets an id of
    its own instead of being taken for the first, and a second import still finds both.
    """
    fields: dict[str, Any] = {"day": entry.day.isoformat(), "habit": entry.habit, "encounter": entry.encounter}
    if created_given:
        # One instant, however the file wrote its offset.
        fields["created_at"] = entry.created_at.astimezone(timezone.utc).isoformat()
    if copy > 1:
        fields["copy"] = copy
    canonical = orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(canonical).hexdigest()[:DERIVED_ID_LENGTH]


class DerivedIds:
    """Derived ids for one file: entries that say exactly the same are counted as copies."""

    def __init__(self) -> None:
        self._copies: Counter[str] = Counter()

    def __call__(self, entry: Entry, *, created_given: bool) -> str:
        first_copy = derived_id(entry, created_given=created_given)
        self._copies[first_copy] += 1
        return derived_id(entry, created_given=created_given, copy=self._copies[first_copy])


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_ERRORS = {"date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"}


def calendar_dates(err: ErrorDetails) -> Problem | None:
    """A date of the right form that no calendar has (30 February) is said as such, not as a bad form."""
    value = err.get("input")
    if err["type"] in _DATE_ERRORS and isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return Problem("jrnl.no_such_day", {"value": value})
    return None


def looks_like_ours(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT_NAME


def read_json_file(path: Path) -> Any:
    """Parse a JSON file with the size guard; InputError on anything unreadable."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError("errors.import_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if size > MAX_IMPORT_BYTES:
        raise InputError("errors.import_too_big", path=str(path), mb=MAX_IMPORT_BYTES // (1024 * 1024))
    try:
        return orjson.loads(path.read_bytes())
    except OSError as exc:
        raise InputError("errors.import_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    except orjson.JSONDecodeError as exc:
        raise InputError("errors.import_not_json", path=str(path), reason=str(exc)) from None


def parse_covey_export(data: Any, path: Path) -> list[Entry]:
    """Validate a parsed export; every entry becomes an Entry or the whole file is refused."""
    if not isinstance(data, dict):
        raise InputError("errors.import_not_ours", path=str(path))
    if data.get("format") != FORMAT_NAME:
        raise InputError("errors.import_not_ours", path=str(path))
    version = data.get("version")
    if type(version) is int and version > FORMAT_VERSION:  # not bool: True is no version
        # Not "must be at most 1": the file is fine, this app is older than what wrote it.
        raise InputError("jrnl.newer_version", path=str(path), version=version, ours=FORMAT_VERSION)
    try:
        header = ImportFile.model_validate(data)
    except ValidationError as exc:
        raise InputError("errors.import_bad_header", path=str(path), problem=validation_problem(exc)) from None
    entries: list[Entry] = []
    seen: set[str] = set()
    ids = DerivedIds()
    for index, raw in enumerate(header.entries, start=1):
        try:
            entry = ImportedEntry.model_validate(raw)
        except ValidationError as exc:
            raise InputError("errors.import_bad_entry", path=str(path), number=index,
                             problem=validation_problem(exc, calendar_dates)) from None
        if "id" not in raw:
            try:
                entry = entry.model_copy(update={"id": ids(entry, created_given="created_at" in raw)})
            except OverflowError:  # a created_at in the year 1 or 9999 that UTC moves off the calendar
                raise InputError("errors.import_bad_entry", path=str(path), number=index, problem=Problem(
                    "jrnl.edge_of_calendar", {"field": "created_at", "value": raw.get("created_at")})) from None
        if entry.id in seen:
            raise InputError("errors.import_duplicate_id", path=str(path), number=index, id=entry.id)
        seen.add(entry.id)
        # ImportedEntry is an Entry with looser input rules: its fields are already an Entry's,
        # validated by the same validators, so they are taken over as they are, not checked twice.
        entries.append(Entry.model_construct(_fields_set=entry.model_fields_set, **dict(entry)))
    return entries


def load_import(path: Path, day_start_hour: int = DEFAULT_DAY_START_HOUR) -> list[Entry]:
    """Read any supported import file into entries (exchange.recognise tells which kind it is)."""
    from covey_coach.exchange.recognise import read_import  # it builds on this module

    return read_import(path, day_start_hour).entries


__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "DerivedIds", "calendar_dates", "derived_id", "load_import",
           "parse_covey_export", "read_json_file"]
