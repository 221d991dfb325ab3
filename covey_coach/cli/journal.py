"""``add``, ``list`` and ``import``: the journal without the screen."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from covey_coach.days import parse_day
from covey_coach.errors import InputError, validation_problem
from covey_coach.habits import Channel

# Heavy modules (pydantic models, the store) are imported inside the handlers, so that
# `covey-coach --version` and `--help` start without them.

if TYPE_CHECKING:
    from covey_coach.cli.context import Context, Subcommands
    from covey_coach.i18n import Translator


def whole_number(text: str, field: str, low: int, high: int) -> int:
    """A whole number in [low, high], or InputError naming the flag and the value."""
    try:
        value = int(text.strip())
    except ValueError:
        raise InputError("errors.not_a_number", field=field, value=text) from None
    if not low <= value <= high:
        raise InputError("errors.out_of_range", field=field, value=value, low=low, high=high)
    return value


def day_option(text: str | None, field: str) -> date | None:
    if text is None:
        return None
    try:
        return parse_day(text)
    except ValueError:
        raise InputError("errors.bad_date", field=field, value=text) from None


def add_period_options(parser: argparse.ArgumentParser, t: Translator) -> None:
    """``--since D --until D --habit N``: which entries, the same for ``list`` and ``export``."""
    parser.add_argument("--since", metavar="D", help=t("cli.opt_since"))
    parser.add_argument("--until", metavar="D", help=t("cli.opt_until"))
    parser.add_argument("--habit", metavar="N", help=t("cli.opt_habit"))


class Period(TypedDict):
    since: date | None
    until: date | None
    habit: int | None


def period_options(args: argparse.Namespace) -> Period:
    """The options :func:`add_period_options` added, read and checked (one sentence for a bad one)."""
    return {
        "since": day_option(args.since, "--since"),
        "until": day_option(args.until, "--until"),
        "habit": whole_number(args.habit, "--habit", 1, 7) if args.habit is not None else None,
    }


def _add(args: argparse.Namespace, ctx: Context) -> int:
    # Every check comes before the journal is opened: refused input writes nothing.
    habit = whole_number(args.habit, "--habit", 1, 7)
    rating = whole_number(args.rating, "--rating", 1, 5)
    energy = whole_number(args.energy, "--energy", 1, 5) if args.energy is not None else None
    day = day_option(args.date, "--date")
    if not args.encounter.strip():
        raise InputError("errors.empty_encounter")
    from pydantic import ValidationError

    from covey_coach.days import day_of, now_local
    from covey_coach.models import Entry
    from covey_coach.journal.service import Journal
    from covey_coach.journal.settings import load_settings

    settings = load_settings(ctx.paths)
    created = now_local()
    try:
        entry = Entry(
            created_at=created,
            day=day or day_of(created, settings.day_start_hour),
            habit=habit,
            rating=rating,
            energy=energy,
            encounter=args.encounter.strip(),
            channel=Channel(args.channel),
            commitment=(args.commitment or "").strip(),
            tags=args.tag or [],
            private=args.private,
        )
    except ValidationError as exc:
        raise InputError("errors.bad_entry", problem=validation_problem(exc)) from None
    with Journal.open(ctx.data_dir, ctx.profile, settings=settings) as journal:
        journal.save_reflection(entry, created=True, clear_draft=False)  # the app's draft is not this one
    print(entry.id)
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    import orjson

    from covey_coach.journal.query import EntryFilter, filter_entries
    from covey_coach.journal.store import open_store

    query = EntryFilter(**period_options(args), text=args.search or "")
    with open_store(ctx.data_dir, ctx.profile, readonly=True) as store:
        entries = filter_entries(store.entries(), query)
    if args.json:
        sys.stdout.buffer.write(orjson.dumps([e.model_dump(mode="json") for e in entries], option=orjson.OPT_INDENT_2))
        sys.stdout.write("\n")
        return 0
    from covey_coach.days import today
    from covey_coach.journal.settings import load_settings

    t = ctx.t
    now = today(load_settings(ctx.paths).day_start_hour)
    days = [t.short_date(e.day, now) for e in entries]
    width = max(map(len, days), default=0)
    for e, day in zip(entries, days, strict=True):
        lock = " 🔒" if e.private else ""
        first_line = e.encounter.strip().splitlines()[0]
        print(f"{day:<{width}}  {t('cli.habit_short', n=e.habit)}  {'★' * e.rating}{'☆' * (5 - e.rating)}  "
              f"{first_line}{lock}")
    if not entries:
        print(t("cli.list_empty"), file=sys.stderr)
    return 0


def _import(args: argparse.Namespace, ctx: Context) -> int:
    from covey_coach.exchange.jrnl_json import DEFAULT_RATING, HABIT_TAG_WORDS, UNSORTED_HABIT
    from covey_coach.exchange.recognise import ImportKind, read_import
    from covey_coach.journal.service import Journal
    from covey_coach.journal.settings import load_settings
    from covey_coach.journal.store import open_store

    settings = load_settings(ctx.paths)
    batch = read_import(Path(args.file), settings.day_start_hour)
    t = ctx.t
    if args.dry_run:
        with open_store(ctx.data_dir, ctx.profile, readonly=True) as store:
            new = sum(1 for e in batch.entries if e.id not in store)
        print(t("cli.import_dry_run", new=t("cli.import_new_dry", count=new),
                present=t("cli.import_present", count=len(batch.entries) - new), path=args.file))
    else:
        with Journal.open(ctx.data_dir, ctx.profile, settings=settings) as journal:
            added = journal.import_entries(batch.entries)
        print(t("cli.import_done", new=t("cli.import_new_done", count=added),
                present=t("cli.import_present_done", count=len(batch.entries) - added), path=args.file))
    if batch.kind is ImportKind.JRNL:
        print(t("jrnl.read_as", rating=DEFAULT_RATING))
    if batch.needs_habit:
        # Said on both runs: the person should know before importing that these need a look.
        print(t("jrnl.needs_habit", count=batch.needs_habit, number=UNSORTED_HABIT, **HABIT_TAG_WORDS,
                habit=t(f"stats.habit.{UNSORTED_HABIT}")))
    return 0


def register(sub: Subcommands, t: Translator) -> None:
    add = sub.add_parser("add", help=t("cli.help_add"))
    # Numbers are read as text so that a bad value gets exit 1 and our own sentence (CONTRACT).
    add.add_argument("--habit", required=True, metavar="N", help=t("cli.opt_habit"))
    add.add_argument("--rating", required=True, metavar="R", help=t("cli.opt_rating"))
    add.add_argument("--encounter", required=True, metavar="TEXT", help=t("cli.opt_encounter"))
    add.add_argument("--date", metavar="D", help=t("cli.opt_date"))
    add.add_argument("--energy", metavar="E", help=t("cli.opt_energy"))
    add.add_argument("--commitment", metavar="TEXT", help=t("cli.opt_commitment"))
    add.add_argument("--channel", choices=[c.value for c in Channel], default=Channel.OTHER.value,
                     help=t("cli.opt_channel"))
    add.add_argument("--tag", action="append", metavar="T", help=t("cli.opt_tag"))
    add.add_argument("--private", action="store_true", help=t("cli.opt_private"))
    add.set_defaults(handler=_add)

    lst = sub.add_parser("list", help=t("cli.help_list"))
    add_period_options(lst, t)
    lst.add_argument("--search", metavar="TEXT", help=t("cli.opt_search"))
    lst.add_argument("--json", action="store_true", help=t("cli.opt_json"))
    lst.set_defaults(handler=_list)

    imp = sub.add_parser("import", help=t("cli.help_import"))
    imp.add_argument("file", metavar="FILE", help=t("cli.opt_import_file"))
    imp.add_argument("--dry-run", action="store_true", help=t("cli.opt_dry_run"))
    imp.set_defaults(handler=_import)
