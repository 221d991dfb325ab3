"""The Reflect flow's fields, apart from its widgets: to and from a draft, an entry, a new entry.

No Textual here: the screen reads its widgets into a :class:`ReflectForm`, and the form
turns into a draft (while typing) or an :class:`~covey_coach.models.Entry` (on save).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from covey_coach.habits import Channel
from covey_coach.models import FOLLOWUP_ANSWER_ID, FOLLOWUP_OUTCOMES, Answer, Entry, Followup

FOLLOWUP_ID = FOLLOWUP_ANSWER_ID
"""The answer id of the check-in's "how did your last commitment go?"."""

STEPS = ("checkin", "encounter", "habit", "questions", "verdict", "commitment")
"""The steps of the flow, in order: Gibbs' cycle from feeling to plan (DESIGN)."""


@dataclass
class AskedQuestion:
    """A question as it was put to the person, in the language of the day."""

    id: str
    text: str
    stage: str = ""
    """Its stage of the arc (notice, so_what, now_what); empty for an entry from before stages."""


@dataclass
class ReflectForm:
    """Everything typed or chosen so far."""

    energy: int | None = None
    followup_question: str = ""
    """The check-in's question about last time's commitment, as asked; empty when there was none."""
    followup_of: str = ""
    """The id of the reflection whose commitment the check-in asks about; empty when none."""
    followup_outcome: str | None = None
    """``kept``, ``partly`` or ``not_kept`` once chosen (:data:`~covey_coach.models.FOLLOWUP_OUTCOMES`)."""
    followup: str = ""
    """What happened, in the person's words."""
    channel: str | None = None
    encounter: str = ""
    habit: int | None = None
    questions: list[AskedQuestion] = field(default_factory=list)
    questions_for: str = ""
    """The habit and channel the questions were chosen for (``"5/desk"``); a change chooses anew."""
    answers: dict[str, str] = field(default_factory=dict)
    """Answer text by question id; kept when a question goes and comes back."""
    rating: int | None = None
    principles: list[str] = field(default_factory=list)
    sammy: bool = False
    commitment: str = ""
    tags: list[str] = field(default_factory=list)
    private: bool = False

    # -- drafts ----------------------------------------------------------------------------

    def to_fields(self) -> dict[str, Any]:
        return {
            "energy": self.energy,
            "followup_question": self.followup_question,
            "followup_of": self.followup_of,
            "followup_outcome": self.followup_outcome,
            "followup": self.followup,
            "channel": self.channel,
            "encounter": self.encounter,
            "habit": self.habit,
            "questions": [{"id": q.id, "text": q.text, "stage": q.stage} for q in self.questions],
            "questions_for": self.questions_for,
            "answers": dict(self.answers),
            "rating": self.rating,
            "principles": list(self.principles),
            "sammy": self.sammy,
            "commitment": self.commitment,
            "tags": list(self.tags),
            "private": self.private,
        }

    def typed(self) -> dict[str, Any]:
        """What the person typed or chose: the fields without the questions the app drew.

        An answer box left empty is nothing typed: reaching the questions step mounts one per
        question, and that alone must not make Esc warn or a draft be kept.
        """
        fields = self.to_fields()
        del fields["questions"], fields["questions_for"]
        fields["answers"] = {k: v for k, v in self.answers.items() if v.strip()}
        return fields

    @classmethod
    def from_fields(cls, fields: dict[str, Any]) -> ReflectForm:
        """A form from a draft's fields; anything malformed falls back to empty."""

        def whole(name: str, low: int, high: int) -> int | None:
            value = fields.get(name)
            return value if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high else None

        def text(name: str) -> str:
            value = fields.get(name)
            return value if isinstance(value, str) else ""

        channel = fields.get("channel")
        outcome = fields.get("followup_outcome")
        questions = [
            AskedQuestion(str(q["id"]), str(q["text"]), str(q.get("stage") or ""))
            for q in fields.get("questions") or [] if isinstance(q, dict) and q.get("id") and "text" in q
        ]
        answers = fields.get("answers")
        principles = fields.get("principles")
        tags = fields.get("tags")
        return cls(
            energy=whole("energy", 1, 5),
            followup_question=text("followup_question"),
            followup_of=text("followup_of"),
            followup_outcome=outcome if outcome in FOLLOWUP_OUTCOMES else None,
            followup=text("followup"),
            channel=channel if channel in {c.value for c in Channel} else None,
            encounter=text("encounter"),
            habit=whole("habit", 1, 7),
            questions=questions,
            questions_for=text("questions_for"),
            answers={str(k): str(v) for k, v in answers.items()} if isinstance(answers, dict) else {},
            rating=whole("rating", 1, 5),
            principles=[str(p) for p in principles] if isinstance(principles, list) else [],
            sammy=fields.get("sammy") is True,
            commitment=text("commitment"),
            tags=[str(tag) for tag in tags] if isinstance(tags, list) else [],
            private=fields.get("private") is True,
        )

    # -- entries ---------------------------------------------------------------------------

    @classmethod
    def from_entry(cls, entry: Entry) -> ReflectForm:
        """A form prefilled from a stored entry, for editing."""
        followup = next((a for a in entry.answers if a.question_id == FOLLOWUP_ID), None)
        asked = [a for a in entry.answers if a.question_id != FOLLOWUP_ID]
        return cls(
            energy=entry.energy,
            followup_question=followup.question if followup else "",
            followup_of=entry.followup.entry if entry.followup else "",
            followup_outcome=entry.followup.outcome if entry.followup else None,
            followup=followup.answer if followup else "",
            channel=entry.channel.value,
            encounter=entry.encounter,
            habit=entry.habit,
            questions=[AskedQuestion(a.question_id, a.question) for a in asked],
            questions_for=f"{entry.habit}/{entry.channel.value}",
            answers={a.question_id: a.answer for a in asked},
            rating=entry.rating,
            principles=list(entry.principles),
            sammy=entry.sammy,
            commitment=entry.commitment,
            tags=list(entry.tags),
            private=entry.private,
        )

    def missing_step(self) -> int | None:
        """The first step with a required field still open (what happened, the habit, the rating)."""
        if not self.encounter.strip():
            return STEPS.index("encounter")
        if self.habit is None:
            return STEPS.index("habit")
        if self.rating is None:
            return STEPS.index("verdict")
        return None

    def answer_list(self) -> list[Answer]:
        out: list[Answer] = []
        if self.followup_question and (self.followup.strip() or self.followup_record() is not None):
            out.append(Answer(question_id=FOLLOWUP_ID, question=self.followup_question, answer=self.followup))
        out.extend(Answer(question_id=q.id, question=q.text, answer=self.answers.get(q.id, ""))
                   for q in self.questions)
        return out

    def followup_record(self) -> Followup | None:
        """The follow-up to store: when the check-in asked and an outcome was chosen or a line written."""
        if not (self.followup_of and self.followup_question):
            return None
        outcome = self.followup_outcome if self.followup_outcome in FOLLOWUP_OUTCOMES else None
        if outcome is None and not self.followup.strip():
            return None
        return Followup(entry=self.followup_of, outcome=outcome)  # type: ignore[arg-type]

    def to_entry(self, created_at: datetime, day: date, base: Entry | None = None) -> Entry:
        """A new entry, or ``base`` with these fields (its id, day and creation time kept).

        Raises ValueError (pydantic's ValidationError) when a required field is open.
        """
        values: dict[str, Any] = {
            "habit": self.habit,
            "channel": Channel(self.channel or Channel.OTHER.value),
            "encounter": self.encounter.strip(),
            "answers": self.answer_list(),
            "followup": self.followup_record(),
            "rating": self.rating,
            "energy": self.energy,
            "principles": list(self.principles),
            "sammy": self.sammy,
            "commitment": self.commitment.strip(),
            "tags": list(self.tags),
            "private": self.private,
        }
        if base is not None:
            return Entry.model_validate({**base.model_dump(), **values})
        return Entry(created_at=created_at, day=day, **values)


def parse_tags(text: str) -> list[str]:
    """``"late shift, allergy,"`` -> ``["late shift", "allergy"]``: trimmed, no empties, no repeats."""
    return list(dict.fromkeys(tag.strip()[:40] for tag in text.split(",") if tag.strip()))


__all__ = ["FOLLOWUP_ID", "STEPS", "AskedQuestion", "ReflectForm", "parse_tags"]
