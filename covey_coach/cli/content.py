"""``content check FILE``: validate a content pack before an organisation rolls it out."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from covey_coach.errors import InputError

if TYPE_CHECKING:
    from covey_coach.cli.context import Context, Subcommands
    from covey_coach.i18n import Translator


def _check(args: argparse.Namespace, ctx: Context) -> int:
    from covey_coach.content import ContentError, check_pack_file

    try:
        pack = check_pack_file(args.file)
    except ContentError as exc:
        raise InputError("errors.content_bad", message=exc.render(ctx.t)) from None
    questions = sum(len(h.questions) for h in pack.habits)
    t = ctx.t
    print(t("cli.content_ok", path=args.file, name=pack.name, questions=t("cli.pack_questions", count=questions),
            habits=t("cli.pack_habits", count=len(pack.habits)),
            principles=t("cli.pack_principles", count=len(pack.principles))))
    return 0


def register(sub: Subcommands, t: Translator) -> None:
    content = sub.add_parser("content", help=t("cli.help_content"))
    actions = content.add_subparsers(dest="content_action", metavar="ACTION", required=True,
                                     parser_class=type(content))
    check = actions.add_parser("check", help=t("cli.help_content_check"))
    check.add_argument("file", metavar="FILE", help=t("cli.opt_pack_file"))
    check.set_defaults(handler=_check)
