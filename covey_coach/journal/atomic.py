"""Writing a file so that a crash leaves either the old version or the new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_dir(path: Path) -> None:
    """Create a private folder (owner only) if it is missing."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)


def _fsync_dir(path: Path) -> None:
    # Without this the rename itself may be lost on power failure; Windows cannot open folders.
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Temporary file beside the target, flush, fsync, ``os.replace``, fsync the folder."""
    ensure_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def copy_atomic(source: Path, target: Path) -> None:
    atomic_write_bytes(target, source.read_bytes())


__all__ = ["atomic_write_bytes", "copy_atomic", "ensure_dir"]
