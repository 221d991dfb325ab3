"""The Reflect steps that show the pack's own words beside their fields.

- The habit step shows the chosen habit's "examples of what good looks like" (``#habit-examples``)
  and shows the next habit's as soon as another is chosen.
- The verdict step shows one reality check of a ticked principle (``#reality-check``), chosen
  by :func:`covey_coach.reflection.written.reality_check` for the reflection's day and chosen
  again whenever the ticks change.

Each step listens to its own fields' messages and lets them bubble on to the screen, which
reads the form as before.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from textual.containers import VerticalScroll
from textual.widgets import RadioSet, SelectionList, Static

from covey_coach.content.words import habit_examples, principle_name
from covey_coach.reflection.written import reality_check
from screens.plain import plain_text

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.content.model import ContentPack
    from covey_coach.i18n import Translator


def examples_text(pack: ContentPack, t: Translator, habit: int | None) -> str:
    """The heading and the bulleted examples of ``habit``; empty when it has none."""
    examples = habit_examples(pack, t, habit) if habit is not None else []
    if not examples:
        return ""
    return "\n".join([t("reading.reflect.examples"), *(f"• {example}" for example in examples)])


def reality_check_text(pack: ContentPack, t: Translator, ticked: list[str], day: date) -> str:
    """The verdict step's reality check for ``ticked`` on ``day``, or the hint to tick one."""
    check = reality_check(pack, t.lang, ticked, day)
    if check is None:
        return t("reading.reflect.reality_check_none")
    heading = t("reading.reflect.reality_check", principle=principle_name(pack, t, check.principle))
    return f"{heading}\n{check.text}"


class ExamplesBox(Static, can_focus=True):
    """The habit's examples. Tab reaches it, so a small screen scrolls it into view from the keyboard."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("", markup=False, **kwargs)


class HabitStep(VerticalScroll):
    """The habit step; ``#habit-examples`` follows the habit chosen in ``#habit``."""

    def __init__(self, *children: Any, pack: ContentPack, t: Translator, **kwargs: Any) -> None:
        super().__init__(*children, **kwargs)
        self._pack, self._t = pack, t

    def _chosen(self) -> int | None:
        button = self.query_one("#habit", RadioSet).pressed_button
        return int(button.id.removeprefix("habit-")) if button is not None and button.id else None

    def show_examples(self) -> None:
        text = examples_text(self._pack, self._t, self._chosen())
        box = self.query_one("#habit-examples", ExamplesBox)
        box.update(plain_text(text))
        box.display = bool(text)

    def on_mount(self) -> None:
        self.show_examples()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        if event.radio_set.id == "habit":
            self.show_examples()  # not stopped: the screen reads the form from the same message


class VerdictStep(VerticalScroll):
    """The verdict step; ``#reality-check`` follows the ticks of ``#principles``."""

    def __init__(self, *children: Any, pack: ContentPack, t: Translator, **kwargs: Any) -> None:
        super().__init__(*children, **kwargs)
        self._pack, self._t = pack, t

    def _day(self) -> date:
        """The reflection's day: an edited entry's own, else today (the app's, so tests can freeze it)."""
        editing = getattr(self.screen, "editing", None)
        return editing.day if editing is not None else self.app.today()  # type: ignore[attr-defined]

    def show_reality_check(self) -> None:
        ticked = [str(value) for value in self.query_one("#principles", SelectionList).selected]
        text = reality_check_text(self._pack, self._t, ticked, self._day())
        self.query_one("#reality-check", Static).update(plain_text(text))

    def on_mount(self) -> None:
        self.show_reality_check()

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        if event.selection_list.id == "principles":
            self.show_reality_check()  # not stopped: the screen reads the form from the same message


__all__ = ["ExamplesBox", "HabitStep", "VerdictStep", "examples_text", "reality_check_text"]
