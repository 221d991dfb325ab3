"""``stats`` and ``schedule``: the figures and the days a person works, without the screen."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from covey_coach.cli.journal import day_option
from covey_coach.days import today
from covey_coach.errors import InputError, Problem, validation_problem

if TYPE_CHECKING:
    from covey_coach.cli.context import Context, Subcommands
    from covey_coach.i18n import Translator
    from covey_coach.progress.schedule import DayRange, ScheduleHistory


def _stats(args: argparse.Namespace, ctx: Context) -> int:
    import orjson

    from covey_coach.journal.settings import load_settings
    from covey_coach.progress.stats import compute_stats
    from covey_coach.journal.store import open_store

    settings = load_settings(ctx.paths)
    as_of = day_option(args.as_of, "--as-of") or today(settings.day_start_hour)
    with open_store(ctx.data_dir, ctx.profile, readonly=True) as store:
        entries = store.entries()
    stats = compute_stats(entries, settings.schedule, as_of, settings.all_targets())
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(stats.to_json(), option=orjson.OPT_INDENT_2))
        sys.stdout.write("\n")
        return 0
    from rich.console import Console

    from covey_coach.progress.report import stats_renderable

    Console().print(stats_renderable(stats, ctx.t, schedule=settings.schedule))
    return 0


def _problem(exc: ValueError) -> str | Problem:
    """One sentence from a parser's ValueError or the first error of a pydantic one."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        return validation_problem(exc)
    return str(exc).rstrip(".")


def _show_schedule(history: ScheduleHistory, t: Translator, day: date) -> None:
    from covey_coach.progress.schedule import period_lines

    print(history.describe(t, day))
    for line in period_lines(history, t, day):
        print(f"  {line}")
    for item in history.off:
        words = (t.short_date(item.start, day) if item.start == item.end else
                 t("cli.schedule_off_range", start=t.short_date(item.start, day), end=t.short_date(item.end, day)))
        print(f"  {t('cli.schedule_off_item', range=words)}")


def _off_ranges(texts: list[str]) -> list[DayRange]:
    """Every --off, or InputError naming the one that is not a day or a range of days."""
    from covey_coach.progress.schedule import parse_day_range
    from covey_coach.progress.schedule.days_off import RangeBackwardsError

    out: list[DayRange] = []
    for text in texts:
        try:
            out.append(parse_day_range(text))
        except RangeBackwardsError:
            raise InputError("errors.range_backwards", field="--off", value=text) from None
        except ValueError:
            raise InputError("errors.bad_day_range", field="--off", value=text) from None
    return out


def _schedule(args: argparse.Namespace, ctx: Context) -> int:
    from covey_coach.journal.settings import load_settings, save_settings
    from covey_coach.journal.store import writer_lock
    from covey_coach.progress.schedule import Rule, parse_weekdays

    t = ctx.t
    has_rule = args.weekdays is not None or args.rrule is not None
    if args.weekdays is not None and args.rrule is not None:
        raise InputError("errors.schedule_both")
    if args.from_day is not None and not has_rule:
        raise InputError("errors.schedule_from_alone")
    # Parse everything before touching the settings file: refused input writes nothing.
    start = day_option(args.from_day, "--from")
    off = _off_ranges(args.off or [])
    try:
        rule: Rule | None = None
        if args.weekdays is not None:
            rule = Rule(weekdays=parse_weekdays(args.weekdays))
        elif args.rrule is not None:
            rule = Rule(rrule=args.rrule)
    except ValueError as exc:
        raise InputError("errors.schedule_bad", problem=_problem(exc)) from None
    settings = load_settings(ctx.paths)
    history = settings.schedule
    if not (has_rule or off or args.clear_off):
        _show_schedule(history, t, today(settings.day_start_hour))
        return 0
    if rule is not None:
        history = history.replaced(rule) if start is None else history.changed_from(start, rule)
    kept_off = [] if args.clear_off else list(history.off)
    history = history.with_off(kept_off + [r for r in off if r not in kept_off])
    with writer_lock(ctx.paths):
        save_settings(ctx.paths, settings.model_copy(update={"schedule": history}))
    print(t("cli.schedule_saved", schedule=history.describe(t, today(settings.day_start_hour))))
    return 0


def register(sub: Subcommands, t: Translator) -> None:
    stats = sub.add_parser("stats", help=t("cli.help_stats"))
    stats.add_argument("--as-of", metavar="D", help=t("cli.opt_as_of"))
    stats.add_argument("--json", action="store_true", help=t("cli.opt_json"))
    stats.set_defaults(handler=_stats)

    schedule = sub.add_parser("schedule", help=t("cli.help_schedule"))
    schedule.add_argument("--weekdays", metavar="mon,tue,...", help=t("cli.opt_weekdays"))
    schedule.add_argument("--rrule", metavar="RULE", help=t("cli.opt_rrule"))
    schedule.add_argument("--from", dest="from_day", metavar="D", help=t("cli.opt_from"))
    schedule.add_argument("--off", action="append", metavar="D[..D]", help=t("cli.opt_off"))
    schedule.add_argument("--clear-off", action="store_true", help=t("cli.opt_clear_off"))
    schedule.set_defaults(handler=_schedule)
