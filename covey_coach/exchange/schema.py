"""The published JSON Schema of the export/import format (CONTRACT: "covey_coach ships it").

The shipped file ``covey-coach-export-v1.schema.json`` is generated from the same pydantic
models the importer validates with; a test keeps the two equal. Regenerate with
``python -m covey_coach.exchange.schema > covey_coach/exchange/covey-coach-export-v1.schema.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import AwareDatetime, BaseModel, Field

from covey_coach.exchange.covey_json import FORMAT_NAME, FORMAT_VERSION
from covey_coach.journal.settings import HabitTarget
from covey_coach.models import Entry, WeeklyReview
from covey_coach.progress.schedule import ScheduleHistory

SCHEMA_PATH = Path(__file__).with_name(f"covey-coach-export-v{FORMAT_VERSION}.schema.json")
REQUIRED_ON_IMPORT = ["day", "habit", "rating", "encounter"]
"""An import may leave out every other field; CONTRACT's smallest file carries only these."""


class EnvelopeExtras(BaseModel):
    """What ``export --format json`` writes besides the entries (CONTRACT "Export envelope").

    Every key is optional, so the smallest import file stays valid; only the schema reads this model.
    """

    exported_at: AwareDatetime
    person: str = Field(max_length=200)
    schedule: ScheduleHistory
    targets: dict[int, HabitTarget]
    day_start_hour: int = Field(ge=0, le=23)
    reviews: list[WeeklyReview]


def export_schema() -> dict[str, Any]:
    entry = Entry.model_json_schema(mode="serialization")
    defs = entry.pop("$defs", {})
    extras = EnvelopeExtras.model_json_schema(mode="serialization")
    defs.update(extras.pop("$defs", {}))
    entry["required"] = REQUIRED_ON_IMPORT
    entry.pop("additionalProperties", None)  # the importer ignores keys it does not know
    defs["Entry"] = entry
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://covey-coach.invalid/schema/export-v{FORMAT_VERSION}.json",
        "title": "Covey Coach export",
        "description": "Reflections exported by Covey Coach; also what `covey-coach import` reads.",
        "type": "object",
        "required": ["format", "version", "entries"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
            "entries": {"type": "array", "items": {"$ref": "#/$defs/Entry"}},
            **extras["properties"],
        },
        "$defs": defs,
    }


def render() -> str:
    return json.dumps(export_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(render(), end="")
