"""The one process pool for parsing feeds and simplifying pages, used by the CLI and the window.

Why processes: measured with bench/ui_latency.py, in threads that CPU work held the GUI thread
(the GIL) for up to ~180 ms during a refresh of 200 feeds, in processes ~50-70 ms; the command
line parses 200 feeds in 1.2 s instead of 1.7 s (bench/refresh.py, 2 CPUs).

One failure behaviour: a pool that cannot start its processes (a badly frozen app, a sandbox
without processes, a worker killed) means the work runs in this process from then on, said once
in the log. :func:`run_cpu` is how the use cases hand work to it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor, Future
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger(__name__)

T = TypeVar("T")


def window_workers() -> int:
    """Worker processes for the window: one fewer than the CPUs, at most 2 (pages wait on the
    network anyway, and the GUI thread keeps a CPU)."""
    return max(1, min(2, (os.cpu_count() or 2) - 1))


BACKGROUND_NICE = 10
"""How much lower the window's worker processes run than the window (Unix ``nice``)."""


def window_pool() -> ProcessPool:
    """The window's process pool (:func:`window_workers` processes, started by the first task),
    at a lower CPU priority than the window.

    Why: bench/gui_stalls.py showed the GUI thread's longest waits during a refresh were spent
    runnable but off the CPU (e.g. 110 of a 141 ms gap), the worker process holding a core; at
    a lower priority the GUI thread gets the CPU as soon as it has an event to handle."""
    return ProcessPool(window_workers(), start=background_process_executor)


def background_process_executor(workers: int) -> ProcessPoolExecutor:
    """:func:`new_process_executor` whose processes run at a lower CPU priority."""
    return new_process_executor(workers, initializer=lower_priority)


def lower_priority() -> None:
    """In a worker process: run at :data:`BACKGROUND_NICE` below the normal priority (where the
    system has ``nice``; a refusal leaves the priority as it was)."""
    with contextlib.suppress(AttributeError, OSError):  # no nice (Windows), or not allowed
        os.nice(BACKGROUND_NICE)


def new_process_executor(
    workers: int, *, initializer: Callable[[], None] | None = None
) -> ProcessPoolExecutor:
    """A process pool of ``workers`` processes (none started yet); each runs ``initializer``
    first when one is given.

    ``forkserver`` where available (children fork from a small clean process, never from one
    that already runs threads), else ``spawn`` (Windows, macOS, the frozen bundle, whose entry
    point calls ``multiprocessing.freeze_support``). The self-test starts one the same way.
    """
    # Imported here for start-up time: the window imports this module before its first frame,
    # and multiprocessing with its process pool costs ~10 ms it does not need then.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    frozen = bool(getattr(sys, "frozen", False))
    method = "forkserver" if "forkserver" in methods and not frozen else "spawn"
    return ProcessPoolExecutor(
        max(1, workers), mp_context=multiprocessing.get_context(method), initializer=initializer
    )


class ProcessPool(Executor):
    """A process pool of ``workers`` processes, started by its first task (a refresh in which
    every feed answers 304 Not Modified, or an idle window, never starts one).

    All workers start then (the others load the feed parser while the first task runs). When
    the processes cannot start or break, the pool says so once in the log and every task,
    including the one that found out, runs in the calling thread.
    """

    def __init__(
        self,
        workers: int,
        *,
        start: Callable[[int], Executor] = new_process_executor,
    ) -> None:
        """``start`` makes the executor on the first task (the tests give one that fails)."""
        self._workers = max(1, workers)
        self._start = start
        self._lock = threading.Lock()
        self._pool: Executor | None = None
        self._broken = False
        self._closed = False

    @property
    def started(self) -> bool:
        """Whether worker processes run now."""
        with self._lock:
            return self._pool is not None

    @property
    def broken(self) -> bool:
        """Whether the processes failed, so the work runs in this process."""
        with self._lock:
            return self._broken

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``fn(*args, **kwargs)`` in a worker process (starting them if need be), or in
        this thread when the pool is broken."""
        with self._lock:
            if self._closed:
                raise RuntimeError("cannot schedule new futures after shutdown")
            pool = None if self._broken else self._started_pool()
        if pool is not None:
            try:
                future = pool.submit(fn, *args, **kwargs)
            except Exception as exc:  # e.g. the forkserver or a spawned child cannot start
                self._break(exc)
            else:
                future.add_done_callback(self._check)
                return future
        return _run_here(fn, *args, **kwargs)

    def _started_pool(self) -> Executor | None:
        """The running executor, started now if need be (with the lock held)."""
        if self._pool is None:
            try:
                self._pool = self._start(self._workers)
                for _ in range(self._workers - 1):
                    self._pool.submit(_warm_up)
            except Exception as exc:
                self._broken = True
                log.warning("cannot start worker processes; working in this process: %s", exc)
                return None
        return self._pool

    def _check(self, future: Future[Any]) -> None:
        """A task that failed because the processes died breaks the pool."""
        if not future.cancelled() and isinstance(future.exception(), BrokenExecutor):
            self._break(future.exception())

    def _break(self, exc: BaseException | None) -> None:
        with self._lock:  # said under the lock: whoever sees the pool broken finds it logged
            if self._broken:
                return
            self._broken = True
            pool, self._pool = self._pool, None
            log.warning("the worker processes failed; working in this process: %s", exc)
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the workers, if they were started; no task is taken afterwards."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=cancel_futures)


def _warm_up() -> None:
    """In a worker process: load the feed parser while the first task runs elsewhere."""
    # Imported here for start-up time: the window imports this module before its first frame,
    # and the parser (feedparser, lxml) belongs in the worker processes only.
    from reader.core.feeds.parse import warm_up

    warm_up()


def _run_here(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
    """``fn``'s result (or exception) as a finished future, computed in this thread."""
    future: Future[T] = Future()
    try:
        future.set_result(fn(*args, **kwargs))
    except BaseException as exc:
        future.set_exception(exc)
    return future


def run_cpu(cpu: Executor | None, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` in the process pool when there is one, else here.

    A task lost because the processes broke runs again here (a :class:`ProcessPool` has said so
    in the log and works here from then on)."""
    if cpu is not None:
        try:
            return cpu.submit(fn, *args, **kwargs).result()
        except BrokenExecutor:
            log.debug("process pool broken; running %s here", getattr(fn, "__name__", fn))
    return fn(*args, **kwargs)
