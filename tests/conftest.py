"""Fixtures shared by every test: a temporary data folder, and a guard that keeps tests away
from the real user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from covey_coach.journal.paths import ENV_DATA_DIR


@pytest.fixture(autouse=True)
def _no_real_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ``COVEY_COACH_DATA_DIR`` at a fresh temporary folder for every test.

    Code that forgets ``--data-dir`` then writes into this folder, never into the person's
    real journal in the platform's user data folder.
    """
    guard = tmp_path_factory.mktemp("guarded-data")
    monkeypatch.setenv(ENV_DATA_DIR, str(guard))
    return guard


@pytest.fixture
def tmp_data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one journal."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
