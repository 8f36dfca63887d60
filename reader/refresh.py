"""The use cases, in plain synchronous Python: subscribe, refresh feeds, simplify articles, OPML.

Used by the command line directly and by the window's Worker (in its QThread). Network waits
overlap in a thread pool (bounded per host by the Fetcher); parsing and simplifying may run in a
process pool (``cpu``) so the GUI thread is never starved; every database write happens in the
calling thread (the Store belongs to it).

CONTRACT STUB: the refresh helper replaces the bodies; keep the public names and signatures.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass

from reader.core.models import DiscoveredFeed, Feed, FeedResult, RefreshSummary, SimplifiedArticle
from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store

FeedCallback = Callable[[FeedResult, int, int], None]
"""Called after each feed: (its result, feeds done, feeds in all)."""
ArticleCallback = Callable[[int, str], None]
"""Called after each article is simplified: (article id, source ``page``/``feed``/``failed``)."""
Chooser = Callable[[list[DiscoveredFeed]], "DiscoveredFeed | None"]


@dataclass(frozen=True)
class ImportReport:
    """What an OPML import did."""

    added: int
    duplicates: int
    skipped: tuple[str, ...] = ()


class Refresher:
    """Runs the use cases against one profile's store, cache and HTTP client."""

    def __init__(
        self,
        store: Store,
        cache: ArticleCache,
        fetcher: Fetcher,
        *,
        cpu: Executor | None = None,
        max_workers: int = 8,
    ) -> None:
        raise NotImplementedError

    def subscribe(
        self, url: str, *, folder: str | None = None, choose: Chooser | None = None
    ) -> Feed:
        """Subscribe to a feed URL, or a web page's feed found by autodiscovery.

        Raises DuplicateFeedError when already subscribed, MultipleFeedsError when the page
        offers several feeds and ``choose`` is None (or returns None), FetchError/FeedError
        when nothing usable is there. Fetches and stores the feed's first articles.
        """
        raise NotImplementedError

    def refresh(
        self,
        feed_ids: Sequence[int] | None = None,
        *,
        simplify: bool = True,
        on_feed: FeedCallback | None = None,
        on_article: ArticleCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> RefreshSummary:
        """Fetch feeds (all when ``feed_ids`` is None), store new entries, then (``simplify``)
        fetch and simplify the new articles' pages into the cache. One bad feed never stops
        the others; ``cancel`` stops soon, keeping what is done."""
        raise NotImplementedError

    def simplify_article(self, article_id: int) -> SimplifiedArticle | None:
        """Simplify one article now (fetch its page, fall back to the feed's content) and cache it."""
        raise NotImplementedError

    def prioritize(self, article_id: int) -> None:
        """Thread-safe: simplify this article next in a running refresh (the opened article)."""
        raise NotImplementedError

    def import_opml(self, data: bytes, *, folder: str | None = None) -> ImportReport:
        """Import an OPML file in one transaction (nothing fetched). Raises OpmlError."""
        raise NotImplementedError

    def export_opml(self) -> bytes:
        """All subscriptions as OPML."""
        raise NotImplementedError

    def close(self) -> None:
        """Stop the thread pool."""
        raise NotImplementedError
