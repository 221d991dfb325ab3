"""``coach``: the coach's team table over export files and folders of them (CONTRACT).

Reads only: export files are never written, and the coach's own journal is not opened.
``--hub`` and ``--feedback`` come with later issues and say so (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from covey_coach.cli.journal import day_option
from covey_coach.coaching import REPORT_FORMATS
from covey_coach.errors import NotAvailable

if TYPE_CHECKING:
    from covey_coach.cli.context import Context, Subcommands
    from covey_coach.i18n import Translator



class CoachUsage(NotAvailable):
    """Options of ``coach`` that do not go together: a usage error, exit 2, nothing written."""


def _check_usage(args: argparse.Namespace) -> None:
    if args.hub:
        raise NotAvailable("coach.not_yet_option", option="--hub")
    if args.feedback is not None:
        raise NotAvailable("coach.not_yet_option", option="--feedback")
    if not args.paths:
        raise CoachUsage("coach.no_paths")
    if args.report is not None and args.output is None:
        raise CoachUsage("coach.report_needs_output")
    if args.output is not None and args.report is None:
        raise CoachUsage("coach.output_needs_report")
    if args.json and args.report is not None:
        raise CoachUsage("coach.json_or_report")


def _coach(args: argparse.Namespace, ctx: Context) -> int:
    _check_usage(args)
    from covey_coach.coaching.gather import gather_exports
    from covey_coach.coaching.rows import team_json, team_rows
    from covey_coach.coaching.team import group_people
    from covey_coach.days import today
    from covey_coach.journal.settings import load_settings

    as_of = day_option(args.as_of, "--as-of") or today(load_settings(ctx.paths).day_start_hour)
    exports, skipped = gather_exports([Path(p) for p in args.paths])
    rows = team_rows(group_people(exports), as_of)
    for item in skipped:
        print(ctx.t("coach.skipped", path=str(item.path)), file=sys.stderr)
    if args.json:
        import orjson

        sys.stdout.buffer.write(orjson.dumps(team_json(rows, as_of), option=orjson.OPT_INDENT_2))
        sys.stdout.write("\n")
        return 0
    if args.report is not None:
        from covey_coach.coaching.reports import write_report

        write_report(args.report, rows, as_of, ctx.t, Path(args.output))
        print(ctx.t("coach.report_written", path=args.output, count=len(rows)))
        return 0
    from rich.console import Console

    from covey_coach.coaching.table import team_renderable

    Console().print(team_renderable(rows, as_of, ctx.t))
    return 0


def register(sub: Subcommands, t: Translator) -> None:
    coach = sub.add_parser("coach", help=t("cli.help_coach"))
    coach.add_argument("paths", nargs="*", metavar="PATH", help=t("coach.opt_paths"))
    coach.add_argument("--hub", action="store_true", help=t("coach.opt_hub"))
    coach.add_argument("--as-of", metavar="D", help=t("cli.opt_as_of"))
    coach.add_argument("--json", action="store_true", help=t("coach.opt_json"))
    coach.add_argument("--report", choices=REPORT_FORMATS, help=t("coach.opt_report"))
    coach.add_argument("-o", dest="output", metavar="FILE", help=t("coach.opt_output"))
    coach.add_argument("--feedback", metavar="PERSON", help=t("coach.opt_feedback"))
    coach.set_defaults(handler=_coach)
