"""Today's sentences that depend on more than one figure: the streak, where this week's focus
came from, a reflection left unfinished. Functions of the figures and a translator, so tests can
read them in both languages without a screen."""

from __future__ import annotations

from datetime import date, datetime

from covey_coach.i18n import Translator
from covey_coach.progress.focus import Focus
from covey_coach.progress.report import days_text


def streak_text(current: int, best: int, t: Translator) -> str:
    """The current streak; when it is 0 after a longer one, the best one and what starts it again."""
    if current > 0:
        return t("screens.today.streak", count=current)
    if best > 0:
        return t("screens.today.streak_restart", best=days_text(best, t))
    return t("screens.today.streak_zero")


def focus_note(focus: Focus, today: date, t: Translator) -> str:
    """Where this week's focus came from: the person's own choice (and when), or the one rule."""
    if focus.source == "suggested" or focus.chosen_on is None:
        return t("screens.today.focus_suggested")
    if focus.chosen_on == today:
        return t("screens.today.focus_review_today")
    return t("screens.today.focus_review", weekday=t.weekday(focus.chosen_on))


def draft_text(saved_at: datetime, today: date, t: Translator) -> str:
    """"You have a reflection in progress from 21:40": the day too when it is not today's."""
    time = f"{saved_at:%H:%M}"
    if saved_at.date() == today:
        return t("screens.today.draft_today", time=time)
    return t("screens.today.draft", date=t.short_date(saved_at.date(), today), time=time)


__all__ = ["draft_text", "focus_note", "streak_text"]
