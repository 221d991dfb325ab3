"""The coach's team table over 50 people x 1 year (~18,000 entries), as a whole process.

``covey-coach coach DIR --json`` (interpreter start, reading and validating every export,
merging, and every person's figures) against the baseline of reading and parsing the same
files with orjson, measured in this run; also ``covey-coach --version`` (start-up alone) and
the in-process time of the same work without the start-up, for where the time goes. The
people differ: weekdays, an RRULE, a history with a change, days off, targets.
Every figure is a median. Run: .venv/bin/python benchmarks/coach_bench.py [rounds]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402

from benchmarks.stats_bench import median_ms, process_ms  # noqa: E402
from benchmarks.synthetic import ten_year_journal  # noqa: E402
from covey_coach.coaching.gather import gather_exports  # noqa: E402
from covey_coach.coaching.rows import team_json, team_rows  # noqa: E402
from covey_coach.coaching.team import group_people  # noqa: E402
from covey_coach.progress.schedule import DayRange, Period, ScheduleHistory  # noqa: E402

AS_OF = date(2026, 11, 22)
PEOPLE = 50
PER_YEAR = 360


def schedule(i: int) -> ScheduleHistory:
    """Five kinds of working weeks, so the figures walk different schedules."""
    kinds = [
        [Period()],
        [Period(weekdays=[0, 1, 2, 3, 4])],
        [Period(rrule="FREQ=WEEKLY;BYDAY=MO,TU,TH,SA")],
        [Period(weekdays=[2, 3, 4, 5, 6]), Period(start=AS_OF - timedelta(days=120), rrule="FREQ=DAILY;INTERVAL=2")],
        [Period(weekdays=[0, 1, 2, 3])],
    ]
    off = [DayRange(start=AS_OF - timedelta(days=40 + i % 9), end=AS_OF - timedelta(days=35 + i % 9))]
    return ScheduleHistory(periods=kinds[i % len(kinds)], off=off)


def write_team(folder: Path) -> int:
    total = 0
    for i in range(PEOPLE):
        entries = ten_year_journal(entries=PER_YEAR, end=AS_OF, seed=100 + i, days=365)
        total += len(entries)
        data: dict[str, Any] = {
            "format": "covey-coach", "version": 1, "exported_at": "2026-11-22T18:03:00+01:00",
            "person": f"Person {i:02d}", "schedule": schedule(i).model_dump(mode="json"),
            "targets": {str(h): {"times": 1 + (i + h) % 3, "days": 7} for h in range(1, 8)},
            "day_start_hour": 4, "entries": [e.model_dump(mode="json") for e in entries], "reviews": []}
        (folder / f"person-{i:02d}.json").write_bytes(orjson.dumps(data))
    return total


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    cli = str(ROOT / ".venv" / "bin" / "covey-coach")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "exports"
        folder.mkdir()
        total = write_team(folder)
        files = sorted(folder.glob("*.json"))
        size_mb = sum(p.stat().st_size for p in files) / 1e6

        parse = median_ms(lambda: [orjson.loads(p.read_bytes()) for p in files], rounds)

        def in_process() -> None:
            exports, _ = gather_exports([folder])
            orjson.dumps(team_json(team_rows(group_people(exports), AS_OF), AS_OF))

        work = median_ms(in_process, rounds)
        start = process_ms([cli, "--version"], rounds)
        data_dir = str(Path(tmp) / "coach")
        whole = process_ms([cli, "--data-dir", data_dir, "coach", str(folder), "--as-of", AS_OF.isoformat(), "--json"],
                           rounds)

    print(f"{PEOPLE} people, {total} entries, {len(files)} files, {size_mb:.1f} MB; median of {rounds}")
    print(f"read + parse with orjson (baseline):   {parse:8.1f} ms")
    print(f"coach in process (read, merge, rows):  {work:8.1f} ms  {work / parse:6.1f}x the baseline")
    print(f"covey-coach --version (start-up):      {start:8.1f} ms")
    print(f"covey-coach coach DIR --json:          {whole:8.1f} ms  {whole / parse:6.1f}x the baseline"
          f"  (target < 2000 ms: {'met' if whole < 2000 else 'NOT met'})")


if __name__ == "__main__":
    main()
