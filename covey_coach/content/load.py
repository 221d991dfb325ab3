"""Reading content packs: one YAML file or text, the built-in pack, and a data folder's packs.

A pack is read through :mod:`covey_coach.yaml_file`, so every mistake is one
:class:`~covey_coach.content.problems.ContentError` naming file, line and field. Custom packs
live in ``<data_dir>/packs/*.yaml`` and are merged onto the built-in pack in file-name order
(:func:`load_content`; the rules are :mod:`covey_coach.content.merge`'s). The built-in pack
is parsed from its YAML once per install and then read from its compiled form
(:mod:`covey_coach.content.compiled`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from covey_coach.content.compiled import compiled_pack
from covey_coach.content.merge import merge_packs
from covey_coach.content.model import FORMAT, ContentPack
from covey_coach.content.problems import ContentError, problem
from covey_coach.errors import Problem
from covey_coach.journal.paths import resolve_cache_dir
from covey_coach.yaml_file import read_yaml, read_yaml_text

if TYPE_CHECKING:  # pragma: no cover
    from pydantic_core import ErrorDetails


def _pack_words(err: ErrorDetails) -> Problem | None:
    """The errors a content pack words its own way (a misspelt field, a text that is not languages)."""
    if err["type"] == "extra_forbidden":
        return problem("problem.not_a_field")
    if err["type"] in ("model_type", "model_attributes_type", "dict_type") \
            and (err.get("ctx") or {}).get("class_name") == "Text":
        return problem("problem.not_languages", example="{en: ..., nl: ...}")
    return None


def parse_pack(text: str, path: str | Path) -> ContentPack:
    """A pack from YAML text; ``path`` is only used to name the file in error sentences."""
    document = read_yaml(text, path, error_type=ContentError)
    source = document.source
    if document.data is None:
        raise source.error((), problem("problem.empty_file", start=f"format: {FORMAT}"), line=1)
    if not isinstance(document.data, dict):
        raise source.error((), problem("problem.top_is_list" if isinstance(document.data, list)
                                       else "problem.top_is_value"))
    pack = document.validate(ContentPack, first=("format", "version"), special=(_pack_words,))
    for loc, found in pack.problems():
        raise source.error(loc, found)
    pack._source = source
    return pack


def load_pack_file(path: str | Path) -> ContentPack:
    """One pack file, checked on its own. Raises :class:`ContentError`."""
    return parse_pack(read_yaml_text(path, error_type=ContentError), path)


def builtin_source() -> bytes:
    """The built-in pack's YAML as shipped (package data, so it works from a wheel too)."""
    return resources.files("covey_coach.content").joinpath("builtin.yaml").read_bytes()


def parse_builtin(source: bytes | None = None) -> ContentPack:
    """The built-in pack parsed and validated from its YAML, as the compiled form is built."""
    text = (builtin_source() if source is None else source).decode("utf-8")
    return parse_pack(text, "covey_coach/content/builtin.yaml")


@lru_cache(maxsize=1)
def load_builtin() -> ContentPack:
    """The built-in pack shipped with the app: compiled form if current, else the YAML (once per process)."""
    return compiled_pack(builtin_source(), parse_builtin, resolve_cache_dir())


def custom_pack_files(data_dir: Path | None) -> list[Path]:
    """The custom packs of a data folder, ``<data_dir>/packs/*.yaml``, in file-name order."""
    if data_dir is None:
        return []
    folder = Path(data_dir) / "packs"
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()]
    return sorted(files, key=lambda p: p.name)


def load_content(data_dir: Path | None) -> ContentPack:
    """The built-in pack with every custom pack of ``<data_dir>/packs/`` merged in.

    The first custom pack with a mistake raises :class:`ContentError`; show its sentence.
    """
    pack = load_builtin()
    for path in custom_pack_files(data_dir):
        pack = merge_packs(pack, load_pack_file(path))
    return pack


__all__ = [
    "builtin_source", "custom_pack_files", "load_builtin", "load_content", "load_pack_file", "parse_builtin",
    "parse_pack",
]
