"""Backups of the journal file: one a day (last 14 kept) and one before every migration; and of the
settings file before its migration."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from covey_coach.journal.atomic import copy_atomic

KEEP_DAILY = 14
_DAILY = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.json$")


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str
    """``daily`` or ``migration``."""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def modified(self) -> datetime:
        return datetime.fromtimestamp(self.path.stat().st_mtime).astimezone()


def backup_dir(journal: Path) -> Path:
    return journal.parent / "backups"


def make_daily_backup(journal: Path, day: date) -> Path | None:
    """Copy the journal as it is now into today's backup, once a day, then rotate."""
    target = backup_dir(journal) / f"journal-{day.isoformat()}.json"
    if target.exists():
        return None
    copy_atomic(journal, target)
    rotate(journal)
    return target


def make_migration_backup(journal: Path, from_version: int, stamp: datetime) -> Path:
    target = backup_dir(journal) / f"journal-before-v{from_version}-migration-{stamp:%Y%m%dT%H%M%S}.json"
    copy_atomic(journal, target)
    return target


def make_settings_backup(settings: Path, from_version: int, stamp: datetime) -> Path:
    """Copy the settings file before a migrated one replaces it. Only daily journal backups are
    rotated, so this copy stays until the person removes it."""
    target = backup_dir(settings) / f"settings-before-v{from_version}-migration-{stamp:%Y%m%dT%H%M%S}.json"
    copy_atomic(settings, target)
    return target


def rotate(journal: Path, keep: int = KEEP_DAILY) -> list[Path]:
    """Remove daily backups beyond the newest ``keep``; migration backups are never removed."""
    daily = sorted((b.path for b in list_backups(journal) if b.kind == "daily"), key=lambda p: p.name)
    removed = daily[:-keep] if len(daily) > keep else []
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def list_backups(journal: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_dir(journal)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("journal-*.json"):
        found.append(Backup(path=path, kind="daily" if _DAILY.match(path.name) else "migration"))
    return sorted(found, key=lambda b: (b.path.stat().st_mtime, b.name), reverse=True)


__all__ = ["KEEP_DAILY", "Backup", "list_backups", "make_daily_backup", "make_migration_backup",
           "make_settings_backup", "rotate"]
