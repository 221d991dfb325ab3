"""The built-in pack's compiled form: the same pack as the YAML gives, read without PyYAML, and a
cache file that is stale, damaged or unwritable never stops the app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from covey_coach.content import ContentError, ContentPack, load_builtin, load_content
from covey_coach.content.compiled import CACHE_FILE, compiled_key, compiled_pack, read_compiled
from covey_coach.content.load import builtin_source, parse_builtin
from covey_coach.journal.paths import ENV_CACHE_DIR, resolve_cache_dir

GOOD_DATA_DIR = Path(__file__).parent / "data" / "packs" / "good"
CACHE_AT_IMPORT = os.environ.get(ENV_CACHE_DIR)
"""The cache folder while test modules are imported, when some of them already load the pack."""


def _same(fast: Any, slow: Any, where: str = "pack") -> None:
    """Every field of every model equal and of the same type, walked one by one."""
    assert type(fast) is type(slow), where
    if isinstance(slow, BaseModel):
        for name in type(slow).model_fields:
            _same(getattr(fast, name), getattr(slow, name), f"{where}.{name}")
    elif isinstance(slow, tuple):
        assert len(fast) == len(slow), where
        for i, (a, b) in enumerate(zip(fast, slow)):
            _same(a, b, f"{where}[{i}]")
    else:
        assert fast == slow, where


def _never_parse(source: bytes) -> ContentPack:
    raise AssertionError("the YAML was parsed although the compiled pack was current")


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def test_the_compiled_pack_is_the_parsed_pack_field_by_field(cache: Path) -> None:
    source = builtin_source()
    slow = parse_builtin(source)
    built = compiled_pack(source, parse_builtin, cache)  # cold: parses and writes
    assert (cache / CACHE_FILE).is_file()
    fast = compiled_pack(source, _never_parse, cache)  # warm: read back from the file only
    _same(built, slow)
    _same(fast, slow)
    assert fast.model_dump() == slow.model_dump()
    assert len(fast.habit(1).questions) >= 45 and fast.shift(slow.shifts[0].id).from_ == slow.shifts[0].from_


def test_custom_packs_merge_the_same_onto_the_compiled_pack(cache: Path) -> None:
    from covey_coach.content import merge_packs
    from covey_coach.content.load import custom_pack_files, load_pack_file

    source = builtin_source()
    compiled_pack(source, parse_builtin, cache)
    fast, slow = compiled_pack(source, _never_parse, cache), parse_builtin(source)
    packs = custom_pack_files(GOOD_DATA_DIR)
    assert len(packs) == 2
    for path in packs:
        extra = load_pack_file(path)
        fast, slow = merge_packs(fast, extra), merge_packs(slow, extra)
    _same(fast, slow)
    _same(load_content(GOOD_DATA_DIR), slow)


@pytest.mark.parametrize("damage", [
    pytest.param(lambda data: b"", id="empty"),
    pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
    pytest.param(lambda data: b"\x00\xff" * 50, id="binary"),
    pytest.param(lambda data: data.replace(b'"builtin"', b'"bu1ltin"', 1), id="one-byte-changed"),
    pytest.param(lambda data: data.split(b"\n", 1)[1], id="no-header"),
])
def test_a_damaged_compiled_file_is_rebuilt_without_an_error(cache: Path, damage: Any) -> None:
    source = builtin_source()
    compiled_pack(source, parse_builtin, cache)
    path = cache / CACHE_FILE
    good = path.read_bytes()
    path.write_bytes(damage(good))
    assert read_compiled(path, compiled_key(source)) is None
    calls: list[bytes] = []

    def parse(data: bytes) -> ContentPack:
        calls.append(data)
        return parse_builtin(data)

    _same(compiled_pack(source, parse, cache), parse_builtin(source))
    assert calls == [source]
    assert path.read_bytes() == good  # written whole again


def test_a_file_whose_hash_matches_but_is_not_a_pack_is_rebuilt(cache: Path) -> None:
    import hashlib

    source = builtin_source()
    key = compiled_key(source)
    path = cache / CACHE_FILE
    path.parent.mkdir(parents=True)
    for body in (b'{"format": "covey-coach-content"}', b"[1, 2]", b'{"format": "x", "version": 1, "name": "b"}'):
        path.write_bytes(f"{key} {hashlib.sha256(body).hexdigest()}\n".encode() + body)
        assert read_compiled(path, key) is None
    assert compiled_pack(source, parse_builtin, cache).name == "builtin"
    assert read_compiled(path, key) is not None


def test_a_changed_yaml_or_version_is_not_read_from_an_old_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = builtin_source()
    compiled_pack(source, parse_builtin, cache)
    edited = source.replace(b"name: builtin", b"name: edited", 1)
    assert edited != source and compiled_key(edited) != compiled_key(source)
    assert compiled_pack(edited, parse_builtin, cache).name == "edited"
    assert compiled_pack(edited, _never_parse, cache).name == "edited"  # and that one is kept now

    key = compiled_key(edited)
    monkeypatch.setattr("covey_coach.__version__", "99.0.0")
    assert compiled_key(edited) != key
    assert read_compiled(cache / CACHE_FILE, compiled_key(edited)) is None


def test_a_cache_folder_that_cannot_be_written_still_gives_the_pack(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    source = builtin_source()
    _same(compiled_pack(source, parse_builtin, blocked), parse_builtin(source))
    assert blocked.read_text(encoding="utf-8") == "a file where the cache folder should be"


def test_custom_pack_mistakes_still_name_file_and_line_with_a_warm_cache(tmp_path: Path) -> None:
    assert (resolve_cache_dir() / CACHE_FILE).is_file() or load_builtin()  # warm (or warmed now)
    target = tmp_path / "packs" / "broken.yaml"
    target.parent.mkdir()
    target.write_text("format: covey-coach-content\nversion: 1\nname: b\nhabits:\n  - number: 9\n",
                      encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(tmp_path)
    assert str(caught.value).startswith(f"{target}, line 5: habits[0].number")


def test_tests_never_touch_the_real_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    import tempfile

    assert CACHE_AT_IMPORT is not None
    assert Path(CACHE_AT_IMPORT).resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert Path(os.environ[ENV_CACHE_DIR]).is_relative_to(tmp_path_factory.getbasetemp())
    assert resolve_cache_dir() == Path(os.environ[ENV_CACHE_DIR])


_LOAD = """
import sys
from covey_coach.content import load_content
pack = load_content(sys.argv[1])
print(pack.name, len(pack.habits), "yaml" in sys.modules)
"""


def _fresh_interpreter(cache: Path, data_dir: Path) -> str:
    env = {**os.environ, ENV_CACHE_DIR: str(cache)}
    done = subprocess.run([sys.executable, "-c", _LOAD, str(data_dir)], capture_output=True, text=True,
                          check=True, env=env)
    return done.stdout.strip()


def test_a_warm_start_without_custom_packs_never_imports_pyyaml(tmp_path: Path) -> None:
    cache, data_dir = tmp_path / "cache", tmp_path / "data"
    data_dir.mkdir()
    assert _fresh_interpreter(cache, data_dir) == "builtin 7 True"  # cold: the YAML is parsed
    assert (cache / CACHE_FILE).is_file()
    assert _fresh_interpreter(cache, data_dir) == "builtin 7 False"  # warm: no PyYAML at all

    shutil.copytree(GOOD_DATA_DIR / "packs", data_dir / "packs")
    assert _fresh_interpreter(cache, data_dir) == "builtin+acme-hotel+zorg-nl 7 True"
