"""The team report as CSV: one row per person, for a spreadsheet.

UTF-8 with a byte-order mark, so a spreadsheet reads accents and emoji right. Any cell that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading single
quote (OWASP, CSV injection): a person's name never runs as a formula.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from covey_coach.coaching.cells import headers, row_cells, strength_cells, strength_headers
from covey_coach.coaching.rows import TeamRow
from covey_coach.exchange.csv_cells import BOM, neutralise
from covey_coach.i18n import Translator

__all__ = ["csv_report", "neutralise"]



def csv_report(rows: list[TeamRow], as_of: date, t: Translator) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in [*headers(t), *strength_headers(t)[1:], t("coach.col_source")]])
    for row in rows:
        cells = [*row_cells(row, t), *strength_cells(row, t)[1:], row.source]
        writer.writerow([neutralise(c) for c in cells])
    return (BOM + out.getvalue()).encode("utf-8")
