"""Fixtures shared by every test: a temporary data folder, and a guard that keeps tests away
from the real user data folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from covey_coach.journal.paths import ENV_CACHE_DIR, ENV_DATA_DIR


_COLLECTION_CACHE: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """A temporary cache folder before any test module is imported.

    Some modules load the built-in pack at import time (``PACK = load_builtin()``), before
    any fixture runs; without this their compiled pack went to the person's real cache folder.
    """
    folder = tempfile.mkdtemp(prefix="covey-coach-test-cache-")
    _COLLECTION_CACHE.append(folder)
    os.environ[ENV_CACHE_DIR] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _COLLECTION_CACHE:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _no_real_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ``COVEY_COACH_DATA_DIR`` and ``COVEY_COACH_CACHE_DIR`` at fresh temporary folders
    for every test.

    Code that forgets ``--data-dir`` then writes into this folder, never into the person's
    real journal in the platform's user data folder; the compiled content pack goes to a
    temporary cache folder, never to the platform's user cache folder.
    """
    guard = tmp_path_factory.mktemp("guarded-data")
    monkeypatch.setenv(ENV_DATA_DIR, str(guard))
    monkeypatch.setenv(ENV_CACHE_DIR, str(tmp_path_factory.mktemp("guarded-cache")))
    return guard


@pytest.fixture
def tmp_data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one journal."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def _journal_open_before_the_test_drives(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Screen tests and snapshots start driving once the journal is open, as a person would.

    The app draws Today first and opens the journal in a worker behind it; the tests were
    written against the screens with their figures, so Pilot waits for that worker first
    (tests of the first frame itself use ``run_test`` of the plain App class).
    """
    from screens.app import CoveyApp
    from tests.snapshot_apps.driving import journal_opened

    run_test, run = CoveyApp.run_test, CoveyApp.run

    @asynccontextmanager
    async def run_test_opened(self: CoveyApp, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        async with run_test(self, *args, **kwargs) as pilot:
            await journal_opened(pilot)
            yield pilot

    def run_opened(self: CoveyApp, *args: Any, auto_pilot: Any = None, **kwargs: Any) -> Any:
        async def opened_then(pilot: Any) -> None:
            await journal_opened(pilot)
            await auto_pilot(pilot)

        return run(self, *args, auto_pilot=opened_then if auto_pilot is not None else None, **kwargs)

    monkeypatch.setattr(CoveyApp, "run_test", run_test_opened)
    monkeypatch.setattr(CoveyApp, "run", run_opened)
    yield


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """The command line's clock stands still on Monday 2026-11-23 at noon, so a date of 2026 is
    "this year" (``24 nov.``) and one of 2027 is not (``4 jan. 2027``), whenever the suite runs."""
    moment = datetime(2026, 11, 23, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    monkeypatch.setattr("covey_coach.days.now_local", lambda: moment)
    return moment
