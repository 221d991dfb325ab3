"""Errors a person sees: each carries a catalogue key, so it reads in their language.

One family: every refusal is a :class:`CoveyError` (a key in ``i18n/<lang>/*.toml`` and its
parameters). A parameter may itself be a :class:`Problem` - a catalogue key of its own - so
an error built deep in the domain, before anyone knows the language, still renders whole in
Dutch or English. Turning a pydantic ``ValidationError`` into words is done here and only
here (:func:`describe_error`, :func:`validation_problem`, :func:`describe_validation`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:  # pragma: no cover
    # Only for the annotations: `covey-coach --version` should not pay for importing pydantic.
    from pydantic import ValidationError
    from pydantic_core import ErrorDetails

    from covey_coach.i18n import Translator


def _english() -> Translator:
    from covey_coach.i18n import Translator

    return Translator("en")


@dataclass(frozen=True, eq=True)
class Problem:
    """Part of a sentence as a catalogue key and its parameters, rendered once the language is known.

    A parameter may be another :class:`Problem` or :class:`CoveyError` (rendered in the same
    language) or a list of choices (joined with the language's "or"). ``str()`` is English.
    """

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, t: Translator) -> str:
        return t(self.key, **render_params(self.params, t))

    def __str__(self) -> str:
        return self.render(_english())


def render_params(params: dict[str, Any], t: Translator) -> dict[str, Any]:
    """Parameters ready for ``str.format`` in ``t``'s language."""
    return {name: _render_param(value, t) for name, value in params.items()}


def _render_param(value: Any, t: Translator) -> Any:
    if isinstance(value, (Problem, CoveyError)):
        return value.render(t)
    if isinstance(value, (list, tuple)):
        items = [str(item) for item in value]
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {t('errors.word.or')} {items[-1]}"
    return value


class CoveyError(Exception):
    """Refused input or journal: rendered as one sentence, exit status 1, nothing written."""

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        """The catalogue key of the sentence, e.g. ``errors.import_bad_entry``."""
        self.params = params
        """The sentence's parameters; :class:`Problem` values render in the same language."""
        super().__init__(key)

    def render(self, t: Translator) -> str:
        """The sentence in the translator's language."""
        return t(self.key, **render_params(self.params, t))

    def __str__(self) -> str:
        return self.render(_english())


class JournalDamaged(CoveyError):
    """The journal file cannot be read; it is never written over."""


class JournalLocked(CoveyError):
    """Another process holds the journal for writing."""


class JournalTooNew(CoveyError):
    """A newer Covey Coach wrote this journal; refused, never rewritten."""


class InputError(CoveyError):
    """A flag, an import file or a value that cannot be accepted."""


class NotAvailable(CoveyError):
    """A command or format that a later issue brings; exit status 2, nothing written."""


# --------------------------------------------------------------------------- pydantic errors in words


class Invalid(ValueError):
    """Raised inside a pydantic validator to say what is wrong as a :class:`Problem`.

    pydantic keeps the exception in the error's context, so :func:`describe_error` gets the
    catalogue key back instead of an English message.
    """

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


Describer: TypeAlias = "Callable[[ErrorDetails], Problem | None]"
"""A special wording for some pydantic errors (a file format's own words); None = not mine."""


def format_loc(loc: Sequence[str | int]) -> str:
    """``("habits", 0, "questions", 3, "nl")`` -> ``habits[0].questions[3].nl``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _v(key: str, /, **params: Any) -> Problem:
    return Problem(f"errors.validation.{key}", params)


def _choices(expected: str) -> list[str] | str:
    """pydantic's ``'a', 'b' or 'c'`` as a list of the quoted choices (so Dutch can join them
    with "of"); the text itself when it does not read like that."""
    items = re.findall(r"'[^']*'", expected)
    joined = items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}" if items else None
    return items if joined == expected else expected


_DATE_TYPES = {"date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"}
_DATETIME_TYPES = {"datetime_type", "datetime_parsing", "datetime_from_date_parsing", "datetime_object_invalid"}
_SAME_WORDS: dict[str, Problem] = {
    "missing": _v("missing"), "extra_forbidden": _v("not_a_field"), "string_type": _v("not_text"),
    "int_type": _v("not_whole_number"), "int_parsing": _v("not_whole_number"),
    "int_from_float": _v("not_whole_number"), "float_type": _v("not_a_number"), "float_parsing": _v("not_a_number"),
    "bool_type": _v("not_true_false"), "bool_parsing": _v("not_true_false"), "model_type": _v("not_fields"),
    "model_attributes_type": _v("not_fields"), "dict_type": _v("not_fields"), "list_type": _v("not_a_list"),
    "tuple_type": _v("not_a_list"), "timezone_aware": _v("needs_timezone"),
}
"""Error kinds whose words never depend on the value or the limits."""


def describe_error(err: ErrorDetails, *special: Describer) -> Problem:
    """One pydantic error as the predicate of a sentence whose subject is the field.

    ``special`` describers are asked first, so a file format can use its own words (YAML
    says "put it in quotes"); an :class:`Invalid` raised by a validator keeps its problem.
    The few error kinds not worded here keep pydantic's English message.
    """
    for describe in special:
        found = describe(err)
        if found is not None:
            return found
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind in ("value_error", "assertion_error"):
        error = ctx.get("error")
        if isinstance(error, Invalid):
            return error.problem
        # Our own validators raise whole sentences: say them as they are.
        return _v("said", message=str(error if error is not None else err["msg"]).rstrip("."))
    if kind in _SAME_WORDS:
        return _SAME_WORDS[kind]
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        # r"\S" is how a model says "write something": the person typed only spaces.
        return _v("blank") if pattern == r"\S" else _v("bad_form", pattern=pattern)
    if kind in _DATE_TYPES:
        return _v("not_a_date")
    if kind in _DATETIME_TYPES:
        return _v("not_a_datetime")
    if kind in ("literal_error", "enum"):
        return _v("not_a_choice", choices=_choices(str(ctx.get("expected", ""))), value=repr(err.get("input")))
    if kind == "greater_than_equal" and "ge" in ctx:
        return _v("at_least", limit=ctx["ge"])
    if kind == "less_than_equal" and "le" in ctx:
        return _v("at_most", limit=ctx["le"])
    if kind == "greater_than" and "gt" in ctx:
        return _v("more_than", limit=ctx["gt"])
    if kind == "less_than" and "lt" in ctx:
        return _v("less_than", limit=ctx["lt"])
    if kind == "string_too_short":
        return _v("empty") if ctx.get("min_length") == 1 else _v("text_too_short", count=ctx.get("min_length"))
    if kind == "string_too_long":
        return _v("text_too_long", count=ctx.get("max_length"))
    if kind == "too_short":
        return _v("too_few_items", count=ctx.get("min_length"))
    if kind == "too_long":
        return _v("too_many_items", count=ctx.get("max_length"))
    msg = str(err["msg"])
    return _v("other", message=msg[:1].lower() + msg[1:])


def first_error(exc: ValidationError) -> ErrorDetails:
    """The problem to tell: pydantic's first (the file's order of fields)."""
    return exc.errors(include_url=False)[0]


def validation_problem(exc: ValidationError, *special: Describer) -> Problem:
    """The first problem of a pydantic error as a whole clause: ``'habit' must be at most 7``.

    A sentence our own validator raised is told as it is, without the field's name.
    """
    err = first_error(exc)
    problem = describe_error(err, *special)
    if problem.key == "errors.validation.said":
        return problem
    where = format_loc(err["loc"])
    return _v("field", field=where, problem=problem) if where else _v("value", problem=problem)


def describe_validation(exc: ValidationError, t: Translator | None = None) -> str:
    """:func:`validation_problem` as text in ``t``'s language (English without one)."""
    return validation_problem(exc).render(t or _english())


__all__ = [
    "CoveyError", "Describer", "InputError", "Invalid", "JournalDamaged", "JournalLocked", "JournalTooNew",
    "NotAvailable", "Problem", "describe_error", "describe_validation", "first_error", "format_loc",
    "render_params", "validation_problem",
]
