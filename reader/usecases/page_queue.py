"""The second half of a refresh: fetch and simplify article pages, cache them and their images.

Pages and images are fetched in the Refresher's thread pool, a few at a time so that an article
the user opens (``Refresher.prioritize``) jumps the queue; simplifying runs in the process pool
when there is one, else here; the store is written only from the calling thread.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, wait
from typing import TYPE_CHECKING, Any, NamedTuple

from reader.core.images import image_urls
from reader.core.models import Article, SimplifiedArticle
from reader.errors import FetchError, NotFoundError, ReaderError
from reader.usecases import pages

if TYPE_CHECKING:
    from reader.usecases.refresh import ArticleCallback, Refresher

log = logging.getLogger(__name__)

_TICK = 0.2  # seconds between looks at ``cancel`` and the priority set
_TRANSIENT_KINDS = frozenset({"timeout", "connection", "dns", "refused", "retry_later"})


class Outcome(NamedTuple):
    """What one article's page gave: ``source`` page/feed/failed, the article to show, and
    whether the page should be tried again later (a passing network failure)."""

    source: str
    article: SimplifiedArticle | None
    retry: bool = False
    images: tuple[str, ...] = ()


def is_transient(err: FetchError) -> bool:
    """A failure that may go away by itself (offline, timeout, server error, held host)."""
    return err.kind in _TRANSIENT_KINDS or (err.status is not None and err.status >= 500)


class PageRun:
    """One pass over a queue of articles (or a single article) for one refresh."""

    def __init__(
        self, refresher: Refresher, on_article: ArticleCallback | None, stop: threading.Event
    ) -> None:
        self._r = refresher
        self._on_article = on_article
        self._stop = stop
        self._started: set[int] = set()
        self._images: deque[tuple[str, bool]] = deque()
        self._images_seen: set[str] = set()
        self.simplified = 0
        self.failed = 0

    # -- the whole queue -----------------------------------------------------------------
    def run(self, queue: deque[int]) -> tuple[int, int]:
        """Simplify the queued articles (and any prioritized ones); returns (done, failed)."""
        running: dict[Future[Any], tuple[str, Any]] = {}
        while True:
            while len(running) < self._r.max_workers and not self._stop.is_set():
                if not self._submit_next(queue, running):
                    break
            if self._stop.is_set():
                for future in running:
                    future.cancel()
                break
            if not running:
                break
            finished, _ = wait(running, timeout=_TICK, return_when=FIRST_COMPLETED)
            for future in finished:
                kind, payload = running.pop(future)
                if kind == "page":
                    article, allow, urgent = payload
                    self._finish(article, self._outcome(future, article), allow, urgent)
                else:
                    future.result()  # image tasks log their own failures
        return self.simplified, self.failed

    def _submit_next(self, queue: deque[int], running: dict[Future[Any], tuple[str, Any]]) -> bool:
        """Start the next piece of work; False when there is none right now."""
        article, urgent = self._next_article(queue, images_first=True)
        if article is None and self._images:
            url, allow = self._images.popleft()
            running[self._r.submit(self._fetch_image, url, allow)] = ("image", url)
            return True
        if article is None:
            return False
        self._started.add(article.id)
        allow = self._allow(article)
        future = self._r.submit(self._page_task, article, allow)
        running[future] = ("page", (article, allow, urgent))
        return True

    def _next_article(
        self, queue: deque[int], *, images_first: bool
    ) -> tuple[Article | None, bool]:
        """A prioritized article first; then (unless images wait) the queue's next one."""
        while (article_id := self._r.take_priority()) is not None:
            if article_id in self._started or self._r.cache.has_article(article_id):
                continue
            article = self._article(article_id)
            if article is not None:
                return article, True
        if images_first and self._images:
            return None, False
        while queue:
            article_id = queue.popleft()
            if article_id in self._started:
                continue
            article = self._article(article_id)
            if article is not None and article.simplified is None:
                return article, False
        return None, False

    def _article(self, article_id: int) -> Article | None:
        try:
            return self._r.store.article(article_id)
        except NotFoundError:  # pruned or unsubscribed meanwhile
            return None

    def _allow(self, article: Article) -> bool:
        feed = self._r.feed_of(article)
        return feed is not None and self._r.allow_private(feed.url)

    # -- one article ---------------------------------------------------------------------
    def one(self, article: Article) -> SimplifiedArticle | None:
        """Simplify ``article`` now, in this thread; its images are fetched before returning."""
        allow = self._allow(article)
        outcome = self._page_task(article, allow)
        self._finish(article, outcome, allow, urgent=False)
        self._drain_images()
        return outcome.article

    def _drain_images(self) -> None:
        futures = []
        while self._images:
            url, allow = self._images.popleft()
            futures.append(self._r.submit(self._fetch_image, url, allow))
        while futures and not self._stop.is_set():
            _, pending = wait(futures, timeout=_TICK)
            futures = list(pending)

    # -- pool threads --------------------------------------------------------------------
    def _page_task(self, article: Article, allow: bool) -> Outcome:
        """In a pool thread: fetch and simplify the page (in the process pool when given), pick
        it or the feed's content, and write the cache; the store is left to the calling thread."""
        page: SimplifiedArticle | None = None
        retry = False
        if article.link:
            try:
                page = self._simplify(article.link, allow)
            except FetchError as err:
                retry = is_transient(err)
                log.info("page of article %d not fetched: %s", article.id, err)
            except ReaderError as err:
                log.info("page of article %d not used: %s", article.id, err)
        source, chosen = pages.choose(article, page)
        if chosen is not None:
            try:
                self._r.cache.put_article(article.id, chosen)
            except (ReaderError, OSError) as err:  # shown from the feed or simplified again
                log.warning("could not cache article %d: %s", article.id, err)
        images = (
            tuple(image_urls(chosen, pages.MAX_IMAGES_PER_ARTICLE))
            if chosen and self._r.prefetch_images
            else ()
        )
        return Outcome(source, chosen, retry and source != "page", images)

    def _simplify(self, url: str, allow: bool) -> SimplifiedArticle:
        from reader.core.simplify.pipeline import MAX_PAGE_BYTES

        fetched = self._r.fetcher.fetch(
            url, allow_private=allow, accept=pages.PAGE_ACCEPT, max_bytes=MAX_PAGE_BYTES
        )
        return pages.run_cpu(
            self._r.cpu, pages.simplify_page, fetched.body, fetched.content_type, fetched.url
        )

    def _fetch_image(self, url: str, allow_private: bool) -> None:
        """In a pool thread: cache one image (image types only, size-capped); never raises."""
        try:
            if self._r.cache.has_image(url):
                return
            fetched = self._r.fetcher.fetch(
                url,
                allow_private=allow_private,
                accept=pages.IMAGE_ACCEPT,
                max_bytes=pages.IMAGE_MAX_BYTES,
            )
            mime = fetched.content_type.split(";", 1)[0].strip().lower()
            if not mime.startswith("image/"):
                log.info("not caching %s: not an image (%s)", url, mime or "no type")
                return
            self._r.cache.put_image(url, fetched.body, mime)
        except (ReaderError, OSError) as err:
            log.info("image %s not cached: %s", url, err)
        except Exception:
            log.exception("image %s not cached", url)

    # -- calling thread ------------------------------------------------------------------
    def _outcome(self, future: Future[Any], article: Article) -> Outcome:
        try:
            outcome: Outcome = future.result()
            return outcome
        except (ReaderError, OSError) as err:
            log.warning("could not keep the reader view of article %d: %s", article.id, err)
        except Exception:
            log.exception("simplifying article %d (%s) failed", article.id, article.link)
        return Outcome("failed", None)

    def _finish(self, article: Article, outcome: Outcome, allow: bool, urgent: bool) -> None:
        """Record where the reader view came from, count it, queue its images.

        After a passing network failure the feed's content is cached but nothing is recorded,
        so a later refresh (or opening the article) tries the page again."""
        source, chosen = outcome.source, outcome.article
        try:
            if not outcome.retry:
                self._r.store.set_simplified(article.id, source, chosen.text if chosen else "")
        except ReaderError as err:  # e.g. the article was pruned meanwhile
            log.warning("could not record the reader view of article %d: %s", article.id, err)
        if source == "failed":
            self.failed += 1
        else:
            self.simplified += 1
        if self._on_article is not None:
            self._on_article(article.id, source)
        if outcome.images:
            self._queue_images(outcome.images, allow, urgent)

    def _queue_images(self, urls: tuple[str, ...], allow: bool, urgent: bool) -> None:
        fresh = [u for u in urls if u not in self._images_seen]
        self._images_seen.update(fresh)
        if urgent:
            self._images.extendleft((u, allow) for u in reversed(fresh))
        else:
            self._images.extend((u, allow) for u in fresh)
