"""Hostile imports: each is refused with exit 1 and one sentence, and the data dir keeps every byte.

The data dir is fingerprinted (sha256 of every file, and the list of files) before and after.
"""

from __future__ import annotations

import copy
import hashlib
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from covey_coach.cli.run import main
from covey_coach.exchange.covey_json import MAX_IMPORT_BYTES

JRNL_EXPORT = Path(__file__).parent / "data" / "jrnl" / "jrnl-4.6" / "export.json"


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def journal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    """A journal with one entry and its settings, so there are files to keep unchanged."""
    data_dir = tmp_path / "journal"
    code, _, err = run(capsys, "--data-dir", str(data_dir), "add", "--habit", "5", "--rating", "4",
                       "--encounter", "Guest lost a key card")
    assert code == 0, err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "schedule", "--weekdays", "mon,tue,wed")
    assert code == 0, err
    return data_dir


def ours(entries: list[dict[str, Any]], **header: Any) -> dict[str, Any]:
    return {"format": "covey-coach", "version": 1, "entries": entries, **header}


def good(n: int) -> dict[str, Any]:
    return {"day": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", "habit": 1 + n % 7, "rating": 1 + n % 5,
            "encounter": f"encounter {n}"}


def jrnl_file(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(JRNL_EXPORT.read_text("utf-8"))
    change(document)
    return document


def _set(entry: int, **fields: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        document["entries"][entry].update(fields)
    return change


def thousand_with_one_bad(bad_at: int, field: str, value: Any) -> dict[str, Any]:
    entries = [good(n) for n in range(1000)]
    entries[bad_at - 1] = {**entries[bad_at - 1], field: value}
    return ours(entries)


def thousand_jrnl_with_one_bad(bad_at: int, field: str, value: Any) -> dict[str, Any]:
    template = json.loads(JRNL_EXPORT.read_text("utf-8"))["entries"][0]
    entries = [{**copy.deepcopy(template), "title": f"Entry {n}."} for n in range(1000)]
    entries[bad_at - 1][field] = value
    return {"tags": {}, "entries": entries}


CASES: dict[str, tuple[bytes, str]] = {
    "not JSON": (b"day,habit\n2026-11-20,5\n", "is not valid JSON"),
    "empty file": (b"", "is not valid JSON"),
    "a JSON list": (b"[1, 2, 3]", "neither a Covey Coach export"),
    "wrong format": (orjson.dumps({"format": "dayone", "entries": []}), "neither a Covey Coach export"),
    "a future version": (orjson.dumps(ours([good(1)], version=2)), "has format version 2, written by a newer Covey Coach than this one (which reads "
                                                       "version 1); update Covey Coach"),
    "version true": (orjson.dumps(ours([good(1)], version=True)), "'version' must be a whole number"),
    "habit 9": (orjson.dumps(ours([good(1), {**good(2), "habit": 9}])), "entry 2: 'habit' must be at most 7"),
    "30 February": (orjson.dumps(ours([{**good(1), "day": "2026-02-30"}])),
                    "entry 1: 'day' is not a day on the calendar ('2026-02-30')"),
    "one bad among a thousand": (orjson.dumps(thousand_with_one_bad(734, "rating", 6)),
                                 "entry 734: 'rating' must be at most 5"),
    "100,000 levels of nesting": (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON"),
    "nesting inside an entry": (orjson.dumps(ours([{**good(1), "answers": "x"}]))
                                .replace(b'"x"', b"[" * 100_000 + b"]" * 100_000), "is not valid JSON"),
    "a coach's feedback file": (orjson.dumps({"format": "covey-coach-feedback", "version": 1, "person": "Sanne",
                                              "comments": []}), "a coach's feedback file, which this version"),
    "jrnl: a bad date": (orjson.dumps(jrnl_file(_set(2, date="2026-02-30"))),
                         "entry 3 (2026-02-30, 'Planned the week with the team.'): 'date' is not a day on the calendar ('2026-02-30')"),
    "jrnl: a date of another form": (orjson.dumps(jrnl_file(_set(0, date="20/11/2026"))),
                                     "entry 1 (20/11/2026, 'Guest lost her key card at 23:00.'): 'date' must be a date of the form YYYY-MM-DD"),
    "jrnl: a bad time": (orjson.dumps(jrnl_file(_set(4, time="25:61"))),
                         "entry 5 (2026-11-24, 'Two habits at once.'): 'time' must be a time of day of the form HH:MM, not '25:61'"),
    "jrnl: before the first day": (orjson.dumps(jrnl_file(_set(0, date="0001-01-01", time="00:30"))),
                                   "entry 1 (0001-01-01, 'Guest lost her key card at 23:00.'): 'date' is too close to the year 1 or the year 9999 ('0001-01-01')"),
    "created_at past the last day": (orjson.dumps(ours([{**good(1), "created_at": "9999-12-31T23:59:00-05:00"}])),
                                     "entry 1: 'created_at' is too close to the year 1 or the year 9999"),
    "jrnl: @habit9": (orjson.dumps(jrnl_file(_set(1, tags=["@desk", "@habit9"]))),
                      "entry 2 (2026-11-21, 'Late check-out dispute.'): the tag @habit9 names no habit (the habits are @habit1 to @habit7)"),
    "jrnl: @habit and 5,000 digits": (orjson.dumps(jrnl_file(_set(1, tags=["@habit" + "9" * 5000]))),
                                      f"the tag @habit{'9' * 34}… names no habit"),
    "jrnl: @habit0": (orjson.dumps(jrnl_file(_set(1, tags=["@habit0", "@habit3"]))),
                      "the tag @habit0 names no habit"),
    "jrnl: no title, no body": (orjson.dumps(jrnl_file(_set(0, title=" ", body=""))),
                                "entry 1: 'title' and 'body' are both empty"),
    "jrnl: line breaks in what is shown": (orjson.dumps(jrnl_file(_set(0, title="Two\nlines", time="9\n00"))),
                                           "entry 1 (2026-11-20, 'Two lines'): 'time' must be a time of day of the "
                                           "form HH:MM, not '9 00'"),
    "jrnl: a long title is cut": (orjson.dumps(jrnl_file(_set(0, title="x" * 60, starred=1))),
                                  f"entry 1 (2026-11-20, '{'x' * 39}…'): 'starred' must be true or false"),
    "jrnl: no title to name it by": (orjson.dumps(jrnl_file(_set(1, title=7))), "entry 2: 'title' must be text"),
    "jrnl: starred as text": (orjson.dumps(jrnl_file(_set(0, starred="yes"))),
                              "(2026-11-20, 'Guest lost her key card at 23:00.'): 'starred' must be true or false"),
    "jrnl: tags not a list": (orjson.dumps(jrnl_file(_set(0, tags="@habit5"))), "'Guest lost her key card at 23:00.'): 'tags' must be a list"),
    "jrnl: entries not a list": (orjson.dumps({"tags": {}, "entries": {"0": {}}}), "'entries' must be a list"),
    "jrnl: one bad among a thousand": (orjson.dumps(thousand_jrnl_with_one_bad(999, "time", "9:00")),
                                       "entry 999 (2026-11-20, 'Entry 998.'): 'time' must be a time of day"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_import_is_refused_in_one_sentence_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, journal: Path, name: str) -> None:
    raw, needle = CASES[name]
    source = tmp_path / "import.json"
    source.write_bytes(raw)
    before = fingerprint(journal)
    for dry_run in ([], ["--dry-run"]):
        code, out, err = run(capsys, "--data-dir", str(journal), "import", *dry_run, str(source))
        assert code == 1, (out, err)
        assert needle in err, err
        assert str(source) in err and err.count("\n") == 1 and "Traceback" not in err and out == ""
        assert err.rstrip().endswith("nothing was imported.")
    assert fingerprint(journal) == before


def test_the_same_refusal_reads_in_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path, journal: Path) -> None:
    source = tmp_path / "import.json"
    source.write_bytes(orjson.dumps(jrnl_file(_set(2, date="2026-02-30"))))
    code, _, err = run(capsys, "--data-dir", str(journal), "--lang", "nl", "import", str(source))
    assert code == 1
    assert err == (f"Het importbestand {source}, reflectie 3 (2026-02-30, 'Planned the week with the team.'): "
                   "'date' is geen bestaande dag ('2026-02-30'); er is niets geïmporteerd.\n")


def test_a_100_mb_file_is_refused_by_its_size_before_it_is_read(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "huge.json"
    with source.open("wb") as handle:  # sparse: 100 MB on paper, no disk used
        handle.truncate(100 * 1024 * 1024)
    assert MAX_IMPORT_BYTES < source.stat().st_size
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        assert self != source, "the 100 MB file was read"
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    before = fingerprint(journal)
    code, out, err = run(capsys, "--data-dir", str(journal), "import", str(source))
    assert code == 1 and out == ""
    assert err == f"The import file {source} is larger than 64 MB, far more than any journal export; " \
                  "nothing was imported.\n"
    assert fingerprint(journal) == before


# --------------------------------------------------------------------------- property

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=25,
)
_values = st.one_of(_json, st.sampled_from(["", "2026-02-30", "2026-11-20", "0001-01-01", "9999-12-31", "00:30",
                                            "23:59", "24:00", "@habit9",
                                            "@habit3", "@habit007", "@habit" + "1" * 5000, "#x", "@", "covey-coach",
                                            "covey-coach-feedback"]))
_jrnl_entry = st.fixed_dictionaries(
    {}, optional={key: _values | st.lists(_values, max_size=3)
                  for key in ("title", "body", "date", "time", "tags", "starred", "uuid")})
_documents = st.one_of(
    _json,
    st.fixed_dictionaries({"tags": _json, "entries": _json | st.lists(_jrnl_entry, max_size=4)}),
    st.fixed_dictionaries({"format": _values, "version": _values, "entries": _json},
                          optional={"tags": _json, "comments": _json}),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=_documents)
def test_any_json_value_as_a_file_never_gives_a_traceback_and_a_refusal_writes_nothing(
        capsys: pytest.CaptureFixture[str], journal: Path, document: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "import.json"
        source.write_text(json.dumps(document))  # json, not orjson: integers beyond 64 bits too
        before = fingerprint(journal)
        code, out, err = run(capsys, "--data-dir", str(journal), "import", "--dry-run", str(source))
        assert code in (0, 1) and "Traceback" not in err
        assert fingerprint(journal) == before  # a dry run never writes
        if code == 1:
            assert err.count("\n") == 1 and str(source) in err and out == ""
            code, _, err_again = run(capsys, "--data-dir", str(journal), "import", str(source))
            assert (code, err_again) == (1, err)
            assert fingerprint(journal) == before
