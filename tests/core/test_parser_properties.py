"""Property-based tests of the feed parser (issue 9, "Done when"): hostile or random XML and
JSON bytes parse, or fail with a FeedError in words, never anything else; what comes out is
safe to show (titles without spoofing characters, bodies through the sanitizer's oracle, links
only http(s))."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds.parse import parse_feed
from reader.core.parsed import ParsedFeed
from reader.core.render.sanitize import is_web_url
from reader.core.render.spoofing import spoofing_problems
from reader.errors import FeedError
from tests.core.test_feeds_hostile import assert_harmless
from tests.htmlgen import TEXT, fragment, rss_feed, xml_safe
from tests.props import PROPERTY, PROPERTY_SLOW

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
URL = "https://hostile.example/feed"
CONTENT_TYPES = ["application/rss+xml", "application/atom+xml", "text/xml", "application/json",
                 "application/feed+json", "text/html", "", "image/png"]  # fmt: skip


def _parse(body: bytes, content_type: str) -> ParsedFeed | None:
    try:
        return parse_feed(body, URL, content_type, now=NOW)
    except FeedError as err:
        assert str(err).strip(), "a FeedError says what went wrong"
        return None


def _check_safe(feed: ParsedFeed | None) -> None:
    if feed is None:
        return
    assert spoofing_problems(feed.title) == []
    for entry in feed.entries:
        assert spoofing_problems(entry.title) == [], entry.title
        assert spoofing_problems(entry.author) == [], entry.author
        assert entry.link == "" or is_web_url(entry.link), entry.link
        assert entry.image_url == "" or is_web_url(entry.image_url)
        assert_harmless(xml_safe(entry.summary_html))
        assert_harmless(xml_safe(entry.content_html))


@PROPERTY_SLOW
@given(rss_feed())
def test_property_hostile_rss_parses_safely_or_fails_in_words(body: bytes) -> None:
    _check_safe(_parse(body, "application/rss+xml"))


@PROPERTY
@given(st.binary(max_size=400), st.sampled_from(CONTENT_TYPES))
def test_property_random_bytes_fail_only_in_words(body: bytes, content_type: str) -> None:
    _check_safe(_parse(body, content_type))


@PROPERTY
@given(
    st.sampled_from(
        [
            b"<?xml version='1.0'?><rss><channel>",
            b"<feed xmlns='http://www.w3.org/2005/Atom'>",
            b'{"version": "https://jsonfeed.org/version/1.1", "items": [',
            b"\xef\xbb\xbf<rss>",
            b"\xff\xfe<\x00r\x00s\x00s\x00>\x00",
            b"<rdf:RDF>",
        ]
    ),
    st.binary(max_size=300),
)
def test_property_a_feed_start_and_random_rest_fail_only_in_words(
    start: bytes, rest: bytes
) -> None:
    _check_safe(_parse(start + rest, "application/xml"))


_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), TEXT, fragment()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "title",
                    "id",
                    "url",
                    "content_html",
                    "content_text",
                    "summary",
                    "image",
                    "authors",
                    "author",
                    "date_published",
                    "items",
                    "version",
                    "home_page_url",
                    "feed_url",
                    "icon",
                    "favicon",
                    "name",
                    "external_url",
                ]
            ),
            inner,
            max_size=6,
        ),
    ),
    max_leaves=25,
)


@st.composite
def json_feed(draw: st.DrawFn) -> bytes:
    items: Any = draw(st.lists(_JSON, max_size=4))
    document: dict[str, Any] = {"version": "https://jsonfeed.org/version/1.1", "title": draw(_JSON)}
    document["items"] = items if draw(st.booleans()) else draw(_JSON)
    text = json.dumps(document, allow_nan=True)
    if draw(st.booleans()):  # deep nesting (RecursionError in json.loads is not a ValueError)
        depth = draw(st.integers(10, 5000))
        text = text[:-1] + ', "x": ' + "[" * depth + "]" * depth + "}"
    return text.encode("utf-8", "surrogatepass")


@PROPERTY_SLOW
@given(json_feed())
def test_property_hostile_json_feeds_parse_safely_or_fail_in_words(body: bytes) -> None:
    _check_safe(_parse(body, "application/feed+json"))
