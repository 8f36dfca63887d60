"""Things the user must be told once, gathered while the profile is opened (no Qt here).

A damaged settings file kept aside, an obstacle moved out of the cache's way: the code that
finds them calls :func:`say`; the command line prints them on stderr and the window shows them
(each :func:`take` hands them over once).
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

_pending: list[str] = []
_lock = threading.Lock()


def say(words: str) -> None:
    """Keep ``words`` for the user (and log them)."""
    log.warning("%s", words)
    with _lock:
        if words not in _pending:
            _pending.append(words)


def take() -> list[str]:
    """The notices not shown yet; each is handed over once."""
    with _lock:
        found = list(_pending)
        _pending.clear()
    return found
