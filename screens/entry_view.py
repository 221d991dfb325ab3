"""One reflection to read in full; `e` edits it, `d` deletes it after asking.

Dismisses with the id to delete (the Journal does the delete, so it can offer undo), or None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from covey_coach.models import Entry
from screens.base import CoveyScreen
from screens.plain import shown
from screens.dialogs import ConfirmDialog
from covey_coach.reflection.form import FOLLOWUP_ID
from covey_coach.content.words import channel_name, habit_label, principle_name, sammy_name


class EntryView(CoveyScreen["str | None"]):
    """Everything one entry holds, in reading order: what happened, the questions, the verdict, the plan."""

    BINDINGS = [
        Binding("escape", "close", "screens.keys.close", id="entry.close", tooltip="screens.keys.close_tip"),
        Binding("e", "edit", "screens.keys.edit", id="entry.edit", tooltip="screens.keys.edit_tip"),
        Binding("d", "delete", "screens.keys.delete", id="entry.delete", tooltip="screens.keys.delete_tip"),
    ]

    def __init__(self, entry: Entry) -> None:
        super().__init__(id="entry-view")
        self.entry = entry
        """The entry shown; refreshed from the journal after an edit."""

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield VerticalScroll(id="entry-body")
        yield Footer()

    async def on_mount(self) -> None:
        await self._fill()

    async def on_screen_resume(self) -> None:
        journal = self.covey.journal
        fresh = journal.get(self.entry.id) if journal else None
        if fresh is not None and fresh != self.entry:
            self.entry = fresh
            await self._fill()

    async def _fill(self) -> None:
        t, pack, e = self.t, self.covey.pack, self.entry
        self.sub_title = t("screens.entry.section", date=t.short_date(e.day, self.covey.today()))
        body = self.query_one("#entry-body", VerticalScroll)
        await body.remove_children()
        facts = [channel_name(t, e.channel), t("screens.entry.rating", rating=e.rating)]
        if e.energy is not None:
            facts.append(t("screens.entry.energy", energy=e.energy))
        if e.sammy:
            facts.append(sammy_name(pack, t))
        if e.private:
            facts.append(t("screens.entry.private"))
        if e.tags:
            facts.append(t("screens.entry.tags", tags=shown(", ".join(e.tags))))
        parts: list[Static] = [
            Static(t("screens.entry.heading", weekday=t.weekday(e.day).capitalize(), date=t.date(e.day, "long"),
                     habit=habit_label(pack, t, e.habit)), classes="entry-heading", markup=False),
            Static(" · ".join(facts), classes="entry-facts", markup=False),
            Static(t("screens.entry.encounter"), classes="entry-label"),
            Static(shown(e.encounter), classes="entry-text", markup=False),
        ]
        for answer in e.answers:
            label = shown(answer.question)
            followup = answer.question_id == FOLLOWUP_ID
            parts.append(Static(label, classes="entry-label" + (" followup" if followup else ""), markup=False))
            text = shown(answer.answer)
            if followup and e.followup is not None and e.followup.outcome is not None:
                text = "\n".join(filter(None, (t(f"arc.outcome.{e.followup.outcome}"), text)))
            parts.append(Static(text or t("screens.entry.no_answer"), classes="entry-text", markup=False))
        if e.principles:
            parts.append(Static(t("screens.entry.principles"), classes="entry-label"))
            names = ", ".join(principle_name(pack, t, p) for p in e.principles)
            parts.append(Static(names, classes="entry-text", markup=False))
        if e.commitment:
            parts.append(Static(t("screens.entry.commitment"), classes="entry-label"))
            parts.append(Static(shown(e.commitment), classes="entry-text", markup=False))
        await body.mount_all(parts)
        body.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete") and not self.writable:
            return False  # a journal that can only be read shows its entries, nothing more
        return True

    def action_close(self) -> None:
        self.dismiss(None)

    def action_edit(self) -> None:
        from screens.reflect import ReflectScreen

        self.app.push_screen(ReflectScreen(self.entry))

    def action_delete(self) -> None:
        ask_delete(self, self.entry, lambda: self.dismiss(self.entry.id))


def ask_delete(screen: CoveyScreen[Any], entry: Entry, delete: Callable[[], None]) -> None:
    """Ask before deleting ``entry`` (from the list or from the entry itself); ``delete()`` on yes."""
    t = screen.t
    question = t("screens.entry.delete_question", date=t.short_date(entry.day, screen.covey.today()))
    screen.app.push_screen(ConfirmDialog(question, t("screens.entry.delete_yes"), t("screens.entry.delete_no")),
                           lambda yes: delete() if yes else None)


__all__ = ["EntryView", "ask_delete"]
