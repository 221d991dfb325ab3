"""The reflection in progress, saved as it is typed so a crash or closed terminal loses nothing."""

from __future__ import annotations

import contextlib
from typing import Any

import orjson
from pydantic import ValidationError

from covey_coach.journal.atomic import atomic_write_bytes
from covey_coach.days import now_local
from covey_coach.models import Draft
from covey_coach.journal.paths import JournalPaths


def save_draft(paths: JournalPaths, fields: dict[str, Any], step: int, editing_id: str | None = None) -> Draft:
    draft = Draft(saved_at=now_local(), step=step, editing_id=editing_id, fields=fields)
    atomic_write_bytes(paths.draft, orjson.dumps(draft.model_dump(mode="json")))
    return draft


def load_draft(paths: JournalPaths) -> Draft | None:
    """The saved draft, or None. A damaged draft is set aside, never silently dropped."""
    if not paths.draft.exists():
        return None
    try:
        return Draft.model_validate(orjson.loads(paths.draft.read_bytes()))
    except (orjson.JSONDecodeError, ValidationError, OSError):
        with contextlib.suppress(OSError):
            paths.draft.replace(paths.draft.with_name(f"draft.damaged-{now_local():%Y%m%dT%H%M%S}.json"))
        return None


def clear_draft(paths: JournalPaths) -> None:
    paths.draft.unlink(missing_ok=True)


__all__ = ["clear_draft", "load_draft", "save_draft"]
