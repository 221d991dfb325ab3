"""Laying one content pack over another: how a custom pack extends the built-in one.

What a custom pack can do:

- add questions to any habit (``- number: 3`` plus ``questions``); a question id that an
  earlier pack already uses is an error;
- re-word a habit's ``name``, ``meaning`` or ``mission`` language by language (give only
  ``nl`` and the English stays), or replace its ``examples``;
- re-word a principle (same id, language by language) and add reality checks to it, or add
  a principle of its own (new id, with a name and a description);
- re-word the Sammy texts; add shifts, or replace one by giving its id;
- re-word a reading (same id, language by language), or add one of its own (new id, with a
  title and a body); new readings come after the earlier packs' ones.

A mistake names the custom pack's file and line when the pack was read from a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from covey_coach.content.model import FORMAT, VERSION, ContentPack, PrincipleContent, Reading, Sammy, Text
from covey_coach.content.problems import ContentError, problem
from covey_coach.errors import Problem, format_loc


def _fail(pack: ContentPack, loc: Sequence[str | int], found: Problem) -> ContentError:
    """The error at ``loc`` in ``pack``: with file and line if it was read from a file."""
    source = pack._source
    if source is None:
        return ContentError(found, field=format_loc(loc) or None)
    return ContentError(found, path=source.path, line=source.line_of(loc), field=format_loc(loc) or None)


def _reword(old: Text | None, new: Text | None) -> Text | None:
    """``new`` language by language on top of ``old``: a Dutch-only re-wording keeps the English."""
    if new is None:
        return old
    if old is None:
        return new
    return Text(en=new.en or old.en, nl=new.nl or old.nl)


Named = TypeVar("Named", PrincipleContent, Reading)


def _lay_over(extra: ContentPack, key: str, base_items: tuple[Named, ...], *, reworded: tuple[str, ...],
              added: tuple[str, ...], needs: Callable[[str, str], Problem]) -> tuple[Named, ...]:
    """``base_items`` with ``extra``'s items of the same kind (its field ``key``) laid over them.

    An item with a known id re-words the ``reworded`` texts language by language and adds to
    the ``added`` lists; an item with a new id comes last and must give every ``reworded``
    text itself (``needs(id, field)`` words the one it lacks).
    """
    items: dict[str, Named] = {item.id: item for item in base_items}
    for i, item in enumerate(getattr(extra, key)):
        old = items.get(item.id)
        if old is None:
            for field in reworded:
                if getattr(item, field) is None:
                    raise _fail(extra, (key, i, field), needs(item.id, field))
            items[item.id] = item
            continue
        update = {field: _reword(getattr(old, field), getattr(item, field)) for field in reworded}
        update |= {field: getattr(old, field) + getattr(item, field) for field in added}
        items[item.id] = old.model_copy(update=update)
    return tuple(items.values())


def merge_packs(base: ContentPack, extra: ContentPack) -> ContentPack:
    """``base`` with ``extra`` laid over it (see the module text). Neither pack is changed."""
    for loc, found in extra.problems():  # a pack built in code skipped parse_pack's checks
        raise _fail(extra, loc, found)
    known_ids = {q.id for habit in base.habits for q in habit.questions}

    habits = {habit.number: habit for habit in base.habits}
    for i, habit in enumerate(extra.habits):
        for k, question in enumerate(habit.questions):
            if question.id in known_ids:
                raise _fail(extra, ("habits", i, "questions", k, "id"),
                            problem("problem.id_taken", id=question.id, pack=base.name))
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

    principles = _lay_over(extra, "principles", base.principles, reworded=("name", "description"),
                           added=("reality_checks",),
                           needs=lambda pid, field: problem("problem.new_principle_needs", id=pid, field=field))

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

    readings = _lay_over(extra, "readings", base.readings, reworded=("title", "body"), added=(),
                         needs=lambda rid, field: problem("problem.new_reading_needs", id=rid, field=field))

    return ContentPack(
        format=FORMAT,
        version=VERSION,
        name=f"{base.name}+{extra.name}",
        description=base.description,
        habits=tuple(habits[n] for n in sorted(habits)),
        principles=principles,
        sammy=sammy,
        shifts=tuple(shifts.values()),
        readings=readings,
    )


__all__ = ["merge_packs"]
