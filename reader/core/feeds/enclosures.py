"""Enclosures (issue 13): every file an entry carries, with its type, size and duration.

Read from the raw entry dictionaries both XML readers give (RSS ``<enclosure>`` and Atom
``<link rel="enclosure">`` are feedparser's ``links``; Media RSS ``<media:content>`` its
``media_content``; ``<itunes:duration>`` its ``itunes_duration``), from JSON Feed
``attachments`` and from RSS-in-JSON ``enclosure`` objects. Sizes and durations are what the
feed declares: a number that is not one (``"0"``, ``"-5"``, ``"12 MB"``) is ``None``.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from reader.core.digits import bounded_int
from reader.core.models import Enclosure
from reader.core.render.sanitize import absolute_url

MAX_ENCLOSURES = 50
"""More are dropped: one entry must not bloat the store."""
MAX_CANDIDATES = 4 * MAX_ENCLOSURES
"""Candidates (enclosure links, media:content, attachments) looked at per entry: an item of
100,000 had each address resolved and checked (2-4 s of a refresh) to keep 50."""
_CLOCK = re.compile(r"(?:(\d{1,4}):)?(\d{1,4}):(\d{1,2})(?:[.,]\d+)?")
_SECONDS = re.compile(r"(\d{1,9})(?:[.,]\d+)?")
_get = dict.get  # feedparser's dictionaries, read as plain dicts (see parse._get)


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def parse_size(value: Any) -> int | None:
    """A declared byte count (``"12345"``, ``12345``), ``None`` when absent or not positive."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = int(value) if value == value and abs(value) < 2**63 else 0
        return number if number > 0 else None
    return bounded_int(_str(value), 2**63 - 1) or None


def parse_duration(value: Any) -> int | None:
    """Seconds from ``"1:02:03"``, ``"62:03"``, ``"3723"``, ``"3723.5"`` or a number."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value) if 1 <= value < 10**9 else None
    text = _str(value)
    match = _CLOCK.fullmatch(text)
    if match:
        hours, minutes, seconds = (int(g or 0) for g in match.groups())
        total = hours * 3600 + minutes * 60 + seconds
        return total if total > 0 and seconds < 60 else None
    match = _SECONDS.fullmatch(text)
    if match:
        return int(match.group(1)) or None
    return None


def _add(found: dict[str, Enclosure], url: str, kind: Any, size: Any, duration: Any) -> None:
    """Keep the first enclosure of each URL (Media RSS often repeats the RSS enclosure)."""
    if url and url not in found and len(found) < MAX_ENCLOSURES:
        found[url] = Enclosure(
            url=url,
            type=_str(kind).lower()[:100],
            size=parse_size(size),
            duration=parse_duration(duration),
        )


def from_raw(raw: Any, base: str) -> tuple[Enclosure, ...]:
    """The enclosures of a feedparser-style raw entry; relative URLs resolve against ``base``."""
    found: dict[str, Enclosure] = {}
    episode = _get(raw, "itunes_duration")
    links = _get(raw, "links") or []
    enclosed = (x for x in links if isinstance(x, dict) and _get(x, "rel") == "enclosure")
    for link in islice(enclosed, MAX_CANDIDATES):
        url = absolute_url(_str(_get(link, "href")), base)
        _add(found, url, _get(link, "type"), _get(link, "length"), episode)
    for media in islice(_get(raw, "media_content") or [], MAX_CANDIDATES):
        if isinstance(media, dict):
            url = absolute_url(_str(_get(media, "url")), base)
            _add(found, url, _get(media, "type"), _get(media, "filesize"), _get(media, "duration"))
    return tuple(found.values())


def from_json(
    attachments: Any, base: str, *, keys: tuple[str, str, str, str]
) -> tuple[Enclosure, ...]:
    """JSON Feed ``attachments`` (keys url, mime_type, size_in_bytes, duration_in_seconds) or
    RSS-in-JSON ``enclosure`` objects (url, type, length, and no duration)."""
    url_key, type_key, size_key, duration_key = keys
    items = attachments if isinstance(attachments, list) else [attachments]
    found: dict[str, Enclosure] = {}
    for item in islice(items, MAX_CANDIDATES):
        if isinstance(item, dict):
            url = absolute_url(_str(item.get(url_key)), base)
            _add(found, url, item.get(type_key), item.get(size_key), item.get(duration_key))
    return tuple(found.values())
