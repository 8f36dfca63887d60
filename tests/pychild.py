"""Python code run in a fresh interpreter of its own, with this checkout's ``reader``: for what
one process can see only once (start-up, first use, a fork, Qt's first objects)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(
    code: str,
    *args: str,
    flags: Sequence[str] = (),
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """``python FLAGS -c CODE ARGS`` in the checkout, with ``PYTHONPATH`` at it and ``env``
    added to this process's environment; what it printed, and its exit status."""
    return subprocess.run(
        [sys.executable, *flags, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        cwd=ROOT,
        timeout=timeout,
    )
