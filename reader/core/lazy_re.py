"""Regular expressions compiled on first use: :func:`lazy_pattern`.

A module-level ``re.compile`` runs in every process that imports the module, also where the
pattern is never used: the window imports the store, the settings and the error texts before
its first frame, and their 14 patterns cost about 2 ms there (bench/startup.py). A lazy pattern
is compiled the first time it is called for, then kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import AnyStr


def lazy_pattern(pattern: AnyStr, flags: int = 0) -> Callable[[], re.Pattern[AnyStr]]:
    """A function returning ``re.compile(pattern, flags)``, compiled at its first call."""

    @cache
    def compiled() -> re.Pattern[AnyStr]:
        return re.compile(pattern, flags)

    return compiled
