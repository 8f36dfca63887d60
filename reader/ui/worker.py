"""The background worker: one long-lived QThread running a Worker QObject (DESIGN "Threads").

The GUI asks by emitting signals connected to the worker's slots (queued connections); the
worker answers with signals carrying immutable data. The worker owns its own Store (the writer
connection), ArticleCache, Fetcher and Refresher, all created inside its thread, and never
touches a widget. Every slot catches its errors and reports them as a signal.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reader.errors import DuplicateFeedError, MultipleFeedsError, ReaderError

if TYPE_CHECKING:
    from reader.store.db import Store
    from reader.usecases.refresh import Refresher

log = logging.getLogger(__name__)

MIB = 1024 * 1024
T = TypeVar("T")


class LazyPool(Executor):
    """A process pool started on first use and checked once; when it cannot work (an
    unguarded ``__main__``, a sandbox without processes) the work runs in the calling thread.

    Nothing is started before the first CPU job, so an idle window holds no extra processes.
    """

    def __init__(self, factory: Callable[[], Executor]) -> None:
        self._factory = factory
        self._pool: Executor | None = None
        self._failed = False
        self._lock = threading.Lock()

    def _get(self) -> Executor | None:
        with self._lock:
            if self._pool is None and not self._failed:
                pool: Executor | None = None
                try:
                    pool = self._factory()
                    pool.submit(os.getpid).result(timeout=60)
                    self._pool = pool
                except Exception:
                    log.warning("no process pool; parsing in threads", exc_info=True)
                    self._failed = True
                    if pool is not None:
                        pool.shutdown(wait=False, cancel_futures=True)
            return self._pool

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``fn`` in the pool (started now if needed), else here."""
        pool = self._get()
        if pool is not None:
            return pool.submit(fn, *args, **kwargs)
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the pool if it was started."""
        with self._lock:
            pool, self._pool = self._pool, None
            self._failed = True
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=cancel_futures)


def _words(exc: BaseException) -> str:
    """The message to show for an exception (ours are already in words)."""
    if isinstance(exc, ReaderError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class Worker(QObject):
    """Runs refresh, subscribe, import, export and simplify jobs in the worker thread."""

    started = Signal()
    """The worker opened its store; jobs can run."""
    refresh_started = Signal(int)
    """A refresh began over this many feeds (0: all, count not known yet)."""
    feed_refreshed = Signal(object, int, int)
    """(FeedResult, feeds done, feeds in all)."""
    article_ready = Signal(int)
    """An article's reader view is in the cache now."""
    pages_progress = Signal(int, int)
    """During a refresh, the articles' pages: (done, in all)."""
    refresh_finished = Signal(object)
    """RefreshSummary."""
    subscribed = Signal(object)
    """Feed: a new subscription (its first articles are stored)."""
    feeds_offered = Signal(str, list)
    """(page URL, [DiscoveredFeed]): the page announces several feeds; the user picks one."""
    imported = Signal(object)
    """ImportReport."""
    exported = Signal(str)
    """The path the OPML export was written to."""
    failed = Signal(str, str)
    """(what was being done: "refresh"/"subscribe"/"import"/"export"/"simplify"/"start", or
    "damaged" when the database failed its check at start; words)."""

    def __init__(
        self,
        database: Path,
        cache_root: Path,
        *,
        cache_max_mb: int = 500,
        cpu_factory: Callable[[], Executor | None] | None = None,
        fetcher_factory: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__()
        self._database = database
        self._cache_root = cache_root
        self._cache_max_mb = cache_max_mb
        self._cpu_factory = cpu_factory
        self._fetcher_factory = fetcher_factory
        self._store: Store | None = None
        self._cache: Any = None
        self._cpu: Executor | None = None
        self.refresher: Refresher | None = None
        """Set once started; the GUI may call ``refresher.prioritize`` (thread-safe) directly."""
        self.cancel_event = threading.Event()
        """Set by the GUI to stop the running refresh soon."""
        self._refreshing = threading.Event()

    @property
    def refreshing(self) -> bool:
        """True while a refresh runs (readable from any thread)."""
        return self._refreshing.is_set()

    # -- lifecycle -----------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        """Open the writer Store and the Refresher in this thread."""
        try:
            from reader.net.http import Fetcher
            from reader.store.cache import ArticleCache
            from reader.store.db import Store
            from reader.usecases.refresh import Refresher

            self._store = Store(self._database)  # runs PRAGMA quick_check
            try:
                self._store.auto_backup()  # daily, keeps 3: what "restore backup" offers
            except (ReaderError, OSError):
                log.warning("automatic backup failed", exc_info=True)
            cache = ArticleCache(self._cache_root, max_bytes=max(1, self._cache_max_mb) * MIB)
            self._cache = cache
            fetcher = self._fetcher_factory() if self._fetcher_factory else Fetcher()
            self._cpu = self._cpu_factory() if self._cpu_factory else None
            self.refresher = Refresher(self._store, cache, fetcher, cpu=self._cpu)
        except Exception as exc:  # reported, never raised into Qt
            log.exception("worker could not start")
            damaged = isinstance(exc, ReaderError) and "damaged" in str(exc)
            self.failed.emit("damaged" if damaged else "start", _words(exc))
            if self._store is not None:
                self._store.close()
                self._store = None
            return
        self.started.emit()

    @Slot()
    def stop(self) -> None:
        """Close everything this thread opened (called in the thread before it quits)."""
        if self.refresher is not None:
            try:
                self.refresher.close()
            except Exception:
                log.exception("closing the refresher failed")
            self.refresher = None
        if self._cpu is not None:
            self._cpu.shutdown(wait=False, cancel_futures=True)
            self._cpu = None
        if self._store is not None:
            try:
                self._store.close()
            except Exception:
                log.exception("closing the worker's store failed")
            self._store = None
        thread = self.thread()
        if thread is not None:
            thread.quit()

    # -- jobs ----------------------------------------------------------------------------
    @Slot(object)
    def refresh(self, feed_ids: Sequence[int] | None = None) -> None:
        """Refresh these feeds (all when None), reporting each feed and each simplified article."""
        refresher = self.refresher
        if refresher is None:
            self.failed.emit("refresh", "the background worker is not running")
            return
        self.cancel_event.clear()
        self._refreshing.set()
        self.refresh_started.emit(len(feed_ids) if feed_ids else 0)
        pages = [0, 0]  # done, in all

        def on_pages(total: int) -> None:
            pages[1] = total
            self.pages_progress.emit(0, total)

        def on_article(article_id: int, _source: str) -> None:
            pages[0] += 1
            self.article_ready.emit(article_id)
            self.pages_progress.emit(pages[0], max(pages))

        try:
            summary = refresher.refresh(
                list(feed_ids) if feed_ids else None,
                on_feed=lambda result, done, total: self.feed_refreshed.emit(result, done, total),
                on_article=on_article,
                on_pages=on_pages,
                cancel=self.cancel_event,
            )
        except Exception as exc:
            log.exception("refresh failed")
            self.failed.emit("refresh", _words(exc))
            from reader.core.models import RefreshSummary

            summary = RefreshSummary(cancelled=self.cancel_event.is_set())
        finally:
            self._refreshing.clear()
        self.refresh_finished.emit(summary)

    @Slot(str, object)
    def subscribe(self, url: str, folder: str | None = None) -> None:
        """Subscribe to a feed or a site (autodiscovery); several feeds found -> feeds_offered."""
        if self.refresher is None:
            self.failed.emit("subscribe", "the background worker is not running")
            return
        try:
            feed = self.refresher.subscribe(url, folder=folder)
        except MultipleFeedsError as exc:
            self.feeds_offered.emit(exc.url, list(exc.feeds))
            return
        except DuplicateFeedError as exc:
            self.failed.emit("subscribe", str(exc))
            return
        except Exception as exc:
            log.warning("subscribe %s failed: %s", url, exc)
            self.failed.emit("subscribe", _words(exc))
            return
        self.subscribed.emit(feed)

    @Slot(bytes, object)
    def import_opml(self, data: bytes, folder: str | None = None) -> None:
        """Import OPML bytes (nothing fetched)."""
        if self.refresher is None:
            self.failed.emit("import", "the background worker is not running")
            return
        try:
            report = self.refresher.import_opml(bytes(data), folder=folder)
        except Exception as exc:
            log.warning("import failed: %s", exc)
            self.failed.emit("import", _words(exc))
            return
        self.imported.emit(report)

    @Slot(str)
    def export_opml(self, path: str) -> None:
        """Write every subscription as OPML to ``path`` (atomically)."""
        if self.refresher is None:
            self.failed.emit("export", "the background worker is not running")
            return
        try:
            data = self.refresher.export_opml()
            target = Path(path)
            tmp = target.with_name(target.name + ".part")
            tmp.write_bytes(data)
            tmp.replace(target)
        except Exception as exc:
            log.warning("export failed: %s", exc)
            self.failed.emit("export", _words(exc))
            return
        self.exported.emit(path)

    @Slot(int)
    def set_cache_limit(self, megabytes: int) -> None:
        """The cache's size cap (the setting); the next refresh evicts down to it."""
        self._cache_max_mb = megabytes
        if self._cache is not None:
            self._cache.max_bytes = max(1, megabytes) * MIB

    @Slot(int)
    def simplify(self, article_id: int) -> None:
        """Simplify one article now (the user opened it) and report it ready."""
        if self.refresher is None:
            return
        try:
            self.refresher.simplify_article(article_id)
        except Exception as exc:
            log.warning("simplify %s failed: %s", article_id, exc)
            self.failed.emit("simplify", _words(exc))
        # Ready either way: the view then shows whatever is there (feed content on failure).
        self.article_ready.emit(article_id)


class WorkerHost(QObject):
    """Owns the worker thread: starts it, forwards requests, and stops it within a deadline."""

    request_refresh = Signal(object)
    request_subscribe = Signal(str, object)
    request_import = Signal(bytes, object)
    request_export = Signal(str)
    request_simplify = Signal(int)
    request_cache_limit = Signal(int)
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

    def shutdown(self, timeout_ms: int = 2000) -> bool:
        """Cancel, let the worker close its store, quit the thread; True when it finished."""
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
