"""``doctor [--restore BACKUP]``: check the journal file, list backups, restore one."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from covey_coach.cli.context import Context, Subcommands
    from covey_coach.i18n import Translator


def _doctor(args: argparse.Namespace, ctx: Context) -> int:
    from covey_coach.days import today
    from covey_coach.journal import doctor

    t, paths = ctx.t, ctx.paths
    if args.restore:
        source, kept = doctor.restore(paths, args.restore)
        print(t("cli.doctor_restored", name=source.name, path=str(paths.journal)))
        if kept is not None:
            print(t("cli.doctor_kept", path=str(kept)))
        return 0
    check = doctor.check_file(paths.journal)
    if not check.exists:
        print(t("cli.doctor_no_journal", path=str(paths.journal)))
    elif check.healthy:
        print(t("cli.doctor_ok", path=str(paths.journal), entries=t("cli.reflections", count=check.entries),
                version=check.version))
    listing = doctor.backup_checks(paths)
    if listing:
        print(t("cli.doctor_backups", folder=str(paths.backups)))
        for backup, result in listing:
            state = t("cli.reflections", count=result.entries) if result.healthy else t("cli.doctor_backup_bad")
            print(f"  {backup.name}  {t.short_date(backup.modified.date(), today())}  {state}")
    else:
        print(t("cli.doctor_no_backups"))
    if check.problem is not None:
        print(check.problem.render(t), file=sys.stderr)
        return 1
    return 0


def register(sub: Subcommands, t: Translator) -> None:
    parser = sub.add_parser("doctor", help=t("cli.help_doctor"))
    parser.add_argument("--restore", metavar="BACKUP", help=t("cli.opt_restore"))
    parser.set_defaults(handler=_doctor)
