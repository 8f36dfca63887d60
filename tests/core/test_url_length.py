"""Addresses of absurd length (a feed item whose link is 3 MB, an image or a page link of
megabytes) are not addresses: the one URL rule refuses anything over
:data:`reader.core.urlrule.MAX_URL_LENGTH` characters (8 KiB: what web servers accept in a
request line, nginx and Apache alike, and the least RFC 9110 asks them to), so it is never
stored, shown or followed, and the item itself is kept. Before, a 3 MB link was stored as it
was (in every format and both parsers)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds.parse import parse_feed
from reader.core.render.sanitize import absolute_url, sanitize_html
from reader.core.urlrule import MAX_URL_LENGTH, web_url_problem
from reader.core.urls import clean_mailto, feed_url_problem
from tests.props import PROPERTY

NOW = datetime(2026, 12, 1, tzinfo=UTC)
FEED = "https://example.org/feed"
HUGE = "https://example.org/story?" + "a" * (3 * 1024 * 1024)


def _rss(link: str, *, well_formed: bool = True) -> bytes:
    extra = "" if well_formed else "<unknown:x>"  # feedparser's path
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f'<item><title>Kept</title><guid isPermaLink="false">g1</guid><link>{link}</link>'
        f'<enclosure url="{link}" type="image/png" length="1"/>'
        f'<description>&lt;a href="{link}"&gt;x&lt;/a&gt;&lt;img src="{link}"&gt;</description>'
        f"{extra}</item></channel></rss>"
    ).encode()


def _atom(link: str) -> bytes:
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        f'<entry><title>Kept</title><id>g1</id><link href="{link}"/>'
        f'<summary type="html">&lt;a href="{link}"&gt;x&lt;/a&gt;</summary></entry></feed>'
    ).encode()


def _json(link: str) -> bytes:
    item = {"id": "g1", "title": "Kept", "url": link, "image": link, "content_html": "x"}
    return json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [item]}
    ).encode()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (_rss(HUGE), "application/rss+xml"),
        (_rss(HUGE, well_formed=False), "application/rss+xml"),
        (_atom(HUGE), "application/atom+xml"),
        (_json(HUGE), "application/feed+json"),
    ],
    ids=["rss-fast", "rss-feedparser", "atom", "json"],
)
def test_an_item_with_a_huge_link_is_kept_without_it(body: bytes, content_type: str) -> None:
    parsed = parse_feed(body, FEED, content_type, now=NOW)
    [entry] = parsed.entries
    assert entry.title == "Kept" and entry.entry_id.endswith("g1")
    assert entry.link == "" and entry.image_url == ""
    assert all(len(e.url) <= MAX_URL_LENGTH for e in entry.enclosures)
    assert len(entry.summary_html) < 1000 and len(entry.content_html) < 1000


@PROPERTY
@given(st.integers(min_value=MAX_URL_LENGTH - 40, max_value=MAX_URL_LENGTH + 40))
def test_the_rule_holds_at_the_boundary(length: int) -> None:
    url = "https://example.org/?" + "q" * (length - len("https://example.org/?"))
    assert (web_url_problem(url) == "") == (length <= MAX_URL_LENGTH)
    resolved = absolute_url(url, "https://example.org/")
    assert resolved == (url if length <= MAX_URL_LENGTH else "")
    relative = absolute_url(url[len("https://example.org") :], "https://example.org/")
    assert len(relative) <= MAX_URL_LENGTH


@PROPERTY
@given(st.text(min_size=1, max_size=30), st.integers(min_value=1, max_value=4))
def test_nothing_the_sanitizer_keeps_is_longer(tail: str, times: int) -> None:
    long = "https://example.org/" + "p" * MAX_URL_LENGTH * times + tail
    html = f'<a href="{long}">x</a><img src="{long}"><a href="mailto:a@b.c?subject={long}">m</a>'
    clean = sanitize_html(html, "https://example.org/")
    assert len(clean) < 1000
    assert sanitize_html(clean, "https://example.org/") == clean


def test_a_typed_feed_address_of_megabytes_is_refused_in_words() -> None:
    assert feed_url_problem(HUGE) == ("", "address too long")
    assert clean_mailto("mailto:a@b.c?subject=" + "s" * MAX_URL_LENGTH) == ""
