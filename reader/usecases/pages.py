"""Article pages: simplify a fetched page, fall back to the feed's own content.

Helpers of :mod:`reader.usecases.refresh`. :func:`simplify_page` is a top-level, picklable function so it
can run in a process pool; everything else here is cheap and runs in the calling thread.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor
from typing import Any, TypeVar
from urllib.parse import urlsplit

from reader.core.models import Article, SimplifiedArticle
from reader.errors import ExtractError
from reader.net.addresses import host_is_private

log = logging.getLogger(__name__)

T = TypeVar("T")

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
IMAGE_ACCEPT = "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8"
IMAGE_MAX_BYTES = 5 * 1024 * 1024
MAX_IMAGES_PER_ARTICLE = 30

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


def run_cpu(cpu: Executor | None, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` in the process pool when there is one, else (or when the pool
    is broken, e.g. a frozen app that cannot start processes) in this thread."""
    if cpu is not None:
        try:
            return cpu.submit(fn, *args, **kwargs).result()
        except BrokenExecutor:
            log.warning("the process pool is broken; working in this process", exc_info=True)
    return fn(*args, **kwargs)


def simplify_page(body: bytes, content_type: str, url: str) -> SimplifiedArticle:
    """Decode and simplify one fetched article page (runs in a worker process when one is given).

    Raises ExtractError when the page is not HTML or holds no article.
    """
    from reader.core.simplify.pipeline import decode_html, simplify

    mime = content_type.split(";", 1)[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        raise ExtractError(f"the article's address is not a web page ({mime})")
    return simplify(decode_html(body, content_type), url)


def feed_text_length(article: Article) -> int:
    """Length of the plain text of the feed's own *full* content (0 when it has only a summary)."""
    if not article.content_html.strip():
        return 0
    from reader.core.simplify.pipeline import html_to_text

    return len(html_to_text(article.content_html).strip())


def from_feed(article: Article, page: SimplifiedArticle | None = None) -> SimplifiedArticle | None:
    """The article as the feed gave it (full content, else summary); ``None`` when it has neither.

    Language, direction and lead image are taken from the page when one was simplified.
    """
    html = article.content_html if article.content_html.strip() else article.summary_html
    if not html.strip():
        return None
    from reader.core.simplify.pipeline import html_to_text

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

    The page wins unless it is missing, empty, or shorter than the feed's own full content.
    """
    if (
        page is not None
        and page.text.strip()
        and len(page.text.strip()) >= feed_text_length(article)
    ):
        if not page.title:
            page = dataclasses.replace(page, title=article.title)
        if not page.published and article.published:
            page = dataclasses.replace(page, published=article.published)
        return "page", page
    fallback = from_feed(article, page)
    if fallback is not None:
        return "feed", fallback
    return "failed", None


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
            if host in self._known:
                return self._known[host]
        private = host_is_private(host)
        with self._lock:
            self._known[host] = private
        return private
