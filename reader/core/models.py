"""Frozen dataclasses of what we store and show: :class:`Feed`, :class:`Folder`, :class:`Article`
and the :class:`Enclosure` files an article carries.

What a feed, a web page or an OPML file said (the parsers' output) is kept apart, in
:mod:`reader.core.parsed`; what a refresh did is in :mod:`reader.core.refresh_results`. They
are separate modules so that the window's start-up, which needs only these, does not build
the others' classes (each frozen dataclass costs about 1 ms to create; bench/startup.py), and
these four are made dataclasses when first used (:mod:`reader.core.models_frozen`): the window
makes none before its first frame.
All datetimes are timezone-aware UTC. All ``title``/``author``/``byline`` strings are plain
text (never HTML); all ``*_html`` strings have passed the allowlist sanitizer.
"""

from __future__ import annotations

from datetime import datetime

from reader.core.models_frozen import frozen_dataclass


@frozen_dataclass
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


@frozen_dataclass
class Folder:
    """A folder of subscriptions; ``parent_id`` is ``None`` at the top level."""

    id: int
    name: str
    parent_id: int | None = None


@frozen_dataclass
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


@frozen_dataclass
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
