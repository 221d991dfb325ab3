"""Which kind of file ``covey-coach import`` was given, told from the file itself.

This app's JSON says ``"format": "covey-coach"``; a coach's feedback file says
``"format": "covey-coach-feedback"`` (read in a later version: refused with a sentence that
says so); jrnl's JSON export has no "format" but "tags" beside "entries". Anything else is
refused. The size guard and the JSON parser (orjson, which stops at 1024 levels of nesting)
run before any of this, so a hostile file never reaches the models.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from covey_coach.errors import InputError
from covey_coach.exchange.covey_json import looks_like_ours, parse_covey_export, read_json_file
from covey_coach.exchange.jrnl_json import looks_like_jrnl, parse_jrnl_export
from covey_coach.models import Entry

FEEDBACK_FORMAT = "covey-coach-feedback"


class ImportKind(str, Enum):
    COVEY = "covey-coach"
    JRNL = "jrnl"


@dataclass(frozen=True)
class ImportBatch:
    kind: ImportKind
    entries: list[Entry]
    needs_habit: int = 0
    """Entries that came without a habit (jrnl) and are tagged ``needs-habit`` for review."""


def read_import(path: Path, day_start_hour: int) -> ImportBatch:
    """The entries of an import file, all of them valid, or InputError with one sentence."""
    data = read_json_file(path)
    if looks_like_ours(data):
        return ImportBatch(ImportKind.COVEY, parse_covey_export(data, path))
    if looks_like_jrnl(data):
        found = parse_jrnl_export(data, path, day_start_hour)
        return ImportBatch(ImportKind.JRNL, found.entries, found.needs_habit)
    if isinstance(data, dict) and data.get("format") == FEEDBACK_FORMAT:
        raise InputError("jrnl.feedback_not_yet", path=str(path))
    raise InputError("errors.import_not_ours", path=str(path))


__all__ = ["FEEDBACK_FORMAT", "ImportBatch", "ImportKind", "read_import"]
