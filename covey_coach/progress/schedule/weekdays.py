"""Weekday names as a person types them (``mon-fri``, ``ma,di,wo``) read into numbers 0–6."""

from __future__ import annotations

import re

__all__ = ["parse_weekdays"]

_WEEKDAY_NAMES: dict[str, int] = {}
for _i, (_en, _en_full, _nl, _nl_full) in enumerate(
    [
        ("mon", "monday", "ma", "maandag"),
        ("tue", "tuesday", "di", "dinsdag"),
        ("wed", "wednesday", "wo", "woensdag"),
        ("thu", "thursday", "do", "donderdag"),
        ("fri", "friday", "vr", "vrijdag"),
        ("sat", "saturday", "za", "zaterdag"),
        ("sun", "sunday", "zo", "zondag"),
    ]
):
    for _name in (_en, _en_full, _nl, _nl_full):
        _WEEKDAY_NAMES[_name] = _i


def _weekday(name: str) -> int:
    key = name.strip().lower().rstrip(".")
    if key not in _WEEKDAY_NAMES:
        raise ValueError(
            f"Unknown weekday '{name.strip()}': use mon,tue,wed,thu,fri,sat,sun "
            "(or ma,di,wo,do,vr,za,zo)."
        )
    return _WEEKDAY_NAMES[key]


def parse_weekdays(text: str) -> list[int]:
    """``"mon,tue,wed"`` → ``[0, 1, 2]`` (0 = Monday … 6 = Sunday).

    English (``mon``, ``monday``) and Dutch (``ma``, ``maandag``) names, any case,
    separated by commas or spaces; a range such as ``mon-fri`` or ``ma-vr`` wraps
    around the weekend if needed (``fri-mon``). Raises ``ValueError`` on bad input.
    """
    parts = [p for p in re.split(r"[,\s]+", text.strip()) if p]
    if not parts:
        raise ValueError("Give at least one weekday, for example mon,tue,wed,thu,fri.")
    days: set[int] = set()
    for part in parts:
        bounds = re.split(r"\.\.|[-–]", part)
        if len(bounds) == 1:
            days.add(_weekday(bounds[0]))
        elif len(bounds) == 2 and all(bounds):
            first, last = _weekday(bounds[0]), _weekday(bounds[1])
            span = (last - first) % 7
            days.update((first + k) % 7 for k in range(span + 1))
        else:
            raise ValueError(f"'{part}' is not a weekday or a range of weekdays such as mon-fri.")
    return sorted(days)
