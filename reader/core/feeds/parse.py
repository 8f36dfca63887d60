"""Feed bytes -> ParsedFeed (feedparser for RSS/Atom, our own JSON Feed reader); autodiscovery.

feedparser always gets the *bytes* and the response headers (``content-location`` = the final
URL, ``content-type``), never a URL, a path or a str: it then decodes any declared or undeclared
encoding itself, resolves relative URLs and filters URL schemes. Before it, the prolog guard
(:mod:`reader.core.feeds.prolog`) refuses entity declarations and external DTDs. After it, every
title goes through :func:`plain_text` and every body through :func:`sanitize_html`.
"""

from __future__ import annotations

import io
import logging
import re
import xml.sax
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from reader.core.feeds import enclosures, prolog
from reader.core.feeds import fast as fast_path
from reader.core.feeds.attributes import check_attributes
from reader.core.feeds.dates import parse_date
from reader.core.feeds.decode import decode
from reader.core.feeds.discovery import discover_feeds
from reader.core.feeds.entries import body_html, clean_id, fallback_id, unique_ids
from reader.core.feeds.fpcompat import linear_author_detail
from reader.core.feeds.jsonfeed import looks_like_json, parse_json_feed
from reader.core.parsed import ParsedEntry, ParsedFeed
from reader.core.render.sanitize import absolute_url, is_web_url, plain_text
from reader.core.sniff import a_kind, file_kind
from reader.core.urlrule import MAX_URL_LENGTH, PLAIN_HOST, PLAIN_PORT
from reader.errors import FeedError

__all__ = ["discover_feeds", "looks_like_html", "parse_feed", "parse_without_feedparser"]

log = logging.getLogger(__name__)

EMPTY_MESSAGE = "empty response"
HTML_MESSAGE = "not a feed (the server sent a web page)"
NOT_FEED_MESSAGE = "not a feed"
INVALID_XML_MESSAGE = "the feed is not valid XML"

FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
# Elements that start an HTML page (even one without <html>), never a feed.
HTML_ROOTS = frozenset(
    {"html", "head", "body", "meta", "title", "script", "style", "link", "div", "p", "table",
     "center", "iframe", "h1", "h2", "form", "noscript", "frameset", "br", "span", "img", "a"}
)  # fmt: skip
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_MARKERS = re.compile(rb"<(?:html|head|body|!doctype\s+html)[\s>]", re.I)
# An http(s) URL whose host is plainly there: is_web_url() would say True (it splits the URL).
_PLAIN_WEB_URL = re.compile(rf"https?://{PLAIN_HOST}{PLAIN_PORT}?(?:[/?#]|\Z)")
_CHARREF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,12})|0*([0-9]{1,20}));")


def _local(name: str) -> str:
    """``rdf:RDF`` -> ``rdf``; ``{ns}feed`` -> ``feed``."""
    return name.rsplit(":", 1)[-1].rsplit("}", 1)[-1].lower()


def looks_like_html(body: bytes, content_type: str = "") -> bool:
    """True when the bytes are a web page rather than a feed."""
    if looks_like_json(body, content_type):
        return False
    found = prolog.sniff(body, content_type)
    root = _local(found.root)
    if root in FEED_ROOTS:
        return False
    if root in HTML_ROOTS or found.doctype[9:].strip().lower().startswith("html"):
        return True
    if content_type.split(";")[0].strip().lower() in HTML_TYPES:
        return True
    return not root and _HTML_MARKERS.search(body[:4096]) is not None


def parse_feed(
    body: bytes, url: str, content_type: str = "", *, now: datetime, fast: bool = True
) -> ParsedFeed:
    """Parse a feed's bytes fetched from ``url`` (relative URLs resolve against it).

    Raises FeedError with words ("empty response", "not a feed (the server sent a web page)",
    "feed declares XML entities", "not a valid JSON Feed") when nothing usable is there.
    ``now`` is the fetch time: dates more than a day after it are clamped to it.
    ``fast=False`` reads RSS/Atom with feedparser even when the fast path would accept it
    (the differential test and the benches compare the two).
    """
    parsed = _parse(body, url, content_type, now, "fast" if fast else "feedparser")
    assert parsed is not None  # only the "only-fast" reading answers None
    return parsed


def parse_without_feedparser(
    body: bytes, url: str, content_type: str = "", *, now: datetime
) -> ParsedFeed | None:
    """:func:`parse_feed` when the feed can be read without feedparser (JSON, or XML the fast
    path accepts: about a millisecond a feed), ``None`` when only feedparser can read it.

    For a caller with worker processes: parse here when this answers, hand the bytes to a
    worker only when it says ``None`` (a hand-off costs more than the fast path). Raises
    FeedError as parse_feed does (an empty response, a web page, entity declarations...).
    """
    return _parse(body, url, content_type, now, "only-fast")


def _parse(body: bytes, url: str, content_type: str, now: datetime, mode: str) -> ParsedFeed | None:
    """parse_feed's checks, then JSON or XML (``mode``: fast, feedparser or only-fast)."""
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    if not body or not body.strip(b" \t\r\n\x00\xef\xbb\xbf\xfe\xff"):
        raise FeedError(EMPTY_MESSAGE)
    if looks_like_json(body, content_type):
        return parse_json_feed(body, url, now=now)
    if looks_like_html(body, content_type):
        raise FeedError(HTML_MESSAGE)
    if kind := file_kind(body):
        raise FeedError(f"not a feed (the server sent {a_kind(kind)})")
    prolog.check(body, content_type)
    return _parse_xml(body, url, content_type, now, mode)


def prepare(body: bytes, content_type: str = "") -> tuple[bytes, tuple[str, ...]]:
    """The document both XML readers get: decoded once (:mod:`.decode`), character references
    to no character replaced, as UTF-8 that says so; and the warnings about its bytes."""
    decoded = decode(body, content_type)
    text = decoded.text
    if "&#" in text:
        text = _CHARREF.sub(_fix_charref, text)
    document = replace(decoded, text=text).utf8_document()
    return document, ((decoded.warning,) if decoded.warning else ())


def _fix_charref(match: re.Match[str]) -> str:
    """A character reference to no character (``&#x110000;``, ``&#xD800;``) -> U+FFFD.

    feedparser's loose parser raises ValueError on them instead of recovering.
    """
    hex_digits, decimal = match.group(1), match.group(2)
    value = int(hex_digits, 16) if hex_digits else int(decimal)
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return "&#xFFFD;"
    return match.group(0)


def warm_up() -> None:
    """Load feedparser and prepare it (a worker process runs this while the first feeds
    are fetched, so its first parse does not pay the imports)."""
    import feedparser  # noqa: F401

    _speed_up_feedparser()


_URL_CACHE_SIZE = 2048
_URL_CACHE_MAX_CHARS = 2048  # longer pairs are joined without being kept
_sped_up = False


def _speed_up_feedparser() -> None:
    """Memoize feedparser's URL joins (measured: a fifth of its time on a 20-item RSS feed).

    feedparser joins every element's ``xml:base`` with the current base, and each link, by
    ``urllib.parse.urljoin``: the same few pairs of strings over and over. Both functions are
    pure (strings in, a string out; the scheme allowlist is a constant), so an LRU cache of
    their results changes nothing but the time. Skipped if a feedparser release renames them.
    """
    global _sped_up
    if _sped_up:
        return
    _sped_up = True
    import feedparser.mixin

    for name in ("_urljoin", "make_safe_absolute_uri"):
        original = getattr(feedparser.mixin, name, None)
        if callable(original) and not hasattr(original, "__wrapped__"):
            setattr(feedparser.mixin, name, _memoized(original))
    mixin = feedparser.mixin._FeedParserMixin
    mixin._sync_author_detail = linear_author_detail(mixin._sync_author_detail)


def _memoized(join: Any) -> Any:
    """``join(base, uri)`` with an LRU cache for short strings (long ones are not kept)."""
    import functools

    cached = functools.lru_cache(_URL_CACHE_SIZE)(join)

    @functools.wraps(join)
    def wrapper(base: Any, uri: Any = None) -> Any:
        if (
            isinstance(base, str)
            and isinstance(uri, str | None)
            and len(base) + len(uri or "") <= _URL_CACHE_MAX_CHARS
        ):
            return cached(base, uri)
        return join(base, uri)

    return wrapper


def _parse_xml(
    body: bytes, url: str, content_type: str, now: datetime, mode: str = "fast"
) -> ParsedFeed | None:
    """The lxml fast path when it accepts the document, else feedparser (``None`` instead in
    the "only-fast" mode); the prolog was checked."""
    document, notes = prepare(body, content_type)
    check_attributes(document)
    warnings = list(notes)
    read = fast_path.read(document, url) if mode != "feedparser" else None
    if read is not None:
        feed, entries_raw, version = read
        return _build(feed, entries_raw, version, url, now, warnings)
    if mode == "only-fast":
        return None
    import feedparser  # heavy: loaded the first time feedparser reads a feed

    _speed_up_feedparser()
    mime = content_type.split(";")[0].strip() or "application/xml"
    headers = {"content-location": url, "content-type": f"{mime}; charset=utf-8"}
    try:
        # sanitize_html=False: every body and title goes through our nh3 allowlist anyway
        # (body_html / plain_text), so feedparser's own sanitizer was a second, slower pass.
        # Relative URLs are still resolved by feedparser (xml:base included).
        result = feedparser.parse(
            io.BytesIO(document), response_headers=headers, sanitize_html=False
        )
    except Exception as exc:  # hostile bytes crash feedparser in odd places: map at the boundary
        log.warning("feedparser failed on %s: %s: %s", url, type(exc).__name__, exc)
        raise FeedError(INVALID_XML_MESSAGE) from exc
    version = result.get("version", "") or ""
    entries_raw = result.get("entries", [])
    bozo = result.get("bozo_exception") if result.get("bozo") else None
    xml_broken = isinstance(bozo, xml.sax.SAXException) and not isinstance(
        bozo, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType
    )
    if not entries_raw:
        if not version:
            root = _local(prolog.sniff(body, content_type).root)
            if xml_broken and root in FEED_ROOTS:
                raise FeedError(INVALID_XML_MESSAGE)
            raise FeedError(NOT_FEED_MESSAGE)
        if xml_broken:
            raise FeedError(INVALID_XML_MESSAGE)
    if bozo is not None:
        what = "is not well-formed XML" if xml_broken else "has a problem"
        warnings.append(f"the feed {what} ({str(bozo)[:200]}); {len(entries_raw)} entries read")
        log.info("feed %s: bozo %s: %s", url, type(bozo).__name__, str(bozo)[:200])
    return _build(result.get("feed", {}), entries_raw, version, url, now, warnings)


def _build(
    feed: Any, entries_raw: Any, version: str, url: str, now: datetime, warnings: list[str]
) -> ParsedFeed:
    """Raw feed and entry dictionaries (feedparser's or the fast path's) -> ParsedFeed."""
    entries = []
    dropped = 0
    bases: dict[str, str] = {}
    for raw in entries_raw:
        try:
            entry = _entry(raw, url, now, bases)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:  # never one bad entry
            log.warning("feed %s: entry dropped: %s", url, exc)
            dropped += 1
            continue
        if entry.title or entry.link or entry.summary_html or entry.content_html:
            entries.append(entry)
        else:
            dropped += 1  # nothing to show (e.g. the half entry at the end of a truncated feed)
    if dropped:
        warnings.append(f"{dropped} entries could not be read or were empty, and were dropped")
    image = feed.get("image")
    icon = (
        _str(feed.get("icon"))
        or (_str(image.get("href")) if isinstance(image, dict) else "")
        or _str(feed.get("logo"))
    )
    return ParsedFeed(
        title=plain_text(feed.get("title", "") or ""),
        site_url=absolute_url(feed.get("link", "") or "", url),
        kind="atom" if version.startswith("atom") else "rss",
        entries=tuple(unique_ids(entries)),
        icon_url=absolute_url(icon, url),
        warnings=tuple(warnings),
    )


def _web_url(url: str, base: str) -> str:
    """``absolute_url`` with a fast path for the usual case: feedparser already resolved it."""
    url = url.strip()
    plain = (
        len(url) <= MAX_URL_LENGTH and _PLAIN_WEB_URL.match(url) and url.isprintable()
    )  # no control characters, not megabytes long
    if plain or (url.startswith(("https://", "http://")) and is_web_url(url)):
        return url
    return absolute_url(url, base)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


# feedparser's entries are FeedParserDicts, whose get() goes through a key map and special
# cases on every call (a quarter of _entry's time): plain dict.get reads the same values for
# the keys below, none of which the map renames (``enclosures`` is read from ``links``).
_get = dict.get


def _entry(
    raw: Any, feed_url: str, now: datetime, bases: dict[str, str] | None = None
) -> ParsedEntry:
    """One feedparser entry -> ParsedEntry (``bases``: a cache of checked base URLs)."""
    # Values that are not strings read as "" (``x if x.__class__ is str``, written out: this
    # runs for every entry, and a call per value was a tenth of its time).
    raw_base = _get(_get(raw, "title_detail") or {}, "base")
    raw_base = raw_base if raw_base.__class__ is str else ""
    base = bases.get(raw_base) if bases is not None else None
    if base is None:
        base = raw_base if raw_base and is_web_url(raw_base) else feed_url
        if bases is not None and len(bases) < 64:
            bases[raw_base] = base
    link = _get(raw, "link")
    link = _web_url(link, base) if link.__class__ is str else ""
    title = _get(raw, "title")
    title = plain_text(title) if title.__class__ is str else ""
    author = _get(_get(raw, "author_detail") or {}, "name")
    if not (author and author.__class__ is str):
        author = _get(raw, "author")
    author = plain_text(author) if author.__class__ is str else ""
    page = link or feed_url
    summary_raw = _str(_get(raw, "summary"))
    summary_type = _str(_get(_get(raw, "summary_detail") or {}, "type")) or "text/html"
    summary = body_html(summary_raw, summary_type, page)
    content = ""
    for part in _get(raw, "content") or ():
        value = _str(_get(part, "value"))
        if value:
            kind = _str(_get(part, "type")) or "text/html"
            if value == summary_raw and kind == summary_type:
                content = summary  # the same body twice (e.g. an Atom entry's only content)
            else:
                content = body_html(value, kind, page)
            break
    published_raw, parsed = "", None
    for key, parsed_key in _DATE_KEYS:
        # dict.get: FeedParserDict.get("updated") warns and maps to "published"
        date = _get(raw, key)
        date = date.strip() if date.__class__ is str else ""
        if date:
            published_raw, parsed = date, _get(raw, parsed_key)
            break
    entry_id = clean_id(_get(raw, "id")) or fallback_id(link, title, summary_raw)
    return ParsedEntry(
        entry_id,
        title,
        link,
        author,
        parse_date(published_raw, now, parsed),
        published_raw[:200],
        summary,
        content,
        _image(raw, page),
        enclosures.from_raw(raw, page),
    )


_DATE_KEYS = (
    ("published", "published_parsed"),
    ("updated", "updated_parsed"),
    ("created", "created_parsed"),
)


def _image(raw: Any, base: str) -> str:
    """An http(s) image URL from enclosures (image/*), media:content or media:thumbnail."""
    candidates: list[str] = []
    for link in _get(raw, "links") or []:  # what FeedParserDict calls "enclosures"
        if _get(link, "rel") == "enclosure" and _str(_get(link, "type")).lower().startswith(
            "image/"
        ):
            candidates.append(_str(_get(link, "href")))
    for media in _get(raw, "media_content") or []:
        kind = _str(_get(media, "medium")) or _str(_get(media, "type"))
        if kind.lower().startswith("image"):
            candidates.append(_str(_get(media, "url")))
    for thumb in _get(raw, "media_thumbnail") or []:
        candidates.append(_str(_get(thumb, "url")))
    for candidate in candidates:
        image = _web_url(candidate, base)
        if image:
            return image
    return ""
