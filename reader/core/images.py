"""The images an article shows: one answer for the refresh that prefetches them and the cache
that keeps (and evicts) them, so the two always agree."""

from __future__ import annotations

import logging
from html.parser import HTMLParser

from reader.core.models import SimplifiedArticle
from reader.core.render.sanitize import is_web_url

log = logging.getLogger(__name__)


class _ImageFinder(HTMLParser):
    """Collects the ``src`` of every ``<img>`` (character references decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            for name, value in attrs:
                if name == "src" and value:
                    self.sources.append(value.strip())


def image_urls(article: SimplifiedArticle, limit: int | None = None) -> list[str]:
    """The http(s) images an article shows: its lead image, then every ``<img src>`` of its
    body, without duplicates, at most ``limit`` of them (None: all)."""
    finder = _ImageFinder()
    try:
        finder.feed(article.html)
        finder.close()
    except Exception:  # html.parser is lenient; never let an odd fragment stop a refresh
        log.debug("could not scan images", exc_info=True)
    urls: list[str] = []
    for url in [article.lead_image.strip(), *finder.sources]:
        if limit is not None and len(urls) >= limit:
            break
        if url and is_web_url(url) and url not in urls:
            urls.append(url)
    return urls
