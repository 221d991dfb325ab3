"""Covey Coach: the domain (journal, content, statistics, command line). Never imports Textual."""

__version__ = "0.1.0"

__all__ = ["__version__"]
