"""The content pack's model: the habits' questions, examples and missions, the six principles, the
Sammy moment, the ten paradigm shifts and the readings, in Dutch and English.

The pack format (YAML, UTF-8). Every text item is a mapping of languages; a custom pack may
give one language only, the built-in pack gives both::

    format: covey-coach-content      # required, exactly this
    version: 1                       # required
    name: acme                       # required, a short name for the pack
    description: {en: ..., nl: ...}  # optional
    habits:                          # one entry per habit number 1-7, all fields but number optional
      - number: 1
        name: {en: Be proactive, nl: Wees proactief}
        meaning: {en: ..., nl: ...}  # one line: the habit at a desk, on the phone, in chat
        questions:                   # id: a slug unique across all packs; stage (required): notice,
          - {id: h1-notice-first-reaction, stage: notice, channel: any, en: ..., nl: ...}
                                     # so_what or now_what; channel: desk, phone, chat, email,
                                     # floor or any (the default)
        examples: [{en: ..., nl: ...}]   # three short "what good looks like"
        mission: {en: ..., nl: ...}      # the weekly field mission: be your own customer
    principles:                      # the six of seed 001 (ids: covey_coach.habits.Principle)
      - {id: welcome, name: {...}, description: {...}, reality_checks: [{...}, ...]}
    sammy: {name: {...}, explain: {...}, prompt: {...}}
    shifts:                          # area: design, strategy, culture, innovation or operation
      - {id: transactions-to-relationships, area: design, from: {...}, to: {...}, note: {...}}
    readings:                        # optional: short texts for the Read section, in pack order
      - id: moment-of-truth          # a slug; a custom pack re-words a reading by giving its id
        title: {en: ..., nl: ...}
        body: {en: ..., nl: ...}     # paragraphs separated by an empty line (a YAML ``|`` block)

How packs are read is :mod:`covey_coach.content.load`, how they are laid over each other
:mod:`covey_coach.content.merge`, and what the built-in pack must hold
:mod:`covey_coach.content.checks`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from covey_coach.content.problems import problem
from covey_coach.errors import Invalid, Problem, format_loc
from covey_coach.habits import HABITS
from covey_coach.i18n import LANGUAGES
from covey_coach.yaml_file import YamlSource

FORMAT = "covey-coach-content"
"""The value of ``format`` in every content pack."""
VERSION = 1
"""The pack format version this app reads."""
QUESTION_CHANNELS: tuple[str, ...] = ("desk", "phone", "chat", "email", "floor", "any")
"""Where a question fits; ``any`` fits every encounter."""
QUESTION_STAGES: tuple[str, ...] = ("notice", "so_what", "now_what")
"""The arc of a reflection, in the order it asks (Rolfe's what / so what / now what, Gibbs):
``notice`` what happened in me and in the customer, and how it felt; ``so_what`` why it went as
it did, through this habit (Covey's see-do-get: how I saw it, what I did, what I got);
``now_what`` what I will do next time. A reflection asks one question of each."""
SHIFT_AREAS: tuple[str, ...] = ("design", "strategy", "culture", "innovation", "operation")
"""The five dimensions of seed 004, two shifts each."""
MIN_QUESTIONS = 15
"""``any``-channel questions per stage, habit and language in the built-in pack: 14 + 1 = 15.

A reflection asks one question of each stage, and none of them may have been asked in any of
the previous fourteen reflections on the same habit (the rotation's ``NO_REPEAT_WINDOW``).
Those fourteen asked at most 14 questions of one stage, so each stage needs one more for the
reflection being asked. Counting only questions that fit every channel, 15 per stage mean the
rotation never falls back on a repeat, whatever the channel (or none); with 14 the fifteenth
reflection would have to repeat one."""
EXAMPLE_COUNT = 3
REALITY_CHECKS = (2, 5)
"""The fewest and the most reality checks a principle of the built-in pack has."""
SHIFT_COUNT = 10
BUILTIN_PATH = Path(__file__).with_name("builtin.yaml")
"""The built-in pack's file, shipped as package data."""

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")

QuestionChannel = Literal["desk", "phone", "chat", "email", "floor", "any"]
QuestionStage = Literal["notice", "so_what", "now_what"]
ShiftArea = Literal["design", "strategy", "culture", "innovation", "operation"]
Loc = tuple[str | int, ...]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise Invalid(problem("problem.not_slug", value=repr(value)))
    return value


class Text(_Model):
    """One text in Dutch and/or English: ``{en: ..., nl: ...}``."""

    en: str | None = None
    nl: str | None = None

    @field_validator("en", "nl", mode="before")
    @classmethod
    def _not_empty(cls, value: Any) -> Any:
        # An explicit ``nl:`` with nothing after it arrives as None: that is an empty text.
        if value is None or (isinstance(value, str) and not value.strip()):
            raise Invalid(Problem("errors.validation.empty"))
        return value.strip() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _some_language(self) -> "Text":
        if self.en is None and self.nl is None:
            raise Invalid(problem("problem.no_language"))
        return self

    def get(self, lang: str) -> str:
        """The text in ``lang``, else in the other language (custom packs may have one only)."""
        own = getattr(self, lang, None) if lang in LANGUAGES else None
        if own:
            return own
        for other in LANGUAGES:
            value = getattr(self, other)
            if value:
                return value
        return ""

    def has(self, lang: str) -> bool:
        """Whether this text is written in ``lang`` itself (no fallback)."""
        return lang in LANGUAGES and bool(getattr(self, lang))


class Question(Text):
    """A reflection question: a text with a stable id, its stage of the arc and the channel it suits.

    ``stage`` has no default, in custom packs too: a reflection asks one question per stage, and
    a question whose place in the arc is guessed would be asked at the wrong point.
    """

    id: str
    stage: QuestionStage
    channel: QuestionChannel = "any"

    _id_is_slug = field_validator("id")(classmethod(lambda cls, v: _slug(v)))


class HabitContent(_Model):
    """What a pack says about one habit. In a custom pack everything but ``number`` is optional."""

    number: int
    name: Text | None = None
    meaning: Text | None = None
    questions: tuple[Question, ...] = ()
    examples: tuple[Text, ...] = ()
    mission: Text | None = None

    @field_validator("number")
    @classmethod
    def _known_habit(cls, value: int) -> int:
        if value not in HABITS:
            raise Invalid(problem("problem.unknown_habit", value=value))
        return value

    def questions_for(self, channel: str | None, stage: str | None = None) -> tuple[Question, ...]:
        """The questions that fit ``channel``: its own and the ``any`` ones; only ``any`` when the
        channel is None or ``other`` (no channel's own question fits an encounter of no channel).
        With ``stage``, only that stage's."""
        want = getattr(channel, "value", channel)
        fits = ("any",) if want in (None, "other") else (want, "any")
        return tuple(q for q in self.questions if q.channel in fits and (stage is None or q.stage == stage))


class PrincipleContent(_Model):
    """One principle of an exceptional customer experience, with its reality checks."""

    id: str
    name: Text | None = None
    description: Text | None = None
    reality_checks: tuple[Text, ...] = ()

    _id_is_slug = field_validator("id")(classmethod(lambda cls, v: _slug(v)))


class Sammy(_Model):
    """The Sammy moment (seed 000): doing what no procedure prescribes."""

    name: Text | None = None
    explain: Text | None = None
    prompt: Text | None = None


class Shift(_Model):
    """One paradigm shift (seed 004), a theme for a coach or trainer."""

    id: str
    area: ShiftArea
    from_: Text = Field(alias="from")
    to: Text
    note: Text | None = None

    _id_is_slug = field_validator("id")(classmethod(lambda cls, v: _slug(v)))


class Reading(_Model):
    """A short text for the Read section: a title and a body of paragraphs.

    Both are optional so that a custom pack can re-word one language of a built-in reading;
    a reading of its own needs both (:mod:`covey_coach.content.merge`).
    """

    id: str
    title: Text | None = None
    body: Text | None = None

    _id_is_slug = field_validator("id")(classmethod(lambda cls, v: _slug(v)))


class ContentPack(_Model):
    """A whole content pack: the built-in one, a custom one, or several merged."""

    format: str
    version: int
    name: str
    description: Text | None = None
    habits: tuple[HabitContent, ...] = ()
    principles: tuple[PrincipleContent, ...] = ()
    sammy: Sammy | None = None
    shifts: tuple[Shift, ...] = ()
    readings: tuple[Reading, ...] = ()

    _source: YamlSource | None = PrivateAttr(default=None)
    """Where the pack was read from, so a merge can still name its file and lines."""

    @field_validator("format")
    @classmethod
    def _right_format(cls, value: str) -> str:
        if value != FORMAT:
            raise Invalid(problem("problem.wrong_format", expected=FORMAT, value=repr(value)))
        return value

    @field_validator("version")
    @classmethod
    def _right_version(cls, value: int) -> int:
        if value > VERSION:
            raise Invalid(problem("problem.version_too_new", value=value, supported=VERSION))
        if value != VERSION:
            raise Invalid(problem("problem.version_wrong", supported=VERSION))
        return value

    @field_validator("name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise Invalid(Problem("errors.validation.empty"))
        return value.strip()

    def habit(self, number: int) -> HabitContent:
        """The habit with this number; KeyError if the pack has none."""
        for habit in self.habits:
            if habit.number == number:
                return habit
        raise KeyError(f"content pack {self.name!r} has no habit {number}")

    def question(self, question_id: str) -> Question:
        """The question with this id, in whichever habit; KeyError if unknown."""
        for habit in self.habits:
            for question in habit.questions:
                if question.id == question_id:
                    return question
        raise KeyError(f"content pack {self.name!r} has no question {question_id!r}")

    def stage_of(self, question_id: str) -> str:
        """The stage of a question, or "" for an id the pack no longer has (a retired question)."""
        try:
            return self.question(question_id).stage
        except KeyError:
            return ""

    def habit_of(self, question_id: str) -> int:
        """The number of the habit a question belongs to; KeyError if unknown."""
        for habit in self.habits:
            if any(q.id == question_id for q in habit.questions):
                return habit.number
        raise KeyError(f"content pack {self.name!r} has no question {question_id!r}")

    def principle(self, principle_id: str) -> PrincipleContent:
        """The principle with this id (e.g. ``Principle.WELCOME`` or ``"welcome"``)."""
        wanted = getattr(principle_id, "value", principle_id)
        for principle in self.principles:
            if principle.id == wanted:
                return principle
        raise KeyError(f"content pack {self.name!r} has no principle {wanted!r}")

    def shift(self, shift_id: str) -> Shift:
        """The shift with this id; KeyError if unknown."""
        for shift in self.shifts:
            if shift.id == shift_id:
                return shift
        raise KeyError(f"content pack {self.name!r} has no shift {shift_id!r}")

    def reading(self, reading_id: str) -> Reading:
        """The reading with this id; KeyError if unknown."""
        for reading in self.readings:
            if reading.id == reading_id:
                return reading
        raise KeyError(f"content pack {self.name!r} has no reading {reading_id!r}")

    def problems(self) -> Iterator[tuple[Loc, Problem]]:
        """Mistakes within this pack that the field types cannot see: numbers and ids used twice."""
        numbers: dict[int, int] = {}
        question_ids: dict[str, str] = {}
        for i, habit in enumerate(self.habits):
            if habit.number in numbers:
                yield ("habits", i, "number"), problem(
                    "problem.habit_repeated", number=habit.number, first=f"habits[{numbers[habit.number]}]")
            numbers.setdefault(habit.number, i)
            for k, question in enumerate(habit.questions):
                if question.id in question_ids:
                    yield ("habits", i, "questions", k, "id"), problem(
                        "problem.id_twice", id=question.id, first=question_ids[question.id])
                question_ids.setdefault(question.id, format_loc(("habits", i, "questions", k)))
        for key, item_ids in (("principles", [p.id for p in self.principles]),
                              ("shifts", [s.id for s in self.shifts]),
                              ("readings", [r.id for r in self.readings])):
            first: dict[str, int] = {}
            for i, item_id in enumerate(item_ids):
                if item_id in first:
                    yield (key, i, "id"), problem("problem.id_twice", id=item_id, first=f"{key}[{first[item_id]}]")
                first.setdefault(item_id, i)


__all__ = [
    "BUILTIN_PATH", "EXAMPLE_COUNT", "FORMAT", "MIN_QUESTIONS", "QUESTION_CHANNELS", "QUESTION_STAGES",
    "REALITY_CHECKS", "SHIFT_AREAS", "SHIFT_COUNT", "VERSION", "ContentPack", "HabitContent", "PrincipleContent",
    "Question", "Reading", "Sammy", "Shift", "Text",
]
