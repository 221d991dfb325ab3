"""``stats`` and ``schedule``: the figures and the days a person works, without the screen."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from covey_coach.cli.journal import day_option
from covey_coach.days import today
from covey_coach.errors import InputError, validation_problem

if TYPE_CHECKING:
    from covey_coach.cli.context import Context, Subcommands
    from covey_coach.i18n import Translator


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


def _schedule(args: argparse.Namespace, ctx: Context) -> int:
    from pydantic import ValidationError

    from covey_coach.progress.schedule import Schedule, parse_day_range, parse_weekdays, rrule_has_start
    from covey_coach.journal.settings import load_settings, save_settings
    from covey_coach.journal.store import writer_lock

    t = ctx.t
    changing = args.weekdays is not None or args.rrule is not None or args.off or args.clear_off
    if args.weekdays is not None and args.rrule is not None:
        raise InputError("errors.schedule_both")
    # Parse everything before touching the settings file: refused input writes nothing.
    try:
        weekdays = parse_weekdays(args.weekdays) if args.weekdays is not None else None
        off = [parse_day_range(text) for text in args.off or []]
    except ValueError as exc:
        raise InputError("errors.schedule_bad", problem=str(exc).rstrip(".")) from None
    settings = load_settings(ctx.paths)
    if not changing:
        print(settings.schedule.describe(t))
        for item in settings.schedule.off:
            print(f"  {t('cli.schedule_off_item', range=str(item))}")
        return 0
    current = settings.schedule
    update: dict[str, Any] = {}
    if weekdays is not None:
        update.update(weekdays=weekdays, rrule=None, anchor=None)
    if args.rrule is not None:
        anchor = None if rrule_has_start(args.rrule) else today(settings.day_start_hour)
        update.update(rrule=args.rrule, anchor=anchor, weekdays=None)
    kept_off = [] if args.clear_off else list(current.off)
    update["off"] = kept_off + [r for r in off if r not in kept_off]
    try:
        schedule = Schedule.model_validate({**current.model_dump(), **update})
    except ValidationError as exc:
        raise InputError("errors.schedule_bad", problem=validation_problem(exc)) from None
    with writer_lock(ctx.paths):
        save_settings(ctx.paths, settings.model_copy(update={"schedule": schedule}))
    print(t("cli.schedule_saved", schedule=schedule.describe(t)))
    return 0


def register(sub: Subcommands, t: Translator) -> None:
    stats = sub.add_parser("stats", help=t("cli.help_stats"))
    stats.add_argument("--as-of", metavar="D", help=t("cli.opt_as_of"))
    stats.add_argument("--json", action="store_true", help=t("cli.opt_json"))
    stats.set_defaults(handler=_stats)

    schedule = sub.add_parser("schedule", help=t("cli.help_schedule"))
    schedule.add_argument("--weekdays", metavar="mon,tue,...", help=t("cli.opt_weekdays"))
    schedule.add_argument("--rrule", metavar="RULE", help=t("cli.opt_rrule"))
    schedule.add_argument("--off", action="append", metavar="D[..D]", help=t("cli.opt_off"))
    schedule.add_argument("--clear-off", action="store_true", help=t("cli.opt_clear_off"))
    schedule.set_defaults(handler=_schedule)
