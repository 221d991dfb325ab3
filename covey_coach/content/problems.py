"""What can be wrong with a content pack: :class:`ContentError` and the pack's own problem keys.

The sentence around a problem (file, line, field) is :mod:`covey_coach.yaml_file`'s; the
problems only a content pack can have are catalogue keys ``content.…``
(``covey_coach/i18n/<lang>/content.toml``).
"""

from __future__ import annotations

from typing import Any

from covey_coach.errors import Problem
from covey_coach.yaml_file import YamlFileError


class ContentError(YamlFileError):
    """A content pack that cannot be used. ``str()`` is one English sentence naming file, line
    and field; :meth:`render` gives the same sentence in another language."""


def problem(key: str, /, **params: Any) -> Problem:
    """A problem whose text is ``content.<key>`` in the catalogues."""
    return Problem(f"content.{key}", params)


__all__ = ["ContentError", "problem"]
