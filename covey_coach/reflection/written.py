"""What the pack has written that Reflect shows beside its fields: a reality check on the verdict step.

No Textual here. The verdict step shows one reality check of a principle the person ticked:
the same one all day (or for all of an entry's edits), another one the next day, and a new
choice as soon as the ticks change.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.content.model import ContentPack


@dataclass(frozen=True)
class RealityCheck:
    """One reality check, in one language, with the principle it belongs to."""

    principle: str
    """The principle's id."""
    text: str


def reality_check(pack: ContentPack, lang: str, ticked: Collection[str], day: date) -> RealityCheck | None:
    """The reality check to show for the principles ``ticked`` on ``day``; None if none has one.

    The checks of the ticked principles are laid end to end in the pack's order and the day
    picks one, moving one place a day: someone who ticks the same principle every day meets
    each of its checks in turn before one comes back, and two days in a row never show the
    same check while there are two or more to show.
    """
    wanted = {getattr(p, "value", p) for p in ticked}
    checks = [RealityCheck(principle.id, check.get(lang))
              for principle in pack.principles if principle.id in wanted
              for check in principle.reality_checks]
    if not checks:
        return None
    return checks[day.toordinal() % len(checks)]


__all__ = ["RealityCheck", "reality_check"]
