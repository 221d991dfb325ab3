"""Which questions a reflection asks: one per stage of the arc, fitted to the channel, never a recent repeat.

``history`` holds, newest first, the ids of the questions that each earlier reflection on
the same habit asked. A reflection asks one question of each stage (notice, so what, now
what: :data:`~covey_coach.content.model.QUESTION_STAGES`), in that order, each one fitting the
encounter's channel (its own questions and the ``any`` ones; with no channel or "other" only
the ``any`` ones), and none from the previous :data:`NO_REPEAT_WINDOW` (fourteen) reflections
on that habit. Those fourteen asked at most fourteen questions of one stage, so fifteen per
stage that fit every channel always leave a fresh one; the built-in pack has at least that
many per stage, habit and language (``MIN_QUESTIONS``), and custom packs only add to it, so
the rule holds strictly. Only a smaller pool (a pack built with fewer) can run out of fresh
questions; then the least recently used come back first.

Ids in the history that the pack no longer has (questions retired from an earlier pack) are
simply never chosen again: the entries keep the question as it was asked.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from covey_coach.content.model import QUESTION_STAGES, ContentPack, Question

NO_REPEAT_WINDOW = 14
"""A question used in one of the last this-many reflections on a habit is not asked again."""
_CHANNEL_WEIGHT = 3
"""Among equally fresh questions, one written for the encounter's own channel is this much likelier."""


def _ages(history: Sequence[Sequence[str]]) -> dict[str, int]:
    """Question id -> index of the newest reflection that used it (0 = the latest)."""
    ages: dict[str, int] = {}
    for index, ids in enumerate(history):
        if isinstance(ids, str):  # one id per reflection, given without a list around it
            ids = (ids,)
        for question_id in ids:
            ages.setdefault(question_id, index)
    return ages


def choose_questions(
    pack: ContentPack,
    habit: int,
    history: Sequence[Sequence[str]],
    seed: str,
    channel: str | None = None,
) -> list[Question]:
    """One question per stage on ``habit``, in stage order (a stage without a fitting question is left out).

    - Each fits ``channel`` (desk, phone, chat, email, floor): that channel's own questions
      and the ``any`` ones; with None or "other", only the ``any`` ones.
    - No question used in the last :data:`NO_REPEAT_WINDOW` reflections comes back while the
      stage has another that fits; if it has not, the least recently used one comes back.
    - Beyond that window the longest unused question comes first (never used ones before all
      others), so one stage's questions repeat only after all of them have been asked; among
      equals a question for the encounter's own channel is likelier.
    - The same arguments give the same questions (``random.Random`` seeded with ``seed`` and
      the habit); another seed, say the date, picks differently among equally fresh ones.
    """
    content = pack.habit(habit)
    want = getattr(channel, "value", channel)
    rng = random.Random(f"{seed}\x1f{habit}")
    ages = _ages(history)
    never = len(history) + NO_REPEAT_WINDOW  # older than anything in the history
    chosen: list[Question] = []
    for stage in QUESTION_STAGES:
        pool = content.questions_for(want, stage)
        if not pool:
            continue
        age = {q.id: ages.get(q.id, never) for q in pool}
        oldest = max(age.values())  # fresh when >= NO_REPEAT_WINDOW; else the least recently used
        tier = [q for q in pool if age[q.id] == oldest]
        weights = [_CHANNEL_WEIGHT if want and q.channel == want else 1 for q in tier]
        chosen.append(rng.choices(tier, weights=weights)[0])
    return chosen


__all__ = ["NO_REPEAT_WINDOW", "choose_questions"]
