"""``export --format csv``: one row per entry, for a spreadsheet.

UTF-8 with a byte-order mark, so a spreadsheet reads accents and emoji as they are; RFC 4180
quoting, so line breaks stay inside their cell; and every cell that a spreadsheet would take
for a formula is neutralised with a leading apostrophe (OWASP, "CSV injection").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from covey_coach.exchange.csv_cells import BOM, FORMULA_STARTS, neutralise
from covey_coach.exchange.exports.request import ExportData
from covey_coach.i18n import Translator
from covey_coach.models import Entry



def _answers(e: Entry) -> str:
    return "\n\n".join(f"{a.question}\n{a.answer}" for a in e.answers)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


COLUMNS: tuple[tuple[str, Callable[[Entry, Translator], str]], ...] = (
    ("id", lambda e, t: e.id),
    ("day", lambda e, t: e.day.isoformat()),
    ("created_at", lambda e, t: e.created_at.isoformat()),
    ("habit", lambda e, t: str(e.habit)),
    ("habit_name", lambda e, t: t(f"stats.habit.{e.habit}")),
    ("rating", lambda e, t: str(e.rating)),
    ("energy", lambda e, t: _number(e.energy)),
    ("channel", lambda e, t: e.channel.value),
    ("encounter", lambda e, t: e.encounter),
    ("answers", lambda e, t: _answers(e)),
    ("commitment", lambda e, t: e.commitment),
    ("followup", lambda e, t: e.followup.outcome or "" if e.followup else ""),
    ("principles", lambda e, t: ", ".join(e.principles)),
    ("sammy", lambda e, t: "yes" if e.sammy else ""),
    ("tags", lambda e, t: ", ".join(e.tags)),
    ("private", lambda e, t: "yes" if e.private else ""),
)
"""Column names are the JSON field names, the same in every language; ``habit_name`` is in the person's."""


def render(data: ExportData, t: Translator) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["person", *(name for name, _ in COLUMNS)])
    person = neutralise(data.person)
    for e in data.entries:
        writer.writerow([person, *(neutralise(cell(e, t)) for _, cell in COLUMNS)])
    return (BOM + out.getvalue()).encode("utf-8")


__all__ = ["BOM", "COLUMNS", "FORMULA_STARTS", "neutralise", "render"]
