"""Feed autodiscovery: the feeds a web page announces with ``<link rel="alternate">``.

``rel`` is a token list and compared case-insensitively; ``href`` is resolved against the page's
URL and its ``<base href>``; ``feed:`` links become https; only http(s) results are kept, once
each, in page order.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urljoin

from reader.core.models import DiscoveredFeed
from reader.core.render.sanitize import absolute_url, is_web_url, plain_text
from reader.core.urls import normalize_feed_url

log = logging.getLogger(__name__)

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json",
        "application/rdf+xml",
    }
)
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I)


def _document(body: bytes, content_type: str) -> object | None:
    """The page parsed by lxml.html, or ``None`` when there is nothing to parse."""
    import lxml.etree
    import lxml.html

    match = _CHARSET.search(content_type or "")
    encodings = [match.group(1), None] if match else [None]
    for encoding in encodings:
        try:
            parser = lxml.html.HTMLParser(encoding=encoding, no_network=True)
            document: object = lxml.html.document_fromstring(body, parser=parser)
            return document
        except LookupError:
            continue  # a charset lxml does not know: let it sniff
        except (lxml.etree.ParserError, ValueError) as exc:
            log.debug("page does not parse as HTML: %s", exc)
            return None
    return None


def discover_feeds(body: bytes, url: str, content_type: str = "") -> list[DiscoveredFeed]:
    """Feeds announced by ``<link rel="alternate">`` (RSS, Atom, JSON Feed) in a web page."""
    if not body or not body.strip():
        return []
    document = _document(body, content_type)
    if document is None:
        return []
    base = url
    for element in document.iter("base"):  # type: ignore[attr-defined]
        href = (element.get("href") or "").strip()
        if href:
            candidate = urljoin(url, href) if is_web_url(url) else href
            if is_web_url(candidate):
                base = candidate
            break
    found: list[DiscoveredFeed] = []
    seen: set[str] = set()
    for link in document.iter("link"):  # type: ignore[attr-defined]
        rels = (link.get("rel") or "").lower().split()
        mime = (link.get("type") or "").split(";")[0].strip().lower()
        if "alternate" not in rels or mime not in FEED_TYPES:
            continue
        href = (link.get("href") or "").strip()
        if href.lower().startswith("feed:"):
            feed_url = normalize_feed_url(href)
        else:
            feed_url = absolute_url(href, base)
        if not feed_url or feed_url in seen:
            continue
        seen.add(feed_url)
        found.append(
            DiscoveredFeed(url=feed_url, title=plain_text(link.get("title") or ""), type=mime)
        )
    return found
