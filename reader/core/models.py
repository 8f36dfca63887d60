"""Frozen dataclasses passed between the layers.

Parser output (:class:`ParsedFeed`, :class:`ParsedEntry`: what a feed said) is kept apart from
what we store and show (:class:`Feed`, :class:`Article`). All datetimes are timezone-aware UTC.
All ``title``/``author``/``byline`` strings are plain text (never HTML); all ``*_html`` strings
have passed the allowlist sanitizer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Enclosure:
    """A file an entry carries: a podcast episode, a video, a picture, a document."""

    url: str
    """Absolute http(s) URL."""
    type: str = ""
    """MIME type in lower case (``audio/mpeg``), or ``""`` when the feed gives none."""
    size: int | None = None
    """Length in bytes as the feed declares it (never checked), or ``None``."""
    duration: int | None = None
    """Playing time in seconds (``itunes:duration``, Media RSS or JSON Feed), or ``None``."""


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class DiscoveredFeed:
    """A feed found by autodiscovery on a web page."""

    url: str
    title: str = ""
    type: str = ""
    """The link's MIME type, e.g. ``application/rss+xml``."""
    lang: str = ""
    """The link's ``hreflang`` (normalized BCP 47 tag), or ``""``."""


@dataclass(frozen=True)
class Folder:
    """A folder of subscriptions; ``parent_id`` is ``None`` at the top level."""

    id: int
    name: str
    parent_id: int | None = None


@dataclass(frozen=True)
class Feed:
    """A subscription as stored."""

    id: int
    url: str
    title: str
    site_url: str = ""
    folder_id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_checked: datetime | None = None
    """When we last tried to fetch it."""
    last_updated: datetime | None = None
    """When a fetch last succeeded (200 or 304)."""
    last_error: str | None = None
    """The reason of the last failed fetch in words, ``None`` after a success."""
    gone: bool = False
    """The server answered 410: the feed no longer exists."""
    icon_url: str = ""
    keep: int = 500
    """How many read, unstarred articles are kept; unread and starred are never pruned."""


@dataclass(frozen=True)
class Article:
    """An article as stored, with the user's state."""

    id: int
    feed_id: int
    entry_id: str
    title: str
    link: str
    author: str
    published: datetime
    """The entry's date, or the time it was first seen."""
    first_seen: datetime
    summary_html: str
    content_html: str
    image_url: str = ""
    read: bool = False
    starred: bool = False
    simplified: str | None = None
    """Where the article pane's text came from: ``None`` (not simplified yet), ``"page"``
    (reader view of the article page), ``"feed"`` (the feed's own content was used) or
    ``"failed"`` (neither worked; the summary is shown)."""
    feed_title: str = ""
    enclosures: tuple[Enclosure, ...] = ()
    """The files the entry carries (podcast episodes, attachments), in the feed's order."""


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class FeedResult:
    """What refreshing one feed did."""

    feed_id: int
    url: str
    title: str
    new_articles: int = 0
    error: str | None = None
    not_modified: bool = False


@dataclass(frozen=True)
class RefreshSummary:
    """What a whole refresh did."""

    results: tuple[FeedResult, ...] = ()
    simplified: int = 0
    simplify_failed: int = 0
    cancelled: bool = False

    @property
    def failed(self) -> tuple[FeedResult, ...]:
        """The feeds that failed, each with its reason."""
        return tuple(r for r in self.results if r.error is not None)

    @property
    def updated(self) -> tuple[FeedResult, ...]:
        """The feeds that were fetched without error."""
        return tuple(r for r in self.results if r.error is None)

    @property
    def new_articles(self) -> int:
        """New articles over all feeds."""
        return sum(r.new_articles for r in self.results)


@dataclass(frozen=True)
class OpmlFeed:
    """One subscription in an OPML outline."""

    url: str
    title: str = ""
    site_url: str = ""


@dataclass(frozen=True)
class OpmlFolder:
    """A folder in an OPML outline; the document's body is the unnamed root folder."""

    title: str = ""
    feeds: tuple[OpmlFeed, ...] = ()
    folders: tuple[OpmlFolder, ...] = ()


@dataclass(frozen=True)
class OpmlDocument:
    """A parsed OPML file, and what was skipped while reading it (with reasons)."""

    title: str = ""
    root: OpmlFolder = field(default_factory=OpmlFolder)
    skipped: tuple[str, ...] = ()
