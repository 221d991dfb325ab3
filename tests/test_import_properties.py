"""Imports over a large input space: valid files round-trip, anything else is one InputError."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from covey_coach.errors import InputError
from covey_coach.habits import Channel
from covey_coach.exchange.covey_json import load_import, parse_covey_export
from covey_coach.models import Answer, Entry

texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80).filter(lambda s: s.strip())

entries = st.builds(
    Entry,
    id=st.text("abcdef0123456789", min_size=8, max_size=32),
    created_at=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 1, 1),
                            timezones=st.just(timezone.utc)),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    habit=st.integers(1, 7), rating=st.integers(1, 5), energy=st.none() | st.integers(1, 5),
    channel=st.sampled_from(list(Channel)), encounter=texts,
    answers=st.lists(st.builds(Answer, question_id=st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True),
                               question=texts, answer=st.text(max_size=50)), max_size=3),
    principles=st.lists(st.sampled_from(["welcome", "basics", "tailored", "worry", "amaze", "recovery"]),
                        unique=True, max_size=3),
    sammy=st.booleans(), commitment=st.text(max_size=40), private=st.booleans(),
    tags=st.lists(st.from_regex(r"[a-z]{1,10}", fullmatch=True), unique=True, max_size=3),
)


@given(st.lists(entries, max_size=8, unique_by=lambda e: e.id))
def test_an_export_of_any_entries_imports_back_unchanged(batch: list[Entry]) -> None:
    document = {"format": "covey-coach", "version": 1, "entries": [e.model_dump(mode="json") for e in batch]}
    assert parse_covey_export(orjson.loads(orjson.dumps(document)), Path("x.json")) == batch


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
entry_like = st.fixed_dictionaries(
    {"day": st.one_of(st.text(max_size=12), st.dates().map(str), st.integers()),
     "habit": json_values | st.integers(-2, 10), "rating": json_values | st.integers(-2, 8),
     "encounter": json_values | texts},
    optional={"id": json_values, "created_at": json_values, "energy": json_values, "answers": json_values,
              "private": json_values, "tags": json_values},
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    json_values,
    st.fixed_dictionaries({"format": st.just("covey-coach"), "version": json_values | st.just(1),
                           "entries": json_values | st.lists(entry_like, max_size=4)}),
))
def test_any_json_is_either_accepted_whole_or_refused_with_one_sentence(tmp_path: Path, document: object) -> None:
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document))
    try:
        result = load_import(path)
    except InputError as exc:
        message = str(exc)
        assert str(path) in message and "\n" not in message
        return
    assert all(isinstance(e, Entry) for e in result)
    assert isinstance(document, dict) and len(result) == len(document["entries"])  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", [b"\xff\xfe", b"\x00" * 10, b"[" * 100_000])
def test_binary_or_absurd_files_are_refused(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "import.json"
    path.write_bytes(raw)
    with pytest.raises(InputError):
        load_import(path)
