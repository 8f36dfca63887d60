"""An item with 100,000 enclosures (RSS ``<enclosure>``, Media RSS ``media:content``, JSON Feed
``attachments``) keeps 50, and now also looks at no more than 200 of them: every one of the
100,000 addresses was resolved and checked before (2-4 s of a refresh's CPU for one item)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from reader.core.feeds import enclosures, jsonfeed
from reader.core.feeds.enclosures import MAX_CANDIDATES, MAX_ENCLOSURES
from reader.core.feeds.parse import parse_feed

NOW = datetime(2026, 12, 1, tzinfo=UTC)
MANY = 20_000


def _rss(element: Callable[[int], str]) -> bytes:
    items = "".join(element(i) for i in range(MANY))
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'
        f"<channel><title>T</title><item><title>x</title><guid>1</guid>{items}</item>"
        "</channel></rss>"
    ).encode()


def _json(mime: str) -> bytes:
    attachments = [{"url": f"https://e.org/{i}.mp3", "mime_type": mime} for i in range(MANY)]
    item = {"id": "1", "title": "x", "attachments": attachments}
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [item]}
    return json.dumps(feed).encode()


CASES = {
    "enclosure": (_rss(lambda i: f'<enclosure url="/{i}.mp3" type="audio/mpeg"/>'), ""),
    "media": (_rss(lambda i: f'<media:content url="/{i}.mp4" type="video/mp4"/>'), ""),
    "attachments": (_json("audio/mpeg"), "application/feed+json"),
    "image attachments": (_json("image/png"), "application/feed+json"),
}


@pytest.mark.parametrize("case", CASES)
def test_an_enclosure_flood_is_looked_at_only_so_far(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolved: list[str] = []

    def counting(resolve: Callable[[str, str], str]) -> Callable[[str, str], str]:
        def wrapper(url: str, base: str) -> str:
            resolved.append(url)
            return resolve(url, base)

        return wrapper

    module: Any
    for module in (enclosures, jsonfeed):
        monkeypatch.setattr(module, "absolute_url", counting(module.absolute_url))
    body, content_type = CASES[case]
    [entry] = parse_feed(body, "https://e.org/feed", content_type, now=NOW).entries
    assert len(entry.enclosures) == MAX_ENCLOSURES
    assert entry.enclosures[0].url.startswith("https://e.org/0.")  # document order
    assert len(resolved) <= 2 * MAX_CANDIDATES + 10
