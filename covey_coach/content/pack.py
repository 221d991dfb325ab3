"""Content packs: the habits' questions, examples and missions, the six principles, the
Sammy moment and the ten paradigm shifts, in Dutch and English.

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
        questions:                   # id: a slug unique across all packs; channel: desk, phone,
          - {id: h1-desk-before-asked, channel: desk, en: ..., nl: ...}   # chat, email, floor or any
        examples: [{en: ..., nl: ...}]   # three short "what good looks like"
        mission: {en: ..., nl: ...}      # the weekly field mission: be your own customer
    principles:                      # the six of seed 001 (ids: covey_coach.habits.Principle)
      - {id: welcome, name: {...}, description: {...}, reality_checks: [{...}, ...]}
    sammy: {name: {...}, explain: {...}, prompt: {...}}
    shifts:                          # area: design, strategy, culture, innovation or operation
      - {id: transactions-to-relationships, area: design, from: {...}, to: {...}, note: {...}}

Custom packs live in ``<data_dir>/packs/*.yaml`` and are merged onto the built-in pack in
file-name order (:func:`load_content`). What a custom pack can do:

- add questions to any habit (``- number: 3`` plus ``questions``); a question id that an
  earlier pack already uses is an error;
- re-word a habit's ``name``, ``meaning`` or ``mission`` language by language (give only
  ``nl`` and the English stays), or replace its ``examples``;
- re-word a principle (same id, language by language) and add reality checks to it, or add
  a principle of its own (new id, with a name and a description);
- re-word the Sammy texts; add shifts, or replace one by giving its id.

Every mistake becomes a :class:`ContentError` whose text is one sentence naming the file,
the line and the field: ``packs/acme.yaml, line 14: habits[0].questions[3].nl must not be
empty.`` Line numbers come from PyYAML's node tree (``compose``), found by walking the
pydantic error location through it. Each problem is also a catalogue key with parameters
(``covey_coach/i18n/<lang>/content.toml``), so :meth:`ContentError.render` gives the same
sentence in Dutch: ``packs/acme.yaml, regel 14: habits[0].questions[3].nl mag niet leeg zijn.``
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field as _field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from covey_coach.habits import HABITS, Principle
from covey_coach.i18n import LANGUAGES, Translator

FORMAT = "covey-coach-content"
"""The value of ``format`` in every content pack."""
VERSION = 1
"""The pack format version this app reads."""
QUESTION_CHANNELS: tuple[str, ...] = ("desk", "phone", "chat", "email", "floor", "any")
"""Where a question fits; ``any`` fits every encounter."""
SHIFT_AREAS: tuple[str, ...] = ("design", "strategy", "culture", "innovation", "operation")
"""The five dimensions of seed 004, two shifts each."""
MIN_QUESTIONS = 45
"""Questions per habit and language in the built-in pack: 3 x (14 + 1) = 45.

A reflection asks three questions, and none of them may have been asked in any of the
previous fourteen reflections on the same habit (the rotation's ``NO_REPEAT_WINDOW``).
Those fourteen reflections hold at most 3 x 14 = 42 questions, so the pool needs three more
for the reflection being asked: with 45 the rotation never has to fall back on a repeat,
whatever the channels; with 44 the fifteenth reflection would have to repeat one."""
EXAMPLE_COUNT = 3
SHIFT_COUNT = 10
BUILTIN_PATH = Path(__file__).with_name("builtin.yaml")
"""The built-in pack's file, shipped as package data."""

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")

QuestionChannel = Literal["desk", "phone", "chat", "email", "floor", "any"]
ShiftArea = Literal["design", "strategy", "culture", "innovation", "operation"]


def _english() -> Translator:
    return Translator("en")


@dataclass(frozen=True, eq=True)
class Problem:
    """What is wrong, as a catalogue key (``content.…``) and its parameters.

    A parameter may itself be a :class:`Problem` (rendered in the same language) or a list
    of choices (joined with the language's "or"). ``str()`` is the English text.
    """

    key: str
    params: dict[str, Any] = _field(default_factory=dict)

    def render(self, t: Any) -> str:
        """The problem in the translator's language: the predicate of the error sentence."""
        return t(self.key, **{name: _render_param(value, t) for name, value in self.params.items()})

    def __str__(self) -> str:
        return self.render(_english())


def _render_param(value: Any, t: Any) -> Any:
    if isinstance(value, Problem):
        return value.render(t)
    if isinstance(value, (list, tuple)):
        items = [str(item) for item in value]
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {t('content.word.or')} {items[-1]}"
    return value


def _p(key: str, /, **params: Any) -> Problem:
    """A problem whose text is ``content.<key>`` in the catalogues."""
    return Problem(f"content.{key}", params)


class _Invalid(ValueError):
    """Raised by the model validators: pydantic keeps the exception, so its key survives."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class ContentError(ValueError):
    """A content pack that cannot be used. ``str()`` is one English sentence naming file, line
    and field; :meth:`render` gives the same sentence in another language."""

    def __init__(self, message: str | None = None, *, path: str | None = None, line: int | None = None,
                 field: str | None = None, problem: Problem | str | None = None) -> None:
        if not isinstance(problem, Problem):
            problem = _p("problem.other", message=problem or message or "")
        self.key = problem.key
        """The catalogue key of the problem, e.g. ``content.problem.empty``."""
        self.params = dict(problem.params)
        """The problem's parameters for :attr:`key`."""
        self.path = path
        """The file as it was named to the loader, if the pack came from a file."""
        self.line = line
        """1-based line of the mistake, if known."""
        self.field = field
        """The field's path, e.g. ``habits[0].questions[3].nl``; None for file-level problems."""
        self.problem = str(problem)
        """The problem in English, e.g. ``must not be empty``."""
        super().__init__(message if message is not None else self.render(_english()))

    def render(self, t: Any) -> str:
        """The whole sentence (file, line, field and problem) in the translator's language."""
        problem = Problem(self.key, self.params).render(t)
        values: dict[str, Any] = {"problem": problem}
        if self.field:
            values["field"] = self.field
        if self.path:
            values["path"] = self.path
        if self.path and self.line:
            frame = "line"
            values["line"] = self.line
        elif self.path:
            frame = "file"
        else:
            frame = "bare"
        if self.field:
            frame += "_field"
        text = t(f"content.frame.{frame}", **values).rstrip(".") + "."
        if not self.path:
            text = text[:1].upper() + text[1:]
        return text


# --------------------------------------------------------------------------- models


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise _Invalid(_p("problem.not_slug", value=repr(value)))
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
            raise _Invalid(_p("problem.empty"))
        return value.strip() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _some_language(self) -> "Text":
        if self.en is None and self.nl is None:
            raise _Invalid(_p("problem.no_language"))
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
    """A reflection question: a text with a stable id and the channel it suits."""

    id: str
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
            raise _Invalid(_p("problem.unknown_habit", value=value))
        return value

    def questions_for(self, channel: str | None) -> tuple[Question, ...]:
        """The questions that suit ``channel`` (its own and the ``any`` ones); all if None."""
        if channel is None:
            return self.questions
        want = getattr(channel, "value", channel)
        return tuple(q for q in self.questions if q.channel in (want, "any"))


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

    _source: "_Source | None" = PrivateAttr(default=None)

    @field_validator("format")
    @classmethod
    def _right_format(cls, value: str) -> str:
        if value != FORMAT:
            raise _Invalid(_p("problem.wrong_format", expected=FORMAT, value=repr(value)))
        return value

    @field_validator("version")
    @classmethod
    def _right_version(cls, value: int) -> int:
        if value > VERSION:
            raise _Invalid(_p("problem.version_too_new", value=value, supported=VERSION))
        if value != VERSION:
            raise _Invalid(_p("problem.version_wrong", supported=VERSION))
        return value

    @field_validator("name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise _Invalid(_p("problem.empty"))
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
        for shift in self.shifts:
            if shift.id == shift_id:
                return shift
        raise KeyError(f"content pack {self.name!r} has no shift {shift_id!r}")


# --------------------------------------------------------------------------- locations and errors


def format_loc(loc: Sequence[str | int]) -> str:
    """``("habits", 0, "questions", 3, "nl")`` -> ``habits[0].questions[3].nl``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _node_line(root: yaml.Node | None, loc: Sequence[str | int]) -> int | None:
    """The 1-based line of the deepest node on ``loc`` (the key's line for mapping fields)."""
    if root is None:
        return None
    node: yaml.Node = root
    line = root.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


@dataclass(frozen=True)
class _Source:
    """Where a pack came from, so later checks (merging) can still name file and line."""

    path: str
    root: yaml.Node | None

    def error(self, loc: Sequence[str | int], problem: Problem) -> ContentError:
        return _error(self.path, _node_line(self.root, loc), loc, problem)


def _error(path: str | None, line: int | None, loc: Sequence[str | int], problem: Problem) -> ContentError:
    # The sentence itself is built by ContentError.render (English for str()).
    return ContentError(path=path, line=line, field=format_loc(loc) or None, problem=problem)


def _fail(source: _Source | None, loc: Sequence[str | int], problem: Problem) -> ContentError:
    if source is None:
        return _error(None, None, loc, problem)
    return source.error(loc, problem)


def _choices(expected: str) -> list[str] | str:
    """pydantic's ``'a', 'b' or 'c'`` as a list of the quoted choices (so Dutch can join them
    with "of"); the text itself when it does not read like that."""
    items = re.findall(r"'[^']*'", expected)
    joined = items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}" if items else None
    return items if joined == expected else expected


def _describe(err: dict[str, Any]) -> Problem:
    """A pydantic error as the predicate of a sentence whose subject is the field."""
    kind, ctx, given = err["type"], err.get("ctx") or {}, err.get("input")
    if kind == "missing":
        return _p("problem.missing")
    if kind == "extra_forbidden":
        return _p("problem.not_a_field")
    if kind == "string_type":
        if isinstance(given, (bool, int, float)) or given is None:
            return _p("problem.not_text_quote")
        return _p("problem.not_text")
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return _p("problem.not_whole_number")
    if kind == "literal_error":
        return _p("problem.not_a_choice", choices=_choices(str(ctx.get("expected", ""))), value=repr(given))
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        if ctx.get("class_name") in ("Text",):
            return _p("problem.not_languages", example="{en: ..., nl: ...}")
        return _p("problem.not_fields")
    if kind in ("tuple_type", "list_type"):
        return _p("problem.not_a_list")
    if kind == "value_error":
        error = ctx.get("error", err["msg"])
        if isinstance(error, _Invalid):
            return error.problem
        return _p("problem.other", message=str(error))
    msg = str(err["msg"])
    return _p("problem.other", message=msg[:1].lower() + msg[1:])


def _from_validation(exc: ValidationError, source: _Source) -> ContentError:
    errors = exc.errors(include_url=False)
    ranked = []
    for order, err in enumerate(errors):
        loc = tuple(err["loc"])
        line = _node_line(source.root, loc) or 0
        first = 0 if loc[:1] in (("format",), ("version",)) else 1
        ranked.append((first, line, order, loc, err))
    _, _, _, loc, err = min(ranked, key=lambda r: r[:3])
    return source.error(loc, _describe(err))


# --------------------------------------------------------------------------- parsing


def _duplicate_key(node: yaml.Node, loc: tuple[str | int, ...] = ()) -> tuple[tuple[str | int, ...], int] | None:
    """The first mapping key that appears twice (PyYAML would silently keep the last)."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name is not None:
                if name in seen:
                    return loc + (name,), key.start_mark.line + 1
                seen.add(name)
            found = _duplicate_key(value, loc + ((name,) if name is not None else ()))
            if found:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found = _duplicate_key(item, loc + (index,))
            if found:
                return found
    return None


def _compose(text: str, path: str) -> tuple[yaml.Node | None, Any]:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        detail: str | Problem = (exc.problem or exc.context or "").strip() or _p("word.unreadable")
        raise _error(path, line, (), _p("problem.not_yaml", detail=detail)) from None
    except yaml.YAMLError as exc:
        detail = str(exc).strip() or _p("word.unreadable")
        raise _error(path, None, (), _p("problem.not_yaml", detail=detail)) from None
    finally:
        loader.dispose()
    return root, data


def _pack_problems(pack: ContentPack) -> Iterator[tuple[tuple[str | int, ...], Problem]]:
    """Mistakes within one pack that the field types cannot see: numbers and ids used twice."""
    numbers: dict[int, int] = {}
    question_ids: dict[str, str] = {}
    for i, habit in enumerate(pack.habits):
        if habit.number in numbers:
            yield ("habits", i, "number"), _p(
                "problem.habit_repeated", number=habit.number, first=f"habits[{numbers[habit.number]}]")
        numbers.setdefault(habit.number, i)
        for k, question in enumerate(habit.questions):
            here = format_loc(("habits", i, "questions", k))
            if question.id in question_ids:
                yield ("habits", i, "questions", k, "id"), _p(
                    "problem.id_twice", id=question.id, first=question_ids[question.id])
            question_ids.setdefault(question.id, here)
    for key, items in (("principles", pack.principles), ("shifts", pack.shifts)):
        ids: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.id in ids:
                yield (key, i, "id"), _p("problem.id_twice", id=item.id, first=f"{key}[{ids[item.id]}]")
            ids.setdefault(item.id, i)


def parse_pack(text: str, path: str | Path) -> ContentPack:
    """A pack from YAML text; ``path`` is only used to name the file in error sentences."""
    name = str(path)
    root, data = _compose(text, name)
    source = _Source(name, root)
    if data is None:
        raise _error(name, 1, (), _p("problem.empty_file", start=f"format: {FORMAT}"))
    if not isinstance(data, dict):
        raise source.error((), _p("problem.top_is_list" if isinstance(data, list) else "problem.top_is_value"))
    dup = _duplicate_key(root) if root is not None else None
    if dup:
        loc, line = dup
        raise _error(name, line, loc, _p("problem.duplicate_key"))
    try:
        pack = ContentPack.model_validate(data)
    except ValidationError as exc:
        raise _from_validation(exc, source) from None
    for loc, problem in _pack_problems(pack):
        raise source.error(loc, problem)
    pack._source = source
    return pack


def load_pack_file(path: str | Path) -> ContentPack:
    """One pack file, checked on its own. Raises :class:`ContentError`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _error(str(path), None, (), _p("problem.not_utf8")) from None
    except OSError as exc:
        raise _error(str(path), None, (), _p("problem.unreadable", reason=str(exc.strerror or exc))) from None
    return parse_pack(text, path)


@lru_cache(maxsize=1)
def load_builtin() -> ContentPack:
    """The built-in pack shipped with the app (parsed once per process)."""
    text = resources.files("covey_coach.content").joinpath("builtin.yaml").read_text(encoding="utf-8")
    return parse_pack(text, "covey_coach/content/builtin.yaml")


# --------------------------------------------------------------------------- merging


def _reword(old: Text | None, new: Text | None) -> Text | None:
    """``new`` language by language on top of ``old``: a Dutch-only re-wording keeps the English."""
    if new is None:
        return old
    if old is None:
        return new
    return Text(en=new.en or old.en, nl=new.nl or old.nl)


def merge_packs(base: ContentPack, extra: ContentPack) -> ContentPack:
    """``base`` with ``extra`` laid over it (see the module text). Neither pack is changed."""
    source = extra._source
    for loc, problem in _pack_problems(extra):  # a pack built in code skipped parse_pack's checks
        raise _fail(source, loc, problem)
    known_ids = {q.id for habit in base.habits for q in habit.questions}

    habits = {habit.number: habit for habit in base.habits}
    for i, habit in enumerate(extra.habits):
        for k, question in enumerate(habit.questions):
            if question.id in known_ids:
                raise _fail(source, ("habits", i, "questions", k, "id"),
                            _p("problem.id_taken", id=question.id, pack=base.name))
        old = habits.get(habit.number)
        if old is None:
            habits[habit.number] = habit
            continue
        habits[habit.number] = old.model_copy(update={
            "name": _reword(old.name, habit.name),
            "meaning": _reword(old.meaning, habit.meaning),
            "mission": _reword(old.mission, habit.mission),
            "examples": habit.examples or old.examples,
            "questions": old.questions + habit.questions,
        })

    principles = {p.id: p for p in base.principles}
    for i, principle in enumerate(extra.principles):
        old = principles.get(principle.id)
        if old is None:
            for field in ("name", "description"):
                if getattr(principle, field) is None:
                    raise _fail(source, ("principles", i, field),
                                _p("problem.new_principle_needs", id=principle.id, field=field))
            principles[principle.id] = principle
            continue
        principles[principle.id] = old.model_copy(update={
            "name": _reword(old.name, principle.name),
            "description": _reword(old.description, principle.description),
            "reality_checks": old.reality_checks + principle.reality_checks,
        })

    sammy = base.sammy
    if extra.sammy is not None:
        sammy = extra.sammy if sammy is None else Sammy(
            name=_reword(sammy.name, extra.sammy.name),
            explain=_reword(sammy.explain, extra.sammy.explain),
            prompt=_reword(sammy.prompt, extra.sammy.prompt),
        )

    shifts = {s.id: s for s in base.shifts}
    for shift in extra.shifts:
        shifts[shift.id] = shift

    return ContentPack(
        format=FORMAT,
        version=VERSION,
        name=f"{base.name}+{extra.name}",
        description=base.description,
        habits=tuple(habits[n] for n in sorted(habits)),
        principles=tuple(principles.values()),
        sammy=sammy,
        shifts=tuple(shifts.values()),
    )


def custom_pack_files(data_dir: Path | None) -> list[Path]:
    """The custom packs of a data folder, ``<data_dir>/packs/*.yaml``, in file-name order."""
    if data_dir is None:
        return []
    folder = Path(data_dir) / "packs"
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()]
    return sorted(files, key=lambda p: p.name)


def load_content(data_dir: Path | None) -> ContentPack:
    """The built-in pack with every custom pack of ``<data_dir>/packs/`` merged in.

    The first custom pack with a mistake raises :class:`ContentError`; show its sentence.
    """
    pack = load_builtin()
    for path in custom_pack_files(data_dir):
        pack = merge_packs(pack, load_pack_file(path))
    return pack


# --------------------------------------------------------------------------- checks


def _texts(node: Any, loc: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Text]]:
    """Every Text in a pack with its location."""
    if isinstance(node, Text):
        yield loc, node
        return
    if isinstance(node, BaseModel):
        for name, info in type(node).model_fields.items():
            yield from _texts(getattr(node, name), loc + (info.alias or name,))
    elif isinstance(node, tuple):
        for index, item in enumerate(node):
            yield from _texts(item, loc + (index,))


def check_builtin_complete(pack: ContentPack) -> list[str]:
    """Everything that keeps ``pack`` from standing in for the built-in pack; empty when complete.

    Both languages everywhere, all seven habits with a name, a meaning, at least
    :data:`MIN_QUESTIONS` (45) questions per language spread over the channels, exactly
    three examples and a mission; exactly the six principles with reality checks; the
    Sammy texts; ten shifts, two per area; no empty text and no text used twice within a
    language. The problems are in English; :func:`_builtin_problems` has them as keys.
    """
    return [str(problem) for problem in _builtin_problems(pack)]


def _builtin_problems(pack: ContentPack) -> list[Problem]:
    """What :func:`check_builtin_complete` reports, as catalogue keys with parameters."""
    problems: list[Problem] = []
    for loc, text in _texts(pack):
        for lang in LANGUAGES:
            value = getattr(text, lang)
            if value is None:
                problems.append(_p("builtin.no_text", where=format_loc(loc), lang=lang))
            elif not value.strip():
                problems.append(_p("builtin.empty", where=format_loc(loc), lang=lang))

    numbers = [h.number for h in pack.habits]
    for number in HABITS:
        if number not in numbers:
            problems.append(_p("builtin.habit_missing", number=number))
    for i, habit in enumerate(pack.habits):
        where = _p("builtin.habit_where", index=i, number=habit.number)
        for field in ("name", "meaning", "mission"):
            if getattr(habit, field) is None:
                problems.append(_p("builtin.has_no", where=where, field=field))
        for lang in LANGUAGES:
            count = sum(1 for q in habit.questions if q.has(lang))
            if count < MIN_QUESTIONS:
                problems.append(_p("builtin.few_questions", where=where, count=count, lang=lang,
                                   needed=MIN_QUESTIONS))
        for channel in QUESTION_CHANNELS[:-1]:
            count = sum(1 for q in habit.questions if q.channel == channel)
            if count < 2:
                problems.append(_p("builtin.few_channel_questions", where=where, count=count, channel=channel,
                                   needed=2))
        if len(habit.examples) != EXAMPLE_COUNT:
            problems.append(_p("builtin.examples", where=where, count=len(habit.examples), needed=EXAMPLE_COUNT))

    ids = [p.id for p in pack.principles]
    wanted = [p.value for p in Principle]
    if sorted(ids) != sorted(wanted) or len(ids) != len(wanted):
        problems.append(_p("builtin.principles", ids=str(ids), wanted=str(wanted)))
    for i, principle in enumerate(pack.principles):
        where_p = f"principles[{i}] ({principle.id})"
        for field in ("name", "description"):
            if getattr(principle, field) is None:
                problems.append(_p("builtin.has_no", where=where_p, field=field))
        if not 2 <= len(principle.reality_checks) <= 3:
            problems.append(_p("builtin.reality_checks", where=where_p, count=len(principle.reality_checks)))

    if pack.sammy is None or None in (pack.sammy.name, pack.sammy.explain, pack.sammy.prompt):
        problems.append(_p("builtin.sammy"))

    if len(pack.shifts) != SHIFT_COUNT:
        problems.append(_p("builtin.shifts", count=len(pack.shifts), needed=SHIFT_COUNT))
    for area in SHIFT_AREAS:
        count = sum(1 for s in pack.shifts if s.area == area)
        if count != 2:
            problems.append(_p("builtin.area_shifts", area=area, count=count))

    seen_ids: dict[str, str] = {}
    for i, habit in enumerate(pack.habits):
        for k, question in enumerate(habit.questions):
            here = f"habits[{i}].questions[{k}]"
            if question.id in seen_ids:
                problems.append(_p("builtin.id_also_used", where=here, id=question.id, first=seen_ids[question.id]))
            seen_ids.setdefault(question.id, here)

    for lang in LANGUAGES:
        first: dict[str, str] = {}
        for loc, text in _texts(pack):
            value = getattr(text, lang)
            if not value:
                continue
            key = " ".join(value.casefold().split())
            if key in first:
                problems.append(_p("builtin.repeats", where=format_loc(loc), lang=lang, first=first[key]))
            first.setdefault(key, format_loc(loc))
    return problems


def check_pack_file(path: str | Path) -> ContentPack:
    """Validate one pack file for ``covey-coach content check FILE`` and return it.

    A custom pack must also merge cleanly onto the built-in pack (no question id used
    twice, new principles named). The built-in file itself must be complete.
    """
    pack = load_pack_file(path)
    try:
        is_builtin = Path(path).resolve() == BUILTIN_PATH.resolve()
    except OSError:
        is_builtin = False
    if is_builtin:
        problems = _builtin_problems(pack)
        if problems:
            first = problems[0]
            if len(problems) > 1:
                first = _p("builtin.more", problem=first, count=len(problems) - 1)
            raise _error(str(path), None, (), first)
    else:
        merge_packs(load_builtin(), pack)
    return pack


__all__ = [
    "BUILTIN_PATH", "FORMAT", "MIN_QUESTIONS", "QUESTION_CHANNELS", "SHIFT_AREAS", "VERSION",
    "ContentError", "ContentPack", "HabitContent", "PrincipleContent", "Question", "Sammy", "Shift", "Text",
    "check_builtin_complete", "check_pack_file", "custom_pack_files", "format_loc", "load_builtin",
    "load_content", "load_pack_file", "merge_packs", "parse_pack",
]
