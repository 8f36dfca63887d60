"""RSS-in-JSON (Dave Winer's format) -> ParsedFeed.

The document is RSS 2.0 written as JSON: ``{"rss": {"version": "2.0", "channel": {"title",
"link", "description", "image": {"url"}, "item": [...]}}}``; an item has ``title``, ``link``,
``description`` (HTML), ``pubDate`` (RFC 822), ``guid`` (a string, or an object holding the
value), ``author``, ``enclosure`` (an object or a list of them) and, rarely, ``content:encoded``.
A single item may be an object instead of a list. Every field is type-checked as in the JSON
Feed reader: a wrong type counts as missing, an item that is not an object is dropped.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from reader.core.feeds import enclosures
from reader.core.feeds.dates import parse_date
from reader.core.feeds.entries import body_html, clean_id, fallback_id, unique_ids, untitled
from reader.core.parsed import ParsedEntry, ParsedFeed
from reader.core.render.sanitize import absolute_url, plain_text
from reader.errors import FeedError

log = logging.getLogger(__name__)

INVALID_MESSAGE = "not a valid RSS-in-JSON feed"
_GUID_KEYS = ("value", "#value", "#text", "guid", "url")


def _text(value: Any) -> str:
    """A string field (numbers as their text), ``""`` when missing or of another type."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return repr(value)
    return value if isinstance(value, str) else ""


def _as_list(value: Any) -> list[Any]:
    """``item``/``enclosure``: a list, a single object, or nothing."""
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, dict) else []


def _guid(value: Any) -> str:
    """The guid's text: a string, or the value inside a guid object."""
    if isinstance(value, dict):
        for key in _GUID_KEYS:
            found = clean_id(value.get(key))
            if found:
                return found
        return ""
    return clean_id(value)


def parse_rss_json(rss: dict[str, Any], url: str, *, now: datetime) -> ParsedFeed:
    """The ``"rss"`` object of an RSS-in-JSON document fetched from ``url``."""
    channel = rss.get("channel")
    if not isinstance(channel, dict):
        raise FeedError(INVALID_MESSAGE + " (no channel)")
    site_url = absolute_url(_text(channel.get("link")), url)
    image = channel.get("image")
    icon = absolute_url(_text(image.get("url")), url) if isinstance(image, dict) else ""
    entries: list[ParsedEntry] = []
    dropped = 0
    for item in _as_list(channel.get("item")):
        entry = _entry(item, url, now) if isinstance(item, dict) else None
        if entry is None:
            dropped += 1
        else:
            entries.append(entry)
    warnings = []
    if dropped:
        warnings.append(f"{dropped} RSS-in-JSON item(s) were not valid and were dropped")
        log.info("RSS-in-JSON %s: dropped %d invalid item(s)", url, dropped)
    return ParsedFeed(
        title=plain_text(_text(channel.get("title"))),
        site_url=site_url,
        kind="rss",
        entries=tuple(unique_ids(entries)),
        icon_url=icon,
        warnings=tuple(warnings),
    )


def _entry(item: dict[str, Any], base: str, now: datetime) -> ParsedEntry | None:
    """One item, or ``None`` when it has nothing at all."""
    guid = _guid(item.get("guid"))
    permalink = isinstance(item.get("guid"), str) or (
        isinstance(item.get("guid"), dict)
        and item["guid"].get("isPermaLink") not in (False, "false")
    )
    link = absolute_url(_text(item.get("link")), base) or (
        absolute_url(guid, base) if permalink and guid.startswith(("http://", "https://")) else ""
    )
    page = link or base
    title = plain_text(_text(item.get("title")))
    summary_raw = _text(item.get("description"))
    summary = body_html(summary_raw, "text/html", page)
    content = body_html(_text(item.get("content:encoded")), "text/html", page)
    if not (title or link or summary or content or guid):
        return None
    raw_date = _text(item.get("pubDate")) or _text(item.get("dc:date"))
    published = parse_date(raw_date, now)
    author = item.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    image = ""
    for enclosure in _as_list(item.get("enclosure")):
        if _text(enclosure.get("type")).lower().startswith("image/"):
            image = absolute_url(_text(enclosure.get("url")), page)
            if image:
                break
    return ParsedEntry(
        entry_id=guid or fallback_id(link, title, summary_raw),
        title=title or untitled(content or summary, published),
        link=link,
        author=plain_text(_text(author), limit=200),
        published=published,
        published_raw=raw_date[:200],
        summary_html=summary,
        content_html=content,
        image_url=image,
        enclosures=enclosures.from_json(
            item.get("enclosure"), page, keys=("url", "type", "length", "duration")
        ),
    )
