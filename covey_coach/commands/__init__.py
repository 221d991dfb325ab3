"""One module per group of subcommands; each has ``register(subparsers, t)``."""

from __future__ import annotations

from covey_coach.commands import doctor, journal, later, progress

REGISTRY = [journal, progress, doctor, later]

__all__ = ["REGISTRY"]
