"""Time to the first screen: Covey Coach against a bare Textual app that shows one label.

Both run in fresh processes, headless, in the same run, alternating, and exit as soon as their
first screen has been composed and refreshed. Covey Coach opens a seeded 10-year journal twice:
on a usual day (this week's review already done, so Today is the first screen) and on the first
start of a week (the weekly review is offered over Today, with last week's summary).
Run: .venv/bin/python benchmarks/startup.py [rounds]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
from textual.app import App
from textual.widgets import Label

class Bare(App):
    def compose(self):
        yield Label("Hello")

async def first_paint(pilot):
    await pilot.pause()
    pilot.app.exit()

Bare().run(headless=True, size=(80, 24), auto_pilot=first_paint)
"""

OURS = """
import sys
from pathlib import Path
from screens.app import make_app

async def first_paint(pilot):
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    pilot.app.exit()

make_app(Path(sys.argv[1]), None, "en").run(headless=True, size=(80, 24), auto_pilot=first_paint)
"""


def timed(code: str, *args: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    from benchmarks.synthetic import ten_year_journal
    from covey_coach.journal.store import open_store

    from covey_coach.days import iso_week_label, now_local, today
    from covey_coach.models import WeeklyReview

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as tmp:
        usual, new_week = Path(tmp) / "usual", Path(tmp) / "new-week"
        journal = ten_year_journal(end=today())
        for folder in (usual, new_week):
            with open_store(folder) as store:
                store.add_many(journal)
                if folder is usual:
                    store.save_review(WeeklyReview(week=iso_week_label(today()), created_at=now_local(),
                                                   focus_habit=3))
        timed(BARE)
        timed(OURS, str(usual))  # warm the file cache and byte-code for both
        bare, ours, review = [], [], []
        for _ in range(rounds):
            bare.append(timed(BARE))
            ours.append(timed(OURS, str(usual)))
            review.append(timed(OURS, str(new_week)))
    b = statistics.median(bare) * 1000
    o, r = statistics.median(ours) * 1000, statistics.median(review) * 1000
    print(f"bare Textual app, one label:                     {b:6.0f} ms median of {rounds}")
    print(f"Covey Coach, Today on 3,500 entries:              {o:6.0f} ms  ratio {o / b:.2f}")
    print(f"Covey Coach, first start of a week (review too):  {r:6.0f} ms  ratio {r / b:.2f}")


if __name__ == "__main__":
    main()
