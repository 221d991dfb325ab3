"""Commitments and their follow-up as of T (CONTRACT "Commitment follow-up in stats --json").

A reflection may end with a commitment (an if-then plan for the next shift); the next
reflection's check-in asks how it went. As of T:

* **made**: reflections dated up to T with a commitment;
* **followed up**: of those, the ones a later reflection, also dated up to T, looked back
  on: with an outcome (kept, partly, not kept) or with a line about what happened only. A
  follow-up names the reflection it follows up (``Entry.followup.entry``). Reflections
  written before that field existed carry only the answer ``commitment-followup``; theirs
  followed up the newest commitment of an earlier day, the one the check-in asked about;
* **kept / partly / not kept**: each followed-up commitment counted once, by the outcome of
  its newest follow-up that chose one (two reflections on one day may both look back on it).

Entries without these fields (the pure figure tests' small tuples) simply have no commitment.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Any

from covey_coach.models import FOLLOWUP_ANSWER_ID

__all__ = ["CommitmentStats", "commitment_stats"]

_NO_TIME = datetime.combine(date.min, time(), tzinfo=timezone.utc)


@dataclass(frozen=True)
class CommitmentStats:
    made: int = 0
    followed_up: int = 0
    kept: int = 0
    partly: int = 0
    not_kept: int = 0

    @property
    def answered(self) -> int:
        """Followed-up commitments whose follow-up chose an outcome."""
        return self.kept + self.partly + self.not_kept

    @property
    def kept_rate(self) -> float | None:
        """Kept / those with an outcome; None while none has one."""
        return self.kept / self.answered if self.answered else None

    def to_json(self) -> dict[str, int]:
        return {"made": self.made, "followed_up": self.followed_up, "kept": self.kept,
                "partly": self.partly, "not_kept": self.not_kept}


def _key(entry: Any) -> tuple[date, datetime]:
    return (entry.day, getattr(entry, "created_at", None) or _NO_TIME)


def _old_style(entry: Any) -> bool:
    """A follow-up written before ``Entry.followup`` existed: the answer alone, in words."""
    return any(getattr(a, "question_id", None) == FOLLOWUP_ANSWER_ID and str(getattr(a, "answer", "")).strip()
               for a in getattr(entry, "answers", ()) or ())


def commitment_stats(entries: Iterable[Any], as_of: date, made_from: date | None = None,
                     made_to: date | None = None) -> CommitmentStats:
    """The figures as of ``as_of``; ``made_from``/``made_to`` keep only commitments made in those
    days (the weekly review's last week), their follow-ups still counted up to ``as_of``."""
    kept_entries = [e for e in entries if e.day <= as_of]
    committed = sorted((e for e in kept_entries if str(getattr(e, "commitment", "") or "").strip()), key=_key)
    by_id = {getattr(e, "id", None): e for e in committed}
    by_id.pop(None, None)
    days = [e.day for e in committed]

    # commitment id -> (sort key of the newest follow-up, its outcome) per kind
    followed: set[str] = set()
    outcome_at: dict[str, tuple[tuple[date, datetime], str]] = {}
    for entry in kept_entries:
        record = getattr(entry, "followup", None)
        if record is not None:
            target = by_id.get(record.entry)
            if target is None or target is entry or _key(target) >= _key(entry):
                continue  # a follow-up looks back: never on itself, never on a later plan
            followed.add(record.entry)
            if record.outcome is not None:
                seen = outcome_at.get(record.entry)
                if seen is None or seen[0] < _key(entry):
                    outcome_at[record.entry] = (_key(entry), record.outcome)
        elif _old_style(entry):
            earlier = bisect.bisect_left(days, entry.day)  # commitments of an earlier day only
            if earlier:
                target_id = getattr(committed[earlier - 1], "id", None)
                if target_id is not None:
                    followed.add(target_id)

    def in_range(e: Any) -> bool:
        return (made_from is None or e.day >= made_from) and (made_to is None or e.day <= made_to)

    chosen = {cid for cid, e in by_id.items() if in_range(e)}
    outcomes = [outcome for cid, (_, outcome) in outcome_at.items() if cid in chosen]
    return CommitmentStats(
        made=sum(1 for e in committed if in_range(e)),
        followed_up=len(followed & chosen),
        kept=outcomes.count("kept"),
        partly=outcomes.count("partly"),
        not_kept=outcomes.count("not_kept"),
    )

