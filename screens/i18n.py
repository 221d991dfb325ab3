"""Interface text for widgets: translated key bindings, and content-pack words in the active language.

Bindings are declared with catalogue keys as their description and tooltip
(``Binding("r", "reflect", "screens.keys.reflect", tooltip="screens.keys.reflect_tip")``);
:func:`translate_bindings` swaps in the text of the app's language when the node is built.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from textual.dom import DOMNode

    from covey_coach.i18n import Translator

_PREFIX = ("screens.", "reading.", "export.")
"""Where the catalogue keys of bindings live: the screens' catalogue, the Read section's and the Export screen's."""


def _tr(t: Translator, text: str, known: Mapping[str, str]) -> str:
    if text in known:
        return t(known[text])
    return t(text) if text.startswith(_PREFIX) else text


def translate_bindings(node: DOMNode, t: Translator, known: Mapping[str, str] | None = None) -> None:
    """Replace catalogue keys in a node's binding descriptions and tooltips by their text.

    Textual offers keymaps for keys but no hook for the words beside them, so this rewrites
    the node's own copy of its bindings (each node holds a copy; the class keeps the keys).
    ``known`` maps other descriptions (Textual's own, in English) to catalogue keys.
    """
    known = known or {}
    merged = type(node)._merged_bindings  # noqa: SLF001 - see the docstring
    if merged is not None:  # start from the keys again, so a change of language works too
        node._bindings = merged.copy()  # noqa: SLF001
    bindings = node._bindings  # noqa: SLF001
    bindings.key_to_bindings = {
        key: [
            dataclasses.replace(b, description=_tr(t, b.description, known),
                                tooltip=_tr(t, b.tooltip, known))
            for b in items
        ]
        for key, items in bindings.key_to_bindings.items()
    }


__all__ = ["translate_bindings"]
