"""The command line (CONTRACT): ``run`` parses and dispatches, one module per group of subcommands.

Each command module has ``register(subparsers, t)``; ``context`` is what a command is
handed. Textual is imported only when the app itself is started.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """The ``covey-coach`` entry point (imported lazily so ``covey_coach.cli.context`` stays light)."""
    from covey_coach.cli.run import main as run

    return run(argv)


__all__ = ["main"]
