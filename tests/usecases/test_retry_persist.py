"""A server's 429/503 Retry-After is honoured across runs: the hold is kept in the profile, so a
new Refresher (the next ``broadsheet refresh``, the next window start) asks nothing before then
(RELIABILITY N6)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.refresh_results import FeedResult
from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.refresh import Refresher
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer


class Run:
    """One process's worth of parts over the profile (a CLI run or a window session)."""

    def __init__(self, root: Path) -> None:
        self.store = Store(root / "broadsheet.sqlite3")
        self.fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
        self.refresher = Refresher(
            self.store, ArticleCache(root / "cache"), self.fetcher, max_workers=2
        )

    def close(self) -> None:
        self.refresher.close()
        self.fetcher.close()
        self.store.close()


@pytest.fixture
def runs(profile: Path) -> Iterator[list[Run]]:
    made: list[Run] = []
    yield made
    for run in made:
        run.close()


def _new_run(runs: list[Run], profile: Path) -> Run:
    run = Run(profile)
    runs.append(run)
    return run


def _subscribe_then_busy(run: Run, server: FixtureServer, retry_after: str) -> int:
    serve_feed(server, "/busy.xml", "Busy", 1)
    feed = run.refresher.subscribe(server.url("/busy.xml"))
    server.add("/busy.xml", b"slow down", status=429, headers={"Retry-After": retry_after})
    (result,) = run.refresher.refresh([feed.id], simplify=False).results
    assert result.error is not None
    return feed.id


def test_a_new_run_does_not_ask_a_feed_that_asked_us_to_wait(
    runs: list[Run], profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/calm.xml", "Calm", 1)
    first = _new_run(runs, profile)
    first.refresher.subscribe(server.url("/calm.xml"))
    before = datetime.now(UTC)
    busy_id = _subscribe_then_busy(first, server, "3600")
    first.close()
    runs.remove(first)
    hits = server.hits["/busy.xml"]
    calm_hits = server.hits["/calm.xml"]

    second = _new_run(runs, profile)
    seen: list[tuple[FeedResult, int, int]] = []
    summary = second.refresher.refresh(
        simplify=False, on_feed=lambda r, done, total: seen.append((r, done, total))
    )
    assert server.hits["/busy.xml"] == hits  # no request at all
    assert server.hits["/calm.xml"] == calm_hits + 1  # the others are still asked
    busy = next(r for r in summary.results if r.feed_id == busy_id)
    assert busy.error is not None
    assert busy.error.startswith("the server asked us to wait until ")
    assert busy.error.endswith(" UTC")
    until = second.store.retry_holds(datetime.now(UTC))[busy_id]
    assert before + timedelta(seconds=3500) < until < before + timedelta(seconds=3700)
    assert f"{until:%H:%M}" in busy.error
    assert sorted(done for _, done, _ in seen) == [1, 2]
    assert {total for _, _, total in seen} == {2}


def test_asking_for_the_feed_by_id_is_held_too(
    runs: list[Run], profile: Path, server: FixtureServer
) -> None:
    first = _new_run(runs, profile)
    busy_id = _subscribe_then_busy(first, server, "3600")
    hits = server.hits["/busy.xml"]
    second = _new_run(runs, profile)
    (result,) = second.refresher.refresh([busy_id], simplify=False).results
    assert server.hits["/busy.xml"] == hits
    assert result.error is not None and "wait until" in result.error


def test_the_hold_ends_and_a_success_clears_it(
    runs: list[Run], profile: Path, server: FixtureServer
) -> None:
    first = _new_run(runs, profile)
    busy_id = _subscribe_then_busy(first, server, "3600")
    first.close()
    runs.remove(first)
    # The hour has passed: move the stored time into the past.
    conn = sqlite3.connect(profile / "broadsheet.sqlite3")
    with conn:
        conn.execute("UPDATE feeds SET retry_at = retry_at - 7200000000 WHERE id = ?", (busy_id,))
    conn.close()
    serve_feed(server, "/busy.xml", "Busy", 2)
    hits = server.hits["/busy.xml"]

    second = _new_run(runs, profile)
    (result,) = second.refresher.refresh(simplify=False).results
    assert server.hits["/busy.xml"] == hits + 1
    assert result.error is None
    assert second.store.feed(busy_id).last_error is None
    conn = sqlite3.connect(profile / "broadsheet.sqlite3")
    try:
        row = conn.execute("SELECT retry_at FROM feeds WHERE id = ?", (busy_id,)).fetchone()
    finally:
        conn.close()
    assert row == (None,)


def test_a_429_without_retry_after_holds_nothing(
    runs: list[Run], profile: Path, server: FixtureServer
) -> None:
    first = _new_run(runs, profile)
    busy_id = _subscribe_then_busy(first, server, "soon")
    assert first.store.retry_holds(datetime.now(UTC)) == {}
    hits = server.hits["/busy.xml"]
    second = _new_run(runs, profile)
    (result,) = second.refresher.refresh([busy_id], simplify=False).results
    assert server.hits["/busy.xml"] == hits + 1
    assert result.error is not None and "wait until" not in result.error
