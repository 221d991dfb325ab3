"""``export --format json``: the envelope of CONTRACT, which ``import`` and a coach's view read back."""

from __future__ import annotations

from typing import Any

import orjson

from covey_coach.exchange.covey_json import FORMAT_NAME, FORMAT_VERSION
from covey_coach.exchange.exports.request import ExportData
from covey_coach.i18n import Translator


def envelope(data: ExportData) -> dict[str, Any]:
    settings = data.settings
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": data.exported_at.isoformat(),
        "person": data.person,
        "schedule": settings.schedule.model_dump(mode="json"),
        # Every habit's target, defaults included: the coach's figures must not depend on the coach's defaults.
        "targets": {str(h): {"times": times, "days": days} for h, (times, days) in settings.all_targets().items()},
        "day_start_hour": settings.day_start_hour,
        "entries": [e.model_dump(mode="json") for e in data.entries],
        "reviews": [r.model_dump(mode="json") for r in data.reviews],
    }


def render(data: ExportData, t: Translator) -> bytes:
    return orjson.dumps(envelope(data), option=orjson.OPT_INDENT_2) + b"\n"


__all__ = ["envelope", "render"]
