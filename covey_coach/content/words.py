"""Content-pack words in the interface language: habit names, channels, principles, Sammy.

Presentation only: which text to show for an id, with a catalogue fallback when a custom
pack leaves something out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from covey_coach.habits import HABITS, Channel

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.content.model import ContentPack, Text
    from covey_coach.i18n import Translator


def _text(item: Text | None, lang: str, fallback: str) -> str:
    return item.get(lang) if item is not None else fallback


def habit_name(pack: ContentPack, t: Translator, habit: int) -> str:
    try:
        content = pack.habit(habit)
    except KeyError:
        return t("screens.common.habit_n", n=habit)
    return _text(content.name, t.lang, t("screens.common.habit_n", n=habit))


def habit_label(pack: ContentPack, t: Translator, habit: int) -> str:
    """``5 · Seek first to understand``."""
    return t("screens.common.habit_label", n=habit, name=habit_name(pack, t, habit))


def habit_meaning(pack: ContentPack, t: Translator, habit: int) -> str:
    try:
        return _text(pack.habit(habit).meaning, t.lang, "")
    except KeyError:
        return ""


def habit_mission(pack: ContentPack, t: Translator, habit: int) -> str:
    """The habit's weekly field mission (seed 003: be your own customer), or "" if the pack has none."""
    try:
        return _text(pack.habit(habit).mission, t.lang, "")
    except KeyError:
        return ""


def habit_examples(pack: ContentPack, t: Translator, habit: int) -> list[str]:
    """The habit's "examples of what good looks like" (three in the built-in pack), or none."""
    try:
        return [example.get(t.lang) for example in pack.habit(habit).examples]
    except KeyError:
        return []


def habit_choices(pack: ContentPack, t: Translator) -> list[tuple[str, int]]:
    """(label, number) for a Select of the seven habits."""
    return [(habit_label(pack, t, h), h) for h in HABITS]


def channel_name(t: Translator, channel: Channel | str) -> str:
    return t(f"screens.channels.{Channel(channel).value}")


def principles(pack: ContentPack, t: Translator) -> list[tuple[str, str]]:
    """(id, name) of every principle in the pack, in the pack's order."""
    return [(p.id, _text(p.name, t.lang, p.id)) for p in pack.principles]


def principle_name(pack: ContentPack, t: Translator, principle_id: str) -> str:
    try:
        return _text(pack.principle(principle_id).name, t.lang, principle_id)
    except KeyError:
        return principle_id


def sammy_name(pack: ContentPack, t: Translator) -> str:
    return _text(pack.sammy.name if pack.sammy else None, t.lang, t("screens.reflect.sammy_fallback"))


def sammy_explain(pack: ContentPack, t: Translator) -> str:
    return _text(pack.sammy.explain if pack.sammy else None, t.lang, "")


def sammy_prompt(pack: ContentPack, t: Translator) -> str:
    """The pack's own Sammy question; the catalogue's short one when a pack has none."""
    fallback = t("screens.reflect.sammy_question", name=sammy_name(pack, t))
    return _text(pack.sammy.prompt if pack.sammy else None, t.lang, fallback)


__all__ = ["channel_name", "habit_choices", "habit_examples", "habit_label", "habit_meaning", "habit_mission",
           "habit_name", "principle_name", "principles", "sammy_explain", "sammy_name", "sammy_prompt"]
