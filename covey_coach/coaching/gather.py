"""Which files a coach named: export files, and folders of them; each read whole, read only.

A file named on the command line must be an export of ours: anything else is refused with
one sentence naming it. In a folder every ``*.json`` file directly inside it is read; a JSON
file of another format (a feedback file, a settings file) is passed over with a note, so a
coach can point at the folder the exports arrive in. A damaged export is refused either way:
its figures would be wrong, not just missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError

from covey_coach.errors import InputError, validation_problem
from covey_coach.exchange.covey_json import looks_like_ours, read_json_file
from covey_coach.exchange.export_source import ExportSource, export_source

__all__ = ["ReadExport", "Skipped", "gather_exports"]


class _Stamp(BaseModel):
    """When the export was written: the newest of a person's exports says what holds now."""

    model_config = ConfigDict(extra="ignore")

    exported_at: AwareDatetime | None = None


@dataclass(frozen=True)
class ReadExport:
    """One export file, read."""

    path: Path
    source: ExportSource
    exported_at: datetime | None
    order: int
    """Where it came in the coach's list: the tie-break between two exports of the same moment."""


@dataclass(frozen=True)
class Skipped:
    """A file in a folder that is not an export: passed over, and the coach is told."""

    path: Path


def _read(path: Path, data: Any, order: int) -> ReadExport:
    source = export_source(data, path)
    try:
        stamp = _Stamp.model_validate(data)
    except ValidationError as exc:
        raise InputError("coach.export_bad_stamp", path=str(path), problem=validation_problem(exc)) from None
    return ReadExport(path=path, source=source, exported_at=stamp.exported_at, order=order)


_IN_COACH_WORDS: dict[str, Callable[[dict[str, Any]], InputError]] = {
    # The import's refusals end "nothing was imported": a coach imports nothing, so they are said again.
    # Each key is written out, so the catalogue check sees every sentence this can say.
    "errors.import_unreadable": lambda p: InputError("coach.import_unreadable", **p),
    "errors.import_too_big": lambda p: InputError("coach.import_too_big", **p),
    "errors.import_not_json": lambda p: InputError("coach.import_not_json", **p),
    "errors.import_not_ours": lambda p: InputError("coach.import_not_ours", **p),
    "errors.import_bad_header": lambda p: InputError("coach.import_bad_header", **p),
    "errors.import_bad_entry": lambda p: InputError("coach.import_bad_entry", **p),
    "errors.import_duplicate_id": lambda p: InputError("coach.import_duplicate_id", **p),
    "jrnl.newer_version": lambda p: InputError("coach.import_newer_version", **p),
}


def gather_exports(paths: list[Path]) -> tuple[list[ReadExport], list[Skipped]]:
    """Every export the paths name, in the order named; InputError names a missing or bad file."""
    try:
        return _gather(paths)
    except InputError as exc:
        said_again = _IN_COACH_WORDS.get(exc.key)
        if said_again is not None:
            raise said_again(exc.params) from None
        raise


def _gather(paths: list[Path]) -> tuple[list[ReadExport], list[Skipped]]:
    found: list[ReadExport] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()

    def first_time(path: Path) -> bool:
        """A file named twice (itself and in its folder) is read once."""
        real = path.resolve()
        new = real not in seen
        seen.add(real)
        return new

    for named in paths:
        if named.is_dir():
            for path in sorted(p for p in named.glob("*.json") if p.is_file()):
                if not first_time(path):
                    continue
                data = read_json_file(path)
                if looks_like_ours(data):
                    found.append(_read(path, data, len(found)))
                else:
                    skipped.append(Skipped(path))
        elif named.exists():
            if first_time(named):
                found.append(_read(named, read_json_file(named), len(found)))
        else:
            raise InputError("coach.path_missing", path=str(named))
    return found, skipped
