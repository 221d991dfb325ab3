"""``covey-coach stats`` without ``--json``: the figures as rich tables, in Dutch or English.

Every figure says in words what it means (DESIGN, "a score nobody understands"), and
Dutch output writes dates and numbers the Dutch way through the Translator. Rich only,
no Textual: the CLI prints it, and a screen may show the same renderable.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from covey_coach.i18n import Translator
from covey_coach.progress.commitment_words import commitments_value
from covey_coach.progress.schedule import ScheduleLike
from covey_coach.progress.stats import Milestone, Stats

__all__ = ["days_text", "habit_name", "milestone_text", "stats_renderable", "target_text"]


def days_text(count: int, t: Translator) -> str:
    """``"1 day"`` / ``"5 days"``, ``"1 dag"`` / ``"5 dagen"``."""
    return t("stats.days", count=count)


def habit_name(habit: int, t: Translator) -> str:
    return t(f"stats.habit.{habit}")


def target_text(target: tuple[int, int], t: Translator) -> str:
    times, days = target
    if days == 1:
        return t("stats.target_daily", times=times)
    if days == 7:
        return t("stats.target_weekly", times=times)
    return t("stats.target_days", times=times, count=days)


def milestone_text(milestone: Milestone, t: Translator) -> str:
    """One sentence for the Today screen: "7 days in a row: a milestone!"."""
    if milestone.kind == "streak":
        return t("stats.milestone_streak", count=int(milestone.value))
    return t(
        "stats.milestone_strength",
        habit=habit_name(milestone.habit or 0, t),
        percent=t.percent(milestone.value),
    )


def _rating(value: float | None, t: Translator) -> str:
    return t("stats.no_value") if value is None else t.number(value, 1)


def _share(value: float | None, t: Translator) -> str:
    return t("stats.no_value") if value is None else t.percent(value)


def stats_renderable(
    stats: Stats,
    t: Translator,
    *,
    schedule: ScheduleLike | None = None,
    weeks: int = 8,
) -> RenderableType:
    """The whole stats report: summary, habit strength, the last ``weeks`` weeks, what it means.

    Dates and weeks carry their year only when it is not the year of ``stats.as_of``."""
    as_of = stats.as_of
    parts: list[RenderableType] = [Text(t("stats.title", date=t.date(as_of, "long")), style="bold")]

    summary = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    summary.add_column(style="bold")
    summary.add_column()
    summary.add_row(t("stats.current_streak"), days_text(stats.current_streak, t))
    summary.add_row(t("stats.best_streak"), days_text(stats.best_streak, t))
    summary.add_row(t("stats.total_entries"), str(stats.total_entries))
    summary.add_row(t("stats.reflection_days"), str(stats.reflection_days))
    if stats.consistency is None:
        consistency = t("stats.consistency_none")
    else:
        consistency = t(
            "stats.consistency_value",
            percent=t.percent(stats.consistency),
            reflected=stats.reflected_scheduled_days,
            scheduled=stats.scheduled_days,
        )
    summary.add_row(t("stats.consistency"), consistency)
    if schedule is not None:
        summary.add_row(t("stats.schedule_label"), schedule.describe(t, as_of))
    if stats.first_day is not None:
        summary.add_row(t("stats.first_day"), t.short_date(stats.first_day, as_of))
    summary.add_row(t("arc.commitments.label"), commitments_value(stats.commitments, t))
    parts.append(summary)

    if stats.first_day is None:
        parts.append(Text(t("stats.empty", date=t.date(as_of, "long")), style="italic"))

    habits = Table(title=t("stats.habits_title"), title_justify="left", box=box.SIMPLE_HEAD)
    habits.add_column(t("stats.col_habit"))
    habits.add_column(t("stats.col_strength"), justify="right")
    habits.add_column(t("stats.col_entries"), justify="right")
    habits.add_column(t("stats.col_mean"), justify="right")
    habits.add_column(t("stats.col_target"))
    neglected = stats.neglected_habit if stats.first_day is not None else None
    for number in sorted(stats.habits):
        h = stats.habits[number]
        name = Text(f"{number} {habit_name(number, t)}", style="yellow" if number == neglected else "")
        habits.add_row(
            name, t.percent(h.strength), str(h.entries), _rating(h.mean_rating, t), target_text(h.target, t)
        )
    parts.append(habits)
    if neglected is not None:
        parts.append(Text(t("stats.neglected", habit=f"{neglected} {habit_name(neglected, t)}"), style="yellow"))

    shown = stats.weeks[-weeks:] if weeks > 0 else []
    if shown:
        table = Table(title=t("stats.weeks_title", count=len(shown)), title_justify="left", box=box.SIMPLE_HEAD)
        # "16 nov. 2026" stays on one line; the figures' headers wrap instead.
        table.add_column(t("stats.col_week"), no_wrap=True)
        table.add_column(t("stats.col_from"), no_wrap=True)
        table.add_column(t("stats.col_entries"), justify="right")
        table.add_column(t("stats.col_reflected"), justify="right")
        table.add_column(t("stats.col_consistency"), justify="right")
        table.add_column(t("stats.col_mean"), justify="right")
        for w in shown:
            table.add_row(
                t.week_name(w.start, w.start),  # "week 47": its first day, beside it, carries the year
                t.short_date(w.start, as_of),
                str(w.entries),
                t("stats.reflected_of", reflected=w.reflected_scheduled_days, scheduled=w.scheduled_days),
                _share(w.consistency, t),
                _rating(w.mean_rating, t),
            )
        parts.append(table)

    for key in ("stats.explain_streak", "stats.explain_strength", "stats.explain_consistency",
                "arc.commitments.explain"):
        parts.append(Text(t(key), style="dim"))
    return Group(*parts)
