"""Feed bytes -> ParsedFeed (feedparser for RSS/Atom, our own JSON Feed reader); autodiscovery.

CONTRACT STUB: the feeds helper replaces the bodies; keep the public names and signatures.
"""

from __future__ import annotations

from datetime import datetime

from reader.core.models import DiscoveredFeed, ParsedFeed


def parse_feed(body: bytes, url: str, content_type: str = "", *, now: datetime) -> ParsedFeed:
    """Parse a feed's bytes fetched from ``url`` (relative URLs resolve against it).

    Raises FeedError with words ("empty response", "not a feed (the server sent a web page)",
    "feed declares XML entities", "not a valid JSON Feed") when nothing usable is there.
    """
    raise NotImplementedError


def looks_like_html(body: bytes, content_type: str = "") -> bool:
    """True when the bytes are a web page rather than a feed."""
    raise NotImplementedError


def discover_feeds(body: bytes, url: str, content_type: str = "") -> list[DiscoveredFeed]:
    """Feeds announced by ``<link rel="alternate">`` (RSS, Atom, JSON Feed) in a web page."""
    raise NotImplementedError
