"""Checking a journal file, and restoring a backup while keeping the damaged file beside it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from covey_coach.journal import backups
from covey_coach.journal.atomic import copy_atomic
from covey_coach.days import now_local
from covey_coach.errors import CoveyError, InputError
from covey_coach.journal.paths import JournalPaths
from covey_coach.journal.store import read_and_parse, writer_lock


@dataclass(frozen=True)
class FileCheck:
    path: Path
    exists: bool
    entries: int = 0
    version: int = 0
    problem: CoveyError | None = None

    @property
    def healthy(self) -> bool:
        return self.problem is None


def check_file(path: Path) -> FileCheck:
    """Read and validate one journal or backup file without changing anything."""
    if not path.exists():
        return FileCheck(path=path, exists=False)
    try:
        _, version, entries = read_and_parse(path)
    except CoveyError as exc:
        return FileCheck(path=path, exists=True, problem=exc)
    return FileCheck(path=path, exists=True, entries=len(entries), version=version)


def find_backup(paths: JournalPaths, name: str) -> Path:
    """A backup by its file name in the backups folder, or by a path."""
    candidate = paths.backups / name
    if candidate.is_file():
        return candidate
    given = Path(name).expanduser()
    if given.is_file():
        return given
    raise InputError("errors.no_such_backup", name=name, folder=str(paths.backups))


def restore(paths: JournalPaths, name: str) -> tuple[Path, Path | None]:
    """Put a healthy backup in place of the journal. Returns (backup used, where the old file was kept)."""
    source = find_backup(paths, name)
    check = check_file(source)
    if not check.healthy:
        assert check.problem is not None
        raise InputError("errors.backup_damaged", name=source.name, problem=str(check.problem))
    with writer_lock(paths):
        kept: Path | None = None
        if paths.journal.exists():
            label = "damaged" if not check_file(paths.journal).healthy else "replaced"
            kept = paths.journal.with_name(f"journal.{label}-{now_local():%Y%m%dT%H%M%S}.json")
            copy_atomic(paths.journal, kept)
        copy_atomic(source, paths.journal)
        return source, kept


def backup_checks(paths: JournalPaths) -> list[tuple[backups.Backup, FileCheck]]:
    return [(b, check_file(b.path)) for b in backups.list_backups(paths.journal)]


__all__ = ["FileCheck", "backup_checks", "check_file", "find_backup", "restore"]
