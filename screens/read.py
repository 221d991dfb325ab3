"""Read: the ideas behind the questions, for the person reflecting and for a coach or trainer.

A list of topics (the pack's readings, the six principles with their descriptions and reality
checks, the Sammy moment, the ten shifts by area) beside the text of the one highlighted. Under
72 columns the two take turns: the list, then ⏎ opens a topic over the whole width and Esc
brings the list back. Every text is the pack's own words, shown as plain text.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from covey_coach.content.reading import Block, Topic, topics
from screens.base import CoveyScreen
from screens.footer import CoveyFooter
from screens.plain import plain_text

BULLETS = {"item": "• "}
"""What a block of each kind starts with on screen."""


def block_widget(block: Block) -> Static:
    return Static(plain_text(BULLETS.get(block.kind, "") + block.text), classes=f"read-{block.kind}", markup=False)


class ReadScreen(CoveyScreen[None]):
    """The Read section; dismisses with nothing."""

    MODE_KEYS = False
    BINDINGS = [
        Binding("escape", "back", "reading.back", id="read.back", tooltip="reading.back_tip"),
    ]

    def __init__(self, topic: str | None = None) -> None:
        super().__init__(id="read")
        assert self.covey.pack is not None
        self.topics: list[Topic] = topics(self.covey.pack, self.t)
        """Every topic, in the list's order."""
        ids = [item.id for item in self.topics]
        self.current = ids.index(topic) if topic in ids else 0
        """The index of the topic whose text is shown."""

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Horizontal(id="read-body"):
            with Vertical(id="read-side"):
                yield Static(self.t("reading.topics"), id="read-topics-title", classes="prompt")
                yield OptionList(*[Option(plain_text(item.title), id=item.id) for item in self.topics],
                                 id="read-topics")
                yield Static(self.t("reading.topics_hint"), id="read-topics-hint", classes="legend")
            yield VerticalScroll(*self._text_widgets(), id="read-text", can_focus=True)
        yield CoveyFooter()

    def _text_widgets(self) -> list[Static]:
        if not self.topics:
            return []
        topic = self.topics[self.current]
        return [Static(plain_text(topic.title), classes="read-title", markup=False),
                *(block_widget(block) for block in topic.blocks)]

    def on_mount(self) -> None:
        self.sub_title = self.t("reading.section")
        options = self.query_one("#read-topics", OptionList)
        options.highlighted = self.current
        options.focus()

    @property
    def reading(self) -> bool:
        """Whether a small screen shows the text in place of the list."""
        return self.has_class("-reading")

    async def show_topic(self, index: int) -> None:
        """Put the text of topic ``index`` in the text pane, scrolled to its top."""
        if index == self.current and self.query("#read-text .read-title"):
            return
        self.current = index
        pane = self.query_one("#read-text", VerticalScroll)
        with self.app.batch_update():
            await pane.remove_children()
            await pane.mount_all(self._text_widgets())
            pane.scroll_home(animate=False)

    @on(OptionList.OptionHighlighted, "#read-topics")
    async def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        await self.show_topic(event.option_index)

    @on(OptionList.OptionSelected, "#read-topics")
    async def _selected(self, event: OptionList.OptionSelected) -> None:
        await self.show_topic(event.option_index)
        self.add_class("-reading")  # a small screen swaps the list for the text; a wide one shows both
        self.query_one("#read-text").focus()

    def action_back(self) -> None:
        if self.reading:
            self.remove_class("-reading")
            self.query_one("#read-topics").focus()
            return
        self.dismiss(None)


__all__ = ["ReadScreen", "block_widget"]
