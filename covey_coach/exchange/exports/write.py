"""Writing an export file, for the command line and the Export screen alike.

Whole or not at all: the file is written beside its target and renamed over it, and a refused
or failed export leaves the data dir as it was (a pseudonym's new secret is taken back).
"""

from __future__ import annotations

import getpass
from pathlib import Path

from covey_coach.errors import InputError
from covey_coach.exchange.exports.pseudonym import Secret, journal_secret, pseudonym
from covey_coach.journal.atomic import atomic_write_bytes
from covey_coach.journal.paths import JournalPaths


def export_secret(paths: JournalPaths, anonymize: bool) -> Secret | None:
    return journal_secret(paths.root) if anonymize else None


def person_name(name: str | None, profile: str | None, secret: Secret | None) -> str:
    """The name an export carries: the pseudonym, else the settings' name, the profile's, the login name."""
    if secret is not None:
        return pseudonym(secret)
    if name and name.strip():
        return name.strip()
    if profile:
        return profile
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container user without a passwd entry)
        return ""


def check_target(path: Path) -> Path:
    """The file to write, refused before anything is read if it cannot be a file."""
    path = path.expanduser()
    if path.is_dir():
        raise InputError("export.err_is_folder", path=str(path))
    if not path.parent.is_dir():
        raise InputError("export.err_no_folder", path=str(path))
    return path


def write_export(body: bytes, target: Path | None, secret: Secret | None, paths: JournalPaths) -> None:
    """Save a new secret, then the file (``target`` None: only the secret); InputError if either fails."""
    try:
        if secret is not None:
            secret.save()
        if target is not None:
            atomic_write_bytes(target, body)
    except OSError as exc:
        if secret is not None:
            secret.forget()
        raise InputError("export.err_cannot_write", path=str(target or paths.root),
                         reason=exc.strerror or str(exc)) from None


__all__ = ["check_target", "export_secret", "person_name", "write_export"]
