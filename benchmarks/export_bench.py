"""``covey-coach export --format json`` on a ten-year journal against ``jrnl --export json`` on the same entries.

Both as whole processes writing to standard output (a pipe), medians of this run; the ratio is
ours over jrnl's (issue 14's target: at most 0.5). jrnl is found as ``$JRNL`` or on the PATH
(``pip install jrnl`` in a virtual environment of its own). The other formats are timed too,
against the JSON export.
Run: .venv/bin/python benchmarks/export_bench.py [rounds]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.journals import seed_journal  # noqa: E402
from benchmarks.stats_bench import process_ms, write_jrnl  # noqa: E402
from covey_coach.days import today  # noqa: E402
from covey_coach.journal.store import open_store  # noqa: E402

YEARS = 10


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    cli = [str(ROOT / ".venv" / "bin" / "covey-coach")]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        count = seed_journal(data, YEARS, today())
        with open_store(data, readonly=True) as store:
            entries = store.entries()
        export = cli + ["--data-dir", str(data), "export", "--include-private", "--format"]
        ours = process_ms(export + ["json"], rounds)
        print(f"journal: {count} entries over {YEARS} years")
        print(f"covey-coach export --format json:   {ours:7.1f} ms")
        for name in ("csv", "md", "html"):
            other = process_ms(export + [name], rounds)
            print(f"covey-coach export --format {name:<5}   {other:7.1f} ms  ratio to json {other / ours:5.2f}")
        jrnl = os.environ.get("JRNL") or shutil.which("jrnl")
        if not jrnl:
            print("jrnl not found: set JRNL=/path/to/jrnl (pip install jrnl) to compare with jrnl --export json")
            return
        env = write_jrnl(entries, Path(tmp))
        theirs = process_ms([jrnl, "--export", "json"], rounds, env)
        print(f"jrnl --export json (baseline):      {theirs:7.1f} ms")
        print(f"ratio export json / jrnl:           {ours / theirs:7.2f}  (target <= 0.5)")


if __name__ == "__main__":
    main()
