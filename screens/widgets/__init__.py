"""Reusable widgets: they draw domain data and hold no rules of their own."""

from screens.widgets.bars import Bar, BarChart, BarRow
from screens.widgets.choice_set import ChoiceSet
from screens.widgets.heatmap import Heatmap, HeatmapLegend
from screens.widgets.marks import ChoiceButton, TickBox, TickList

__all__ = ["Bar", "BarChart", "BarRow", "ChoiceButton", "ChoiceSet", "Heatmap", "HeatmapLegend", "TickBox", "TickList"]
