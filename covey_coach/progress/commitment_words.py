"""The commitment figures in words, for ``stats``, Progress and the weekly review."""

from __future__ import annotations

from covey_coach.i18n import Translator
from covey_coach.progress.stats import CommitmentStats

__all__ = ["commitments_line", "commitments_value", "review_line"]


def commitments_value(c: CommitmentStats, t: Translator) -> str:
    """``"5 of 8 (63%); partly 2, not 1; 12 made, 9 followed up"``, or that none is followed up yet."""
    if c.kept_rate is None:
        return t("arc.commitments.none")
    return t("arc.commitments.value", kept=c.kept, answered=c.answered, percent=t.percent(c.kept_rate),
             partly=c.partly, not_kept=c.not_kept, made=c.made, followed=c.followed_up)


def commitments_line(c: CommitmentStats, t: Translator) -> str:
    """Progress's sentence: the kept-rate, or what there is before one."""
    if c.made == 0:
        return t("arc.commitments.progress_empty")
    if c.kept_rate is None:
        return t("arc.commitments.progress_none", count=c.made)
    return t("arc.commitments.progress", value=commitments_value(c, t))


def review_line(c: CommitmentStats, t: Translator) -> str:
    """The weekly review's sentence about last week's plans (there were some)."""
    if c.kept_rate is None:
        return t("arc.commitments.review_none")
    return t("arc.commitments.review", kept=c.kept, answered=c.answered, percent=t.percent(c.kept_rate),
             partly=c.partly, not_kept=c.not_kept)
