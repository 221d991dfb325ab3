"""YAML files checked by a pydantic model, every mistake told as "file, line, field: problem".

Any YAML format the app reads (content packs today, a classroom's session plans later) is
loaded through here, so a person always gets one sentence that says where to look::

    packs/acme.yaml, line 14: habits[0].questions[3].nl must not be empty.

Line numbers come from PyYAML's node tree (``compose``), found by walking the pydantic
error location through it. Each sentence is a frame (``yaml.frame.*``) around a
:class:`~covey_coach.errors.Problem`, so :meth:`YamlFileError.render` says the same in
Dutch: ``packs/acme.yaml, regel 14: habits[0].questions[3].nl mag niet leeg zijn.``

The simplest use is :func:`load_yaml_model`; a format with checks of its own (ids used
twice, say) uses :func:`read_yaml` and :meth:`YamlDocument.validate`, and keeps the
document's :class:`YamlSource` to name lines in later checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from covey_coach.errors import CoveyError, Describer, Problem, describe_error, format_loc

if TYPE_CHECKING:  # pragma: no cover
    import yaml
    from pydantic_core import ErrorDetails

    from covey_coach.i18n import Translator

M = TypeVar("M", bound=BaseModel)
Loc = Sequence[str | int]

def _y(key: str, /, **params: Any) -> Problem:
    return Problem(f"yaml.problem.{key}", params)


class YamlFileError(CoveyError):
    """A YAML file that cannot be used. ``str()`` is one English sentence naming file, line
    and field; :meth:`render` gives the same sentence in another language.

    A format may subclass it (``ContentError``) so callers can tell whose file was refused.
    """

    def __init__(self, problem: Problem, *, path: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        super().__init__(problem.key, **problem.params)
        self.path = path
        """The file as it was named to the loader; None for data built in code."""
        self.line = line
        """1-based line of the mistake, if known."""
        self.field = field
        """The field's path, e.g. ``habits[0].questions[3].nl``; None for file-level problems."""
        self.problem = str(problem)
        """The problem in English, e.g. ``must not be empty``."""

    def render(self, t: Translator) -> str:
        """The whole sentence (file, line, field and problem) in the translator's language."""
        values: dict[str, Any] = {"problem": super().render(t)}
        frame = "bare"
        if self.path:
            values["path"] = self.path
            frame = "file"
            if self.line:
                values["line"] = self.line
                frame = "line"
        if self.field:
            values["field"] = self.field
            frame += "_field"
        text = t(f"yaml.frame.{frame}", **values).rstrip(".") + "."
        if not self.path:
            text = text[:1].upper() + text[1:]
        return text


def _node_line(root: yaml.Node | None, loc: Loc) -> int | None:
    """The 1-based line of the deepest node on ``loc`` (the key's line for mapping fields)."""
    if root is None:
        return None
    import yaml  # a node exists, so PyYAML is already loaded

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
class YamlSource:
    """Where data came from, so checks after loading (a merge, say) can still name file and line."""

    path: str
    root: yaml.Node | None
    error_type: type[YamlFileError] = YamlFileError

    def line_of(self, loc: Loc) -> int | None:
        return _node_line(self.root, loc)

    def error(self, loc: Loc, problem: Problem, *, line: int | None = None) -> YamlFileError:
        """The error for ``problem`` at ``loc``; its line from the node tree unless given."""
        return self.error_type(problem, path=self.path, line=line or self.line_of(loc),
                               field=format_loc(loc) or None)


def _yaml_words(err: ErrorDetails) -> Problem | None:
    """What a YAML writer needs to hear about a wrong type: quotes, '- ' lines, ``name: value``."""
    kind, given = err["type"], err.get("input")
    if kind == "string_type" and (isinstance(given, (bool, int, float)) or given is None):
        return _y("not_text_quote")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return _y("not_fields")
    if kind in ("tuple_type", "list_type"):
        return _y("not_a_list")
    return None


@dataclass(frozen=True)
class YamlDocument:
    """A parsed YAML file: what PyYAML built, and where each part of it stands."""

    data: Any
    source: YamlSource

    def validate(self, model: type[M], *, first: Sequence[str] = (), special: Sequence[Describer] = ()) -> M:
        """``model`` from the data; its first mistake raises one sentence naming the line.

        Of several mistakes the one told is the top-level field in ``first`` (``format``,
        ``version``: a wrong format explains everything after it), else the earliest line.
        ``special`` describers word some errors the format's own way.
        """
        try:
            return model.model_validate(self.data)
        except ValidationError as exc:
            ranked = []
            for order, err in enumerate(exc.errors(include_url=False)):
                loc = tuple(err["loc"])
                rank = 0 if loc[:1] and loc[0] in first else 1
                ranked.append((rank, self.source.line_of(loc) or 0, order, loc, err))
            _, _, _, loc, err = min(ranked, key=lambda r: r[:3])
            raise self.source.error(loc, describe_error(err, *special, _yaml_words)) from None


def _duplicate_key(node: yaml.Node, loc: tuple[str | int, ...] = ()) -> tuple[tuple[str | int, ...], int] | None:
    """The first mapping key that appears twice (PyYAML would silently keep the last)."""
    import yaml  # a node exists, so PyYAML is already loaded

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


def read_yaml(text: str, source_name: str | Path, *,
              error_type: type[YamlFileError] = YamlFileError) -> YamlDocument:
    """YAML text parsed with its node tree; ``source_name`` only names the file in sentences.

    Refuses text that is not YAML, and a mapping that gives one key twice.
    """
    # PyYAML is imported here, not at the top: the app reads the built-in pack from its
    # compiled cache and only needs PyYAML for a custom pack (about 10 ms saved at start).
    import yaml

    name = str(source_name)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail: str | Problem = (exc.problem or exc.context or "").strip() or Problem("yaml.word.unreadable")
        raise error_type(_y("not_yaml", detail=detail), path=name,
                         line=mark.line + 1 if mark is not None else None) from None
    except yaml.YAMLError as exc:
        detail = str(exc).strip() or Problem("yaml.word.unreadable")
        raise error_type(_y("not_yaml", detail=detail), path=name) from None
    finally:
        loader.dispose()
    source = YamlSource(name, root, error_type)
    duplicate = _duplicate_key(root) if root is not None else None
    if duplicate:
        loc, line = duplicate
        raise source.error(loc, _y("duplicate_key"), line=line)
    return YamlDocument(data, source)


def read_yaml_text(path: str | Path, *, error_type: type[YamlFileError] = YamlFileError) -> str:
    """A YAML file's text; a file that cannot be read or is not UTF-8 is one sentence."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise error_type(_y("not_utf8"), path=str(path)) from None
    except OSError as exc:
        raise error_type(_y("unreadable", reason=str(exc.strerror or exc)), path=str(path)) from None


def load_yaml_model(text: str, source_name: str | Path, model: type[M], *,
                    error_type: type[YamlFileError] = YamlFileError, first: Sequence[str] = (),
                    special: Sequence[Describer] = ()) -> M:
    """``model`` from YAML text, or one :class:`YamlFileError` naming file, line and field."""
    document = read_yaml(text, source_name, error_type=error_type)
    if document.data is None:
        raise document.source.error((), _y("empty_file"), line=1)
    if not isinstance(document.data, dict):
        raise document.source.error((), _y("top_not_fields"))
    return document.validate(model, first=first, special=special)


__all__ = ["YamlDocument", "YamlFileError", "YamlSource", "load_yaml_model", "read_yaml", "read_yaml_text"]
