"""ruff and mypy are part of the test run, so CI fails on either."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ruff and mypy are test dependencies: they run through this interpreter, never skipped.


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT)


def test_ruff_clean() -> None:
    out = _run("ruff", "check", "reader", "tests", "bench")
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_clean() -> None:
    out = _run("mypy")
    assert out.returncode == 0, out.stdout + out.stderr
