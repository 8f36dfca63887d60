"""The refresh's store step: finished feeds written a batch at a time (one transaction, one
savepoint per feed), the failures recorded, the new articles to simplify picked.

Runs in the thread that owns the Store (:mod:`reader.usecases.feed_run` hands it the finished
fetches); a feed is reported only once its batch is committed.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from datetime import datetime

from reader.core.feeds.truncated import CUT_SHORT as CUT_SHORT_WORDS
from reader.core.feeds.truncated import cut_inside_an_item
from reader.core.models import Feed
from reader.core.parsed import ParsedFeed
from reader.core.redact import redact_url
from reader.core.refresh_results import FeedResult
from reader.core.urls import canonical_url, feed_key
from reader.errors import (
    FIRST_NOT_MODIFIED,
    FeedError,
    GoneError,
    ReaderError,
    RetryLaterError,
    StoreError,
)
from reader.net.http import FetchResult
from reader.store.batch import BatchLost
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.subscribe import now, store_fetched

log = logging.getLogger(__name__)

CUT_SHORT = f"{CUT_SHORT_WORDS}; nothing updated"

Fetched = tuple[FetchResult, ParsedFeed | None]
"""What one feed's fetch gave: the response and its parse (None when not modified)."""


class FeedStorer:
    """Stores what the fetches of a refresh gave, in batches (see :meth:`store_batch`)."""

    def __init__(self, store: Store, cache: ArticleCache, *, new_per_feed: int) -> None:
        """``new_per_feed``: at most this many of one feed's new articles are picked for
        simplifying (the rest wait to be opened)."""
        self._store = store
        self._cache = cache
        self._new_per_feed = max(0, new_per_feed)
        self._moves: dict[int, str] | None = None
        """Feed id -> the permanent redirect it last answered (read once per batch)."""

    def store_batch(
        self, done: list[tuple[Feed, Future[Fetched]]], new_ids: list[int]
    ) -> list[FeedResult]:
        """Store finished feeds in one transaction, each in its own savepoint (a feed that
        fails is undone alone); the results, to be reported only now that they are committed.
        The new articles to simplify are added to ``new_ids``."""
        added: list[int] = []
        pruned: list[int] = []
        self._moves = None  # read again for each batch: feeds come and go between refreshes
        try:
            with self._store.batch():
                results = [self._handle_feed(f, future, added, pruned) for f, future in done]
        except StoreError as err:  # the commit failed (e.g. a full disk): none of it is stored
            log.warning("storing %d feeds failed: %s", len(done), err)
            return [self.failed(feed, str(err)) for feed, _ in done]
        if pruned:
            try:
                self._cache.remove_articles(pruned)
            except (ReaderError, OSError):
                log.warning("could not remove pruned articles from the cache", exc_info=True)
        new_ids.extend(added)
        return results

    def _handle_feed(
        self, feed: Feed, future: Future[Fetched], new_ids: list[int], pruned: list[int]
    ) -> FeedResult:
        """Inside a batch: store what one feed's fetch gave (in its own savepoint), or record
        why it failed."""
        title = feed.title or redact_url(feed.url)
        try:
            fetched, parsed = future.result()
            with self._store.savepoint():
                when = now()
                url = self._follow_permanent(feed, fetched)
                if fetched.not_modified and feed.last_updated is None:
                    raise FeedError(FIRST_NOT_MODIFIED)  # else it stays empty, silently
                if fetched.not_modified or parsed is None:
                    self._store.record_fetch_success(
                        feed.id,
                        when=when,
                        etag=fetched.etag or feed.etag,
                        last_modified=fetched.last_modified or feed.last_modified,
                    )
                    return FeedResult(feed.id, url, title, not_modified=True)
                if cut_inside_an_item(fetched.body):
                    raise FeedError(CUT_SHORT)  # its last item's text would replace the whole
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
            return self.failed(feed, str(err), gone=True)
        except RetryLaterError as err:
            return self.failed(feed, str(err), retry_at=err.retry_at)
        except ReaderError as err:
            return self.failed(feed, str(err))
        except Exception as err:  # a bug must not stop the other feeds
            log.exception("refreshing %s failed unexpectedly", feed.url)
            return self.failed(feed, f"internal error: {err!r}")

    def _follow_permanent(self, feed: Feed, fetched: FetchResult) -> str:
        """The feed's address from now on: a permanent redirect's target when it can move and
        the feed's previous answer was the same redirect (:mod:`reader.store.moves`).
        Raises FeedError when a redirect ends at another subscribed feed's address: storing
        its content here would show each of its articles twice."""
        final = canonical_url(fetched.url)
        if final != feed.url:
            other = self._other_feed_at(feed, final)
            if other is not None:
                name = " ".join((other.title or redact_url(other.url)).split())[:80]
                moved = "moved" if fetched.permanent_url else "redirected"
                raise FeedError(f"{moved} to the address of '{name}'; already subscribed")
        new_url = final if fetched.permanent_url else None
        if self._moves is None:
            self._moves = self._store.noted_moves()
        noted = self._moves.pop(feed.id, None)
        if not new_url or new_url == feed.url:
            if noted is not None:  # answered without the redirect: it was not a move
                self._store.forget_move(feed.id)
            return feed.url
        if noted != new_url:  # the first time: noted; the feed moves when it repeats (N6)
            self._store.note_move(feed.id, new_url, now())
            self._moves[feed.id] = new_url
            log.info("feed %d answered a permanent redirect to %s (noted)", feed.id, new_url)
            return feed.url
        self._store.forget_move(feed.id)
        try:
            self._store.set_feed_url(feed.id, new_url)
        except StoreError as err:  # e.g. already subscribed at the new address
            log.warning("keeping %s: cannot move it to %s (%s)", feed.url, new_url, err)
            return feed.url
        log.info("feed %d moved permanently: %s -> %s", feed.id, feed.url, new_url)
        return new_url

    def _other_feed_at(self, feed: Feed, url: str) -> Feed | None:
        """Another subscribed feed at ``url``, also under another spelling of it (tracking
        parameters, http vs https: :func:`~reader.core.urls.feed_key`, the rule of "already
        subscribed"). Asked only when a fetch was redirected."""
        other = self._store.feed_by_url(url)
        if other is None and feed_key(url) != feed_key(feed.url):  # not its own, respelled
            other = self._store.feed_at(url)
        return other if other is not None and other.id != feed.id else None

    def failed(
        self, feed: Feed, reason: str, *, gone: bool = False, retry_at: datetime | None = None
    ) -> FeedResult:
        """Record why ``feed`` could not be refreshed; its result, saying so."""
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
