"""``--anonymize``: a name for the person that stays the same across exports and says nothing of them.

The pseudonym is an HMAC of a fixed label under a random secret kept in this journal's folder:
the same journal always gives the same pseudonym, and nobody without the secret can link it
to a name, a machine or another journal (each journal, each profile, has its own secret).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from covey_coach.journal.atomic import atomic_write_bytes

SECRET_FILE = "export-secret"
SECRET_BYTES = 32
PSEUDONYM_PREFIX = "person-"
PSEUDONYM_HEX = 12
"""48 bits: no clash within any team, short enough to read out in a coaching session."""
_LABEL = b"covey-coach export pseudonym v1"


@dataclass(frozen=True)
class Secret:
    value: bytes
    path: Path
    is_new: bool
    """Made just now: it is saved only once the export itself has been written."""

    def save(self) -> None:
        if self.is_new:
            atomic_write_bytes(self.path, self.value.hex().encode() + b"\n")

    def forget(self) -> None:
        """Take a new secret back off the disk: the export it was made for was not written."""
        if self.is_new:
            self.path.unlink(missing_ok=True)


def journal_secret(root: Path) -> Secret:
    """The journal's secret, or a new one (not yet saved) if it has none or it is unreadable."""
    path = root / SECRET_FILE
    try:
        value = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        value = b""
    if len(value) == SECRET_BYTES:
        return Secret(value, path, is_new=False)
    return Secret(secrets.token_bytes(SECRET_BYTES), path, is_new=True)


def pseudonym(secret: Secret) -> str:
    digest = hmac.new(secret.value, _LABEL, hashlib.sha256).hexdigest()
    return PSEUDONYM_PREFIX + digest[:PSEUDONYM_HEX]


__all__ = ["SECRET_FILE", "Secret", "journal_secret", "pseudonym"]
