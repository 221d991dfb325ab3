"""The old home of the content pack, kept so imports written before the split still work.

The pack now lives in modules of one job each (see :mod:`covey_coach.content`); this module
offers exactly the package's public names. New code imports from :mod:`covey_coach.content`.
"""

from __future__ import annotations

from covey_coach.content import *  # noqa: F403 - the same names, by design
from covey_coach.content import __all__  # noqa: F401
