"""The shipped JSON Schema is the one the models describe, and CONTRACT's smallest file fits it."""

from __future__ import annotations

import json
from pathlib import Path

from covey_coach.exchange.schema import REQUIRED_ON_IMPORT, SCHEMA_PATH, render


def test_shipped_schema_matches_the_models() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render(), (
        "regenerate: python -m covey_coach.exchange.schema > " + str(SCHEMA_PATH))


def test_smallest_import_carries_exactly_the_required_fields() -> None:
    sample = json.loads((Path(__file__).parent / "data" / "import_minimal.json").read_text())
    schema = json.loads(SCHEMA_PATH.read_text())
    assert set(schema["required"]) <= set(sample)
    assert sorted(sample["entries"][0]) == sorted(REQUIRED_ON_IMPORT)
    entry = schema["$defs"]["Entry"]
    assert set(REQUIRED_ON_IMPORT) <= set(entry["properties"])
    assert entry["properties"]["habit"]["minimum"] == 1 and entry["properties"]["habit"]["maximum"] == 7
