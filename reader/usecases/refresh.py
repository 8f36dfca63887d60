"""The use cases, in plain synchronous Python: subscribe, refresh feeds, simplify articles, OPML.

Used by the command line directly and by the window's Worker (in its QThread). Network waits
overlap in a thread pool (bounded per host by the Fetcher); parsing and simplifying may run in a
process pool (``cpu``) so the GUI thread is never starved; every database write happens in the
calling thread (the Store belongs to it).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reader.core.models import (
    Article,
    DiscoveredFeed,
    Feed,
    FeedResult,
    ParsedFeed,
    RefreshSummary,
    SimplifiedArticle,
)
from reader.errors import (
    DuplicateFeedError,
    FeedError,
    GoneError,
    MultipleFeedsError,
    NotFoundError,
    ReaderError,
    RetryLaterError,
    StoreError,
)
from reader.net.http import Fetcher, FetchResult
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases import pages

log = logging.getLogger(__name__)

FeedCallback = Callable[[FeedResult, int, int], None]
"""Called after each feed: (its result, feeds done, feeds in all)."""
ArticleCallback = Callable[[int, str], None]
"""Called after each article is simplified: (article id, source ``page``/``feed``/``failed``)."""
Chooser = Callable[[list[DiscoveredFeed]], "DiscoveredFeed | None"]

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1"
)
_TICK = 0.2  # seconds between looks at ``cancel`` while waiting for the network


@dataclass(frozen=True)
class ImportReport:
    """What an OPML import did."""

    added: int
    duplicates: int
    skipped: tuple[str, ...] = ()


def _now() -> datetime:
    return datetime.now(UTC)


def _parse(fetched: FetchResult, cpu: Executor | None) -> ParsedFeed:
    from reader.core.feeds.parse import parse_feed

    return pages.run_cpu(
        cpu, parse_feed, fetched.body, fetched.url, fetched.content_type, now=_now()
    )


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
        simplified articles; ``parse_here``: with a process pool, also parse feeds in this
        process, one at a time, whenever that lane is free (the command line, whose own
        threads mostly wait: one CPU's worth of parsing without a worker process to start;
        never in the GUI process, whose thread must not wait for the GIL)."""
        self._store = store
        self._cache = cache
        self._fetcher = fetcher
        self._cpu = cpu
        self._max_workers = max(1, max_workers)
        self._backlog = backlog
        self._new_per_feed = max(0, new_per_feed)
        self._prefetch_images = prefetch_images
        self._pool = ThreadPoolExecutor(self._max_workers, thread_name_prefix="refresh")
        self._priority: dict[int, None] = {}
        self._priority_lock = threading.Lock()
        self._private = pages.PrivateHosts()
        self._here = threading.Lock() if parse_here and cpu is not None else None

    # -- subscribe -----------------------------------------------------------------------
    def subscribe(
        self, url: str, *, folder: str | None = None, choose: Chooser | None = None
    ) -> Feed:
        """Subscribe to a feed URL, or a web page's feed found by autodiscovery.

        Raises DuplicateFeedError when already subscribed, MultipleFeedsError when the page
        offers several feeds and ``choose`` is None (or returns None), FetchError/FeedError
        when nothing usable is there. Fetches and stores the feed's first articles.
        """
        from reader.core.feeds.parse import discover_feeds, looks_like_html

        url = normalize_url(url)
        self._check_new(url)
        fetched = self._fetcher.fetch(url, accept=FEED_ACCEPT)
        feed_url = fetched.permanent_url or url
        if looks_like_html(fetched.body, fetched.content_type):
            found = discover_feeds(fetched.body, fetched.url, fetched.content_type)
            if not found:
                raise FeedError("no feed found on this page")
            picked = found[0] if len(found) == 1 else (choose(found) if choose else None)
            if picked is None:
                raise MultipleFeedsError(url, list(found))
            feed_url = picked.url
            self._check_new(feed_url)
            # The page chose this address, not the user: a public page may not point us at a
            # loopback or intranet host (RELIABILITY N3); an intranet page may.
            fetched = self._fetcher.fetch(
                feed_url, accept=FEED_ACCEPT, allow_private=self._private.allows(fetched.url)
            )
            feed_url = fetched.permanent_url or feed_url
        if feed_url != url:
            self._check_new(feed_url)
        parsed = _parse(fetched, self._cpu)
        folder_id = self._store.add_folder(folder).id if folder else None
        feed = self._store.add_feed(
            feed_url, parsed.title, folder_id=folder_id, site_url=parsed.site_url
        )
        self._store_fetched(feed.id, fetched, parsed, _now())
        log.info("subscribed to %s (%d entries)", feed_url, len(parsed.entries))
        return self._store.feed(feed.id)

    def _store_fetched(
        self, feed_id: int, fetched: FetchResult, parsed: ParsedFeed, now: datetime
    ) -> list[int]:
        """Store a fetched feed's entries and remember the fetch's success; the new article ids."""
        added = self._store.add_entries(feed_id, parsed.entries, now=now)
        self._store.record_fetch_success(
            feed_id,
            when=now,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            title=parsed.title or None,
            site_url=parsed.site_url or None,
            icon_url=parsed.icon_url or None,
        )
        return added

    def _check_new(self, url: str) -> None:
        existing = self._store.feed_by_url(url)
        if existing is not None:
            raise DuplicateFeedError(url, existing.id)

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
        results: list[FeedResult] = []
        new_ids: list[int] = []
        feeds = self._skip_held(feeds, results, on_feed)
        self._refresh_feeds(feeds, results, new_ids, on_feed, stop, total=len(results) + len(feeds))
        simplified = failed = 0
        if simplify and not stop.is_set():
            from reader.usecases.page_queue import PageRun

            run = PageRun(self, on_article, stop)
            queue = self._page_queue(new_ids)
            if on_pages is not None:
                on_pages(len(queue))
            simplified, failed = run.run(queue)
        if simplify:
            try:
                self._cache.evict(keep=self._store.starred_ids())
            except (ReaderError, OSError):
                log.warning("cache eviction failed", exc_info=True)
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
        while waiting or running:
            while waiting and len(running) < 2 * self._max_workers and not stop.is_set():
                feed = waiting.popleft()
                running[self._pool.submit(self._fetch_feed, feed)] = feed
            if stop.is_set():
                for future in running:
                    future.cancel()
                return
            finished, _ = wait(running, timeout=_TICK, return_when=FIRST_COMPLETED)
            for future in finished:
                feed = running.pop(future)
                result = self._handle_feed(feed, future, new_ids)
                results.append(result)
                if on_feed is not None:
                    on_feed(result, len(results), total)

    def _skip_held(
        self, feeds: list[Feed], results: list[FeedResult], on_feed: FeedCallback | None
    ) -> list[Feed]:
        """The feeds that may be asked now; those whose server asked us (429/503 Retry-After,
        possibly in an earlier run) to wait are reported in ``results`` without a request."""
        holds = self._store.retry_holds(_now())
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
                feed.id, feed.url, feed.title or feed.url, error=_wait_words(until, _now())
            )
            results.append(result)
            if on_feed is not None:
                on_feed(result, len(results), total)
        return ready

    def _fetch_feed(self, feed: Feed) -> tuple[FetchResult, ParsedFeed | None]:
        """In a pool thread: the conditional GET, and the parse when a process pool is given."""
        fetched = self._fetcher.fetch(
            feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
        )
        if fetched.not_modified or self._cpu is None:
            return fetched, None
        if self._here is not None and self._here.acquire(blocking=False):
            try:
                return fetched, _parse(fetched, None)
            finally:
                self._here.release()
        return fetched, _parse(fetched, self._cpu)

    def _handle_feed(
        self,
        feed: Feed,
        future: Future[tuple[FetchResult, ParsedFeed | None]],
        new_ids: list[int],
    ) -> FeedResult:
        """In the calling thread: store what one feed's fetch gave, or why it failed."""
        title = feed.title or feed.url
        try:
            fetched, parsed = future.result()
            now = _now()
            url = self._follow_permanent(feed, fetched)
            if fetched.not_modified:
                self._store.record_fetch_success(
                    feed.id,
                    when=now,
                    etag=fetched.etag or feed.etag,
                    last_modified=fetched.last_modified or feed.last_modified,
                )
                return FeedResult(feed.id, url, title, not_modified=True)
            if parsed is None:
                parsed = _parse(fetched, None)
            for warning in parsed.warnings:
                log.info("%s: %s", url, warning)
            added = self._store_fetched(feed.id, fetched, parsed, now)
            pruned = self._store.prune(feed.id)
            if pruned:
                self._cache.remove_articles(pruned)
            new_ids.extend(self._newest(added))
            return FeedResult(feed.id, url, feed.title or parsed.title or url, len(added))
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
                feed.id, reason, when=_now(), gone=gone, retry_at=retry_at
            )
        except Exception:
            log.exception("could not record the error of feed %d", feed.id)
        return FeedResult(feed.id, feed.url, feed.title or feed.url, error=reason)

    def _newest(self, added: list[int]) -> list[int]:
        """The newest ``new_per_feed`` of one feed's new article ids."""
        if len(added) <= self._new_per_feed:
            return added
        articles = self._store.articles_by_ids(added)
        articles.sort(key=lambda a: a.published, reverse=True)
        return [a.id for a in articles[: self._new_per_feed]]

    def _page_queue(self, new_ids: list[int]) -> deque[int]:
        """The new articles, then older ones still waiting for their reader view (bounded)."""
        queue = deque(new_ids)
        seen = set(new_ids)
        extra = 0
        if self._backlog > 0:
            for article in self._store.pending_simplify(limit=self._backlog + len(new_ids)):
                if extra >= self._backlog:
                    break
                if article.id not in seen:
                    seen.add(article.id)
                    queue.append(article.id)
                    extra += 1
        return queue

    # -- one article ---------------------------------------------------------------------
    def simplify_article(self, article_id: int) -> SimplifiedArticle | None:
        """Simplify one article now (fetch its page, fall back to the feed's content) and cache it."""
        from reader.usecases.page_queue import PageRun

        run = PageRun(self, None, threading.Event())
        return run.one(self._store.article(article_id))

    def prioritize(self, article_id: int) -> None:
        """Thread-safe: simplify this article next in a running refresh (the opened article)."""
        with self._priority_lock:
            self._priority.pop(article_id, None)
            self._priority[article_id] = None

    def _take_priority(self) -> int | None:
        """The most recently prioritized article id, removed from the set (thread-safe)."""
        with self._priority_lock:
            if not self._priority:
                return None
            article_id = next(reversed(self._priority))
            del self._priority[article_id]
            return article_id

    # -- OPML ----------------------------------------------------------------------------
    def import_opml(self, data: bytes, *, folder: str | None = None) -> ImportReport:
        """Import an OPML file in one transaction (nothing fetched). Raises OpmlError."""
        from reader.core.feeds.opml import parse_opml

        document = parse_opml(data)
        folder_id = self._store.add_folder(folder).id if folder else None
        added, duplicates = self._store.import_opml(document, folder_id=folder_id)
        return ImportReport(added, duplicates, tuple(document.skipped))

    def export_opml(self) -> bytes:
        """All subscriptions as OPML."""
        from reader.core.feeds.opml import write_opml

        return write_opml(self._store.export_opml())

    def close(self) -> None:
        """Stop the thread pool (fetches in flight finish on their own deadline)."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- for reader.articles -------------------------------------------------------------
    @property
    def store(self) -> Store:
        """The profile's database (calling thread only)."""
        return self._store

    @property
    def cache(self) -> ArticleCache:
        """The profile's cache (thread-safe)."""
        return self._cache

    @property
    def fetcher(self) -> Fetcher:
        """The shared HTTP client (thread-safe)."""
        return self._fetcher

    @property
    def cpu(self) -> Executor | None:
        """The process pool for parsing and simplifying, if any."""
        return self._cpu

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """Run ``fn`` in the refresh's thread pool."""
        return self._pool.submit(fn, *args, **kwargs)

    @property
    def max_workers(self) -> int:
        """Threads in the pool."""
        return self._max_workers

    def allow_private(self, feed_url: str) -> bool:
        """May content of the feed at ``feed_url`` reach private addresses?"""
        return self._private.allows(feed_url)

    @property
    def prefetch_images(self) -> bool:
        """Whether simplified articles' images are cached."""
        return self._prefetch_images

    def take_priority(self) -> int | None:
        """The next article the user asked for, if any."""
        return self._take_priority()

    def feed_of(self, article: Article) -> Feed | None:
        """The feed of an article (``None`` when it was removed meanwhile)."""
        try:
            return self._store.feed(article.feed_id)
        except NotFoundError:
            return None


def _wait_words(until: datetime, now: datetime) -> str:
    """Why a held feed was not asked, in words (UTC, with the date when it is not today)."""
    until = until.astimezone(UTC)
    when = (
        f"{until:%H:%M}"
        if until.date() == now.astimezone(UTC).date()
        else f"{until:%Y-%m-%d %H:%M}"
    )
    return f"the server asked us to wait until {when} UTC"


def normalize_url(url: str) -> str:
    """A user-typed address as a URL: ``feed:`` mapped to https, a bare host given https."""
    url = url.strip()
    lower = url.lower()
    if lower.startswith("feed://"):
        return "https://" + url[len("feed://") :]
    if lower.startswith("feed:"):
        return url[len("feed:") :]
    if "://" not in url and not lower.startswith(("mailto:", "javascript:", "data:", "file:")):
        return "https://" + url
    return url
