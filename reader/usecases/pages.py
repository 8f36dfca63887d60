"""Article pages: fetch and simplify them, fall back to the feed's content, cache them and their
images.

A :class:`PageRun` gets only the services it needs (:class:`PageTools`), never the Refresher.
Pages and images are fetched in the given thread pool, a few at a time, so that an article the
user opens (:class:`Priority`) jumps the queue; simplifying runs in the process pool when there
is one (:func:`simplify_page` is top-level and picklable for that), else here; the store is
written only from the calling thread.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from reader.core.images import image_urls
from reader.core.models import Article
from reader.core.parsed import SimplifiedArticle
from reader.core.simplify.text import html_to_text
from reader.core.sniff import image_type_refused, not_a_page
from reader.errors import ExtractError, FetchError, NotFoundError, ReaderError
from reader.net.addresses import host_is_private
from reader.usecases.editions import (
    ArticleLanguage,
    Missing,
    fetch_edition,
    fetch_page,
    is_transient,
    prefer_language,
)
from reader.usecases.pool import run_cpu

if TYPE_CHECKING:  # types only: a worker process unpickling simplify_page loads no store or HTTP
    from reader.net.http import Fetcher
    from reader.store.cache import ArticleCache
    from reader.store.db import Store

log = logging.getLogger(__name__)

ArticleCallback = Callable[[int, str], None]
"""Called after each article is simplified: (article id, source ``page``/``feed``/``failed``)."""

IMAGE_ACCEPT = "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8"
IMAGE_MAX_BYTES = 5 * 1024 * 1024
MAX_IMAGES_PER_ARTICLE = 30

_TICK = 0.2  # seconds between looks at ``stop`` and the priority set


# -- choosing what the article pane shows ----------------------------------------------------
def simplify_page(body: bytes, content_type: str, url: str) -> SimplifiedArticle:
    """Decode and simplify a fetched page (ExtractError: empty, not HTML or no article in it)."""
    if not body.lstrip(b"\xef\xbb\xbf").strip():
        raise ExtractError("the server sent an empty page")
    kind = not_a_page(body, content_type)  # a PDF or a program served as text/html too
    if kind:
        raise ExtractError(f"the article's address is not a web page ({kind})")
    from reader.core.simplify.pipeline import decode_html, simplify  # start-up: pages only

    return simplify(decode_html(body, content_type), url)


def from_feed(article: Article, page: SimplifiedArticle | None = None) -> SimplifiedArticle | None:
    """The article as the feed gave it (full content, else summary); ``None`` when it has neither.

    Language, direction and lead image are taken from the page when one was simplified.
    """
    html = article.content_html if article.content_html.strip() else article.summary_html
    if not html.strip():
        return None
    return SimplifiedArticle(
        title=article.title or (page.title if page else ""),
        byline=article.author or (page.byline if page else ""),
        published=article.published,
        lead_image=article.image_url or (page.lead_image if page else ""),
        lang=page.lang if page else "",
        direction=page.direction if page else "ltr",
        html=html,
        text=html_to_text(html),
    )


def choose(
    article: Article, page: SimplifiedArticle | None
) -> tuple[str, SimplifiedArticle | None]:
    """Pick what the article pane shows: ``("page"|"feed"|"failed", article or None)``.

    The page wins unless it is missing, empty, or shorter than the feed's own *full* content
    (a summary never beats a page).
    """
    own = article.content_html
    own_length = len(html_to_text(own).strip()) if own.strip() else 0
    if page is not None and page.text.strip() and len(page.text.strip()) >= own_length:
        if not page.title:
            page = dataclasses.replace(page, title=article.title)
        if not page.published and article.published:
            page = dataclasses.replace(page, published=article.published)
        return "page", page
    fallback = from_feed(article, page)
    return ("feed", fallback) if fallback is not None else ("failed", None)


# -- what a run is given ---------------------------------------------------------------------
class PrivateHosts:
    """Remembers whether a feed's host is loopback/private/link-local (thread-safe).

    Content-derived URLs (article pages, images) may reach such addresses only when the feed
    itself lives there: a feed on an intranet can link to its intranet, a public one cannot.
    """

    def __init__(self) -> None:
        self._known: dict[str, bool] = {}
        self._lock = threading.Lock()

    def allows(self, feed_url: str) -> bool:
        """True when ``feed_url``'s host is not public (so its content may be private too)."""
        try:
            host = (urlsplit(feed_url).hostname or "").lower()
        except ValueError:
            return False
        if not host:
            return False
        with self._lock:
            known = self._known.get(host)
        if known is None:
            known = host_is_private(host)
            with self._lock:
                self._known[host] = known
        return known


class Priority:
    """The articles the user opened during a refresh, most recent first (thread-safe)."""

    def __init__(self) -> None:
        self._ids: dict[int, None] = {}
        self._lock = threading.Lock()

    def add(self, article_id: int) -> None:
        """Simplify this article next."""
        with self._lock:
            self._ids.pop(article_id, None)
            self._ids[article_id] = None

    def take(self) -> int | None:
        """The most recently added article id, removed from the set; ``None`` when empty."""
        with self._lock:
            if not self._ids:
                return None
            article_id = next(reversed(self._ids))
            del self._ids[article_id]
            return article_id


@dataclasses.dataclass(frozen=True)
class PageTools:
    """The services article pages use: the store (calling thread only), the cache and the
    fetcher (thread-safe), the thread pool for fetches and its size, the process pool (if any)
    for simplifying, which hosts may be private, what the user asked for first, the language
    the reader wants articles in (:mod:`reader.usecases.editions`)."""

    store: Store
    cache: ArticleCache
    fetcher: Fetcher
    threads: Executor
    max_workers: int
    cpu: Executor | None
    private: PrivateHosts
    priority: Priority
    prefetch_images: bool = True
    language: ArticleLanguage = dataclasses.field(default_factory=ArticleLanguage)


def page_queue(store: Store, new_ids: list[int], backlog: int) -> deque[int]:
    """The new articles, then at most ``backlog`` older ones still waiting for their reader view."""
    queue = deque(new_ids)
    seen = set(new_ids)
    if backlog > 0:
        waiting = store.pending_simplify(limit=backlog + len(new_ids))
        queue.extend([a.id for a in waiting if a.id not in seen][:backlog])
    return queue


class Outcome(NamedTuple):
    """What one article's page gave: ``source`` page/feed/failed, the article to show, whether
    the page should be tried again later (a passing network failure), its images."""

    source: str
    article: SimplifiedArticle | None
    retry: bool = False
    images: tuple[str, ...] = ()


# -- one pass over the queue -----------------------------------------------------------------
class PageRun:
    """One pass over a queue of articles (or a single article)."""

    def __init__(
        self,
        tools: PageTools,
        on_article: ArticleCallback | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self._t = tools
        self._on_article = on_article
        self._stop = stop or threading.Event()
        self._started: set[int] = set()
        self._images: deque[tuple[str, bool]] = deque()
        self._images_seen: set[str] = set()
        self.simplified = 0
        self.failed = 0

    def run(self, queue: deque[int]) -> tuple[int, int]:
        """Simplify the queued articles (and any prioritized ones); returns (done, failed)."""
        running: dict[Future[Any], tuple[Article, bool, bool] | None] = {}
        while True:
            while len(running) < self._t.max_workers and not self._stop.is_set():
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
                page = running.pop(future)
                if page is None:
                    future.result()  # image tasks log their own failures
                else:
                    article, allow, urgent = page
                    self._finish(article, self._outcome(future, article), allow, urgent)
        return self.simplified, self.failed

    def one(self, article: Article) -> SimplifiedArticle | None:
        """Simplify ``article`` now, in this thread; its images are fetched before returning."""
        allow = self._allow(article)
        outcome = self._page_task(article, allow)
        self._finish(article, outcome, allow, urgent=False)
        futures = [self._t.threads.submit(self._fetch_image, *image) for image in self._images]
        self._images.clear()
        while futures and not self._stop.is_set():
            _, pending = wait(futures, timeout=_TICK)
            futures = list(pending)
        return outcome.article

    def _submit_next(
        self, queue: deque[int], running: dict[Future[Any], tuple[Article, bool, bool] | None]
    ) -> bool:
        """Start the next piece of work; False when there is none right now."""
        article, urgent = self._next_article(queue)
        if article is None and self._images:
            running[self._t.threads.submit(self._fetch_image, *self._images.popleft())] = None
            return True
        if article is None:
            return False
        self._started.add(article.id)
        allow = self._allow(article)
        running[self._t.threads.submit(self._page_task, article, allow)] = (article, allow, urgent)
        return True

    def _next_article(self, queue: deque[int]) -> tuple[Article | None, bool]:
        """A prioritized article first; then (unless images wait) the queue's next one."""
        while (article_id := self._t.priority.take()) is not None:
            if article_id in self._started or self._t.cache.has_article(article_id):
                continue
            article = self._article(article_id)
            if article is not None:
                return article, True
        if self._images:
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
            return self._t.store.article(article_id)
        except NotFoundError:  # pruned or unsubscribed meanwhile
            return None

    def _allow(self, article: Article) -> bool:
        """May this article's page and images be on a private address (its feed's is)?"""
        try:
            feed = self._t.store.feed(article.feed_id)
        except NotFoundError:  # the feed was removed meanwhile
            return False
        return self._t.private.allows(feed.url)

    # -- pool threads --------------------------------------------------------------------
    def _page_task(self, article: Article, allow: bool) -> Outcome:
        """In a pool thread: fetch and simplify the page (in the process pool when given), pick
        it or the feed's content, and write the cache; the store is left to the calling thread."""
        page: SimplifiedArticle | None = None
        page_url = ""
        retry = False
        if article.link:
            try:
                fetched = fetch_page(self._t.fetcher, article.link, allow)
                page = run_cpu(
                    self._t.cpu, simplify_page, fetched.body, fetched.content_type, fetched.url
                )
                page_url = fetched.url
            except FetchError as err:
                retry = is_transient(err)
                log.info("page of article %d not fetched: %s", article.id, err)
            except ReaderError as err:
                log.info("page of article %d not used: %s", article.id, err)
        source, chosen = choose(article, page)
        if source == "page" and chosen is not None:
            chosen = self._in_language(chosen, page_url, allow)
        if chosen is not None:
            try:
                self._t.cache.put_article(article.id, chosen)
            except (ReaderError, OSError) as err:  # shown from the feed or simplified again
                log.warning("could not cache article %d: %s", article.id, err)
        images: tuple[str, ...] = ()
        if chosen is not None and self._t.prefetch_images:
            # the kept editions' too: switching edition offline then shows its pictures
            editions = (chosen, *chosen.editions)
            images = tuple(dict.fromkeys(u for e in editions for u in image_urls(e)))
            images = images[:MAX_IMAGES_PER_ARTICLE]
        return Outcome(source, chosen, retry and source != "page", images)

    def _in_language(self, page: SimplifiedArticle, url: str, allow: bool) -> SimplifiedArticle:
        """The page's edition in the reader's article language when it offers one (under the
        page's own address rules), with the original kept beside it; else the page."""

        def fetch(choice: tuple[str, str]) -> SimplifiedArticle | Missing:
            return fetch_edition(self._t.fetcher, simplify_page, self._t.cpu, choice, allow)

        return prefer_language(page, url, self._t.language.get(), fetch)

    def _fetch_image(self, url: str, allow_private: bool) -> None:
        """In a pool thread: cache one image (image types only, size-capped); never raises."""
        try:
            if self._t.cache.has_image(url):
                return
            fetched = self._t.fetcher.fetch(
                url,
                allow_private=allow_private,
                accept=IMAGE_ACCEPT,
                max_bytes=IMAGE_MAX_BYTES,
                refuse_type=image_type_refused,
            )
            self._t.cache.put_image(url, fetched.body, fetched.content_type)
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
                self._t.store.set_simplified(article.id, source, chosen.text if chosen else "")
        except ReaderError as err:  # e.g. the article was pruned meanwhile
            log.warning("could not record the reader view of article %d: %s", article.id, err)
        if source == "failed":
            self.failed += 1
        else:
            self.simplified += 1
        if self._on_article is not None:
            self._on_article(article.id, source)
        fresh = [u for u in outcome.images if u not in self._images_seen]
        self._images_seen.update(fresh)
        if urgent:  # the opened article's images before anything else
            self._images.extendleft((u, allow) for u in reversed(fresh))
        else:
            self._images.extend((u, allow) for u in fresh)
