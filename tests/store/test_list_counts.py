"""A list counted from the per-feed counts (reader.store.list_counts) says exactly what counting
its rows says: every article or the unread ones, of everything, a feed, a folder with
subfolders, with hidden articles and articles newer than the snapshot left out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from reader.core.parsed import ParsedEntry
from reader.store import list_counts
from reader.store.db import Store

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _entries(feed: int, count: int, start: int = 0) -> list[ParsedEntry]:
    return [
        ParsedEntry(
            entry_id=f"{feed}-{i}",
            title=f"Story {i}",
            link=f"https://example.org/{feed}/{i}",
            published=NOW - timedelta(minutes=i),
        )
        for i in range(start, start + count)
    ]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Store(tmp_path / "db.sqlite3")
    top = db.add_folder("Top")
    inner = db.add_folder("Inner", parent_id=top.id)
    feeds = [
        db.add_feed("https://e.org/a", folder_id=top.id).id,
        db.add_feed("https://e.org/b", folder_id=inner.id).id,
        db.add_feed("https://e.org/c").id,
    ]
    for feed in feeds:
        db.add_entries(feed, _entries(feed, 12), now=NOW)
    ids = db.article_ids()
    db.set_read(ids[::4])
    with db.batch():  # as a rule hides articles: one unread, one read
        db._conn.execute(
            "UPDATE article_state SET hidden = 1 WHERE article_id IN (?, ?)", (ids[1], ids[4])
        )
    return db


SCOPES: list[dict[str, Any]] = [{}, {"feed_id": 1}, {"feed_id": 3}, {"folder_id": 1}]


@pytest.mark.parametrize("unread", [True, False])
@pytest.mark.parametrize("scope", SCOPES, ids=lambda f: ",".join(f) or "all")
def test_a_list_is_counted_as_its_rows(store: Store, scope: dict[str, Any], unread: bool) -> None:
    filters = {"unread": unread, **scope}
    assert list_counts.countable(filters)
    snapshot, count = store.open_list(**filters)
    assert count == len(store.article_ids(**filters)) == store.article_count(snapshot, **filters)
    assert count > 0


@pytest.mark.parametrize("scope", SCOPES, ids=lambda f: ",".join(f) or "all")
def test_articles_newer_than_the_snapshot_are_left_out(store: Store, scope: dict[str, Any]) -> None:
    filters = {"unread": True, **scope}
    snapshot = store.list_snapshot()
    before = store.article_count(snapshot, **filters)
    for feed in (1, 2, 3):
        store.add_entries(feed, _entries(feed, 3, start=100), now=NOW)
    assert list_counts.list_count(store._conn, snapshot.max_id, filters) == before
    assert store.open_list(**filters)[1] == len(store.article_ids(**filters)) > before


def test_other_lists_are_counted_by_their_rows() -> None:
    for filters in (
        {"query": "story"},
        {"feed_id": 1, "starred": True},
        {"unread": True, "query": "story"},
        {"unread": True, "starred": True},
        {"unread": True, "tag_id": 1},
        {"unread": True, "audio": True},
    ):
        assert not list_counts.countable(filters), filters
