"""What a content pack must hold: the built-in pack's completeness, and ``content check FILE``.

A custom pack may be small; the built-in pack stands in for every habit in both languages,
so :func:`check_builtin_complete` holds it to the numbers the rotation and the screens rely on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from covey_coach.content.load import load_builtin, load_pack_file
from covey_coach.content.merge import merge_packs
from covey_coach.content.model import (
    BUILTIN_PATH,
    EXAMPLE_COUNT,
    MIN_QUESTIONS,
    QUESTION_CHANNELS,
    REALITY_CHECKS,
    QUESTION_STAGES,
    SHIFT_AREAS,
    SHIFT_COUNT,
    ContentPack,
    Loc,
    Text,
)
from covey_coach.content.problems import ContentError, problem
from covey_coach.errors import Problem, format_loc
from covey_coach.habits import HABITS, Principle
from covey_coach.i18n import LANGUAGES


def pack_texts(node: object, loc: Loc = ()) -> Iterator[tuple[Loc, Text]]:
    """Every Text in a pack (or any part of one) with its location."""
    if isinstance(node, Text):
        yield loc, node
        return
    if isinstance(node, BaseModel):
        for name, info in type(node).model_fields.items():
            yield from pack_texts(getattr(node, name), loc + (info.alias or name,))
    elif isinstance(node, tuple):
        for index, item in enumerate(node):
            yield from pack_texts(item, loc + (index,))


def check_builtin_complete(pack: ContentPack) -> list[str]:
    """Everything that keeps ``pack`` from standing in for the built-in pack; empty when complete.

    Both languages everywhere, all seven habits with a name, a meaning, at least
    :data:`MIN_QUESTIONS` (15) questions that fit every channel per stage and language, at
    least two for each channel, exactly three examples and a mission; exactly the six
    principles with two to five reality checks each; the Sammy texts; ten shifts, two per
    area; at least one reading, each with a title and a body; no empty text and no text used
    twice within a language. The problems are in English; :func:`builtin_problems` has them as keys.
    """
    return [str(problem) for problem in builtin_problems(pack)]


def builtin_problems(pack: ContentPack) -> list[Problem]:
    """What :func:`check_builtin_complete` reports, as catalogue keys with parameters."""
    problems: list[Problem] = []
    for loc, text in pack_texts(pack):
        for lang in LANGUAGES:
            value = getattr(text, lang)
            if value is None:
                problems.append(problem("builtin.no_text", where=format_loc(loc), lang=lang))
            elif not value.strip():
                problems.append(problem("builtin.empty", where=format_loc(loc), lang=lang))

    numbers = [h.number for h in pack.habits]
    for number in HABITS:
        if number not in numbers:
            problems.append(problem("builtin.habit_missing", number=number))
    for i, habit in enumerate(pack.habits):
        where = problem("builtin.habit_where", index=i, number=habit.number)
        for field in ("name", "meaning", "mission"):
            if getattr(habit, field) is None:
                problems.append(problem("builtin.has_no", where=where, field=field))
        for stage in QUESTION_STAGES:
            for lang in LANGUAGES:
                count = sum(1 for q in habit.questions if q.stage == stage and q.channel == "any" and q.has(lang))
                if count < MIN_QUESTIONS:
                    problems.append(Problem("arc.few_stage_questions", {
                        "where": where, "count": count, "lang": lang, "stage": stage, "needed": MIN_QUESTIONS}))
        for channel in QUESTION_CHANNELS[:-1]:
            count = sum(1 for q in habit.questions if q.channel == channel)
            if count < 2:
                problems.append(problem("builtin.few_channel_questions", where=where, count=count, channel=channel,
                                   needed=2))
        if len(habit.examples) != EXAMPLE_COUNT:
            problems.append(problem("builtin.examples", where=where, count=len(habit.examples), needed=EXAMPLE_COUNT))

    ids = [p.id for p in pack.principles]
    wanted = [p.value for p in Principle]
    if sorted(ids) != sorted(wanted) or len(ids) != len(wanted):
        problems.append(problem("builtin.principles", ids=str(ids), wanted=str(wanted)))
    for i, principle in enumerate(pack.principles):
        where_p = f"principles[{i}] ({principle.id})"
        for field in ("name", "description"):
            if getattr(principle, field) is None:
                problems.append(problem("builtin.has_no", where=where_p, field=field))
        fewest, most = REALITY_CHECKS
        if not fewest <= len(principle.reality_checks) <= most:
            problems.append(problem("builtin.reality_checks", where=where_p, count=len(principle.reality_checks),
                                    fewest=fewest, most=most))

    if pack.sammy is None or None in (pack.sammy.name, pack.sammy.explain, pack.sammy.prompt):
        problems.append(problem("builtin.sammy"))

    if len(pack.shifts) != SHIFT_COUNT:
        problems.append(problem("builtin.shifts", count=len(pack.shifts), needed=SHIFT_COUNT))
    for area in SHIFT_AREAS:
        count = sum(1 for s in pack.shifts if s.area == area)
        if count != 2:
            problems.append(problem("builtin.area_shifts", area=area, count=count))

    if not pack.readings:
        problems.append(problem("builtin.no_readings"))
    for i, reading in enumerate(pack.readings):
        for field in ("title", "body"):
            if getattr(reading, field) is None:
                problems.append(problem("builtin.has_no", where=f"readings[{i}] ({reading.id})", field=field))

    seen_ids: dict[str, str] = {}
    for i, habit in enumerate(pack.habits):
        for k, question in enumerate(habit.questions):
            here = f"habits[{i}].questions[{k}]"
            if question.id in seen_ids:
                problems.append(problem("builtin.id_also_used", where=here, id=question.id, first=seen_ids[question.id]))
            seen_ids.setdefault(question.id, here)

    for lang in LANGUAGES:
        first: dict[str, str] = {}
        for loc, text in pack_texts(pack):
            value = getattr(text, lang)
            if not value or loc[0] == "readings" and loc[-1] == "title":
                continue  # a reading may be titled after the principle or the story it is about
            key = " ".join(value.casefold().split())
            if key in first:
                problems.append(problem("builtin.repeats", where=format_loc(loc), lang=lang, first=first[key]))
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
        problems = builtin_problems(pack)
        if problems:
            first = problems[0]
            if len(problems) > 1:
                first = problem("builtin.more", problem=first, count=len(problems) - 1)
            raise ContentError(first, path=str(path))
    else:
        merge_packs(load_builtin(), pack)
    return pack


__all__ = ["builtin_problems", "check_builtin_complete", "check_pack_file", "pack_texts"]
