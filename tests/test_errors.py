"""One error family: every key an error can carry is a sentence in both languages, and a
pydantic error is put into words in one place, in the person's language."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError, field_validator

import covey_coach
from covey_coach.content import ContentError
from covey_coach.errors import (
    CoveyError,
    InputError,
    Invalid,
    Problem,
    describe_validation,
    validation_problem,
)
from covey_coach.i18n import LANGUAGES, Translator, catalogue
from covey_coach.models import Entry
from covey_coach.yaml_file import YamlFileError

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "covey_coach").rglob("*.py")) + sorted((ROOT / "screens").rglob("*.py"))


def _error_classes() -> dict[str, type[CoveyError]]:
    """Every CoveyError subclass in the domain, by name (importing each module registers them)."""
    for info in pkgutil.walk_packages(covey_coach.__path__, "covey_coach."):
        if info.name != "covey_coach.__main__":
            importlib.import_module(info.name)
    found: dict[str, type[CoveyError]] = {}
    todo: list[type[CoveyError]] = [CoveyError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


def _constants(node: ast.expr) -> Iterator[str] | None:
    """The string(s) an argument can be: a constant, or either side of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return iter([node.value])
    if isinstance(node, ast.IfExp):
        body, orelse = _constants(node.body), _constants(node.orelse)
        if body is not None and orelse is not None:
            return iter([*body, *orelse])
    return None


def _prefix_helpers(trees: dict[Path, ast.Module]) -> tuple[dict[str, str], set[int]]:
    """Functions like ``def problem(key, **p): return Problem(f"content.{key}", p)``: name -> prefix,
    and the ``Problem(...)`` calls inside them (their key is the caller's)."""
    helpers: dict[str, str] = {}
    bodies: set[int] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or len(node.body) < 1:
                continue
            last = node.body[-1]
            if not (isinstance(last, ast.Return) and isinstance(last.value, ast.Call)):
                continue
            call = last.value
            if not (isinstance(call.func, ast.Name) and call.func.id == "Problem" and call.args):
                continue
            key = call.args[0]
            if (isinstance(key, ast.JoinedStr) and len(key.values) == 2 and isinstance(key.values[0], ast.Constant)
                    and isinstance(key.values[1], ast.FormattedValue)):
                helpers[node.name] = str(key.values[0].value)
                bodies.add(id(call))
    return helpers, bodies


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def raised_keys() -> dict[str, list[str]]:
    """Every catalogue key an error or a problem is built with, and where (file:line)."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in SOURCES}
    classes = _error_classes()
    helpers, bodies = _prefix_helpers(trees)
    keys: dict[str, list[str]] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args or id(node) in bodies:
                continue
            name = _name(node.func)
            if name in classes and issubclass(classes[name], YamlFileError):
                continue  # built from a Problem, whose key is found where the Problem is made
            if name in classes or name == "Problem":
                prefix = ""
            elif name in helpers:
                prefix = helpers[name]
            else:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            values = _constants(node.args[0])
            if values is None:  # a key made at run time cannot be checked: that is a finding too
                keys.setdefault(f"<not a constant key: {ast.unparse(node.args[0])}>", []).append(where)
                continue
            for value in values:
                keys.setdefault(prefix + value, []).append(where)
    return keys


def test_every_key_raised_anywhere_is_a_sentence_in_both_languages() -> None:
    keys = raised_keys()
    # The scan must see every kind of place a key is written, or it proves nothing.
    for expected in ("errors.import_bad_entry", "errors.journal_locked", "errors.not_yet_command",
                     "content.problem.id_taken", "content.builtin.more", "content.problem.top_is_value",
                     "yaml.problem.not_yaml", "yaml.word.unreadable", "errors.validation.missing",
                     "errors.validation.at_most"):
        assert expected in keys, expected
    for lang in LANGUAGES:
        known = catalogue(lang)
        # a plural table is known by its categories: "content.builtin.more.one", ".other"
        missing = {key: where for key, where in keys.items() if key not in known and f"{key}.other" not in known}
        assert missing == {}, f"keys without a {lang} sentence"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_frame_of_a_yaml_sentence_exists(lang: str) -> None:
    t = Translator(lang)  # the frame's key is built from what the error knows (file, line, field)
    for frame in ("line", "file", "bare"):
        for suffix in ("", "_field"):
            assert t.has(f"yaml.frame.{frame}{suffix}")


def test_content_error_is_one_of_the_family() -> None:
    error = ContentError(Problem("content.problem.habit_repeated", {"number": 2, "first": "habits[0]"}),
                         path="p.yaml", line=3, field="habits[1].number")
    assert isinstance(error, CoveyError) and isinstance(error, YamlFileError)
    assert str(error) == "p.yaml, line 3: habits[1].number repeats habit 2, already given at habits[0]."
    assert error.render(Translator("nl")) == "p.yaml, regel 3: habits[1].number herhaalt eigenschap 2, die al bij " \
                                             "habits[0] staat."


# --------------------------------------------------------------------------- pydantic errors in words


def _entry_error(**changes: object) -> ValidationError:
    fields = {"created_at": datetime(2026, 11, 20, 9, tzinfo=timezone.utc), "day": "2026-11-20", "habit": 5,
              "rating": 4, "encounter": "A guest at the desk"}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        Entry.model_validate({k: v for k, v in fields.items() if v is not ...})
    return caught.value


def test_a_validation_error_names_its_field_and_says_what_is_wrong() -> None:
    nl = Translator("nl")
    exc = _entry_error(habit=9)
    assert describe_validation(exc) == "'habit' must be at most 7"
    assert describe_validation(exc, nl) == "'habit' mag hoogstens 7 zijn"
    nested = _entry_error(answers=[{"question": "Why?"}])
    assert describe_validation(nested) == "'answers[0].question_id' is missing"
    assert describe_validation(_entry_error(encounter="   ")) == "'encounter' must not be empty or only spaces"
    assert describe_validation(_entry_error(channel="fax")).startswith("'channel' must be one of 'desk', 'phone'")
    assert " of 'other' zijn, niet 'fax'" in describe_validation(_entry_error(channel="fax"), nl)


BAD_ENTRIES = [
    {"habit": 9}, {"habit": 0}, {"habit": "five"}, {"habit": 2.5}, {"rating": ...}, {"day": "2026-13-01"},
    {"day": 5}, {"encounter": ""}, {"encounter": 3}, {"encounter": "x" * 20_001}, {"created_at": "2026-11-20T09:00"},
    {"created_at": "later"}, {"private": "perhaps"}, {"tags": "one"}, {"tags": ["x"] * 31}, {"answers": [5]},
    {"unknown": 1}, {"id": "no spaces allowed"},
]
_ENGLISH = re.compile(r"\b(must|should|Input|field|valid|missing|least|most)\b")


@pytest.mark.parametrize("change", BAD_ENTRIES, ids=lambda c: "-".join(c))
def test_common_validation_errors_read_in_dutch_without_english(change: dict[str, object]) -> None:
    exc = _entry_error(**change)
    problem = validation_problem(exc)
    assert problem.key != "errors.validation.other", problem  # pydantic's English would show through
    dutch = problem.render(Translator("nl"))
    assert dutch.startswith(f"'{next(iter(change))}") and not _ENGLISH.search(dutch.split("(")[0]), dutch
    assert str(problem) != dutch


class _Rota(BaseModel):
    days: list[int]

    @field_validator("days")
    @classmethod
    def _some(cls, value: list[int]) -> list[int]:
        if not value:
            raise ValueError("Give at least one working day, for example 1,2,3.")
        if 0 in value:
            raise Invalid(Problem("errors.validation.at_least", {"limit": 1}))
        return value


def test_our_own_validator_sentence_is_told_as_it_is() -> None:
    with pytest.raises(ValidationError) as caught:
        _Rota(days=[])
    assert describe_validation(caught.value) == "Give at least one working day, for example 1,2,3"


def test_a_problem_raised_in_a_validator_keeps_its_key() -> None:
    with pytest.raises(ValidationError) as caught:
        _Rota(days=[0, 1])
    problem = validation_problem(caught.value)
    assert problem.render(Translator("nl")) == "'days' moet minstens 1 zijn"


def test_an_error_kind_without_words_keeps_pydantics_message() -> None:
    class Odd(BaseModel):
        at: datetime
        size: complex

    with pytest.raises(ValidationError) as caught:
        Odd(at=datetime(2026, 1, 1), size="big")
    problem = validation_problem(caught.value)
    assert problem.params["problem"].key == "errors.validation.other"
    assert str(problem).startswith("'size' is not valid (input should be a valid")


def test_an_error_renders_a_problem_parameter_in_its_own_language() -> None:
    error = InputError("errors.bad_entry", problem=validation_problem(_entry_error(rating=6)))
    assert str(error) == "The reflection cannot be saved: 'rating' must be at most 5."
    assert error.render(Translator("nl")) == "De reflectie kan niet worden bewaard: 'rating' mag hoogstens 5 zijn."


def test_the_command_line_says_a_refused_entry_and_import_in_dutch(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    from covey_coach.cli import main

    data_dir = tmp_path / "journal"
    code = main(["--lang", "nl", "--data-dir", str(data_dir), "add", "--habit", "5", "--rating", "4",
                 "--encounter", "Sleutel kwijt", "--tag", "x" * 41])
    err = capsys.readouterr().err
    # Tags are cut to 40 by the Reflect form, not by the command line: the model refuses.
    assert code == 1 and err == "De reflectie kan niet worden bewaard: 'tags[0]' mag hoogstens 40 tekens lang zijn.\n"
    source = tmp_path / "bad.json"
    source.write_text('{"format": "covey-coach", "version": 1, "entries": [{"day": "2026-11-20", "habit": 5, '
                      '"rating": 9, "encounter": "x"}]}', encoding="utf-8")
    code = main(["--lang", "nl", "--data-dir", str(data_dir), "import", str(source)])
    err = capsys.readouterr().err
    assert code == 1 and err == (f"Het importbestand {source}, reflectie 1: 'rating' mag hoogstens 5 zijn; "
                                 "er is niets geïmporteerd.\n")
    assert not data_dir.exists()
