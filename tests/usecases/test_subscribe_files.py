"""Subscribing to an address that is a file, not a feed (the link to an episode, a video or a
PDF pasted into the Add box): said from the answer's headers, before its body is read, and in
the words of what it is, never 'response too large' for a 100 MB episode."""

from __future__ import annotations

import pytest

from reader.errors import FeedError, FetchError
from tests.feedkit import RSS_TYPE, page_with_alternates, serve_feed
from tests.httpserver import FixtureServer
from tests.usecases.refreshkit import Env, headers_only


@pytest.mark.parametrize(
    "content_type",
    ["audio/mpeg", "video/mp4", "image/jpeg", "application/pdf", "application/zip"],
)
@pytest.mark.parametrize("length", [100 * 1024 * 1024, 4 * 1024 * 1024])
def test_a_file_pasted_as_a_feed_says_what_it_is(
    env: Env, server: FixtureServer, content_type: str, length: int
) -> None:
    """Before: 'response too large (over 15 MiB)' for the big one, and the small one was read
    whole (then cut short: 'the server closed the connection before the whole response
    arrived')."""
    server.add("/episode", handler=headers_only(content_type, length))
    with pytest.raises((FeedError, FetchError)) as caught:
        env.refresher.subscribe(server.url("/episode"))
    assert str(caught.value) == f"not a feed (the server sent a file of type {content_type})"
    assert env.store.feeds() == []


def test_a_page_announcing_a_file_as_its_feed_says_so(env: Env, server: FixtureServer) -> None:
    server.add("/episode", handler=headers_only("audio/mpeg", 50 * 1024 * 1024))
    page = page_with_alternates([("/episode", "application/rss+xml", "Feed")])
    server.add("/page", page)
    with pytest.raises((FeedError, FetchError)) as caught:
        env.refresher.subscribe(server.url("/page"))
    assert str(caught.value) == "not a feed (the server sent a file of type audio/mpeg)"


@pytest.mark.parametrize(
    "content_type", [RSS_TYPE, "text/xml", "application/octet-stream", "text/plain", ""]
)
def test_feeds_under_any_text_or_generic_type_are_still_read(
    env: Env, server: FixtureServer, content_type: str
) -> None:
    serve_feed(server, "/feed.xml", "Feed", 2)
    body = server.routes["/feed.xml"].body
    server.add("/feed.xml", body, content_type=content_type)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    assert len(env.store.articles(feed_id=feed.id)) == 2
