"""A coach's team: export files read, grouped by person, merged, and one row of figures each.

No Textual here. ``gather`` finds and reads the export files (files or folders of them),
``team`` groups them by person and merges a person's several exports by id, ``rows`` computes
the team table (CONTRACT "coach --json") with the same ``compute_stats`` the person's own
``stats`` uses, ``cells`` words it, ``table`` shows it in the terminal and ``reports`` writes
it as md, html or csv.

Nothing heavy is imported here: the command line reads :data:`REPORT_FORMATS` at every start.
"""

REPORT_FORMATS = ("md", "html", "csv")
"""What ``coach --report`` writes; :mod:`covey_coach.coaching.reports` has a writer for each."""

__all__ = ["REPORT_FORMATS"]
