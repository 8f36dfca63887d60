"""Frozen dataclasses of the parsers' output: what a feed (:class:`ParsedFeed`,
:class:`ParsedEntry`), a web page (:class:`SimplifiedArticle`, :class:`DiscoveredFeed`) or an
OPML file (:class:`OpmlDocument`) said.

Kept apart from what we store and show (:mod:`reader.core.models`). All datetimes are
timezone-aware UTC. All ``title``/``author``/``byline`` strings are plain text (never HTML); all
``*_html`` strings have passed the allowlist sanitizer. Each class is made a dataclass when first
used (:mod:`reader.core.models_frozen`).
"""

from __future__ import annotations

from dataclasses import field
from datetime import datetime

from reader.core.models import Enclosure
from reader.core.models_frozen import frozen_dataclass


@frozen_dataclass
class ParsedEntry:
    """One entry as the feed gave it, normalised."""

    entry_id: str
    """The feed's guid/id; else ``"hash:" + sha256(link + "\\n" + title)``."""
    title: str
    link: str
    """Absolute http(s) URL of the article page, or ``""``."""
    author: str = ""
    published: datetime | None = None
    """Parsed date; ``None`` when missing or invalid (the store then uses the time first seen)."""
    published_raw: str = ""
    """The date string exactly as the feed gave it."""
    summary_html: str = ""
    """Sanitized summary/description."""
    content_html: str = ""
    """Sanitized full content when the feed carries it (``content:encoded``, Atom content), else ``""``."""
    image_url: str = ""
    """An absolute http(s) image URL from enclosures/media, or ``""``."""
    enclosures: tuple[Enclosure, ...] = ()
    """Every enclosure (RSS ``<enclosure>``, Atom ``rel="enclosure"``, Media RSS content, JSON
    Feed attachments), first occurrence of each URL, in document order."""


@frozen_dataclass
class ParsedFeed:
    """A whole feed as parsed from bytes."""

    title: str
    site_url: str = ""
    """The site's home page (absolute http(s)), or ``""``."""
    kind: str = "rss"
    """``"rss"``, ``"atom"`` or ``"json"``."""
    entries: tuple[ParsedEntry, ...] = ()
    icon_url: str = ""
    warnings: tuple[str, ...] = ()
    """Non-fatal problems (feedparser's bozo, dropped entries); logged, not shown as failures."""


@frozen_dataclass
class DiscoveredFeed:
    """A feed found by autodiscovery on a web page."""

    url: str
    title: str = ""
    type: str = ""
    """The link's MIME type, e.g. ``application/rss+xml``."""
    lang: str = ""
    """The link's ``hreflang`` (normalized BCP 47 tag), or ``""``."""


@frozen_dataclass
class SimplifiedArticle:
    """The reader view of one page: what :func:`reader.simplify` returns."""

    title: str
    byline: str = ""
    published: datetime | None = None
    lead_image: str = ""
    """Absolute http(s) URL of the lead image, or ``""``."""
    lang: str = ""
    direction: str = "ltr"
    """``"ltr"`` or ``"rtl"``."""
    html: str = ""
    """Sanitized body HTML with absolute URLs."""
    text: str = ""
    """Plain text of the body, paragraphs separated by blank lines."""
    alternates: tuple[tuple[str, str], ...] = ()
    """The language editions the page announces (``hreflang``): (normalized tag, http(s) URL)."""
    editions: tuple[SimplifiedArticle, ...] = ()
    """Other editions of the same article already simplified (the original one, when a
    translation is shown), so the pane can switch without fetching; empty inside an edition."""


@frozen_dataclass
class OpmlFeed:
    """One subscription in an OPML outline."""

    url: str
    title: str = ""
    site_url: str = ""


@frozen_dataclass
class OpmlFolder:
    """A folder in an OPML outline; the document's body is the unnamed root folder."""

    title: str = ""
    feeds: tuple[OpmlFeed, ...] = ()
    folders: tuple[OpmlFolder, ...] = ()


@frozen_dataclass
class OpmlDocument:
    """A parsed OPML file, and what was skipped while reading it (with reasons)."""

    title: str = ""
    root: OpmlFolder = field(default_factory=OpmlFolder)
    skipped: tuple[str, ...] = ()
