"""The domain never loads Textual: `covey-coach stats` must not pay for the UI."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import covey_coach


def domain_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(covey_coach.__path__, "covey_coach.")
                  if m.name != "covey_coach.__main__")


def test_no_domain_module_imports_textual() -> None:
    modules = domain_modules()
    assert "covey_coach.journal.store" in modules and "covey_coach.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith(('textual.', 'screens')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
