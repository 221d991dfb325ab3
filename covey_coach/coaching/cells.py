"""The team table as words: the headers and each person's cells, in the coach's language.

The terminal table and every report (md, html, csv) show the same columns from here, so a
figure reads the same wherever the coach looks.
"""

from __future__ import annotations

from datetime import date

from covey_coach.coaching.rows import TeamRow
from covey_coach.i18n import Translator

__all__ = ["HEADER_KEYS", "habit_label", "headers", "row_cells", "strength_cells", "strength_headers", "title"]

HEADER_KEYS = ("coach.col_person", "coach.col_entries", "coach.col_days", "coach.col_current", "coach.col_best",
               "coach.col_strongest", "coach.col_weakest", "coach.col_last", "coach.col_previous")


def habit_label(habit: int, t: Translator) -> str:
    """``E5`` / ``H5``: short enough for a column."""
    return t("cli.habit_short", n=habit)


def headers(t: Translator) -> list[str]:
    return [t(key) for key in HEADER_KEYS]


def row_cells(row: TeamRow, t: Translator) -> list[str]:
    s = row.stats
    return [
        row.person,
        str(s.total_entries),
        str(s.reflection_days),
        str(s.current_streak),
        str(s.best_streak),
        habit_label(row.strongest_habit, t),
        habit_label(row.weakest_habit, t),
        str(row.last_4_weeks),
        str(row.previous_4_weeks),
    ]


def strength_headers(t: Translator) -> list[str]:
    """The person column, then one column a habit."""
    return [t("coach.col_person"), *(habit_label(h, t) for h in range(1, 8))]


def strength_cells(row: TeamRow, t: Translator) -> list[str]:
    return [row.person, *(t.percent(row.stats.habits[h].strength) for h in range(1, 8))]


def title(as_of: date, t: Translator) -> str:
    return t("coach.title", date=t.date(as_of, "long"))
