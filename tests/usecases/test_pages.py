"""Article pages (reader.usecases.pages) with only the services they are given: no Refresher."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.core.feeds.parse import parse_feed
from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.pages import PageRun, PageTools, Priority, PrivateHosts, page_queue
from tests.feedkit import RSS_TYPE, rss, serve_feed
from tests.httpserver import FixtureServer


@pytest.fixture
def tools(profile: Path) -> Iterator[PageTools]:
    store = Store(profile / "broadsheet.sqlite3")
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    threads = ThreadPoolExecutor(2)
    yield PageTools(
        store=store,
        cache=ArticleCache(profile / "cache"),
        fetcher=fetcher,
        threads=threads,
        max_workers=2,
        cpu=None,
        private=PrivateHosts(),
        priority=Priority(),
    )
    threads.shutdown()
    fetcher.close()
    store.close()


def _subscribe(tools: PageTools, server: FixtureServer, count: int) -> list[int]:
    items = serve_feed(server, "/feed.xml", "Pages", count, pages=True)
    feed = tools.store.add_feed(server.url("/feed.xml"), "Pages")
    now = datetime.now(UTC)
    parsed = parse_feed(rss("Pages", items).encode(), feed.url, RSS_TYPE, now=now)
    return tools.store.add_entries(feed.id, parsed.entries, now=now)


def test_one_article_is_simplified_from_its_page_and_cached(
    tools: PageTools, server: FixtureServer
) -> None:
    (article_id,) = _subscribe(tools, server, 1)
    shown = PageRun(tools).one(tools.store.article(article_id))
    assert shown is not None and shown.text
    assert tools.store.article(article_id).simplified == "page"
    assert tools.cache.has_article(article_id)


def test_a_run_takes_the_opened_article_first(tools: PageTools, server: FixtureServer) -> None:
    ids = _subscribe(tools, server, 4)
    order: list[int] = []
    tools.priority.add(ids[-1])
    one_at_a_time = dataclasses.replace(tools, max_workers=1)  # finishing order = start order
    run = PageRun(one_at_a_time, lambda article_id, _source: order.append(article_id))
    done, failed = run.run(page_queue(tools.store, ids, backlog=0))
    assert (done, failed) == (4, 0)
    assert order[0] == ids[-1] and sorted(order) == sorted(ids)


def test_priority_gives_the_most_recently_opened_first() -> None:
    priority = Priority()
    for article_id in (1, 2, 3, 1):
        priority.add(article_id)
    assert [priority.take() for _ in range(4)] == [1, 3, 2, None]


def test_the_queue_adds_a_bounded_backlog_of_older_articles(
    tools: PageTools, server: FixtureServer
) -> None:
    ids = _subscribe(tools, server, 5)
    assert list(page_queue(tools.store, ids[:1], backlog=0)) == ids[:1]
    queue = list(page_queue(tools.store, ids[:1], backlog=2))
    assert queue[0] == ids[0] and len(queue) == 3 and len(set(queue)) == 3
