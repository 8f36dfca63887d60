"""The user's small changes (read, star, rename, move, remove) written off the GUI thread.

The worker may hold a write transaction for seconds (a feed of 50,000 entries is stored in one),
and SQLite lets one connection write at a time. If the GUI thread wrote itself it would wait on
that lock, frozen, and fail with "locked" after the busy timeout. Instead the window updates its
models at once (optimistically) and hands the write to :class:`UserWrites`: one Python thread
with a queue and its own Store connection, applying the changes in the order they were made and
retrying while the database is locked. When a change finally fails, its ``on_failed`` runs in the
GUI thread (the window puts its models back and says why in words). At close, :meth:`close`
waits (bounded) until the queue is written: nothing the user did is lost.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from reader.errors import DatabaseLocked

if TYPE_CHECKING:
    import queue

    from reader.store.db import Store

log = logging.getLogger(__name__)

RETRY_FOR_S = 120.0
"""How long one change is retried while the database stays locked before it is given up."""
RETRY_PAUSE_S = 0.05
BUSY_TIMEOUT_MS = 200
"""The writer's own SQLite busy timeout: short, so that it can notice a close between tries."""

Change = Callable[["Store"], Any]


@dataclass
class _Job:
    seq: int
    label: str
    change: Change | None  # None: stop


def _locked(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseLocked)


class UserWrites(QObject):
    """Writes the window's changes in order, in a thread of their own (see the module)."""

    _finished = Signal(int, str)
    """(job number, "" when written, else the reason in words); emitted from the thread."""

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._queue: queue.Queue[_Job] | None = None  # made with the thread, on first use
        self._callbacks: dict[int, tuple[Callable[[], None] | None, Callable[[str], None] | None]]
        self._callbacks = {}
        self._seq = 0
        self._outstanding = 0
        self._lock = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closing = False
        self._store: Store | None = None  # the thread's own connection, opened there
        self._retry_for_s = RETRY_FOR_S
        self._finished.connect(self._on_finished)

    # -- the GUI thread ----------------------------------------------------------------------
    def submit(
        self,
        label: str,
        change: Change,
        *,
        on_done: Callable[[], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> int:
        """Queue ``change(store)``; ``on_done`` / ``on_failed(words)`` run later in this thread.

        Returns the job's number. Never blocks.
        """
        if self._closing:
            raise RuntimeError("the window's writer is closed")
        self._seq += 1
        self._callbacks[self._seq] = (on_done, on_failed)
        with self._lock:
            self._outstanding += 1
        self._ensure_thread()
        assert self._queue is not None
        self._queue.put(_Job(self._seq, label, change))
        return self._seq

    def pending(self) -> int:
        """Changes queued or being written."""
        with self._lock:
            return self._outstanding

    def idle(self) -> bool:
        """Nothing queued, and every result handled in this thread."""
        return not self.pending() and not self._callbacks

    def wait(self, timeout_s: float) -> bool:
        """Block until every queued change is written or given up (tests, close)."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            while self._outstanding:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(left)
        return True

    def close(self, timeout_s: float = 5.0) -> bool:
        """Write what is queued (waiting at most ``timeout_s``), then stop the thread.

        Returns False (and logs what is lost) when the database stayed locked that long.
        """
        if self._closing:
            return True
        written = self.wait(timeout_s)
        self._closing = True
        if not written:
            log.error(
                "%d change(s) of the window could not be written before closing", self.pending()
            )
        if self._thread is not None and self._queue is not None:
            self._queue.put(_Job(0, "stop", None))
            self._thread.join(1.0 if written else 0.2)
        self._callbacks.clear()
        return written

    def _on_finished(self, seq: int, error: str) -> None:
        on_done, on_failed = self._callbacks.pop(seq, (None, None))
        if self._closing:
            return
        try:
            if not error and on_done is not None:
                on_done()
            elif error and on_failed is not None:
                on_failed(error)
        except Exception:
            log.exception("handling the result of change %d failed", seq)

    def _ensure_thread(self) -> None:
        if self._thread is None:
            import queue  # here: the window's first frame does not need it

            self._queue = queue.Queue()
            self._thread = threading.Thread(target=self._run, name="user-writes", daemon=True)
            self._thread.start()

    # -- the writer thread -------------------------------------------------------------------
    def _run(self) -> None:
        assert self._queue is not None
        try:
            while True:
                job = self._queue.get()
                if job.change is None:
                    return
                error = ""
                try:
                    self._apply(job)
                except Exception as exc:
                    log.warning("change %r was not written: %s", job.label, exc)
                    error = str(exc) or type(exc).__name__
                with self._lock:
                    self._outstanding -= 1
                    self._lock.notify_all()
                with contextlib.suppress(RuntimeError):  # the window is gone
                    self._finished.emit(job.seq, error)
        finally:
            if self._store is not None:
                try:
                    self._store.close()
                except Exception:
                    log.exception("closing the writer's store failed")

    def _open(self) -> Store:
        from reader.store.db import Store

        store = Store(self.database, check=False)
        try:
            store._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except Exception:
            log.debug("could not shorten the busy timeout", exc_info=True)
        return store

    def _apply(self, job: _Job) -> None:
        assert job.change is not None
        deadline = time.monotonic() + self._retry_for_s
        tries = 0
        while True:
            try:
                if self._store is None:
                    self._store = self._open()
                job.change(self._store)
                if tries:
                    log.info("change %r written after %d tries", job.label, tries + 1)
                return
            except Exception as exc:
                if not _locked(exc) or time.monotonic() > deadline:
                    raise
                if self._closing:  # close() gave up waiting: stop trying
                    raise
                tries += 1
                time.sleep(RETRY_PAUSE_S)
