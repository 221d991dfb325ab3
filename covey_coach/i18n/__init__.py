"""Interface text in Dutch and English.

Catalogues are TOML files under ``i18n/<lang>/<area>.toml``; a key is ``<area>.<name>``
(nested tables give dotted names). One file per area lets the CLI, each screen and the
content checks keep their words apart. Placeholders use ``str.format`` names.
A text that depends on a number is a table of CLDR plural categories (``one``, ``other``;
Babel's plural rules pick one), looked up with ``t(key, count=n)``::

    [days]
    one = "{count} day"
    other = "{count} days"
Numbers go through Babel so Dutch reads "3,5"; dates and weeks on screen come from
``i18n/dates.py`` ("23 nov.", "week 47"), which also reads typed dates.
"""

from __future__ import annotations

import locale
import os
import tomllib
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")
DEFAULT_LANG: Lang = "en"
_BABEL_LOCALE = {"en": "en_GB", "nl": "nl_NL"}


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, str]) -> None:
    for key, value in table.items():
        name = f"{prefix}.{key}"
        if isinstance(value, dict):
            _flatten(name, value, out)
        else:
            out[name] = str(value)


@lru_cache(maxsize=None)
def area(lang: Lang, name: str) -> dict[str, str]:
    """The strings of one area (``i18n/<lang>/<name>.toml``), keyed ``name.key``; empty if there is none.

    A translator reads an area when it is first asked for one of its keys: the app's first
    frame needs the screens' words, not the errors', the statistics' or the content checks'
    (parsing every file took a tenth of the time before that frame).
    """
    item = resources.files("covey_coach.i18n").joinpath(lang, f"{name}.toml")
    try:
        text = item.read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return {}
    out: dict[str, str] = {}
    _flatten(name, tomllib.loads(text), out)
    return out


@lru_cache(maxsize=None)
def catalogue(lang: Lang) -> dict[str, str]:
    """Every interface string of one language, keyed ``area.name``."""
    out: dict[str, str] = {}
    folder = resources.files("covey_coach.i18n").joinpath(lang)
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            out.update(area(lang, item.name[:-5]))
    return out


class Translator:
    """Looks up interface text for one language; ``t("cli.saved", id=...)``."""

    def __init__(self, lang: Lang) -> None:
        self.lang: Lang = lang
        """The language this translator speaks."""

    def __call__(self, key: str, /, **values: Any) -> str:
        strings = area(self.lang, key.partition(".")[0])
        text = strings.get(key)
        if text is None and "count" in values and f"{key}.other" in strings:
            text = strings.get(f"{key}.{plural_category(self.lang, values['count'])}", strings[f"{key}.other"])
        if text is None:
            # A missing key is a bug the catalogue test catches; show the key rather than crash a screen.
            text = area(DEFAULT_LANG, key.partition(".")[0]).get(key, key)
        if not values:
            return text
        return _one_full_stop(text, values).format(**values)

    def has(self, key: str) -> bool:
        strings = area(self.lang, key.partition(".")[0])
        return key in strings or f"{key}.other" in strings

    def date(self, day: date, style: str = "medium") -> str:
        """A date written the way this language writes it."""
        from babel.dates import format_date

        return format_date(day, format=style, locale=_BABEL_LOCALE[self.lang])

    def short_date(self, day: date, today: date | None) -> str:
        """``1 dec.`` (``1 dec. 2025`` when not ``today``'s year): every date in a table, list or note."""
        from covey_coach.i18n.dates import short_date

        return short_date(day, self.lang, today)

    def full_date(self, day: date) -> str:
        """``dinsdag 1 december 2026``: a heading's date."""
        from covey_coach.i18n.dates import full_date

        return full_date(day, self.lang)

    def week_name(self, day: date, today: date) -> str:
        """``week 47`` (``week 47 van 2025`` when not ``today``'s ISO year) for the week ``day`` is in."""
        from covey_coach.i18n.dates import week_name

        return week_name(day, self.lang, today)

    def weekday(self, day: date, style: str = "wide") -> str:
        from babel.dates import format_date

        pattern = {"wide": "EEEE", "abbr": "EEE", "short": "EEEEEE"}[style]
        return format_date(day, format=pattern, locale=_BABEL_LOCALE[self.lang])

    def number(self, value: float, digits: int = 1) -> str:
        from babel.numbers import format_decimal

        pattern = "0" if digits == 0 else "0." + "0" * digits
        return format_decimal(value, format=pattern, locale=_BABEL_LOCALE[self.lang])

    def percent(self, value: float) -> str:
        from babel.numbers import format_percent

        return format_percent(value, format="0%", locale=_BABEL_LOCALE[self.lang])


def _one_full_stop(text: str, values: dict[str, Any]) -> str:
    """``"Van {date}."`` with ``date="21 nov."`` reads "Van 21 nov.", not "21 nov..": the
    abbreviation's full stop ends the sentence too, as Dutch and English both write it."""
    for name, value in values.items():
        if isinstance(value, str) and value.endswith(".") and not value.endswith(".."):
            text = text.replace(f"{{{name}}}.", f"{{{name}}}")
    return text


@lru_cache(maxsize=256)
def plural_category(lang: Lang, count: float) -> str:
    """The CLDR plural category of ``count`` in ``lang`` ("one", "other", ...), by Babel's rules."""
    from babel import Locale

    return str(Locale.parse(_BABEL_LOCALE[lang]).plural_form(abs(count)))


def detect_language(explicit: str | None, setting: str | None) -> Lang:
    """``--lang``, else the setting, else the locale, else English (CONTRACT)."""
    for candidate in (explicit, setting):
        if candidate in LANGUAGES:
            return candidate  # type: ignore[return-value]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else DEFAULT_LANG
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "nl" if loc.lower().startswith("nl") else DEFAULT_LANG


__all__ = ["LANGUAGES", "Lang", "Translator", "area", "catalogue", "detect_language", "plural_category"]
