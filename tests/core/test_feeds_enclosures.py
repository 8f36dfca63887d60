"""Every enclosure an entry carries, with type, size and duration (issue 13, parser level)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.feeds.enclosures import parse_duration, parse_size
from reader.core.feeds.parse import parse_feed
from reader.core.models import Enclosure

NOW = datetime(2026, 10, 5, 12, 0, tzinfo=UTC)
URL = "https://pod.example/feed"


def both(body: bytes, content_type: str = "application/rss+xml") -> tuple[Enclosure, ...]:
    """The first entry's enclosures, the same through the fast path and feedparser alone."""
    ours = parse_feed(body, URL, content_type, now=NOW)
    theirs = parse_feed(body, URL, content_type, now=NOW, fast=False)
    assert ours.entries == theirs.entries
    return ours.entries[0].enclosures


def test_rss_podcast_item_with_media_duplicates_and_itunes_duration() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"
        xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/">
      <channel><title>Pod</title><item><title>Ep 1</title><guid>ep1</guid>
        <enclosure url="/audio/ep1.mp3" type="Audio/MPEG" length="12345678"/>
        <itunes:duration>1:02:03</itunes:duration>
        <media:content url="https://pod.example/audio/ep1.mp3" type="audio/mpeg" fileSize="1"/>
        <media:content url="https://cdn.example/ep1.mp4" type="video/mp4" fileSize="999" duration="61"/>
        <media:content url="javascript:alert(1)" type="video/mp4"/>
        <enclosure url="https://pod.example/cover.jpg" type="image/jpeg"/>
      </item></channel></rss>"""
    assert both(body) == (
        Enclosure("https://pod.example/audio/ep1.mp3", "audio/mpeg", 12345678, 3723),
        Enclosure("https://pod.example/cover.jpg", "image/jpeg", None, 3723),
        Enclosure("https://cdn.example/ep1.mp4", "video/mp4", 999, 61),
    )


def test_atom_enclosure_links() -> None:
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:e</id>
        <title>E</title><link href="/e"/><link rel="enclosure" href="/f.pdf" type="application/pdf" length="42"/>
        <link rel="enclosure" href="/o.ogg"/></entry></feed>"""
    assert both(body, "application/atom+xml") == (
        Enclosure("https://pod.example/f.pdf", "application/pdf", 42),
        Enclosure("https://pod.example/o.ogg", "text/html"),  # Atom's default type, as feedparser
    )


def test_json_feed_attachments() -> None:
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [{"id": "1", "url": "https://pod.example/1", "attachments": [
            {"url": "a.m4a", "mime_type": "audio/x-m4a", "size_in_bytes": 89970236,
             "duration_in_seconds": 6629},
            {"url": "ftp://nope.example/x"}, "junk", {"mime_type": "no/url"},
        ]}],
    }  # fmt: skip
    entry = parse_feed(json.dumps(data).encode(), URL, "application/feed+json", now=NOW).entries[0]
    assert entry.enclosures == (
        Enclosure("https://pod.example/a.m4a", "audio/x-m4a", 89970236, 6629),
    )


def test_rss_in_json_enclosure() -> None:
    data = {"rss": {"channel": {"item": {"title": "t", "enclosure": {
        "url": "https://pod.example/e.mp3", "type": "audio/mpeg", "length": "77"}}}}}  # fmt: skip
    entry = parse_feed(json.dumps(data).encode(), URL, "application/json", now=NOW).entries[0]
    assert entry.enclosures == (Enclosure("https://pod.example/e.mp3", "audio/mpeg", 77),)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1:02:03", 3723), ("62:03", 3723), ("3723", 3723), ("3723.5", 3723), (" 45 ", 45),
     ("0", None), ("", None), ("1:75", None), ("abc", None), ("-5", None), (90, 90), (True, None)],
)  # fmt: skip
def test_durations(text: object, seconds: int | None) -> None:
    assert parse_duration(text) == seconds


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=20), st.integers(), st.floats(), st.none(), st.booleans()))
def test_sizes_and_durations_never_raise_and_are_positive(value: object) -> None:
    for result in (parse_size(value), parse_duration(value)):
        assert result is None or (isinstance(result, int) and result > 0)
