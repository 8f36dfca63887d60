"""The command line's process pool, started by its first task (a refresh in which every feed
answers 304 Not Modified never starts one)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor, Future
from typing import Any

log = logging.getLogger(__name__)


class LazyProcessPool(Executor):
    """A ``spawn`` process pool of ``workers`` processes, created on the first :meth:`submit`.

    The workers all start then (the others load the feed parser while the first task runs).
    When processes cannot be started (e.g. a badly frozen app), :meth:`submit` raises
    BrokenExecutor, which :func:`reader.usecases.pages.run_cpu` answers by working in this process.
    """

    def __init__(self, workers: int) -> None:
        self._workers = max(1, workers)
        self._lock = threading.Lock()
        self._pool: Executor | None = None
        self._broken = False
        self._closed = False

    @property
    def started(self) -> bool:
        """Whether the processes were started."""
        with self._lock:
            return self._pool is not None

    def _start(self) -> Executor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn: never fork a process that already runs threads (and works when frozen)
        return ProcessPoolExecutor(self._workers, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """Run ``fn(*args, **kwargs)`` in a worker process, starting the pool if need be."""
        from reader.core.feeds.parse import warm_up

        with self._lock:
            if self._closed:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if self._broken:
                raise BrokenExecutor("worker processes could not be started")
            first = self._pool is None
            try:
                if self._pool is None:
                    self._pool = self._start()
                future = self._pool.submit(fn, *args, **kwargs)
                if first:
                    for _ in range(self._workers - 1):
                        self._pool.submit(warm_up)
            except BrokenExecutor:
                raise
            except Exception as exc:
                self._broken = True
                log.warning("cannot start worker processes", exc_info=True)
                raise BrokenExecutor(f"cannot start worker processes: {exc}") from exc
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the workers, if they were started."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=cancel_futures)
