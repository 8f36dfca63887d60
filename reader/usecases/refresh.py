"""The refresh use case, in plain synchronous Python: fetch feeds, store their new entries,
then simplify the new articles' pages (:mod:`reader.usecases.pages`); subscribing and OPML are
in :mod:`reader.usecases.subscribe`.

Used by the command line directly and by the window's Worker (in its QThread). Network waits
overlap in a thread pool (bounded per host by the Fetcher); parsing and simplifying may run in a
process pool (``cpu``) so the GUI thread is never starved; every database write happens in the
calling thread (the Store belongs to it).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime

from reader.core.feed_settings import is_due
from reader.core.feeds.parse import parse_feed, parse_without_feedparser
from reader.core.models import Feed, FeedResult, ParsedFeed, RefreshSummary, SimplifiedArticle
from reader.core.redact import redact_url
from reader.errors import GoneError, NotFoundError, ReaderError, RetryLaterError, StoreError
from reader.net.http import Fetcher, FetchResult
from reader.store.batch import BatchLost
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.store.sync_state import SyncState
from reader.usecases.editions import Missing, fetch_edition, switch_edition
from reader.usecases.pages import (
    ArticleCallback,
    PageRun,
    PageTools,
    Priority,
    PrivateHosts,
    page_queue,
    simplify_page,
)
from reader.usecases.pool import run_cpu
from reader.usecases.subscribe import (
    FEED_ACCEPT,
    Chooser,
    Subscriber,
    now,
    store_fetched,
)
from reader.usecases.subscribe import (
    ImportReport as ImportReport,  # re-exported: what import_opml returns
)

log = logging.getLogger(__name__)

FeedCallback = Callable[[FeedResult, int, int], None]
"""Called after each feed: (its result, feeds done, feeds in all)."""

_TICK = 0.2  # seconds between looks at ``cancel`` while waiting for the network
# Finished feeds are stored together, one commit for up to this many (bench/refresh.py: 200
# feeds x 20 entries stored in 0.19 s instead of 0.46 s one by one), at most this late.
_BATCH_FEEDS = 50
_BATCH_SECONDS = 0.5


class Refresher:
    """Runs the use cases against one profile's store, cache and HTTP client."""

    def __init__(
        self,
        store: Store,
        cache: ArticleCache,
        fetcher: Fetcher,
        *,
        cpu: Executor | None = None,
        max_workers: int = 16,
        backlog: int = 200,
        new_per_feed: int = 50,
        prefetch_images: bool = True,
        parse_here: bool = False,
    ) -> None:
        """``backlog``: at most this many older, not yet simplified articles are retried per
        refresh; ``new_per_feed``: at most this many of one feed's new articles have their page
        fetched in one refresh (a feed that arrives with years of entries must not make us
        fetch them all; the rest wait to be opened); ``prefetch_images``: cache the images of
        simplified articles; ``parse_here``: with a process pool, parse well-formed feeds in
        the fetching threads (the fast path: cheaper than a hand-off) and the others in this
        process too, one at a time, whenever that lane is free (the command line, whose own
        threads mostly wait; never in the GUI process, whose thread must not wait for the
        GIL: there every feed goes to the pool, which tries the fast path first)."""
        self._store = store
        self._cache = cache
        self._fetcher = fetcher
        self._cpu = cpu
        self._max_workers = max(1, max_workers)
        self._backlog = backlog
        self._new_per_feed = max(0, new_per_feed)
        self._pool = ThreadPoolExecutor(self._max_workers, thread_name_prefix="refresh")
        self._priority = Priority()
        private = PrivateHosts()
        self._here = threading.Lock() if parse_here and cpu is not None else None
        # The fast path runs in the fetching threads unless the GUI thread shares this process
        # with them: there the GIL they would hold made the window miss frames
        # (bench/ui_latency.py, worker with a process pool: 2 gaps over 50 ms, longest 61-96
        # ms, against none and 44-49 ms with every parse in the pool).
        self._fast_here = cpu is None or parse_here
        self._pages = PageTools(
            store=store,
            cache=cache,
            fetcher=fetcher,
            threads=self._pool,
            max_workers=self._max_workers,
            cpu=cpu,
            private=private,
            priority=self._priority,
            prefetch_images=prefetch_images,
        )
        self._subscriber = Subscriber(
            store, fetcher, cpu=cpu, private=private, language=self._pages.language
        )

    # -- subscriptions (see reader.usecases.subscribe) --------------------------------------
    def subscribe(
        self, url: str, *, folder: str | None = None, choose: Chooser | None = None
    ) -> Feed:
        """Subscribe to a feed or a page's feed; see :meth:`Subscriber.subscribe`."""
        return self._subscriber.subscribe(url, folder=folder, choose=choose)

    def import_opml(self, data: bytes, *, folder: str | None = None) -> ImportReport:
        """Import an OPML file in one transaction (nothing fetched). Raises OpmlError."""
        return self._subscriber.import_opml(data, folder=folder)

    def export_opml(self) -> bytes:
        """All subscriptions as OPML."""
        return self._subscriber.export_opml()

    # -- refresh -------------------------------------------------------------------------
    def refresh(
        self,
        feed_ids: Sequence[int] | None = None,
        *,
        simplify: bool = True,
        on_feed: FeedCallback | None = None,
        on_article: ArticleCallback | None = None,
        cancel: threading.Event | None = None,
        on_pages: Callable[[int], None] | None = None,
    ) -> RefreshSummary:
        """Fetch feeds (all when ``feed_ids`` is None), store new entries, then (``simplify``)
        fetch and simplify the new articles' pages into the cache. One bad feed never stops
        the others; ``cancel`` stops soon, keeping what is done. ``on_pages`` is told how
        many pages are queued before the first (``on_article`` then reports each one)."""
        stop = cancel or threading.Event()
        if feed_ids is None:
            feeds = [f for f in self._store.feeds() if not f.gone]
        else:
            feeds = []
            for feed_id in dict.fromkeys(feed_ids):
                try:
                    feeds.append(self._store.feed(feed_id))
                except NotFoundError:  # unsubscribed since the caller looked
                    log.info("not refreshing feed %d: no longer subscribed", feed_id)
        # A synced account's feeds are fetched by its server and arrive through sync.
        synced = SyncState(self._store).synced_feed_ids()
        feeds = [feed for feed in feeds if feed.id not in synced]
        results: list[FeedResult] = []
        new_ids: list[int] = []
        feeds = self._skip_held(feeds, results, on_feed)
        self._refresh_feeds(feeds, results, new_ids, on_feed, stop, total=len(results) + len(feeds))
        simplified = failed = 0
        if simplify and not stop.is_set():
            run = PageRun(self._pages, on_article, stop)
            queue = page_queue(self._store, new_ids, self._backlog)
            if on_pages is not None:
                on_pages(len(queue))
            simplified, failed = run.run(queue)
        if simplify:
            try:
                self._cache.evict(keep=self._store.starred_ids())
            except (ReaderError, OSError):
                log.warning("cache eviction failed", exc_info=True)
        self._store.release_memory()  # the page cache fills again at the next job (tray memory)
        return RefreshSummary(
            results=tuple(results),
            simplified=simplified,
            simplify_failed=failed,
            cancelled=stop.is_set(),
        )

    def _refresh_feeds(
        self,
        feeds: list[Feed],
        results: list[FeedResult],
        new_ids: list[int],
        on_feed: FeedCallback | None,
        stop: threading.Event,
        *,
        total: int,
    ) -> None:
        waiting = deque(feeds)
        running: dict[Future[tuple[FetchResult, ParsedFeed | None]], Feed] = {}
        done: list[tuple[Feed, Future[tuple[FetchResult, ParsedFeed | None]]]] = []
        since = 0.0  # when the oldest of ``done`` finished
        while waiting or running or done:
            while waiting and len(running) < 2 * self._max_workers and not stop.is_set():
                feed = waiting.popleft()
                running[self._pool.submit(self._fetch_feed, feed)] = feed
            if stop.is_set():
                for future in running:
                    future.cancel()
                running.clear()
                waiting.clear()
            if running:
                finished, _ = wait(running, timeout=_TICK, return_when=FIRST_COMPLETED)
                if finished and not done:
                    since = time.monotonic()
                done.extend((running.pop(future), future) for future in finished)
            # Stored a batch at a time (one commit), yet soon enough to show progress; the
            # first feed at once, so that progress (and a cancel made on it) starts promptly.
            due = (
                not results
                or len(done) >= _BATCH_FEEDS
                or time.monotonic() - since >= _BATCH_SECONDS
            )
            if done and (due or not running):
                for result in self._store_batch(done, new_ids):
                    results.append(result)
                    if on_feed is not None:
                        on_feed(result, len(results), total)
                done = []
            if stop.is_set() and not done:
                return

    def _store_batch(
        self,
        done: list[tuple[Feed, Future[tuple[FetchResult, ParsedFeed | None]]]],
        new_ids: list[int],
    ) -> list[FeedResult]:
        """Store finished feeds in one transaction, each in its own savepoint (a feed that
        fails is undone alone); the results, to be reported only now that they are committed."""
        added: list[int] = []
        pruned: list[int] = []
        try:
            with self._store.batch():
                results = [self._handle_feed(f, future, added, pruned) for f, future in done]
        except StoreError as err:  # the commit failed (e.g. a full disk): none of it is stored
            log.warning("storing %d feeds failed: %s", len(done), err)
            return [self._failed(feed, str(err)) for feed, _ in done]
        if pruned:
            try:
                self._cache.remove_articles(pruned)
            except (ReaderError, OSError):
                log.warning("could not remove pruned articles from the cache", exc_info=True)
        new_ids.extend(added)
        return results

    def _skip_held(
        self, feeds: list[Feed], results: list[FeedResult], on_feed: FeedCallback | None
    ) -> list[Feed]:
        """The feeds that may be asked now; those whose server asked us (429/503 Retry-After,
        possibly in an earlier run) to wait are reported in ``results`` without a request."""
        holds = self._store.retry_holds(now())
        if not holds:
            return feeds
        ready = [feed for feed in feeds if feed.id not in holds]
        total = len(feeds)
        for feed in feeds:
            until = holds.get(feed.id)
            if until is None:
                continue
            log.info("not asking %s before %s: its server asked us to wait", feed.url, until)
            result = FeedResult(
                feed.id,
                feed.url,
                feed.title or redact_url(feed.url),
                error=_wait_words(until, now()),
            )
            results.append(result)
            if on_feed is not None:
                on_feed(result, len(results), total)
        return ready

    def _fetch_feed(self, feed: Feed) -> tuple[FetchResult, ParsedFeed | None]:
        """In a pool thread: the conditional GET and the parse. Without a process pool or with
        ``parse_here``, well-formed RSS/Atom/JSON is parsed here by the fast path (about a
        millisecond: cheaper than a hand-off to a worker); what needs feedparser goes to the
        process pool when there is one."""
        fetched = self._fetcher.fetch(
            feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
        )
        if fetched.not_modified:
            return fetched, None
        when = now()
        if self._fast_here:
            parsed = parse_without_feedparser(
                fetched.body, fetched.url, fetched.content_type, now=when
            )
            if parsed is not None:
                return fetched, parsed
        cpu = self._cpu
        if self._here is not None and self._here.acquire(blocking=False):
            cpu = None
        try:
            return fetched, run_cpu(
                cpu, parse_feed, fetched.body, fetched.url, fetched.content_type, now=when,
                fast=not self._fast_here,  # when tried here, the fast path just said no
            )  # fmt: skip
        finally:
            if cpu is None and self._here is not None:
                self._here.release()

    def _handle_feed(
        self,
        feed: Feed,
        future: Future[tuple[FetchResult, ParsedFeed | None]],
        new_ids: list[int],
        pruned: list[int],
    ) -> FeedResult:
        """In the calling thread, inside a batch: store what one feed's fetch gave (in its own
        savepoint), or record why it failed."""
        title = feed.title or redact_url(feed.url)
        try:
            fetched, parsed = future.result()
            with self._store.savepoint():
                when = now()
                url = self._follow_permanent(feed, fetched)
                if fetched.not_modified or parsed is None:
                    self._store.record_fetch_success(
                        feed.id,
                        when=when,
                        etag=fetched.etag or feed.etag,
                        last_modified=fetched.last_modified or feed.last_modified,
                    )
                    return FeedResult(feed.id, url, title, not_modified=True)
                for warning in parsed.warnings:
                    log.info("%s: %s", url, warning)
                added = store_fetched(self._store, feed.id, fetched, parsed, when)
                pruned.extend(self._store.prune(feed.id))
            new_ids.extend(self._newest(added))
            return FeedResult(
                feed.id, url, feed.title or parsed.title or redact_url(url), len(added)
            )
        except BatchLost:  # the whole batch is gone: said for every feed of it by the caller
            raise
        except GoneError as err:
            return self._failed(feed, str(err), gone=True)
        except RetryLaterError as err:
            return self._failed(feed, str(err), retry_at=err.retry_at)
        except ReaderError as err:
            return self._failed(feed, str(err))
        except Exception as err:  # a bug must not stop the other feeds
            log.exception("refreshing %s failed unexpectedly", feed.url)
            return self._failed(feed, f"internal error: {err!r}")

    def _follow_permanent(self, feed: Feed, fetched: FetchResult) -> str:
        new_url = fetched.permanent_url
        if not new_url or new_url == feed.url:
            return feed.url
        try:
            self._store.set_feed_url(feed.id, new_url)
        except StoreError as err:  # e.g. already subscribed at the new address
            log.warning("keeping %s: cannot move it to %s (%s)", feed.url, new_url, err)
            return feed.url
        log.info("feed %d moved permanently: %s -> %s", feed.id, feed.url, new_url)
        return new_url

    def _failed(
        self, feed: Feed, reason: str, *, gone: bool = False, retry_at: datetime | None = None
    ) -> FeedResult:
        log.info("refreshing %s failed: %s", feed.url, reason)
        try:
            self._store.record_fetch_error(
                feed.id, reason, when=now(), gone=gone, retry_at=retry_at
            )
        except Exception:
            log.exception("could not record the error of feed %d", feed.id)
        return FeedResult(feed.id, feed.url, feed.title or redact_url(feed.url), error=reason)

    def _newest(self, added: list[int]) -> list[int]:
        """The newest ``new_per_feed`` of one feed's new article ids."""
        if len(added) <= self._new_per_feed:
            return added
        articles = self._store.articles_by_ids(added)
        articles.sort(key=lambda a: a.published, reverse=True)
        return [a.id for a in articles[: self._new_per_feed]]

    # -- one article ---------------------------------------------------------------------
    def simplify_article(self, article_id: int) -> SimplifiedArticle | None:
        """Simplify one article now (fetch its page, fall back to the feed's content) and cache it."""
        return PageRun(self._pages).one(self._store.article(article_id))

    def set_article_language(self, tag: str) -> None:
        """Thread-safe: show articles in this language when their page offers that edition
        (``"original"`` or ``""``: as published); also orders a site's feeds when subscribing."""
        self._pages.language.set(tag)

    def switch_edition(self, article_id: int, tag: str) -> SimplifiedArticle | None:
        """Show the ``tag`` edition of a simplified article: from the cache, else fetched (under
        the article's address rules) and cached; ``None`` when it cannot be had."""
        article = self._store.article(article_id)
        allow = self._pages.private.allows(self._store.feed(article.feed_id).url)

        def fetch(choice: tuple[str, str]) -> SimplifiedArticle | Missing:
            return fetch_edition(self._fetcher, simplify_page, self._cpu, choice, allow)

        return switch_edition(self._cache, self._store, fetch, article_id, tag)

    def prioritize(self, article_id: int) -> None:
        """Thread-safe: simplify this article next in a running refresh (the opened article)."""
        self._priority.add(article_id)

    def close(self) -> None:
        """Stop the thread pool (fetches in flight finish on their own deadline)."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def due_feeds(store: Store, *, global_min: int, global_due: bool, when: datetime) -> list[int]:
    """The feeds a scheduled refresh fetches now (a manual refresh names its feeds instead).

    A feed with its own interval is due when that much time has passed since it was last
    checked (0: it is never fetched by itself); a feed that follows the global interval
    (``global_min``, 0: off) is due when the global schedule is (``global_due``). Gone feeds
    are never due.
    """
    follow = global_due and global_min > 0
    return [
        feed_id
        for feed_id, checked, own in store.refresh_schedule()
        if (follow if own is None else is_due(checked, own, when))
    ]


def has_own_intervals(store: Store) -> bool:
    """Whether any feed refreshes on an interval of its own (the window's timer must look)."""
    return store.has_own_intervals()


def _wait_words(until: datetime, now: datetime) -> str:
    """Why a held feed was not asked, in words (UTC, with the date when it is not today)."""
    until = until.astimezone(UTC)
    when = (
        f"{until:%H:%M}"
        if until.date() == now.astimezone(UTC).date()
        else f"{until:%Y-%m-%d %H:%M}"
    )
    return f"the server asked us to wait until {when} UTC"
