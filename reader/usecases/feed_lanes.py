"""The fetching threads of a refresh's feeds part, and the hand-over of what they fetched.

Each thread (a lane) takes the next feed whose host has a free slot (:class:`HostQueue`),
fetches it (and parses it, or hands it to the parsing process), and takes the next one itself;
the storing thread is woken for a batch (or the first feed, or the last), not for every feed. A
dispatcher that handed out one feed per finished one woke the storing thread 200 times in a
refresh of 200 feeds, each wake-up a GIL hand-off on a busy machine (bench/refresh.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Generic, TypeVar

from reader.core.models import Feed
from reader.usecases.feed_queue import HostQueue

T = TypeVar("T")

TICK = 0.2
"""Seconds between looks at ``stop`` while waiting."""


class Lanes(Generic[T]):
    """The feeds of one refresh, fetched by up to ``lanes`` threads; see :meth:`take_done`."""

    def __init__(
        self,
        waiting: HostQueue,
        fetch: Callable[[Feed], T],
        stop: threading.Event,
        *,
        seconds_of: Callable[[T], float] | None = None,
    ) -> None:
        """``fetch`` runs in the lanes, once per feed; what it returns or raises is handed
        over as a finished Future (the store step reads it as it read a pool's futures).
        ``seconds_of``: how long the network part of a fetch took, from what it returned
        (the host's pace, :meth:`HostQueue.done`); else the whole call is timed."""
        self._waiting = waiting
        self._fetch = fetch
        self._seconds_of = seconds_of
        self._stop = stop
        lock = threading.Lock()
        self._freed = threading.Condition(lock)  # lanes waiting for a host's slot
        self._ready = threading.Condition(lock)  # the storing thread waiting for a batch
        self._done: list[tuple[Feed, Future[T]]] = []
        self._running = 0
        self._batch = 1  # the first feed is handed over at once (progress starts promptly)
        self._later_batch = 1

    def start(self, threads: Executor, lanes: int, batch: int) -> None:
        """Start ``lanes`` lanes on ``threads``; after the first feed, hand over ``batch``
        feeds at a time (or fewer, when :meth:`take_done` times out or all are done)."""
        self._later_batch = max(1, batch)
        # No more lanes than could ever fetch at once (one host: its limit); those a fast
        # host never opens to wait, waking every TICK.
        for _ in range(max(1, min(lanes, len(self._waiting), self._waiting.capacity))):
            threads.submit(self._lane)

    @property
    def finished(self) -> bool:
        """Whether every feed was fetched and handed over."""
        with self._ready:
            return not self._done and self._over()

    def _over(self) -> bool:
        return not self._waiting and not self._running

    def take_done(self, seconds: float) -> list[tuple[Feed, Future[T]]]:
        """The feeds fetched since the last call: waits up to ``seconds`` for a batch (less
        when the run is stopped or over), then returns what there is (maybe nothing)."""
        until = time.monotonic() + seconds
        with self._ready:
            while len(self._done) < self._batch and not self._over():
                left = until - time.monotonic()
                if left <= 0 or self._stop.is_set():
                    break
                self._ready.wait(min(left, TICK))
            done, self._done = self._done, []
            if done:
                self._batch = self._later_batch
            return done

    def _lane(self) -> None:
        while True:
            with self._freed:
                feed = self._waiting.take()
                while feed is None and self._waiting and not self._stop.is_set():
                    self._freed.wait(TICK)  # every host with feeds left is at its limit
                    feed = self._waiting.take()
                if feed is None or self._stop.is_set():
                    if feed is not None:
                        self._waiting.done(feed)
                    self._freed.notify_all()  # the others may stop waiting too
                    self._ready.notify()
                    return
                self._running += 1
            outcome: Future[T] = Future()
            started = time.monotonic()
            try:
                result = self._fetch(feed)
            except BaseException as err:  # handed over, as a pool's future would be
                outcome.set_exception(err)
                seconds = time.monotonic() - started
            else:
                outcome.set_result(result)
                seconds = time.monotonic() - started
                if self._seconds_of is not None:
                    seconds = self._seconds_of(result)
            with self._freed:
                self._running -= 1
                # A slot this lane takes again at once, if it can; a slow host's new ones,
                # the waiting lanes.
                if self._waiting.done(feed, seconds):
                    self._freed.notify_all()
                self._done.append((feed, outcome))
                if len(self._done) >= self._batch or self._over():
                    self._ready.notify()
