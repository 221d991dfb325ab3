"""Cells a spreadsheet can open safely: shared by the export's CSV and the coach's team report.

Every cell that a spreadsheet would take for a formula is neutralised with a leading
apostrophe (OWASP, "CSV injection"); files start with a byte-order mark so that a spreadsheet
reads them as UTF-8, accents and emoji included.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's list)."""
BOM = "\ufeff"


def neutralise(cell: str) -> str:
    """A cell that cannot run: one that starts like a formula gets a leading ``'``."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


__all__ = ["BOM", "FORMULA_STARTS", "neutralise"]
