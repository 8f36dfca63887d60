"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) and RSS-in-JSON -> ParsedFeed.

feedparser 6 reads no JSON Feed, so this is ours. RSS-in-JSON (Dave Winer's format: a top-level
``"rss"`` object with a ``"channel"`` and its ``"item"`` list, the fields named as in RSS 2.0)
is read by :mod:`reader.core.feeds.rssjson`. An item with an id but no title, URL or text is
kept (it is news to the reader all the same); an item without a title gets one from its text,
else from its date. ``json.loads`` raises ``RecursionError`` on deep
nesting and ``ValueError`` on huge integers: both mean "not a valid JSON Feed". Every field is
type-checked: a title that is an object counts as missing, a numeric id is coerced to a string
(as the spec asks), an item that is not an object is dropped with a warning.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from reader.core.feeds import enclosures
from reader.core.feeds.dates import parse_date
from reader.core.feeds.entries import body_html, clean_id, fallback_id, unique_ids, untitled
from reader.core.jsontext import load_json
from reader.core.parsed import ParsedEntry, ParsedFeed
from reader.core.render.sanitize import absolute_url, plain_text
from reader.errors import FeedError

log = logging.getLogger(__name__)

INVALID_MESSAGE = "not a valid JSON Feed"


def looks_like_json(body: bytes, content_type: str = "") -> bool:
    """True when the bytes should be read as JSON (an object first, or a JSON content type)."""
    head = body[:1024]
    encoding = json.detect_encoding(head)  # UTF-8/16/32 by BOM or null-byte pattern
    if encoding not in ("utf-8", "utf-8-sig"):
        head = head.decode(encoding, errors="replace").encode("utf-8")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start[:1] in (b"{", b"["):
        return True
    mime = content_type.split(";")[0].strip().lower()
    is_json = mime in ("application/feed+json", "application/json") or mime.endswith("+json")
    return is_json and not start.startswith(b"<")


def _text(value: Any) -> str:
    """A string field, ``""`` when it is missing or of another type."""
    return value if isinstance(value, str) else ""


def _author(data: dict[str, Any]) -> str:
    """The first author's name (1.1 ``authors`` list, 1.0 ``author`` object)."""
    authors = data.get("authors")
    candidates = authors if isinstance(authors, list) else []
    candidates = [*candidates, data.get("author")]
    for author in candidates:
        if isinstance(author, dict) and isinstance(author.get("name"), str):
            return plain_text(author["name"], limit=200)
    return ""


def parse_json_feed(body: bytes, url: str, *, now: datetime) -> ParsedFeed:
    """Parse JSON Feed bytes fetched from ``url``; FeedError("not a valid JSON Feed") otherwise."""
    try:
        data = load_json(body.decode(json.detect_encoding(body[:4]), errors="replace"))
    except RecursionError:
        raise FeedError(INVALID_MESSAGE + " (nested too deeply)") from None
    except (ValueError, TypeError) as exc:
        log.info("JSON Feed %s does not parse: %s", url, exc)
        raise FeedError(INVALID_MESSAGE) from None
    if not isinstance(data, dict):
        raise FeedError(INVALID_MESSAGE)
    if isinstance(data.get("rss"), dict) and "version" not in data:
        from reader.core.feeds.rssjson import parse_rss_json

        return parse_rss_json(data["rss"], url, now=now)
    version = data.get("version")
    if not isinstance(version, str) or "jsonfeed.org" not in version:
        raise FeedError(INVALID_MESSAGE)
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedError(INVALID_MESSAGE + " (no list of items)")

    feed_url = absolute_url(_text(data.get("feed_url")), url) or url
    site_url = absolute_url(_text(data.get("home_page_url")), url)
    warnings: list[str] = []
    entries: list[ParsedEntry] = []
    dropped = 0
    for item in items:
        entry = _entry(item, feed_url, now) if isinstance(item, dict) else None
        if entry is None:
            dropped += 1
        else:
            entries.append(entry)
    if dropped:
        warnings.append(f"{dropped} JSON Feed item(s) were not valid and were dropped")
        log.info("JSON Feed %s: dropped %d invalid item(s)", url, dropped)
    return ParsedFeed(
        title=plain_text(_text(data.get("title"))),
        site_url=site_url,
        kind="json",
        entries=tuple(unique_ids(entries)),
        icon_url=absolute_url(_text(data.get("favicon")) or _text(data.get("icon")), feed_url),
        warnings=tuple(warnings),
    )


def _entry(item: dict[str, Any], base: str, now: datetime) -> ParsedEntry | None:
    """One item, or ``None`` when it has nothing to show."""
    link = absolute_url(_text(item.get("url")), base) or absolute_url(
        _text(item.get("external_url")), base
    )
    title = plain_text(_text(item.get("title")))
    content = body_html(_text(item.get("content_html")), "text/html", link or base)
    if not content:
        content = body_html(_text(item.get("content_text")), "text/plain", link or base)
    summary = body_html(_text(item.get("summary")), "text/plain", link or base)
    item_id = clean_id(item.get("id"))
    if not (title or link or content or summary or item_id):
        return None
    raw_date = _text(item.get("date_published")) or _text(item.get("date_modified"))
    published = parse_date(raw_date, now)
    entry_id = item_id or fallback_id(link, title, summary or content)  # before a made-up title
    title = title or untitled(content or summary, published)
    image = ""
    for key in ("image", "banner_image"):
        image = image or absolute_url(_text(item.get(key)), link or base)
    attachments = item.get("attachments")
    if not image and isinstance(attachments, list):
        for attachment in attachments[: enclosures.MAX_CANDIDATES]:
            if isinstance(attachment, dict) and _text(attachment.get("mime_type")).startswith(
                "image/"
            ):
                image = absolute_url(_text(attachment.get("url")), link or base)
                if image:
                    break
    return ParsedEntry(
        entry_id=entry_id,
        title=title,
        link=link,
        author=_author(item),
        published=published,
        published_raw=raw_date[:200],
        summary_html=summary,
        content_html=content,
        image_url=image,
        enclosures=enclosures.from_json(
            attachments,
            link or base,
            keys=("url", "mime_type", "size_in_bytes", "duration_in_seconds"),
        ),
    )
