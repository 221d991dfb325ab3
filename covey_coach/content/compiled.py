"""The built-in pack compiled once, so a start does not parse 1,600 lines of YAML.

Parsing ``builtin.yaml`` (PyYAML's node tree, kept for line-numbered errors) costs more than
everything else in loading the pack; validating the same data from JSON costs about a
millisecond. So the first start after an install or an update parses the YAML as before and
writes the validated pack as JSON to ``<cache folder>/content/builtin-pack.json``; later
starts read that file.

The file is one header line and the pack's JSON::

    <key> <sha256 of the JSON>
    {"format": "covey-coach-content", ...}

The key is a hash of the YAML's bytes, the app's version, pydantic's version and
:data:`COMPILED_FORMAT`, so an edited pack, an update or a new pydantic never reads an old
file. The JSON is still validated by the model on reading (not trusted): together with its
own hash that makes a damaged, truncated or hand-edited file one more reason to rebuild, never
an error. Writing is atomic; a cache folder that cannot be written only means the next start
parses the YAML again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from covey_coach.content.model import ContentPack

COMPILED_FORMAT = 3
"""Raised whenever the layout of the compiled file changes, so older files are rebuilt
(2: every question carries its stage of the arc; 3: the pack holds readings)."""
CACHE_FILE = Path("content") / "builtin-pack.json"
"""The compiled pack's place inside the cache folder."""


def compiled_key(source: bytes) -> str:
    """What a compiled file must have been built from: this YAML, this app, this pydantic."""
    from pydantic import VERSION as PYDANTIC_VERSION

    from covey_coach import __version__

    stamp = f"covey-coach-compiled-pack {COMPILED_FORMAT} {__version__} {PYDANTIC_VERSION}\n".encode()
    return hashlib.sha256(stamp + source).hexdigest()


def read_compiled(path: Path, key: str) -> ContentPack | None:
    """The pack in ``path`` if it was built for ``key`` and is whole; None otherwise."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, newline, body = data.partition(b"\n")
    if not newline or header != f"{key} {hashlib.sha256(body).hexdigest()}".encode():
        return None
    try:
        return ContentPack.model_validate_json(body)
    except ValueError:  # pydantic's ValidationError: not JSON, or not a pack
        return None


def write_compiled(path: Path, key: str, pack: ContentPack) -> None:
    """Store ``pack`` for ``key``; a folder that cannot be written is left alone."""
    from covey_coach.journal.atomic import atomic_write_bytes

    body = pack.model_dump_json(by_alias=True).encode()
    try:
        atomic_write_bytes(path, f"{key} {hashlib.sha256(body).hexdigest()}\n".encode() + body)
    except OSError:
        pass  # read-only home, full disk: the YAML is parsed again next time, nothing is lost


def compiled_pack(source: bytes, parse: Callable[[bytes], ContentPack], cache_dir: Path) -> ContentPack:
    """The pack of YAML ``source``: from ``cache_dir`` if compiled before, else ``parse``-d and stored."""
    key = compiled_key(source)
    path = cache_dir / CACHE_FILE
    pack = read_compiled(path, key)
    if pack is None:
        pack = parse(source)
        write_compiled(path, key, pack)
    return pack


__all__ = ["CACHE_FILE", "COMPILED_FORMAT", "compiled_key", "compiled_pack", "read_compiled", "write_compiled"]
