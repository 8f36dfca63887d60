"""No cookie jar shared across fetches (issue 9 item 18): a Set-Cookie from one feed's answer
(a tracking pixel, a feed, a redirect hop) is never sent with any other request."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.net.http import Fetcher
from tests.httpserver import FixtureServer

TRACKER = "track=visitor-1234; Path=/; Max-Age=31536000"


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    client = Fetcher(connect_timeout=2, read_timeout=2, deadline=5)
    try:
        yield client
    finally:
        client.close()


def _cookies_sent(server: FixtureServer) -> list[str]:
    return [
        f"{path}: {headers['cookie']}" for path, headers in server.requests if "cookie" in headers
    ]


def test_a_pixels_cookie_is_not_sent_with_other_feeds_requests(
    server: FixtureServer, fetcher: Fetcher
) -> None:
    server.add("/a/pixel.gif", b"GIF89a", content_type="image/gif", headers={"Set-Cookie": TRACKER})
    server.add("/a/feed.xml", b"<rss/>", content_type="application/rss+xml",
               headers={"Set-Cookie": "session=a-feed; Path=/"})  # fmt: skip
    server.add("/b/feed.xml", b"<rss/>", content_type="application/rss+xml")
    server.add("/b/image.png", b"\x89PNG", content_type="image/png")
    fetcher.fetch(server.url("/a/feed.xml"))
    fetcher.fetch(server.url("/a/pixel.gif"), allow_private=True)
    for path in ("/b/feed.xml", "/b/image.png", "/a/feed.xml", "/a/pixel.gif"):
        fetcher.fetch(server.url(path))
    assert len(server.requests) == 6
    assert _cookies_sent(server) == []


def test_a_cookie_set_on_a_redirect_hop_is_not_sent_onwards(
    server: FixtureServer, fetcher: Fetcher
) -> None:
    server.add("/hop", status=302, headers={"Location": "/feed.xml", "Set-Cookie": TRACKER})
    server.add("/feed.xml", b"<rss/>", content_type="application/rss+xml")
    assert fetcher.fetch(server.url("/hop")).body == b"<rss/>"
    fetcher.fetch(server.url("/feed.xml"))
    assert [path for path, _ in server.requests] == ["/hop", "/feed.xml", "/feed.xml"]
    assert _cookies_sent(server) == []


def test_a_domain_cookie_is_not_kept_either(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/set", b"x", headers={"Set-Cookie": TRACKER + "; Domain=127.0.0.1"})
    server.add("/other", b"y")
    fetcher.fetch(server.url("/set"))
    fetcher.fetch(server.url("/other"))
    assert _cookies_sent(server) == []
