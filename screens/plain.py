"""A person's words as a screen shows them: never read as markup, never a terminal control.

What is stored stays exactly as typed or imported; only what reaches the terminal is cleaned.
Escape (ESC), the other C0/C1 controls and the bidi embeddings, overrides and isolates are
dropped: ESC would let stored text colour the screen or retitle the terminal, and U+202E would
show a sentence backwards. Newlines and tabs stay (the entry view shows paragraphs).
"""

from __future__ import annotations

import re

from rich.text import Text

_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """``text`` without the characters a terminal would act on instead of show."""
    return _HIDDEN.sub("", text)


def plain_text(text: str) -> Text:
    """``text`` as a Rich ``Text`` (so ``[bold]`` stays those seven characters), cleaned by :func:`shown`."""
    return Text(shown(text))


__all__ = ["plain_text", "shown"]
