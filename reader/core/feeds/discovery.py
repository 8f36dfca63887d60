"""Feed autodiscovery: the feeds a web page announces with ``<link rel="alternate">``.

``rel`` is a token list and compared case-insensitively; ``href`` is resolved against the page's
URL and its ``<base href>``; ``feed:`` links become https; only http(s) results are kept, once
each, in page order. :func:`by_language` puts the feeds in the reader's language first (a
site announcing one feed per language), by ``hreflang`` or by a language its address or title
names.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from reader.core.doctype import without_internal_subset
from reader.core.feeds.attributes import MANY_ATTRIBUTES_MESSAGE, too_many_attributes
from reader.core.parsed import DiscoveredFeed
from reader.core.render.sanitize import absolute_url, is_web_url, plain_text
from reader.core.simplify.alternates import LANGUAGE_NAMES, normalize_tag, primary
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
_ENGLISH_NAMES: dict[str, str] = {
    "arabic": "ar", "bengali": "bn", "chinese": "zh", "english": "en", "french": "fr",
    "german": "de", "hebrew": "he", "hindi": "hi", "indonesian": "id", "italian": "it",
    "japanese": "ja", "korean": "ko", "persian": "fa", "farsi": "fa", "polish": "pl",
    "portuguese": "pt", "russian": "ru", "spanish": "es", "swahili": "sw", "tamil": "ta",
    "turkish": "tr", "ukrainian": "uk", "urdu": "ur", "vietnamese": "vi",
}  # fmt: skip
"""Languages as English titles name them ("BBC News Hindi"); autonyms come from LANGUAGE_NAMES."""
_NAMED = {name.casefold(): tag for tag, name in LANGUAGE_NAMES.items()} | _ENGLISH_NAMES
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I)


def _document(body: bytes, content_type: str) -> object | None:
    """The page parsed by lxml.html, or ``None`` when there is nothing to parse (or an element
    with hundreds of attributes: libxml2's HTML parser is quadratic in them)."""
    import lxml.etree
    import lxml.html

    if too_many_attributes(body, cdata=False):
        log.info("page refused for discovery: %s", MANY_ATTRIBUTES_MESSAGE)
        return None

    body = without_internal_subset(body)  # else the <head> and its links land in the body
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
            DiscoveredFeed(
                url=feed_url,
                title=plain_text(link.get("title") or ""),
                type=mime,
                lang=normalize_tag(link.get("hreflang") or ""),
            )
        )
    return found


def feed_language(feed: DiscoveredFeed) -> str:
    """The language a discovered feed is in: its ``hreflang``, else a language code that is a
    whole part of its address (``/hi/``, ``?lang=hi``, ``hi.site.example``), else a language
    its title names ("Hindi", "हिन्दी"); ``""`` when nothing says."""
    if feed.lang:
        return feed.lang
    try:
        parts = urlsplit(feed.url)
    except ValueError:
        return ""
    pieces = [p for p in re.split(r"[/._-]", parts.path) if p]
    pieces += [v for _, v in parse_qsl(parts.query)]
    pieces += (parts.hostname or "").split(".")[:1]
    for piece in pieces:
        tag = normalize_tag(piece)
        if tag and tag in LANGUAGE_NAMES:
            return tag
    title = feed.title.casefold()
    for name, tag in _NAMED.items():
        if name in title.split() or (len(name) > 3 and name in title):
            return tag
    return ""


def by_language(found: list[DiscoveredFeed], wanted: str) -> list[DiscoveredFeed]:
    """``found`` with the feeds in ``wanted`` first (exact tag, then same language), then the
    rest, each group in page order; unchanged when ``wanted`` is empty or not a tag."""
    want = normalize_tag(wanted)
    if not want:
        return list(found)

    def rank(feed: DiscoveredFeed) -> int:
        tag = feed_language(feed)
        if tag == want:
            return 0
        return 1 if tag and primary(tag) == primary(want) else 2

    return sorted(found, key=rank)
