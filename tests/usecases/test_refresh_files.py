"""A subscribed feed whose address turns into a file (the site now serves an episode, a picture,
a PDF or an archive there): the refresh says so from the answer's headers, before the body is
read, in the words subscribing uses, and the feed keeps its articles."""

from __future__ import annotations

import pytest

from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.usecases.refreshkit import Env, headers_only


@pytest.mark.parametrize(
    "content_type",
    ["audio/mpeg", "video/mp4", "image/png", "application/pdf", "application/zip", "font/woff2"],
)
@pytest.mark.parametrize("length", [100 * 1024 * 1024, 4 * 1024 * 1024])
def test_a_feed_that_became_a_file_says_what_it_is(
    env: Env, server: FixtureServer, content_type: str, length: int
) -> None:
    """Before: 'response too large (over 15 MiB)' for the big one, 'the server closed the
    connection before the whole response arrived' for the small one."""
    serve_feed(server, "/feed.xml", "Feed", 3)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    server.add("/feed.xml", handler=headers_only(content_type, length))
    summary = env.refresher.refresh(simplify=False)
    words = f"not a feed (the server sent a file of type {content_type})"
    assert [r.error for r in summary.results] == [words]
    assert env.store.feed(feed.id).last_error == words
    assert len(env.store.articles(feed_id=feed.id)) == 3


def test_a_feed_under_a_generic_type_still_refreshes(env: Env, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Feed", 2)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    serve_feed(server, "/feed.xml", "Feed", 4)
    body = server.routes["/feed.xml"].body
    server.add("/feed.xml", body, content_type="application/octet-stream")
    assert env.refresher.refresh(simplify=False).failed == ()
    assert len(env.store.articles(feed_id=feed.id)) == 4
