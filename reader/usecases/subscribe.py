"""Subscriptions: add a feed (or the feed a web page announces), import and export OPML.

Like the refresh, plain synchronous Python for the command line and the window's worker thread;
the store is written only from the calling thread.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Executor
from datetime import UTC, datetime

from reader.core.feeds.truncated import CUT_SHORT, cut_inside_an_item
from reader.core.models import Feed
from reader.core.models_frozen import frozen_dataclass
from reader.core.parsed import DiscoveredFeed, ParsedFeed
from reader.core.sniff import feed_type_refused
from reader.core.urls import canonical_url
from reader.errors import (
    FIRST_NOT_MODIFIED,
    DuplicateFeedError,
    FeedError,
    MultipleFeedsError,
    StoreError,
)
from reader.net.http import Fetcher, FetchResult
from reader.store.db import Store
from reader.usecases.editions import ArticleLanguage
from reader.usecases.pages import PrivateHosts
from reader.usecases.pool import run_cpu

log = logging.getLogger(__name__)

Chooser = Callable[[list[DiscoveredFeed]], "DiscoveredFeed | None"]
"""Picks one of the feeds a page announces (``None``: none of them)."""

MAX_ENTRIES = 5_000
"""A fetch's items stored at most, the newest (a 15 MiB feed can list 150,000)."""
OFFERED = 50
"""A page's feeds offered to choose from at most (a page may announce 20,000)."""

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1"
)


@frozen_dataclass
class ImportReport:
    """What an OPML import did."""

    added: int
    duplicates: int
    skipped: tuple[str, ...] = ()


def now() -> datetime:
    """The time stamps of fetches and new articles (UTC)."""
    return datetime.now(UTC)


def parse_fetched(fetched: FetchResult, cpu: Executor | None) -> ParsedFeed:
    """Parse a fetched feed, in the process pool when one is given."""
    from reader.core.feeds.parse import parse_feed  # start-up: see Subscriber.subscribe

    return run_cpu(cpu, parse_feed, fetched.body, fetched.url, fetched.content_type, now=now())


def store_fetched(
    store: Store, feed_id: int, fetched: FetchResult, parsed: ParsedFeed, when: datetime
) -> list[int]:
    """Store a fetched feed's entries (the newest :data:`MAX_ENTRIES` of a longer list) and
    remember the fetch's success; the new article ids."""
    entries = parsed.entries
    if len(entries) > MAX_ENTRIES:
        log.warning(
            "feed %d lists %d items: keeping the newest %d", feed_id, len(entries), MAX_ENTRIES
        )
        entries = tuple(sorted(entries, key=lambda e: e.published or when, reverse=True))
        entries = entries[:MAX_ENTRIES]
    added = store.add_entries(feed_id, entries, now=when)
    store.record_fetch_success(
        feed_id,
        when=when,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        title=parsed.title or None,
        site_url=parsed.site_url or None,
        icon_url=parsed.icon_url or None,
    )
    return added


def normalize_url(url: str) -> str:
    """A user-typed address as a URL: ``feed:`` mapped to https, a bare host given https."""
    url = url.strip()
    lower = url.lower()
    if lower.startswith("feed://"):
        return canonical_url("https://" + url[len("feed://") :])
    if lower.startswith("feed:"):
        return canonical_url(url[len("feed:") :])
    if "://" not in url and not lower.startswith(("mailto:", "javascript:", "data:", "file:")):
        return canonical_url("https://" + url)
    return canonical_url(url)


class Subscriber:
    """Adds, imports and exports subscriptions of one profile."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        *,
        cpu: Executor | None = None,
        private: PrivateHosts | None = None,
        language: ArticleLanguage | None = None,
    ) -> None:
        """``language``: the reader's article language; a site's feed in it is offered first."""
        self._store = store
        self._fetcher = fetcher
        self._cpu = cpu
        self._private = private or PrivateHosts()
        self._language = language or ArticleLanguage()

    def subscribe(
        self, url: str, *, folder: str | None = None, choose: Chooser | None = None
    ) -> Feed:
        """Subscribe to a feed URL, or a web page's feed found by autodiscovery.

        Raises DuplicateFeedError when already subscribed, MultipleFeedsError when the page
        offers several feeds and ``choose`` is None (or returns None), FetchError/FeedError
        when nothing usable is there. Fetches and stores the feed's first articles.
        """
        # Imported here for start-up time: a refresh builds a Subscriber but parses through
        # feed_run, and one whose feeds all answer 304 never loads the parsers.
        from reader.core.feeds.discovery import by_language
        from reader.core.feeds.parse import discover_feeds, looks_like_html

        url = normalize_url(url)
        self._check_new(url)
        fetched = self._fetcher.fetch(url, accept=FEED_ACCEPT, refuse_type=feed_type_refused)
        if fetched.not_modified:
            raise FeedError(FIRST_NOT_MODIFIED)
        feed_url = fetched.permanent_url or url
        if looks_like_html(fetched.body, fetched.content_type):
            found = discover_feeds(fetched.body, fetched.url, fetched.content_type)
            found = by_language(found, self._language.get())
            if not found:
                raise FeedError("no feed found on this page")
            total, found = len(found), found[:OFFERED]
            picked = found[0] if len(found) == 1 else (choose(found) if choose else None)
            if picked is None:
                raise MultipleFeedsError(url, list(found), total)
            feed_url = picked.url
            self._check_new(feed_url)
            # The page chose this address, not the user: a public page may not point us at a
            # loopback or intranet host (RELIABILITY N3); an intranet page may.
            fetched = self._fetcher.fetch(
                feed_url,
                accept=FEED_ACCEPT,
                allow_private=self._private.allows(fetched.url),
                refuse_type=feed_type_refused,
            )
            feed_url = fetched.permanent_url or feed_url
        if feed_url != url:
            self._check_new(feed_url)
        if canonical_url(fetched.url) != feed_url:  # a temporary redirect to a subscribed feed
            self._check_new(canonical_url(fetched.url))
        parsed = parse_fetched(fetched, self._cpu)
        if cut_inside_an_item(fetched.body):  # its last item would be stored half-written
            raise FeedError(f"{CUT_SHORT}; not subscribed, try again later")
        return self._store_new(feed_url, folder, fetched, parsed)

    def _store_new(
        self, feed_url: str, folder: str | None, fetched: FetchResult, parsed: ParsedFeed
    ) -> Feed:
        """Store the new feed and its first articles: all or nothing, so that a feed the user
        was told failed (a full disk, the file size limit while its articles were written)
        does not stay subscribed, empty."""
        folder_id = self._store.add_folder(folder).id if folder else None
        feed = self._store.add_feed(
            feed_url, parsed.title, folder_id=folder_id, site_url=parsed.site_url
        )
        try:
            store_fetched(self._store, feed.id, fetched, parsed, now())
        except StoreError:
            with contextlib.suppress(StoreError):
                self._store.remove_feed(feed.id)
            raise
        log.info("subscribed to %s (%d entries)", feed_url, len(parsed.entries))
        return self._store.feed(feed.id)

    def _check_new(self, url: str) -> None:
        """Raise DuplicateFeedError when ``url`` is a subscribed feed's address, also written
        with the other of http/https or with tracking parameters (``?utm_source=...``): the
        rule of :func:`~reader.core.urls.feed_key`, which OPML import applies too."""
        existing = self._store.feed_at(url)
        if existing is not None:
            raise DuplicateFeedError(url, existing.id)

    def import_opml(self, data: bytes, *, folder: str | None = None) -> ImportReport:
        """Import an OPML file in one transaction (nothing fetched). Raises OpmlError."""
        from reader.core.feeds.opml import parse_opml  # start-up: a refresh needs no OPML

        document = parse_opml(data)
        before = {f.id for f in self._store.folders()}
        folder_id = self._store.add_folder(folder).id if folder else None
        added, duplicates = self._store.import_opml(document, folder_id=folder_id)
        self._drop_new_empty_folders(before)
        return ImportReport(added, duplicates, tuple(document.skipped))

    def _drop_new_empty_folders(self, before: set[int]) -> None:
        """Folders the import made that hold nothing (their feeds were all subscribed already,
        and stay where they are): removed, innermost first."""
        while True:
            folders = self._store.folders()
            used = {f.folder_id for f in self._store.feeds()} | {f.parent_id for f in folders}
            empty = [f.id for f in folders if f.id not in before and f.id not in used]
            if not empty:
                return
            for folder_id in empty:
                self._store.remove_folder(folder_id)

    def export_opml(self) -> bytes:
        """All subscriptions as OPML."""
        from reader.core.feeds.opml import write_opml  # start-up: see import_opml

        return write_opml(self._store.export_opml())
