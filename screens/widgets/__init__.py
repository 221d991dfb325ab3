"""Reusable widgets."""

from screens.widgets.choice_set import ChoiceSet

__all__ = ["ChoiceSet"]
