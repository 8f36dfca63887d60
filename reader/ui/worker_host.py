"""The GUI thread's side of the background worker: :class:`WorkerHost` owns the worker's QThread,
starts it, turns the window's requests into queued calls of the worker's slots, lets an opened
article jump the refresh's queue, and stops the thread within a deadline when the window closes.

The worker itself, what runs in that thread, is :class:`~reader.ui.worker.Worker`; helpers that
ask the worker for something receive the host, and listen to the worker's signals through the
window's wiring.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from reader.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from reader.ui.worker import Worker

log = logging.getLogger(__name__)

RESULTS: tuple[str, ...] = ("feed_refreshed", "refresh_finished", "article_ready")
RESULTS += ("subscribed", "imported", "exported", "failed", "feeds_offered")
"""The worker's signals whose receivers :meth:`WorkerHost.drop_results` disconnects."""


class WorkerHost(QObject):
    """Owns the worker thread: starts it, forwards requests, and stops it within a deadline."""

    request_refresh = Signal(object)
    request_subscribe = Signal(str, object)
    request_import = Signal(bytes, object)
    request_export = Signal(str)
    request_simplify = Signal(int)
    request_cache_limit = Signal(int)
    request_download = Signal(str, str, str, int)
    """(file URL, its feed's URL, folder, cap in MiB); runs at once, even during a refresh."""
    request_sync = Signal(str, object)
    request_account = Signal(str, str, object)
    request_article_language = Signal(str)
    request_edition = Signal(int, str)
    _request_stop = Signal()

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("broadsheet-worker")
        worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(worker.start)
        self.request_refresh.connect(worker.refresh)
        self.request_subscribe.connect(worker.subscribe)
        self.request_import.connect(worker.import_opml)
        self.request_export.connect(worker.export_opml)
        self.request_simplify.connect(worker.simplify)
        self.request_cache_limit.connect(worker.set_cache_limit)
        # Direct: it only starts the download's thread, which must not wait for a refresh.
        self.request_download.connect(worker.download, Qt.ConnectionType.DirectConnection)
        self.request_sync.connect(worker.sync)
        self.request_account.connect(worker.account_job)
        self.request_article_language.connect(worker.set_article_language)
        self.request_edition.connect(worker.switch_edition)
        self._request_stop.connect(worker.stop)

    def start(self) -> None:
        """Start the thread (the worker opens its store there)."""
        self.worker_thread.start()

    def open_article(self, article_id: int) -> None:
        """The user opened an article that is not simplified yet: it jumps the queue."""
        refresher = self.worker.refresher
        if self.worker.refreshing and refresher is not None:
            try:
                refresher.prioritize(article_id)
            except Exception:
                log.exception("prioritize failed")
            return
        self.request_simplify.emit(article_id)

    def cancel(self) -> None:
        """Ask the running refresh to stop soon, keeping what is done."""
        self.worker.cancel_event.set()

    def drop_results(self) -> None:
        """Disconnect every receiver of the worker's results (the window is closing): a result
        still queued, such as a late ``feed_refreshed``, must not reach a closed store."""
        for name in RESULTS:
            with contextlib.suppress(RuntimeError, TypeError):
                getattr(self.worker, name).disconnect()

    def shutdown(self, timeout_ms: int = 2000) -> bool:
        """Cancel, let the worker close its store, quit the thread; True when it finished."""
        self.worker.cancel_download()  # every download stops at once (its part is removed)
        if not self.worker_thread.isRunning():
            return True
        self.worker.cancel_event.set()
        self._request_stop.emit()  # the worker closes its store, then quits its thread
        finished = self.worker_thread.wait(timeout_ms)
        if not finished:
            # Still inside a blocking call (a fetch past its timeout): wait a little more rather
            # than destroy a running QThread, which aborts the process.
            log.warning("worker did not stop within %d ms", timeout_ms)
            finished = self.worker_thread.wait(3000)
        return bool(finished)
