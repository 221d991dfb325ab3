"""How the practice grows: the schedule, the figures (CONTRACT "stats"), and what they say.

``schedule`` holds the days a person works; ``stats`` computes streaks, habit strength and
weeks as pure functions; ``cache`` keeps a day's figures per journal revision;
``calendar_grid``, ``weekly``, ``focus`` and ``report`` turn them into a calendar, the
weekly review, this week's focus and words.
"""
