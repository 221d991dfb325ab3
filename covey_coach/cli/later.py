"""Commands that later releases bring: they say so and exit 2 (usage), writing nothing."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from covey_coach.errors import NotAvailable

if TYPE_CHECKING:
    from covey_coach.cli.context import Context, Subcommands
    from covey_coach.i18n import Translator

LATER = ("classroom",)


def _not_yet(args: argparse.Namespace, ctx: Context) -> int:
    raise NotAvailable("errors.not_yet_command", command=args.command)


def register(sub: Subcommands, t: Translator) -> None:
    for name in LATER:
        parser = sub.add_parser(name, help=t(f"cli.help_{name}"))
        # Whatever follows belongs to a command this version does not have yet: say that, not "bad flag".
        parser.set_defaults(handler=_not_yet, accepts_anything=True)
