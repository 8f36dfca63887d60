"""Refresher(parse_here=True): feeds parsed both in the pool and in the calling process."""

from __future__ import annotations

import contextlib
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
        # Well-formed feeds are parsed by the fast path in the fetching threads (the window's
        # process too: a hand-off to a worker costs more); the broken one needs feedparser: in
        # the free lane here with parse_here (the command line), else in the pool.
        assert pool.count == (0 if parse_here else 1)
    finally:
        refresher.close()
        pool.shutdown()
        fetcher.close()
        store.close()


def test_the_window_parses_one_feed_at_a_time_in_its_fetching_threads(
    profile: Path, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a process pool and no parse_here (the window), the fast path runs in the fetching
    threads one feed at a time: the GUI thread competes for the GIL with one parser at most."""
    import reader.core.feeds.parse as parse_module  # feed_run imports it when it first parses

    real = parse_module.parse_without_feedparser
    lock = threading.Lock()
    now_running = [0]
    most = [0]
    started = threading.Barrier(2, timeout=0.5)

    def parse(*args: Any, **kwargs: Any) -> Any:
        with lock:
            now_running[0] += 1
            most[0] = max(most[0], now_running[0])
        # Two parses meet here unless something keeps them apart (then the wait times out).
        with contextlib.suppress(threading.BrokenBarrierError):
            started.wait()
        try:
            return real(*args, **kwargs)
        finally:
            with lock:
                now_running[0] -= 1

    monkeypatch.setattr(parse_module, "parse_without_feedparser", parse)
    store = Store(profile / "broadsheet.sqlite3")
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    pool = CountingPool()
    refresher = Refresher(store, ArticleCache(profile / "cache"), fetcher, cpu=pool, max_workers=4)
    try:
        for i in range(4):
            serve_feed(server, f"/f{i}.xml", f"Feed {i}", 2)
            store.add_feed(server.url(f"/f{i}.xml"), f"Feed {i}")
        summary = refresher.refresh(simplify=False)
        assert summary.new_articles == 8
        assert pool.count == 0
        assert most[0] == 1
    finally:
        refresher.close()
        pool.shutdown()
        fetcher.close()
        store.close()
