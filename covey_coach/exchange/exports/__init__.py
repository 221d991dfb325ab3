"""Every export format in one registry: the ``export`` command's ``--format`` choices come from here.

A format is a name, a file suffix and a module with ``render(data, t) -> bytes``; the module is
imported only when that format is written, so the command line starts without any of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.exchange.exports.request import ExportData
    from covey_coach.i18n import Translator


class Renderer(Protocol):
    def __call__(self, data: ExportData, t: Translator, /) -> bytes: ...


@dataclass(frozen=True)
class ExportFormat:
    name: str
    suffix: str
    module: str
    """Under ``covey_coach.exchange.exports``; it defines ``render``."""

    def renderer(self) -> Renderer:
        render: Renderer = import_module(f"{__name__}.{self.module}").render
        return render


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("json", ".json", "to_json"),
    ExportFormat("csv", ".csv", "to_csv"),
    ExportFormat("md", ".md", "to_markdown"),
    ExportFormat("html", ".html", "to_html"),
)}


def format_names() -> list[str]:
    return list(FORMATS)


def render(name: str, data: ExportData, t: Translator) -> bytes:
    """The export in format ``name`` (one of :data:`FORMATS`), as the bytes of the file."""
    return FORMATS[name].renderer()(data, t)


__all__ = ["FORMATS", "ExportFormat", "Renderer", "format_names", "render"]
