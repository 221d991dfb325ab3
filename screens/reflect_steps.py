"""The widgets of each Reflect step, and reading them back into a :class:`ReflectForm`.

Ids used by the screen and the tests: ``#energy`` (RadioSet, buttons ``#energy-1`` …),
``#followup-outcome`` (``#followup-outcome-kept``, ``-partly``, ``-not_kept``), ``#followup``, ``#channel`` (buttons ``#channel-desk`` …), ``#encounter``, ``#habit`` (buttons
``#habit-1`` …), ``#answer-0`` …, ``#rating`` (``#rating-1`` …), ``#principles``, ``#sammy``,
``#commitment``, ``#tags``, ``#private``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Input, RadioSet, SelectionList, Static, TextArea

from covey_coach.habits import HABITS, Channel
from covey_coach.models import FOLLOWUP_OUTCOMES
from covey_coach.reflection.form import STEPS, ReflectForm, parse_tags
from screens.plain import shown
from screens.widgets import ChoiceButton, ChoiceSet, TickBox, TickList
from covey_coach.content.words import channel_name, habit_label, principles, sammy_explain, sammy_prompt
from screens.reflect_written import ExamplesBox, HabitStep, VerdictStep

if TYPE_CHECKING:  # pragma: no cover
    from covey_coach.content.pack import ContentPack
    from covey_coach.i18n import Translator


def _radios(set_id: str, options: list[tuple[str, str]], selected: str | None, **kw: object) -> RadioSet:
    buttons = [ChoiceButton(label, value=key == selected, id=f"{set_id}-{key}") for key, label in options]
    return ChoiceSet(*buttons, id=set_id, **kw)  # type: ignore[arg-type]


def _area(area_id: str, text: str, placeholder: str) -> TextArea:
    return TextArea(shown(text), id=area_id, soft_wrap=True, tab_behavior="focus", show_line_numbers=False,
                    classes="reflect-text", placeholder=placeholder)


def _scale(set_id: str, selected: int | None) -> RadioSet:
    return _radios(set_id, [(str(n), str(n)) for n in range(1, 6)], str(selected) if selected else None,
                   classes="scale")


def step_checkin(t: Translator, form: ReflectForm) -> Widget:
    children: list[Widget] = [
        Static(t("screens.reflect.energy_question"), classes="prompt"),
        _scale("energy", form.energy),
        Static(t("screens.reflect.energy_legend"), classes="legend"),
    ]
    if form.followup_question:
        children.append(Static(form.followup_question, classes="prompt followup-question", markup=False))
        if form.followup_of:  # an old entry's follow-up, written before outcomes, has its words only
            outcomes = [(o, t(f"arc.outcome.{o}")) for o in FOLLOWUP_OUTCOMES]
            children += [_radios("followup-outcome", outcomes, form.followup_outcome, classes="choices"),
                         Static(t("arc.followup_what"), classes="prompt")]
        children.append(_area("followup", form.followup, t("arc.followup_placeholder")))
    else:
        children.append(Static(t("arc.no_followup"), classes="legend"))
    return VerticalScroll(*children, id="step-checkin", classes="step")


def step_encounter(t: Translator, form: ReflectForm) -> Widget:
    options = [(c.value, channel_name(t, c)) for c in Channel]
    return VerticalScroll(
        Static(t("screens.reflect.channel_question"), classes="prompt"),
        _radios("channel", options, form.channel, classes="choices"),
        Static(t("screens.reflect.encounter_question"), classes="prompt"),
        _area("encounter", form.encounter, t("screens.reflect.encounter_placeholder")),
        Static("", id="hint-encounter", classes="hint"),
        id="step-encounter", classes="step",
    )


def step_habit(t: Translator, pack: ContentPack, form: ReflectForm, suggested: int, why: str) -> Widget:
    options = []
    for habit in HABITS:
        label = habit_label(pack, t, habit)
        if habit == suggested:
            label = t("screens.reflect.habit_suggested", label=label)
        options.append((str(habit), label))
    return HabitStep(
        Static(t("screens.reflect.habit_question"), classes="prompt"),
        Static(t("screens.reflect.habit_suggestion", n=suggested, why=why), classes="legend"),
        _radios("habit", options, str(form.habit) if form.habit else None, classes="habits"),
        Static("", id="habit-meaning", classes="legend"),
        ExamplesBox(id="habit-examples", classes="legend"),
        Static("", id="hint-habit", classes="hint"),
        pack=pack, t=t, id="step-habit", classes="step",
    )


def question_widgets(t: Translator, form: ReflectForm) -> list[Widget]:
    out: list[Widget] = []
    for index, question in enumerate(form.questions):
        text = Text(shown(question.text))
        if question.stage:  # where this question stands in the arc: notice, so what, now what
            text = Text.assemble((t(f"arc.stage.{question.stage}"), "bold"), " · ", text)
        out.append(Static(text, classes="prompt question"))
        out.append(_area(f"answer-{index}", form.answers.get(question.id, ""),
                         t("screens.reflect.answer_placeholder")))
    return out


def step_questions(t: Translator, form: ReflectForm) -> Widget:
    return VerticalScroll(*question_widgets(t, form), id="step-questions", classes="step")


def step_verdict(t: Translator, pack: ContentPack, form: ReflectForm) -> Widget:
    chosen = set(form.principles)
    selection = TickList(*[(name, pid, pid in chosen) for pid, name in principles(pack, t)], id="principles")
    explain = sammy_explain(pack, t)
    left = Vertical(
        Static(t("screens.reflect.rating_question"), classes="prompt"),
        _scale("rating", form.rating),
        Static(t("screens.reflect.rating_legend"), classes="legend"),
        Static("", id="hint-verdict", classes="hint"),
        id="verdict-left",
    )
    right = Vertical(
        Static(t("screens.reflect.principles_question"), classes="prompt"),
        selection,
        Static("", id="reality-check", classes="legend", markup=False),
        id="verdict-right",
    )
    sammy: list[Widget] = [Horizontal(
        TickBox("", form.sammy, id="sammy"),
        Static(shown(sammy_prompt(pack, t)), id="sammy-label", markup=False),
        id="sammy-row",
    )]
    if explain:  # the story behind the question, one key away rather than always in the way
        sammy.append(Collapsible(Static(shown(explain), classes="legend", id="sammy-explain", markup=False),
                                 title=t("reading.reflect.sammy_explain"), collapsed=True, id="sammy-more"))
    return VerdictStep(
        Horizontal(left, right, id="verdict-columns"),
        *sammy,
        pack=pack, t=t, id="step-verdict", classes="step",
    )


def step_commitment(t: Translator, form: ReflectForm) -> Widget:
    return VerticalScroll(
        Static(t("arc.commitment_question"), classes="prompt"),
        _area("commitment", form.commitment, t("arc.commitment_placeholder")),
        Horizontal(
            Static(t("screens.reflect.tags_label"), id="tags-label"),
            Input(shown(", ".join(form.tags)), placeholder=t("screens.reflect.tags_placeholder"), id="tags"),
            id="tags-row",
        ),
        Horizontal(
            TickBox("", form.private, id="private"),
            Static(t("screens.reflect.private_label"), id="private-label"),
            id="private-row",
        ),
        Static("", id="summary", classes="legend"),
        Button(t("screens.reflect.save_button"), id="save", variant="primary"),
        id="step-commitment", classes="step",
    )


def _radio_value(container: Widget, set_id: str) -> str | None:
    radios = container.query_one(f"#{set_id}", RadioSet)
    button = radios.pressed_button
    if button is None or button.id is None:
        return None
    return button.id.removeprefix(f"{set_id}-")


def _area_text(container: Widget, area_id: str) -> str | None:
    found = container.query(f"#{area_id}")
    return found.first(TextArea).text if found else None


def read_form(container: Widget, form: ReflectForm) -> ReflectForm:
    """Update ``form`` from the widgets of every step that is mounted.

    A step not mounted yet (they are mounted just after the screen's first frame) still holds
    what ``form`` holds: that is what it would be built with.
    """
    mounted = {name for name in STEPS if container.query(f"#step-{name}")}
    if "checkin" in mounted:
        energy = _radio_value(container, "energy")
        form.energy = int(energy) if energy else None
        followup = _area_text(container, "followup")
        if followup is not None:
            form.followup = followup
        if container.query("#followup-outcome"):
            form.followup_outcome = _radio_value(container, "followup-outcome")
    if "encounter" in mounted:
        form.channel = _radio_value(container, "channel")
        form.encounter = _area_text(container, "encounter") or ""
    if "habit" in mounted:
        habit = _radio_value(container, "habit")
        form.habit = int(habit) if habit else None
    if "questions" in mounted:
        for index, question in enumerate(form.questions):
            text = _area_text(container, f"answer-{index}")
            if text is not None:
                form.answers[question.id] = text
    if "verdict" in mounted:
        rating = _radio_value(container, "rating")
        form.rating = int(rating) if rating else None
        selection = container.query_one("#principles", SelectionList)
        chosen = set(selection.selected)
        order = [selection.get_option_at_index(i).value for i in range(selection.option_count)]
        form.principles = [p for p in order if p in chosen]  # the pack's order, not the order of clicks
        form.sammy = container.query_one("#sammy", TickBox).value
    if "commitment" in mounted:
        form.commitment = _area_text(container, "commitment") or ""
        form.tags = parse_tags(container.query_one("#tags", Input).value)
        form.private = container.query_one("#private", TickBox).value
    return form


__all__ = ["question_widgets", "read_form", "step_checkin", "step_commitment", "step_encounter", "step_habit",
           "step_questions", "step_verdict"]
