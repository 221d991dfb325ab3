"""Start-up to Today, in a real pty, against a bare Textual app that shows one label.

Both programs start as fresh processes in an 80x24 pseudo-terminal, in turn (bare, ours, bare,
ours ...), and are timed until their words are on screen: for the bare app its label; for
Covey Coach first Today's button ("first paint") and then Today's figures (the streak's note,
written once the journal is read). Journals of 0, 1, 10 and 30 years; the ratio is taken pair
by pair against the bare app started just before, and the median ratio is printed.
Run: .venv/bin/python benchmarks/startup.py [rounds]
"""

from __future__ import annotations

import compileall
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.journals import YEARS, seed_journal  # noqa: E402
from benchmarks.pty_run import time_to_words  # noqa: E402
from covey_coach.days import today  # noqa: E402
from covey_coach.i18n import Translator  # noqa: E402

BARE = """
from textual.app import App
from textual.widgets import Label

class Bare(App):
    BINDINGS = [("ctrl+q", "quit")]
    def compose(self):
        yield Label("Hello from a bare app")

Bare().run()
"""


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    # An installed app starts from byte-code, as Textual does here: with PYTHONDONTWRITEBYTECODE
    # set (as in some shells and CI), our modules would be compiled again on every start.
    for package in ("covey_coach", "screens"):
        compileall.compile_dir(ROOT / package, quiet=1)
    t = Translator("en")
    first_paint, figures = t("screens.today.start"), t("screens.today.streak_note")
    covey = str(Path(sys.executable).with_name("covey-coach"))
    bare_cmd = [sys.executable, "-c", BARE]
    print(f"start-up in an 80x24 pty, median of {rounds} pairs; ratio = ours / bare Textual app, pair by pair")
    print(f"{'journal':>16} {'bare ms':>8} {'paint ms':>9} {'ratio':>6} {'figures ms':>11} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for years in YEARS:
            folder = Path(tmp) / f"y{years}"
            count = seed_journal(folder, years, today())
            ours_cmd = [covey, "--data-dir", str(folder), "--lang", "en"]
            time_to_words(bare_cmd, ["Hello"])  # warm byte-code and file cache for both
            time_to_words(ours_cmd, [first_paint, figures])
            bare, paint, full = [], [], []
            for _ in range(rounds):
                bare.append(time_to_words(bare_cmd, ["Hello"])[0])
                p, f = time_to_words(ours_cmd, [first_paint, figures])
                paint.append(p)
                full.append(f)
            r_paint = statistics.median(p / b for p, b in zip(paint, bare))
            r_full = statistics.median(f / b for f, b in zip(full, bare))
            label = f"{years} y, {count} entries"
            print(f"{label:>16} {statistics.median(bare) * 1000:8.0f} {statistics.median(paint) * 1000:9.0f} "
                  f"{r_paint:6.2f} {statistics.median(full) * 1000:11.0f} {r_full:6.2f}")


if __name__ == "__main__":
    main()
