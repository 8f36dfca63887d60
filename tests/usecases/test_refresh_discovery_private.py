"""RELIABILITY N3 for autodiscovery: a public page cannot point the subscription at a private host.

No public host can run here, so the page's host is declared public by giving the Subscriber a
private-host rule that calls every host public; the fetch itself is real.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.errors import FetchError
from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.pages import PrivateHosts
from reader.usecases.refresh import Refresher
from reader.usecases.subscribe import Subscriber
from tests.feedkit import page_with_alternates, serve_feed
from tests.httpserver import FixtureServer


class _EveryHostPublic(PrivateHosts):
    def allows(self, feed_url: str) -> bool:
        return False


@pytest.fixture
def refresher(profile: Path) -> Iterator[tuple[Refresher, Store]]:
    store = Store(profile / "broadsheet.sqlite3")
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    refresher = Refresher(store, ArticleCache(profile / "cache"), fetcher, max_workers=2)
    yield refresher, store
    refresher.close()
    fetcher.close()
    store.close()


def test_public_page_cannot_point_at_a_private_feed(
    refresher: tuple[Refresher, Store], server: FixtureServer
) -> None:
    _, store = refresher
    serve_feed(server, "/internal/rss", "Internal", 2)
    server.add("/", page_with_alternates([("/internal/rss", "application/rss+xml", "Feed")]))
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    subscriber = Subscriber(store, fetcher, private=_EveryHostPublic())
    with pytest.raises(FetchError) as caught:
        subscriber.subscribe(server.url("/"))
    fetcher.close()
    assert caught.value.kind == "private"
    assert server.hits["/internal/rss"] == 0
    assert store.feeds() == []


def test_private_page_may_point_at_its_own_private_feed(
    refresher: tuple[Refresher, Store], server: FixtureServer
) -> None:
    ref, store = refresher
    serve_feed(server, "/internal/rss", "Internal", 2)
    server.add("/", page_with_alternates([("/internal/rss", "application/rss+xml", "Feed")]))
    feed = ref.subscribe(server.url("/"))
    assert feed.url == server.url("/internal/rss")
    assert [f.id for f in store.feeds()] == [feed.id]
