"""From a key to the updated screen, with a real clock, on journals of 0, 1, 10 and 30 years.

Each measurement presses one key through Textual's Pilot and stops the clock when the screen
the key leads to is up, no worker is still running, and one more refresh has been processed:
the moment the person sees the answer. The baseline is the same measurement in a bare Textual
app whose key pushes a screen with one label, taken in the same run.
Run: .venv/bin/python benchmarks/keys.py [rounds]
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual import events  # noqa: E402
from textual.app import App, ComposeResult  # noqa: E402
from textual.pilot import Pilot  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widgets import Label  # noqa: E402

from benchmarks.journals import YEARS, seed_journal  # noqa: E402
from covey_coach.days import today  # noqa: E402

SIZE = (80, 24)


class _Second(Screen[None]):
    BINDINGS = [("escape", "app.pop_screen")]

    def compose(self) -> ComposeResult:
        yield Label("The second screen")


class Bare(App[None]):
    BINDINGS = [("j", "push_screen('second')")]
    SCREENS = {"second": _Second}

    def compose(self) -> ComposeResult:
        yield Label("Hello")


async def settled(pilot: Pilot, screen_name: str | None, timeout: float = 60.0) -> None:
    """Wait until the screen named is current, every widget has handled its messages, and no worker runs.

    No fixed sleeps (Pilot's ``press`` and ``pause`` wait for idle in steps of 20 ms, which would
    hide what we measure); the frame itself goes out at the screen's next update tick (1/60 s).
    """
    app = pilot.app
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        await pilot._wait_for_screen()  # noqa: SLF001 - the one waiting hook without a sleep floor
        if (screen_name is None or type(app.screen).__name__ == screen_name) and not any(
                w.is_running for w in app.workers):
            await pilot._wait_for_screen()  # noqa: SLF001 - what the workers' results posted
            return
        await asyncio.sleep(0.001)
    raise TimeoutError(f"{screen_name} did not settle")


async def timed(pilot: Pilot, key: str, screen_name: str | None) -> float:
    """Seconds from one key press, as the terminal driver delivers it, to a settled screen."""
    app = pilot.app
    char = key if len(key) == 1 else None
    event = events.Key(key, char)
    event.set_sender(app)
    t0 = time.perf_counter()
    assert app._driver is not None  # noqa: SLF001
    app._driver.send_message(event)  # noqa: SLF001
    await asyncio.sleep(0)
    await settled(pilot, screen_name)
    app.screen._on_timer_update()  # noqa: SLF001 - lay out and render the frame now, as the update tick would
    return time.perf_counter() - t0


async def bare_key(rounds: int) -> float:
    times: list[float] = []
    async with Bare().run_test(size=SIZE) as pilot:
        await settled(pilot, None)
        for _ in range(rounds):
            times.append(await timed(pilot, "j", "_Second"))
            await timed(pilot, "escape", "Screen")
    return statistics.median(times)


async def ours(folder: Path) -> dict[str, float]:
    from screens.app import make_app

    out: dict[str, float] = {}
    app = make_app(folder, None, "en")
    async with app.run_test(size=SIZE) as pilot:
        await app.opened()  # the opening starts after the first frame: no worker yet is not "open"
        await settled(pilot, "TodayScreen")
        out["Journal, first visit"] = await timed(pilot, "j", "JournalScreen")
        letters = []
        await timed(pilot, "slash", "JournalScreen")
        await settled(pilot, "JournalScreen")
        for letter in "guest":  # a word in every synthetic entry
            letters.append(await timed(pilot, letter, "JournalScreen"))
        out["Journal, a search letter"] = statistics.median(letters)
        app.screen.set_focus(None)  # leave the search box, as a click elsewhere would
        await pilot.press("t")
        await settled(pilot, "TodayScreen")
        out["Journal, later visit"] = await timed(pilot, "j", "JournalScreen")
        await pilot.press("t")
        await settled(pilot, "TodayScreen")
        out["Progress, first visit"] = await timed(pilot, "p", "ProgressScreen")
        await pilot.press("t")
        await settled(pilot, "TodayScreen")
        out["Reflect, open"] = await timed(pilot, "r", "ReflectScreen")
        steps = [await timed(pilot, "ctrl+n", "ReflectScreen") for _ in range(5)]
        out["Reflect, a step"] = statistics.median(steps)
        out["Reflect, slowest step"] = max(steps)
    return out


async def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    base = await bare_key(7)
    print(f"key to updated screen at {SIZE[0]}x{SIZE[1]}, median of {rounds} runs; "
          f"baseline: a bare Textual app's key that pushes a screen, {base * 1000:.1f} ms")
    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for years in YEARS:
            folder = Path(tmp) / f"y{years}"
            seed_journal(folder, years, today())
            runs = []
            for n in range(rounds):  # a fresh copy each round: a round's Reflect leaves a draft behind
                copy = Path(tmp) / f"y{years}-{n}"
                shutil.copytree(folder, copy)
                runs.append(await ours(copy))
            table[years] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    names = list(table[YEARS[0]])
    print(f"{'':26}" + "".join(f"{str(y) + ' y':>16}" for y in YEARS))
    for name in names:
        cells = "".join(f"{table[y][name] * 1000:8.0f} ms {table[y][name] / base:4.1f}x" for y in YEARS)
        print(f"{name:26}{cells}")
    if 1 in table and 30 in table:
        print("growth from 1 to 30 years (30x the entries): " + ", ".join(
            f"{n} {table[30][n] / table[1][n]:.1f}x" for n in names))


if __name__ == "__main__":
    asyncio.run(main())
