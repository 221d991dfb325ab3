"""``coach --report md|html|csv -o FILE``: the team table written as a report, in the coach's language.

One registry: the command line's ``--report`` choices are its keys. Each writer turns the
rows into bytes; the file is written atomically, and only once the whole report is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from covey_coach.coaching import REPORT_FORMATS
from covey_coach.coaching.rows import TeamRow
from covey_coach.errors import InputError
from covey_coach.i18n import Translator

__all__ = ["REPORT_FORMATS", "render_report", "write_report"]

Writer = Callable[[list[TeamRow], date, Translator], bytes]


def _writer(kind: str) -> Writer:
    # Imported on use: the command line names the formats without loading every writer.
    if kind == "md":
        from covey_coach.coaching.reports.markdown import markdown_report

        return markdown_report
    if kind == "html":
        from covey_coach.coaching.reports.html import html_report

        return html_report
    if kind == "csv":
        from covey_coach.coaching.reports.csv_report import csv_report

        return csv_report
    raise ValueError(kind)


def render_report(kind: str, rows: list[TeamRow], as_of: date, t: Translator) -> bytes:
    return _writer(kind)(rows, as_of, t)


def write_report(kind: str, rows: list[TeamRow], as_of: date, t: Translator, path: Path) -> None:
    """Render, then write atomically; InputError (nothing written) when the file cannot be."""
    from covey_coach.journal.atomic import atomic_write_bytes

    data = render_report(kind, rows, as_of, t)
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise InputError("coach.report_unwritable", path=str(path), reason=exc.strerror or str(exc)) from None
