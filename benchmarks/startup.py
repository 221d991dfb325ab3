"""Time to the first screen: Covey Coach against a bare Textual app that shows one label.

Both run in fresh processes, headless, in the same run, alternating, and exit as soon as their
first screen has been composed and refreshed. Covey Coach opens a seeded 10-year journal.
Run: .venv/bin/python benchmarks/startup.py [rounds]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
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
    from covey_coach.store import open_store

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        with open_store(data, today=lambda: date(2026, 11, 22)) as store:
            store.add_many(ten_year_journal())
        timed(BARE)
        timed(OURS, str(data))  # warm the file cache and byte-code for both
        bare, ours = [], []
        for _ in range(rounds):
            bare.append(timed(BARE))
            ours.append(timed(OURS, str(data)))
    b, o = statistics.median(bare) * 1000, statistics.median(ours) * 1000
    print(f"bare Textual app, one label:          {b:6.0f} ms median of {rounds}")
    print(f"Covey Coach, Today on 3,500 entries:   {o:6.0f} ms median of {rounds}")
    print(f"ratio Covey Coach / bare Textual: {o / b:.2f}")


if __name__ == "__main__":
    main()
