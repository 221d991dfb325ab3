"""One save into a 10-year journal: our write-through store against TinyDB's own JSONStorage.

Run: .venv/bin/python benchmarks/store_save.py
Prints milliseconds per save for both, measured in the same run, and the ratio.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import orjson  # noqa: E402
from tinydb import TinyDB  # noqa: E402

from benchmarks.synthetic import ten_year_journal  # noqa: E402
from covey_coach.journal.store import open_store  # noqa: E402

ROUNDS = 30


def main() -> None:
    entries = ten_year_journal()
    extra = ten_year_journal(ROUNDS, seed=99)
    with tempfile.TemporaryDirectory() as tmp:
        ours_dir, theirs = Path(tmp) / "ours", Path(tmp) / "tinydb.json"
        with open_store(ours_dir, today=lambda: date(2026, 11, 22)) as store:
            store.add_many(entries)
        size = (ours_dir / "journal.json").stat().st_size
        theirs.write_bytes((ours_dir / "journal.json").read_bytes())

        with open_store(ours_dir, today=lambda: date(2026, 11, 22)) as store:
            ours = []
            for entry in extra:
                t0 = time.perf_counter()
                store.add(entry)
                ours.append(time.perf_counter() - t0)
        db = TinyDB(theirs)
        table = db.table("entries")
        base = []
        for entry in extra:
            doc = orjson.loads(orjson.dumps(entry.model_dump(mode="json")))
            t0 = time.perf_counter()
            table.insert(doc)
            base.append(time.perf_counter() - t0)
        db.close()
    o, b = statistics.median(ours) * 1000, statistics.median(base) * 1000
    print(f"journal: {len(entries)} entries, {size / 1e6:.1f} MB")
    print(f"save, our store (atomic, fsync):   {o:7.1f} ms median of {ROUNDS}")
    print(f"save, TinyDB JSONStorage (no fsync): {b:7.1f} ms median of {ROUNDS}")
    print(f"ratio ours / TinyDB: {o / b:.2f}")


if __name__ == "__main__":
    main()
