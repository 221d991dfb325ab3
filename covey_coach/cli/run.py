"""The command line (CONTRACT). Textual is imported only when the app itself is started.

Exit status: 0 done; 1 the input or the journal was refused (one sentence on stderr,
nothing written); 2 usage, or a command that a later release brings.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from covey_coach import __version__
from covey_coach.errors import CoveyError, NotAvailable
from covey_coach.i18n import LANGUAGES, Lang, Translator, catalogue, detect_language
from covey_coach.cli.context import Context
from covey_coach.journal.paths import journal_paths, resolve_data_dir


class _Parser(argparse.ArgumentParser):
    hint = "Try 'covey-coach --help'."
    """Set per language by :func:`_speak_argparse`."""

    def error(self, message: str) -> NoReturn:
        # One sentence and a hint instead of argparse's usage dump: status 2 is "usage" (CONTRACT).
        self.exit(2, f"{self.prog}: {message}.\n{self.hint}\n")


def _speak_argparse(t: Translator) -> None:
    """argparse's own words (usage, options, its errors) in ``t``'s language.

    argparse looks its messages up through the module-level gettext functions it imported;
    putting our catalogue's table in their place is the hook gettext catalogues would use,
    without compiled .mo files.
    """
    prefix = "argparse."
    table = {key[len(prefix):]: text for key, text in catalogue(t.lang).items() if key.startswith(prefix)}
    argparse._ = lambda message: table.get(message, message)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: table.get(one if n == 1 else many,  # type: ignore[attr-defined]
                                                       one if n == 1 else many)
    _Parser.hint = t("argparse.hint")


def _pre_lang(argv: Sequence[str]) -> str | None:
    """The --lang value before full parsing, so help texts come out in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def build_parser(t: Translator) -> argparse.ArgumentParser:
    from covey_coach.cli import coach, content, doctor, export, journal, later, progress

    _speak_argparse(t)
    parser = _Parser(prog="covey-coach", description=t("cli.description"))
    parser.add_argument("--data-dir", metavar="DIR", help=t("cli.opt_data_dir"))
    parser.add_argument("--profile", metavar="NAME", help=t("cli.opt_profile"))
    parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.opt_lang"))
    parser.add_argument("--version", action="version", version=f"covey-coach {__version__}",
                        help=t("argparse.version_help"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in (journal, progress, export, doctor, content, coach, later):
        command.register(sub, t)
    return parser


def _settings_language(data_dir: Path, profile: str | None) -> str | None:
    """Only the language key, read without the settings model: every command pays for this."""
    import orjson

    try:
        raw = orjson.loads(journal_paths(data_dir, profile).settings.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None  # no settings yet, or damaged: the command itself reports a damaged file
    value = raw.get("language") if isinstance(raw, dict) else None
    return value if value in LANGUAGES else None


_START_OPTIONS = ("--data-dir", "--profile", "--lang")


def _app_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """What argparse would make of a plain start of the app (``covey-coach`` with at most
    ``--data-dir``, ``--profile`` and ``--lang``); None for anything else, which argparse reads.

    Building the whole parser (every command's options and help, in the interface language)
    took a tenth of the time before the app's first frame, to read at most three options.
    """
    values: dict[str, str | None] = dict.fromkeys(_START_OPTIONS)
    i = 0
    while i < len(argv):
        name, equals, value = argv[i].partition("=")
        if name not in _START_OPTIONS:
            return None
        if not equals:
            if i + 1 >= len(argv):
                return None
            i += 1
            value = argv[i]
        if value.startswith("-") or (name == "--lang" and value not in LANGUAGES):
            return None  # argparse says what is wrong
        values[name] = value  # the last one counts, as in argparse
        i += 1
    return argparse.Namespace(data_dir=values["--data-dir"], profile=values["--profile"], lang=values["--lang"],
                              command=None)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = _pre_lang(argv)
    t = Translator(pre if pre in LANGUAGES else detect_language(None, None))  # type: ignore[arg-type]
    args = _app_start(argv)
    if args is None:
        parser = build_parser(t)
        try:
            args, extra = parser.parse_known_args(argv)
            if extra and not getattr(args, "accepts_anything", False):
                parser.error(argparse._("unrecognized arguments: %s") % " ".join(extra))  # type: ignore[attr-defined]
        except SystemExit as exc:
            return int(exc.code or 0)
    try:
        data_dir = resolve_data_dir(args.data_dir)
        journal_paths(data_dir, args.profile)  # validates the profile name early
        lang = detect_language(args.lang, _settings_language(data_dir, args.profile))
        t = Translator(lang)
        ctx = Context(data_dir=data_dir, profile=args.profile, lang=lang, explicit_lang=args.lang is not None, t=t)
        handler: Callable[[argparse.Namespace, Context], int] | None = getattr(args, "handler", None)
        if handler is None:
            return _run_app(ctx)
        return handler(args, ctx)
    except NotAvailable as exc:
        print(exc.render(t), file=sys.stderr)
        return 2
    except CoveyError as exc:
        print(exc.render(t), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`list | head -1`): it had what it wanted; no traceback at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run_app(ctx: Context) -> int:
    from screens.app import make_app  # the only way from the domain into the UI

    app = make_app(ctx.data_dir, ctx.profile, ctx.lang if ctx.explicit_lang else None)
    app.run()
    return int(app.return_code or 0)


__all__ = ["Context", "build_parser", "main"]
