"""Run a terminal program in a real pseudo-terminal and time it until given words are on screen.

What a person waits for is the moment words appear in their terminal, so the program gets a
pty of a fixed size, and its output is read (escape sequences stripped) until each marker has
been drawn. Then ctrl+q ends it.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Sequence

_ESCAPES = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def time_to_words(argv: Sequence[str], markers: Sequence[str], *, size: tuple[int, int] = (80, 24),
                  env: dict[str, str] | None = None, timeout: float = 30.0) -> list[float]:
    """Seconds from start until each marker was on screen, in order; raises TimeoutError."""
    master, slave = pty.openpty()
    cols, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    full_env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows),
                **(env or {})}
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(argv), stdin=slave, stdout=slave, stderr=slave, env=full_env,
                            start_new_session=True, close_fds=True)
    os.close(slave)
    seen = b""
    found: list[float] = []
    wanted = [m.encode() for m in markers]
    try:
        while len(found) < len(wanted):
            left = timeout - (time.perf_counter() - t0)
            if left <= 0:
                raise TimeoutError(f"{argv[0]}: {markers[len(found)]!r} did not appear in {timeout:.0f} s")
            ready, _, _ = select.select([master], [], [], min(left, 0.5))
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                raise TimeoutError(f"{argv[0]} ended before {markers[len(found)]!r} appeared") from None
            seen += _ESCAPES.sub(b"", chunk)
            now = time.perf_counter()
            while len(found) < len(wanted) and wanted[len(found)] in seen:
                found.append(now - t0)
        return found
    finally:
        try:
            os.write(master, b"\x11")  # ctrl+q
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        _drain(master)
        os.close(master)


def _drain(fd: int) -> None:
    while True:
        ready, _, _ = select.select([fd], [], [], 0)
        if not ready:
            return
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


__all__ = ["time_to_words"]
