"""Which questions a reflection asks: varied, fitted to the channel, never a recent repeat.

``history`` holds, newest first, the ids of the questions that each earlier reflection on
the same habit asked. A reflection asks three questions, and none of them comes from the
previous :data:`NO_REPEAT_WINDOW` (fourteen) reflections on that habit. Those fourteen
asked at most 3 x 14 = 42 questions, so a pool of 3 x (14 + 1) = 45 always leaves three
fresh ones; the built-in pack has at least that many per habit and language
(``MIN_QUESTIONS``), and custom packs only add to it, so the rule holds strictly, on any
mix of channels. Only a smaller pool (a pack built with fewer questions) or reflections
that asked more than three can run out of fresh questions; then the least recently used
come back first.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from covey_coach.content.model import ContentPack, Question

NO_REPEAT_WINDOW = 14
"""A question used in one of the last this-many reflections on a habit is not asked again."""
_CHANNEL_WEIGHT = 3
"""After the first pick, a question for the encounter's channel is this much likelier."""


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
    count: int = 3,
    channel: str | None = None,
) -> list[Question]:
    """``count`` distinct questions on ``habit`` (fewer only if the habit has fewer).

    - No question used in the last :data:`NO_REPEAT_WINDOW` reflections comes back while
      the pool has enough others; if it has not, the least recently used ones fill up.
      With three questions a reflection a pool of 45 or more (the built-in pack's) always
      has enough, so that fallback is never reached.
    - Beyond that window the longest unused questions come first (never used ones before
      all others), so one question a day on one habit repeats only after the whole pool
      (45 or more in the built-in pack) has been asked.
    - With a ``channel`` (desk, phone, chat, email, floor; "other" counts as none of
      them), the first question returned is one for that channel or for any channel
      whenever such a question is outside the window, and ties lean towards them. The
      channel never causes a repeat inside the window.
    - The same arguments give the same questions (``random.Random`` seeded with ``seed``
      and the habit); another seed, say the date, picks differently among equally fresh
      questions.
    """
    pool = list(pack.habit(habit).questions)
    count = max(0, min(count, len(pool)))
    if count == 0:
        return []
    want = getattr(channel, "value", channel)
    fits = (lambda q: q.channel in (want, "any")) if want else (lambda q: False)
    rng = random.Random(f"{seed}\x1f{habit}")
    ages = _ages(history)
    never = len(history) + NO_REPEAT_WINDOW  # older than anything in the history
    age = {q.id: ages.get(q.id, never) for q in pool}

    def take(candidates: list[Question], weighted: bool) -> Question:
        """The longest unused candidate; a seeded, channel-leaning draw among equals."""
        oldest = max(age[q.id] for q in candidates)
        tier = [q for q in candidates if age[q.id] == oldest]
        weights = [_CHANNEL_WEIGHT if weighted and fits(q) else 1 for q in tier]
        pick = rng.choices(tier, weights=weights)[0]
        candidates.remove(pick)
        return pick

    fresh = [q for q in pool if age[q.id] >= NO_REPEAT_WINDOW]
    chosen: list[Question] = []
    suited = [q for q in fresh if fits(q)]
    if suited:
        first = take(suited, weighted=False)
        chosen.append(first)
        fresh.remove(first)
    while fresh and len(chosen) < count:
        chosen.append(take(fresh, weighted=True))
    if len(chosen) < count:
        # The pool cannot avoid a repeat: the least recently used fill up.
        stale = [q for q in pool if q not in chosen]
        while len(chosen) < count:
            chosen.append(take(stale, weighted=True))
        if not suited and any(fits(q) for q in chosen):
            chosen.sort(key=lambda q: not fits(q))  # stable: a channel question leads
    return chosen


__all__ = ["NO_REPEAT_WINDOW", "choose_questions"]
