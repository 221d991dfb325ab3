"""``export``: what a coach receives, in any format of the registry, to a file or to stdout."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from covey_coach.cli.journal import add_period_options, period_options

if TYPE_CHECKING:
    from covey_coach.cli.context import Context, Subcommands
    from covey_coach.exchange.exports.request import ExportRequest
    from covey_coach.i18n import Translator


def _request(args: argparse.Namespace) -> ExportRequest:
    from covey_coach.exchange.exports.request import ExportRequest

    return ExportRequest(
        **period_options(args),
        include_private=args.include_private,
        anonymize=args.anonymize,
    )


def _to_stdout(body: bytes) -> None:
    try:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (`| head`): what it read is what it wanted, not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _export(args: argparse.Namespace, ctx: Context) -> int:
    from covey_coach.exchange.exports.write import check_target, export_secret, person_name, write_export

    request = _request(args)
    target = None if args.output in (None, "-") else check_target(Path(args.output))
    from covey_coach.days import now_local, today
    from covey_coach.exchange.exports import render
    from covey_coach.exchange.exports.request import collect
    from covey_coach.journal.settings import load_settings
    from covey_coach.journal.store import open_store

    settings = load_settings(ctx.paths)
    secret = export_secret(ctx.paths, request.anonymize)
    person = person_name(settings.name, ctx.profile, secret)
    with open_store(ctx.data_dir, ctx.profile, readonly=True) as store:
        data = collect(store, settings, request, person=person, exported_at=now_local(),
                       today=today(settings.day_start_hour))
    body = render(args.format, data, ctx.t)
    write_export(body, target, secret, ctx.paths)  # a refused export leaves the data dir as it was
    if target is None:
        _to_stdout(body)
        return 0
    print(ctx.t("export.written", count=len(data.entries), path=str(target)), file=sys.stderr)
    return 0


def register(sub: Subcommands, t: Translator) -> None:
    from covey_coach.exchange.exports import format_names

    exp = sub.add_parser("export", help=t("cli.help_export"))
    exp.add_argument("--format", required=True, choices=format_names(), help=t("export.opt_format"))
    exp.add_argument("-o", "--output", metavar="FILE", help=t("export.opt_output"))
    add_period_options(exp, t)
    exp.add_argument("--include-private", action="store_true", help=t("export.opt_include_private"))
    exp.add_argument("--anonymize", action="store_true", help=t("export.opt_anonymize"))
    exp.set_defaults(handler=_export)
