"""Politeness per host: at most N requests at a time to one host, a bounded total, and hosts
that asked us (429/503 + Retry-After) to come back later are left alone until then."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from datetime import datetime

log = logging.getLogger(__name__)


class HostGate:
    """Per-host and total concurrency limits, and the Retry-After holds. Thread-safe."""

    def __init__(self, per_host: int, max_total: int) -> None:
        if per_host < 1 or max_total < 1:
            raise ValueError("per_host and max_total must be at least 1")
        self._per_host = per_host
        self._total = threading.BoundedSemaphore(max_total)
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._held: dict[str, datetime] = {}
        self._lock = threading.Lock()

    def _semaphore(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            sem = self._hosts.get(host)
            if sem is None:
                sem = self._hosts[host] = threading.BoundedSemaphore(self._per_host)
            return sem

    @contextlib.contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold one of ``host``'s slots and one of the total slots for the block.

        The host slot is taken first, so a thread waiting for a busy host holds no total slot.
        """
        with self._semaphore(host), self._total:
            yield

    def hold(self, host: str, until: datetime) -> None:
        """Leave ``host`` alone until ``until`` (a later hold wins over an earlier one)."""
        with self._lock:
            previous = self._held.get(host)
            if previous is None or until > previous:
                self._held[host] = until
        log.info("holding back %s until %s", host, until.isoformat())

    def held_until(self, host: str, now: datetime) -> datetime | None:
        """When ``host`` may be asked again, or None if it may be asked now."""
        with self._lock:
            until = self._held.get(host)
            if until is None:
                return None
            if until <= now:
                del self._held[host]
                return None
            return until
