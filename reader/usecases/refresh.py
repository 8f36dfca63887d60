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
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import datetime

from reader.core.feed_settings import is_due
from reader.core.models import Feed
from reader.core.parsed import SimplifiedArticle
from reader.core.refresh_results import FeedResult, RefreshSummary
from reader.errors import NotFoundError, ReaderError
from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.editions import Missing, fetch_edition, switch_edition
from reader.usecases.feed_run import FeedCallback, FeedRun
from reader.usecases.feed_store import FeedStorer
from reader.usecases.pages import (
    ArticleCallback,
    PageRun,
    PageTools,
    Priority,
    PrivateHosts,
    page_queue,
    simplify_page,
)
from reader.usecases.parse_process import ParseProcess
from reader.usecases.subscribe import Chooser, Subscriber
from reader.usecases.subscribe import (
    ImportReport as ImportReport,  # re-exported: what import_opml returns
)

__all__ = ["FeedCallback", "ImportReport", "Refresher", "due_feeds", "has_own_intervals"]

log = logging.getLogger(__name__)


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
        parser: ParseProcess | None = None,
    ) -> None:
        """``backlog``: at most this many older, not yet simplified articles are retried per
        refresh; ``new_per_feed``: at most this many of one feed's new articles have their page
        fetched in one refresh (a feed that arrives with years of entries must not make us
        fetch them all; the rest wait to be opened); ``prefetch_images``: cache the images of
        simplified articles; ``parse_here``: with a process pool, parse the feeds that need
        feedparser in this process too, one at a time, whenever that lane is free (the command
        line, whose own threads mostly wait; never in the GUI process, whose thread must not
        wait for the GIL). Well-formed feeds are parsed by the fast path in the fetching
        threads either way (in the GUI process one at a time), unless ``parser``, a forked
        parsing process (the command line's), parses every feed."""
        self._store = store
        self._cache = cache
        self._fetcher = fetcher
        self._cpu = cpu
        self._max_workers = max(1, max_workers)
        self._backlog = backlog
        self._pool = ThreadPoolExecutor(self._max_workers, thread_name_prefix="refresh")
        self._priority = Priority()
        private = PrivateHosts()
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
        self._feeds = FeedRun(
            store,
            fetcher,
            FeedStorer(store, cache, new_per_feed=new_per_feed),
            self._pool,
            max_workers=self._max_workers,
            cpu=cpu,
            parse_here=parse_here,
            parser=parser,
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
        synced = self._store.synced_feed_ids()
        feeds = [feed for feed in feeds if feed.id not in synced]
        results: list[FeedResult] = []
        new_ids: list[int] = []
        self._feeds.run(feeds, results, new_ids, on_feed, stop)
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
