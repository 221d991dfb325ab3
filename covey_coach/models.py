"""The journal's records, validated at the edges (files, imports, the command line)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, field_validator

from covey_coach.habits import Channel

SCHEMA_VERSION = 1
"""Version of one entry's shape; the journal file carries its own version too."""

Rating = Annotated[int, Field(ge=1, le=5, strict=True)]
HabitNumber = Annotated[int, Field(ge=1, le=7, strict=True)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]


def new_id() -> str:
    return uuid.uuid4().hex


class Answer(BaseModel):
    """One guided question and what the person wrote."""

    model_config = ConfigDict(extra="forbid")

    question_id: str = Field(min_length=1, max_length=80)
    """The question's id in the content pack, so rotation can avoid repeats."""
    question: str = Field(max_length=1000)
    """The question as it was asked, in the language of the day: packs change, entries must not."""
    answer: str = Field(default="", max_length=20_000)


FOLLOWUP_ANSWER_ID = "commitment-followup"
"""The answer id of the check-in's "how did your last commitment go?" (what happened, in words)."""
FollowupOutcome = Literal["kept", "partly", "not_kept"]
"""How the last commitment went: tried and kept, partly kept, or not kept (CONTRACT ``commitments``)."""
FOLLOWUP_OUTCOMES: tuple[FollowupOutcome, ...] = ("kept", "partly", "not_kept")


class Followup(BaseModel):
    """The check-in's look back at the last commitment: which one, and how it went.

    What happened, in the person's words, is the answer with id ``commitment-followup``
    (the question as it was asked beside it), as it was before this field existed, so old
    entries and new ones read the same way.
    """

    model_config = ConfigDict(extra="forbid")

    entry: str = Field(min_length=1, max_length=64)
    """The id of the reflection whose commitment this follows up."""
    outcome: FollowupOutcome | None = None
    """None when only a line was written and no outcome chosen."""


class Entry(BaseModel):
    """One reflection on one customer encounter."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    id: str = Field(default_factory=new_id, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    created_at: AwareDatetime
    """When it was written; the day comes from this and the day-start hour, unless set by hand."""
    updated_at: AwareDatetime | None = None
    day: date
    """The local calendar day the reflection belongs to (CONTRACT)."""
    habit: HabitNumber
    channel: Channel = Channel.OTHER
    encounter: str = Field(min_length=1, max_length=20_000, pattern=r"\S")
    """What happened, briefly and concretely (not only white space)."""
    answers: list[Answer] = Field(default_factory=list, max_length=20)
    rating: Rating
    """Self-rating 1-5: how well the habit was lived in this encounter."""
    energy: Rating | None = None
    """The check-in: how the shift felt, 1-5."""
    principles: list[Slug] = Field(default_factory=list, max_length=20)
    """Service principles touched (seed 001's six, or a custom pack's)."""
    sammy: bool = False
    """A "Sammy moment": did something no procedure prescribes (seed 000)."""
    commitment: str = Field(default="", max_length=2_000)
    """What to try on the next shift: an if-then plan, "When ..., I will ..."."""
    followup: Followup | None = None
    """How the previous commitment went, when the check-in asked about one."""
    tags: list[Tag] = Field(default_factory=list, max_length=30)
    private: bool = False
    """Private entries never leave the machine unless the export asks for them by name."""

    @field_validator("tags")
    @classmethod
    def _unique_tags(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))


class Draft(BaseModel):
    """A reflection in progress, saved as the person types so nothing is lost."""

    model_config = ConfigDict(extra="ignore")

    saved_at: AwareDatetime
    step: int = 0
    editing_id: str | None = None
    fields: dict[str, object] = Field(default_factory=dict)


class WeeklyReview(BaseModel):
    """The answer to seed 002's question: which habit will you work on this week?"""

    model_config = ConfigDict(extra="forbid")

    week: str = Field(pattern=r"^\d{4}-W\d{2}$")
    created_at: AwareDatetime
    focus_habit: HabitNumber
    mission: str = ""
    mission_result: str = Field(default="", max_length=5_000)
    """What last week's field mission showed, asked before the next one is offered."""
    note: str = Field(default="", max_length=5_000)


class Tombstone(BaseModel):
    """What is left of a deleted entry: its id and when it went, so a copy elsewhere can follow."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1, max_length=64)
    deleted_at: AwareDatetime


def entry_sort_key(entry: Entry) -> tuple[date, datetime]:
    return (entry.day, entry.created_at)


__all__ = ["FOLLOWUP_ANSWER_ID", "FOLLOWUP_OUTCOMES", "Answer", "Draft", "Entry", "Followup", "FollowupOutcome",
           "SCHEMA_VERSION", "Tombstone", "WeeklyReview", "entry_sort_key", "new_id"]
