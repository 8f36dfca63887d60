"""The background worker: one long-lived QThread running a Worker QObject (DESIGN "Threads").

The GUI asks by emitting signals connected to the worker's slots (queued connections, set up by
:class:`~reader.ui.worker_host.WorkerHost`, which owns the thread); the worker answers with
signals carrying immutable data. The worker owns its own Store (the writer
connection), ArticleCache, Fetcher and Refresher, all created inside its thread, and never
touches a widget. Every slot catches its errors and reports them as a signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from reader.core.refresh_results import RefreshSummary
from reader.errors import DamagedDatabase, DuplicateFeedError, MultipleFeedsError, ReaderError
from reader.ui.download_threads import DownloadThreads

if TYPE_CHECKING:
    from reader.net.http import Fetcher
    from reader.usecases.refresh import Refresher
    from reader.usecases.services import Services

log = logging.getLogger(__name__)


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
    feeds_offered = Signal(str, list, int)
    """(page, the feeds to choose from, how many the page offers: more when it is a long list)"""
    """(page URL, [DiscoveredFeed]): the page announces several feeds; the user picks one."""
    imported = Signal(object)
    """ImportReport."""
    exported = Signal(str)
    """The path the OPML export was written to."""
    download_progress = Signal(str, object, object)
    """(file URL, bytes on disk, total bytes or None): an enclosure's download moved on."""
    download_finished = Signal(str, str)
    """(file URL, the downloaded file's path)."""
    download_failed = Signal(str, str, bool)
    """(file URL, words, True when the user cancelled it)."""
    sync_progress = Signal(str, int, int)
    """(stage "push"/"items"/"pages", done, in all) of the running sync."""
    sync_finished = Signal(object)
    """SyncReport (reader.ui.sync_jobs)."""
    account_answer = Signal(object)
    """AccountAnswer: the Accounts dialog's job is done (its error in words, the accounts)."""
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
        fetcher_factory: Callable[[], Fetcher] | None = None,
    ) -> None:
        """``cpu_factory`` makes the process pool (``lambda: None``: work in the worker
        thread); by default the one of :mod:`reader.usecases.pool` for the window."""
        super().__init__()
        self._database = database
        self._cache_root = cache_root
        self._cache_max_mb = cache_max_mb
        self._article_language = ""
        self._cpu_factory = cpu_factory
        self._fetcher_factory = fetcher_factory
        self.services: Services | None = None
        """The profile's services, opened in the worker thread by :meth:`start`."""
        self.refresher: Refresher | None = None
        """Set once started; the GUI may call ``refresher.prioritize`` (thread-safe) directly."""
        self.cancel_event = threading.Event()
        """Set by the GUI to stop the running refresh soon."""
        self._refreshing = threading.Event()
        self.start_failed = False
        """The worker could not open its store: no job will run (the window says so)."""
        self._downloads = DownloadThreads(
            self.download_progress.emit, self.download_finished.emit, self._download_failed
        )

    @property
    def refreshing(self) -> bool:
        """True while a refresh runs (readable from any thread)."""
        return self._refreshing.is_set()

    # -- lifecycle -----------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        """Open the profile's services (store, cache, fetcher, pool) and the Refresher in this
        thread."""
        try:
            # Imported here for start-up time: the worker thread loads the HTTP client and the
            # parsers after the window's first frame, never before it.
            from reader.usecases.pool import window_workers
            from reader.usecases.refresh import Refresher
            from reader.usecases.services import open_services, process_pool

            cpu_factory = self._cpu_factory
            self.services = services = open_services(
                self._database,
                self._cache_root,
                cache_max_mb=self._cache_max_mb,
                pool_factory=process_pool if cpu_factory is None else lambda _: cpu_factory(),
                fetcher_factory=self._fetcher_factory,
            )
            store = services.store  # checked (fully when reader.store.health says so)
            try:
                store.auto_backup()  # daily, keeps 3: what "restore backup" offers
            except (ReaderError, OSError):
                log.warning("automatic backup failed", exc_info=True)
            cpu = services.pool(window_workers())
            self.refresher = Refresher(store, services.cache, services.fetcher, cpu=cpu)
            self.refresher.set_article_language(self._article_language)
        except Exception as exc:  # reported, never raised into Qt
            log.exception("worker could not start")
            self.start_failed = True
            damaged = isinstance(exc, DamagedDatabase)
            self.failed.emit("damaged" if damaged else "start", _words(exc))
            self._close_services()
            return
        self.started.emit()

    def _close_services(self) -> None:
        if self.services is not None:
            try:
                self.services.close()
            except Exception:
                log.exception("closing the worker's services failed")
            self.services = None

    @Slot()
    def stop(self) -> None:
        """Close everything this thread opened (called in the thread before it quits)."""
        if self.refresher is not None:
            try:
                self.refresher.close()
            except Exception:
                log.exception("closing the refresher failed")
            self.refresher = None
        self._close_services()
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
            self.failed.emit(
                "damaged" if isinstance(exc, DamagedDatabase) else "refresh", _words(exc)
            )
            summary = RefreshSummary(cancelled=self.cancel_event.is_set())
        finally:
            self._refreshing.clear()
        self.refresh_finished.emit(summary)

    @Slot(str, object)
    def sync(self, config: str, account_ids: Sequence[int] | None = None) -> None:
        """Sync the accounts (all when None) like a refresh: progress, Cancel, then the pages."""
        from reader.ui import sync_jobs  # here: the protocols load only when sync is used

        if self.refresher is None or self.services is None:
            self.sync_finished.emit(
                sync_jobs.SyncReport(error="the background worker is not running")
            )
            return
        self.cancel_event.clear()
        self._refreshing.set()  # the user's open article jumps the page queue, as in a refresh
        pages = [0]

        def on_article(article_id: int, _source: str) -> None:
            pages[0] += 1
            self.article_ready.emit(article_id)
            self.sync_progress.emit("pages", pages[0], 0)

        try:
            report = sync_jobs.run_sync(
                self.services, self.refresher, Path(config), account_ids,
                on_progress=self.sync_progress.emit, on_article=on_article,
                cancel=self.cancel_event,
            )  # fmt: skip
        except Exception as exc:
            log.exception("sync failed")
            report = sync_jobs.SyncReport(cancelled=self.cancel_event.is_set(), error=_words(exc))
        finally:
            self._refreshing.clear()
        self.sync_finished.emit(report)

    @Slot(str, str, object)
    def account_job(self, config: str, job: str, args: object) -> None:
        """One job of the Accounts dialog (list, test, add, remove): see sync_jobs."""
        from reader.ui import sync_jobs  # here: the protocols load only when sync is used

        if self.services is None:
            answer = sync_jobs.AccountAnswer(job, "the background worker is not running")
        else:
            try:
                answer = sync_jobs.account_job(self.services, Path(config), job, args)
            except Exception as exc:
                log.exception("account job %s failed", job)
                answer = sync_jobs.AccountAnswer(job, _words(exc))
        self.account_answer.emit(answer)

    @Slot(str, object)
    def subscribe(self, url: str, folder: str | None = None) -> None:
        """Subscribe to a feed or a site (autodiscovery); several feeds found -> feeds_offered."""
        if self.refresher is None:
            self.failed.emit("subscribe", "the background worker is not running")
            return
        try:
            feed = self.refresher.subscribe(url, folder=folder)
        except MultipleFeedsError as exc:
            self.feeds_offered.emit(exc.url, list(exc.feeds), exc.total)
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
            from reader.usecases.savefile import save_file  # only when exporting

            save_file(path, self.refresher.export_opml())
        except Exception as exc:
            log.warning("export failed: %s", exc)
            self.failed.emit("export", _words(exc))
            return
        self.exported.emit(path)

    @Slot(int)
    def set_cache_limit(self, megabytes: int) -> None:
        """The cache's size cap (the setting); the next refresh evicts down to it."""
        self._cache_max_mb = megabytes
        if self.services is not None:
            self.services.set_cache_limit(megabytes)

    @Slot(str)
    def set_article_language(self, tag: str) -> None:
        """The language articles are shown in when their site offers it (the setting)."""
        self._article_language = tag
        if self.refresher is not None:
            self.refresher.set_article_language(tag)

    @Slot(int, str)
    def switch_edition(self, article_id: int, tag: str) -> None:
        """Fetch and show another language edition of an article; ready either way."""
        if self.refresher is None:
            return
        try:
            self.refresher.switch_edition(article_id, tag)
        except Exception as exc:
            log.warning("edition %s of %s failed: %s", tag, article_id, exc)
        self.article_ready.emit(article_id)

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

    # -- downloads ---------------------------------------------------------------------
    @Slot(str, str, str, int)
    def download(self, url: str, feed_url: str, folder: str, max_mb: int) -> None:
        """Download an enclosure of a feed into ``folder`` (capped at ``max_mb``), in a thread
        of its own (:mod:`reader.ui.download_threads`). Thread-safe; a URL already downloading
        is not started twice."""
        self._downloads.start(url, feed_url, Path(folder), max_mb)

    def _download_failed(self, url: str, exc: Exception, cancelled: bool) -> None:
        """A download thread's failure, in words, as a signal."""
        self.download_failed.emit(url, _words(exc), cancelled)

    def cancel_download(self, url: str | None = None) -> None:
        """Cancel the download of ``url`` (every download when None); thread-safe."""
        self._downloads.cancel(url)
