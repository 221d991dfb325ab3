"""One module per group of subcommands; each has ``register(subparsers, t)``."""

from __future__ import annotations

from covey_coach.commands import content, doctor, journal, later, progress

REGISTRY = [journal, progress, doctor, content, later]

__all__ = ["REGISTRY"]
