"""The Read section's topics: the pack's readings, the six principles, the Sammy moment and the
ten shifts, laid out as headed blocks of plain text in the interface language.

No Textual here: :mod:`screens.read` shows a list of :func:`topics` and the blocks of the one
chosen. Every text of a block is the pack's own words (or a catalogue heading), never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from covey_coach.content.model import SHIFT_AREAS

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.content.model import ContentPack, Text
    from covey_coach.i18n import Translator

BlockKind = Literal["heading", "paragraph", "item", "shift"]
"""How a block is shown: a heading, running text, a bulleted line, a shift's "from → to"."""


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Topic:
    """One entry of the list beside the text, and the text it opens."""

    id: str
    title: str
    blocks: tuple[Block, ...]


def paragraphs(text: str) -> list[str]:
    """A pack text cut at its empty lines; single line breaks inside a paragraph become spaces."""
    return [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]


def _words(item: Text | None, lang: str) -> str:
    return item.get(lang) if item is not None else ""


def _prose(item: Text | None, lang: str) -> list[Block]:
    return [Block("paragraph", part) for part in paragraphs(_words(item, lang))]


def _principles(pack: ContentPack, t: Translator) -> Topic:
    blocks: list[Block] = [Block("paragraph", t("reading.principles_intro", count=len(pack.principles)))]
    for principle in pack.principles:
        blocks.append(Block("heading", _words(principle.name, t.lang) or principle.id))
        blocks += _prose(principle.description, t.lang)
        if principle.reality_checks:
            blocks.append(Block("paragraph", t("reading.reality_checks")))
            blocks += [Block("item", check.get(t.lang)) for check in principle.reality_checks]
    return Topic("principles", t("reading.topic_principles", count=len(pack.principles)), tuple(blocks))


def _sammy(pack: ContentPack, t: Translator) -> Topic | None:
    sammy = pack.sammy
    if sammy is None:
        return None
    title = _words(sammy.name, t.lang) or t("screens.reflect.sammy_fallback")
    blocks = _prose(sammy.explain, t.lang)
    if sammy.prompt is not None:
        blocks += [Block("heading", t("reading.sammy_question")), *_prose(sammy.prompt, t.lang)]
    return Topic("sammy", title, tuple(blocks))


def _shifts(pack: ContentPack, t: Translator) -> Topic | None:
    if not pack.shifts:
        return None
    blocks: list[Block] = [Block("paragraph", t("reading.shifts_intro", count=len(pack.shifts)))]
    for area in SHIFT_AREAS:
        shifts = [s for s in pack.shifts if s.area == area]
        if not shifts:
            continue
        blocks.append(Block("heading", t(f"reading.area.{area}")))
        for shift in shifts:
            blocks.append(Block("shift", t("reading.from_to", old=shift.from_.get(t.lang), new=shift.to.get(t.lang))))
            blocks += _prose(shift.note, t.lang)
    return Topic("shifts", t("reading.topic_shifts", count=len(pack.shifts)), tuple(blocks))


def topics(pack: ContentPack, t: Translator) -> list[Topic]:
    """Every topic of the Read section, in order: the readings, the principles, Sammy, the shifts."""
    out = [Topic(f"reading-{r.id}", _words(r.title, t.lang) or r.id, tuple(_prose(r.body, t.lang)))
           for r in pack.readings]
    if pack.principles:
        out.append(_principles(pack, t))
    out += [topic for topic in (_sammy(pack, t), _shifts(pack, t)) if topic is not None]
    return out


__all__ = ["Block", "BlockKind", "Topic", "paragraphs", "topics"]
