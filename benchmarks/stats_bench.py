"""Statistics on a 10-year journal (~3,500 entries), and the whole ``stats --json`` process.

In-process: opening the journal and ``compute_stats`` against the baseline of just reading and
parsing the same file with orjson. As processes: ``covey-coach stats --json`` against
``covey-coach --version`` (the interpreter and CLI start-up alone), and, when jrnl is installed
(``JRNL=/path/to/jrnl``), ``covey-coach list --json`` against ``jrnl --export json`` on the same
entries. Every figure is a median measured in this run.
Run: .venv/bin/python benchmarks/stats_bench.py [rounds]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402

from benchmarks.synthetic import ten_year_journal  # noqa: E402
from covey_coach.progress.schedule import Schedule  # noqa: E402
from covey_coach.progress.stats import compute_stats  # noqa: E402
from covey_coach.journal.store import open_store  # noqa: E402

AS_OF = date(2026, 11, 22)


def median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def process_ms(argv: list[str], rounds: int, env: dict[str, str] | None = None) -> float:
    run = lambda: subprocess.run(argv, check=True, capture_output=True, env=env)  # noqa: E731
    run()
    return median_ms(run, rounds)


def write_jrnl(entries, folder: Path) -> dict[str, str]:
    """The same entries as a jrnl plain-text journal, with a config that points at it."""
    journal = folder / "jrnl.txt"
    lines = []
    for e in entries:
        lines.append(f"[{e.day.isoformat()} 22:15] Habit {e.habit}: {e.encounter[:60]}\n{e.encounter}\n"
                     + "\n".join(a.answer for a in e.answers) + "\n")
    journal.write_text("\n".join(lines))
    config = folder / "config" / "jrnl"
    config.mkdir(parents=True)
    (config / "jrnl.yaml").write_text(
        f"colors: {{body: none, date: none, tags: none, title: none}}\ndefault_hour: 9\ndefault_minute: 0\n"
        f"editor: ''\nencrypt: false\nhighlight: false\nindent_character: '|'\n"
        f"journals: {{default: {{journal: {journal}}}}}\nlinewrap: 79\ntagsymbols: '#@'\n"
        f"template: false\ntimeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n")
    return {**os.environ, "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data")}


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    entries = ten_year_journal()
    cli = [str(ROOT / ".venv" / "bin" / "covey-coach")]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        with open_store(data, today=lambda: AS_OF) as store:
            store.add_many(entries)
        journal = data / "journal.json"

        parse = median_ms(lambda: orjson.loads(journal.read_bytes()), rounds)

        def open_and_compute() -> None:
            with open_store(data, readonly=True) as store:
                compute_stats(store.entries(), Schedule(weekdays=[0, 1, 2, 3, 4]), AS_OF)

        loaded = open_store(data, readonly=True).entries()
        compute = median_ms(lambda: compute_stats(loaded, Schedule(weekdays=[0, 1, 2, 3, 4]), AS_OF), rounds)
        whole = median_ms(open_and_compute, rounds)
        print(f"journal: {len(entries)} entries, {journal.stat().st_size / 1e6:.1f} MB")
        print(f"read + parse the file with orjson (baseline): {parse:7.1f} ms")
        print(f"compute_stats alone:                          {compute:7.1f} ms  ratio {compute / parse:5.2f}")
        print(f"open the journal + compute_stats:             {whole:7.1f} ms  ratio {whole / parse:5.2f}")

        version = process_ms(cli + ["--version"], rounds)
        stats = process_ms(cli + ["--data-dir", str(data), "stats", "--as-of", AS_OF.isoformat(), "--json"], rounds)
        print(f"covey-coach --version (baseline):             {version:7.1f} ms")
        print(f"covey-coach stats --json:                     {stats:7.1f} ms  ratio {stats / version:5.2f}")

        jrnl = os.environ.get("JRNL") or shutil.which("jrnl")
        if jrnl:
            env = write_jrnl(entries, Path(tmp))
            theirs = process_ms([jrnl, "--export", "json"], rounds, env)
            ours = process_ms(cli + ["--data-dir", str(data), "list", "--json"], rounds)
            print(f"jrnl --export json (baseline):                {theirs:7.1f} ms")
            print(f"covey-coach list --json:                      {ours:7.1f} ms  ratio {ours / theirs:5.2f}")
        else:
            print("jrnl not found: set JRNL=/path/to/jrnl to compare list --json with jrnl --export json")


if __name__ == "__main__":
    main()
