"""Import ids per CONTRACT: an entry without an ``id`` gets one derived from its day, habit,
encounter and (where given) created_at, so importing the same file twice changes nothing."""

from __future__ import annotations

import json
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from covey_coach.cli.run import main
from covey_coach.exchange.covey_json import load_import, parse_covey_export
from covey_coach.journal.store import open_store
from covey_coach.models import Entry
from tests.test_store import snapshot_dir

DATA = Path(__file__).parent / "data"
MINIMAL = DATA / "import_minimal.json"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _ids(*entries: dict[str, Any]) -> list[str]:
    document = {"format": "covey-coach", "version": 1, "entries": list(entries)}
    return [e.id for e in parse_covey_export(orjson.loads(orjson.dumps(document)), Path("x.json"))]


SMALLEST = {"day": "2026-11-20", "habit": 5, "rating": 4, "encounter": "text"}


def test_contracts_smallest_file_imported_twice_adds_nothing(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "import", str(MINIMAL))
    assert code == 0, err
    assert out.strip() == f"{MINIMAL}: imported 1 reflection; 0 were already in the journal."
    first = (data_dir / "journal.json").read_bytes()
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "import", str(MINIMAL))
    assert code == 0, err
    assert out.strip() == f"{MINIMAL}: imported 0 reflections; 1 was already in the journal."
    assert (data_dir / "journal.json").read_bytes() == first
    _, listed, _ = _run(capsys, "--data-dir", str(data_dir), "list", "--json")
    assert len(json.loads(listed)) == 1
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "import", "--dry-run", str(MINIMAL))
    assert code == 0 and "0 new reflections would be imported, 1 is already" in out


def test_the_same_content_always_gets_the_same_valid_id() -> None:
    [one] = _ids(SMALLEST)
    assert _ids(SMALLEST) == [one]
    assert len(one) == 32 and Entry.model_validate({**SMALLEST, "id": one, "created_at": datetime.now(
        timezone.utc)}).id == one
    # Only day, habit, encounter and created_at make the id: a rating changed by hand is the same entry.
    assert _ids({**SMALLEST, "rating": 2, "private": True}) == [one]


@pytest.mark.parametrize("change", [{"encounter": "text!"}, {"encounter": "Text"}, {"day": "2026-11-21"},
                                    {"habit": 4}, {"created_at": "2026-11-20T12:00:00+01:00"}])
def test_entries_that_differ_in_what_makes_the_id_get_different_ids(change: dict[str, Any]) -> None:
    assert len(set(_ids(SMALLEST, {**SMALLEST, **change}))) == 2


def test_created_at_is_one_instant_however_its_offset_is_written() -> None:
    at_nine_utc = [{**SMALLEST, "created_at": at} for at in ("2026-11-20T10:00:00+01:00", "2026-11-20T09:00:00Z")]
    assert len(set(_ids(at_nine_utc[0]) + _ids(at_nine_utc[1]))) == 1


def test_identical_entries_in_one_file_are_both_kept_and_both_found_again() -> None:
    twice = _ids(SMALLEST, {**SMALLEST, "rating": 1})
    assert len(set(twice)) == 2 and twice[0] == _ids(SMALLEST)[0]
    assert _ids({**SMALLEST, "rating": 1}, SMALLEST) == twice  # the order in the file does not matter


def test_an_id_given_in_the_file_is_kept() -> None:
    assert _ids({**SMALLEST, "id": "abc123"}) == ["abc123"]


# --------------------------------------------------------------------------- property

_texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(str.strip)
_days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
_raw_entry = st.fixed_dictionaries(
    {"day": _days.map(str), "habit": st.integers(1, 7), "rating": st.integers(1, 5),
     "encounter": st.sampled_from(["Lost key card", "Late check-out", "text"]) | _texts},
    optional={
        "id": st.from_regex(r"[a-f0-9]{12}", fullmatch=True),
        "created_at": st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1),
                                   timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=2))]))
                        .map(lambda d: d.isoformat()),
        "energy": st.integers(1, 5), "private": st.booleans(), "commitment": st.text(max_size=10),
    },
)
# Ids given in a file must be unique within it (otherwise the file is refused, tested elsewhere).
_files = st.lists(_raw_entry, max_size=12).filter(
    lambda entries: len({e["id"] for e in entries if "id" in e}) == sum(1 for e in entries if "id" in e))


@settings(max_examples=60, deadline=None)
@given(already=_files, batch=_files)
def test_any_valid_file_imported_twice_gives_the_same_journal_as_once(
        already: list[dict[str, Any]], batch: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "journal"
        source = Path(folder) / "import.json"
        with open_store(data_dir) as store:
            store.add_many(Entry.model_validate({**raw, "created_at": raw.get("created_at", "2026-01-01T12:00:00Z")})
                           for raw in already if "id" in raw)  # a journal with some entries in it already
        source.write_bytes(orjson.dumps({"format": "covey-coach", "version": 1, "entries": batch}))
        with open_store(data_dir) as store:
            store.add_many(load_import(source))
            once = store.entries()
        before = snapshot_dir(data_dir)
        with open_store(data_dir) as store:
            assert store.add_many(load_import(source)) == 0
            assert store.entries() == once
        assert snapshot_dir(data_dir) == before  # not a byte written the second time
