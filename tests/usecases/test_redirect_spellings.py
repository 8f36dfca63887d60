"""A refresh's redirect onto another subscribed feed is recognised by the same rule as
subscribing and OPML import (reader.core.urls.feed_key): a feed whose server redirects it to a
tracking-parameter spelling of another subscribed feed took that feed's articles a second time
(and, on a 301, its address)."""

from __future__ import annotations

import pytest

from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.usecases.refreshkit import Env


@pytest.mark.parametrize("status", [301, 302, 308])
@pytest.mark.parametrize(
    "spelling", ["/b.xml?utm_source=rss", "/b.xml?utm_medium=x&fbclid=1#top", "/b.xml#top"]
)
def test_a_redirect_onto_another_spelling_of_a_subscribed_feed_stores_nothing(
    env: Env, server: FixtureServer, status: int, spelling: str
) -> None:
    serve_feed(server, "/a.xml", "A", 2)
    serve_feed(server, "/b.xml", "B", 3)
    serve_feed(server, spelling.partition("#")[0], "B", 3, prefix="b-xml")
    a = env.refresher.subscribe(server.url("/a.xml"))
    b = env.refresher.subscribe(server.url("/b.xml"))
    server.add("/a.xml", status=status, headers={"Location": server.url(spelling)})
    results = {r.feed_id: r for r in env.refresher.refresh(simplify=False).results}
    assert "already subscribed" in (results[a.id].error or "")
    assert env.store.feed(a.id).url == server.url("/a.xml")  # not moved onto B
    assert len(env.store.articles(feed_id=a.id)) == 2
    assert len(env.store.articles(feed_id=b.id)) == 3
