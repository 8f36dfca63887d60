"""Refresher(parse_here=True): feeds parsed both in the pool and in the calling process."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.refresh import Refresher
from tests.feedkit import RSS_TYPE, serve_feed
from tests.httpserver import FixtureServer


class CountingPool(ThreadPoolExecutor):
    """A stand-in for the process pool that counts what it is given."""

    def __init__(self) -> None:
        super().__init__(2)
        self.count = 0
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._lock:
            self.count += 1
        return super().submit(fn, *args, **kwargs)


@pytest.mark.parametrize("parse_here", [False, True])
def test_every_feed_is_parsed_once_in_the_pool_or_here(
    profile: Path, server: FixtureServer, parse_here: bool
) -> None:
    store = Store(profile / "broadsheet.sqlite3")
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    pool = CountingPool()
    refresher = Refresher(
        store, ArticleCache(profile / "cache"), fetcher, cpu=pool, max_workers=4,
        parse_here=parse_here,
    )  # fmt: skip
    try:
        good = []
        for i in range(8):
            serve_feed(server, f"/f{i}.xml", f"Feed {i}", 3)
            good.append(store.add_feed(server.url(f"/f{i}.xml"), f"Feed {i}").id)
        server.add("/bad.xml", '<?xml version="1.0"?><rss><channel><tit', content_type=RSS_TYPE)
        bad = store.add_feed(server.url("/bad.xml"), "Bad").id
        summary = refresher.refresh(simplify=False)
        errors = {r.feed_id: r.error for r in summary.results}
        assert all(errors[feed_id] is None for feed_id in good)
        assert errors[bad]
        assert summary.new_articles == 24
        for i, feed_id in enumerate(good):
            titles = sorted(a.title for a in store.articles(feed_id=feed_id))
            assert titles == [f"Feed {i} story {j}" for j in range(3)]
        # With parse_here (the command line), well-formed feeds are parsed by the fast path in
        # the fetching threads and the broken one in the free lane here: the pool gets none.
        # Without it (the window's process), every feed goes to the pool.
        if parse_here:
            assert pool.count == 0
        else:
            assert pool.count == 9
    finally:
        refresher.close()
        pool.shutdown()
        fetcher.close()
        store.close()
