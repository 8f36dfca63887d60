"""Batched store writes of a refresh: one feed failing inside a batch loses only its own writes;
a process killed mid-batch keeps every feed it reported before (real SQLite, loopback server)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.net.http import Fetcher
from reader.store.batch import BatchLost
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.refresh import Refresher
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer

REPO = Path(__file__).resolve().parents[2]


def _refresher(store: Store, profile: Path) -> tuple[Refresher, Fetcher]:
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    return Refresher(store, ArticleCache(profile / "cache"), fetcher, max_workers=4), fetcher


def test_a_feed_failing_mid_write_is_undone_alone(profile: Path, server: FixtureServer) -> None:
    store = Store(profile / "broadsheet.sqlite3")
    refresher, fetcher = _refresher(store, profile)
    try:
        ids = {}
        for name in ("Alpha", "Poison", "Gamma", "Delta"):
            serve_feed(server, f"/{name}.xml", name, 3)
            ids[name] = store.add_feed(server.url(f"/{name}.xml"), name).id
        # A real SQLite failure in the middle of one feed's inserts (its other entries are
        # written before or after it within the same statement sequence).
        store._conn.execute(
            "CREATE TEMP TRIGGER poison BEFORE INSERT ON main.articles"
            " WHEN NEW.title = 'Poison story 1' BEGIN SELECT RAISE(ABORT, 'poisoned'); END"
        )
        summary = refresher.refresh(simplify=False)
        errors = {r.feed_id: r.error for r in summary.results}
        assert errors[ids["Poison"]]
        assert store.feed(ids["Poison"]).last_error == errors[ids["Poison"]]
        assert store.articles(feed_id=ids["Poison"]) == []  # none of its entries half-stored
        for name in ("Alpha", "Gamma", "Delta"):
            assert errors[ids[name]] is None
            titles = sorted(a.title for a in store.articles(feed_id=ids[name]))
            assert titles == [f"{name} story {i}" for i in range(3)]
        assert summary.new_articles == 9
    finally:
        refresher.close()
        fetcher.close()
        store.close()


def test_savepoint_undoes_only_its_own_writes(profile: Path) -> None:
    store = Store(profile / "broadsheet.sqlite3")
    try:
        with store.batch():
            with store.savepoint():
                store.add_feed("https://example.com/kept.xml", "Kept")
            with pytest.raises(RuntimeError), store.savepoint():
                store.add_feed("https://example.com/undone.xml", "Undone")
                raise RuntimeError("fails after writing")
            with store.savepoint():
                store.add_feed("https://example.com/after.xml", "After")
        assert sorted(f.title for f in store.feeds()) == ["After", "Kept"]
    finally:
        store.close()


def test_batch_rolled_back_by_sqlite_is_reported_as_lost(profile: Path) -> None:
    store = Store(profile / "broadsheet.sqlite3")
    try:
        with pytest.raises(BatchLost), store.batch():
            store.add_feed("https://example.com/first.xml", "First")
            with store.savepoint():
                store._conn.execute("ROLLBACK")  # what SQLite does itself on a full disk
                raise sqlite3.OperationalError("database or disk is full")
        assert store.feeds() == []
    finally:
        store.close()


_CHILD = textwrap.dedent(
    """
    import json, os, signal, sys
    from pathlib import Path
    import reader.usecases.feed_run as feed_run
    import reader.usecases.refresh as refresh
    from reader.net.http import Fetcher
    from reader.store.cache import ArticleCache
    from reader.store.db import Store

    feed_run._BATCH_FEEDS = 3
    feed_run._BATCH_SECONDS = 60.0
    profile = Path(sys.argv[1])
    store = Store(profile / "broadsheet.sqlite3")
    reported = []
    real = Store.savepoint

    since_report = {"reports": 0, "savepoints": 0}

    def savepoint(self):
        # Killed inside a batch after the first report, once one of its feeds was written.
        if since_report["reports"] != len(reported):
            since_report.update(reports=len(reported), savepoints=0)
        since_report["savepoints"] += 1
        if reported and since_report["savepoints"] == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(self)

    Store.savepoint = savepoint

    def on_feed(result, done, total):
        reported.append(result.feed_id)
        print(json.dumps([result.feed_id, result.new_articles, result.error]), flush=True)

    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    refresher = refresh.Refresher(store, ArticleCache(profile / "cache"), fetcher, max_workers=2)
    refresher.refresh(simplify=False, on_feed=on_feed)
    print("finished", flush=True)
    """
)


def test_sigkill_mid_batch_loses_nothing_reported_before(
    profile: Path, server: FixtureServer
) -> None:
    with Store(profile / "broadsheet.sqlite3") as store:
        for i in range(9):
            serve_feed(server, f"/f{i}.xml", f"Feed {i}", 4)
            store.add_feed(server.url(f"/f{i}.xml"), f"Feed {i}")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(profile)],
        capture_output=True, text=True, timeout=120, env=env, cwd=REPO,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    reported = [json.loads(line) for line in child.stdout.splitlines()]
    assert reported and all(error is None for _, _, error in reported)
    with Store(profile / "broadsheet.sqlite3") as store:
        assert store.integrity_check() == []
        stored = {f.id: len(store.articles(feed_id=f.id)) for f in store.feeds()}
    for feed_id, new_articles, _ in reported:
        assert new_articles == 4
        assert stored[feed_id] == 4  # committed before the kill: kept
    # The feed written in the batch that was cut short is not half there: nothing of it.
    assert sum(stored.values()) == 4 * len(reported)
