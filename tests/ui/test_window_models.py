"""The feed tree and the lazy article list, checked with pytest-qt's qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reader.core.models import Feed, Folder
from reader.core.parsed import ParsedEntry
from reader.store.db import Store
from reader.ui.article_list import (
    CHUNK,
    READ_ROLE,
    STARRED_ROLE,
    ArticleFilter,
    ArticleListModel,
    relative_time,
)
from reader.ui.feed_tree import ALL, FeedTreeModel, Selection

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _entries(prefix: str, count: int) -> list[ParsedEntry]:
    return [
        ParsedEntry(
            entry_id=f"{prefix}-{i}",
            title=f"{prefix} title {i}",
            link=f"https://example.org/{prefix}/{i}",
            published=NOW - timedelta(minutes=i),
            summary_html=f"<p>Summary <b>{i}</b> of {prefix}</p>",
        )
        for i in range(count)
    ]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Store(tmp_path / "db.sqlite3")
    news = db.add_folder("News")
    first = db.add_feed("https://example.org/a.xml", "Alpha", folder_id=news.id)
    second = db.add_feed("https://example.org/b.xml", "<img src='/dev/zero'> Beta")
    db.add_entries(first.id, _entries("a", 450), now=NOW)
    db.add_entries(second.id, _entries("b", 30), now=NOW)
    return db


def test_feed_tree_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = FeedTreeModel()
    folders = [Folder(1, "News"), Folder(2, "Tech", parent_id=1), Folder(3, "Loop", parent_id=3)]
    feeds = [
        Feed(1, "https://a/x", "Alpha", folder_id=1),
        Feed(2, "https://b/x", "Beta", folder_id=2, last_error="server answered 404"),
        Feed(3, "https://c/x", "<b>Gamma</b>"),
    ]
    model.rebuild(folders, feeds, {1: 5, 2: 2}, starred=1)
    qtmodeltester.check(model)
    assert model.index_of(Selection("folder", 1)).siblingAtColumn(1).data() == "7"
    assert model.index_of(Selection("folder", 2)).siblingAtColumn(1).data() == "2"
    assert model.index_of(ALL).siblingAtColumn(1).data() == "7"
    assert model.index_of(Selection("smart", "starred")).siblingAtColumn(1).data() == "1"
    # The feed name is shown literally; the error is in an escaped tooltip.
    gamma = model.index_of(Selection("feed", 3))
    assert gamma.data() == "<b>Gamma</b>"
    tip = model.index_of(Selection("feed", 2)).data(0x03)  # ToolTipRole
    assert "server answered 404" in tip
    assert "<b>Gamma" not in str(gamma.data(0x03))
    model.adjust_count(1, -5)
    assert model.index_of(Selection("folder", 1)).siblingAtColumn(1).data() == "2"
    qtmodeltester.check(model)


def test_article_list_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, store: Store
) -> None:
    model = ArticleListModel(store)
    model.load(ArticleFilter())
    assert model.rowCount() == 480
    qtmodeltester.check(model)
    # Newest first; rows read lazily in chunks.
    assert model.index(0, 0).data() in ("a title 0", "b title 0")
    assert len(model._chunks) <= (480 // CHUNK) + 1
    model.load(ArticleFilter(unread=True))
    qtmodeltester.check(model)


def test_article_list_loads_lazily_and_overlays_state(qtbot: QtBot, store: Store) -> None:
    model = ArticleListModel(store)
    model.load(ArticleFilter())
    assert model._chunks == {}  # nothing read before a row is asked for
    last = model.rowCount() - 1
    assert model.index(last, 0).data().endswith("title 449")
    assert list(model._chunks) == [last // CHUNK]
    article_id = model.article_id(5)
    assert article_id is not None
    assert model.index(5, 0).data(READ_ROLE) is False
    model.set_state(article_id, read=True, starred=True)
    assert model.index(5, 0).data(READ_ROLE) is True
    assert model.index(5, 0).data(STARRED_ROLE) is True
    assert model.next_row(4, 1, unread=True) == 6
    assert model.next_row(6, -1, unread=True) == 4


def test_article_list_search_and_filters(qtbot: QtBot, store: Store) -> None:
    model = ArticleListModel(store)
    feed_b = next(f for f in store.feeds() if f.url.endswith("b.xml"))
    model.load(ArticleFilter(feed_id=feed_b.id))
    assert model.rowCount() == 30
    model.load(ArticleFilter(query="title 7"))
    assert model.rowCount() >= 2
    model.load(ArticleFilter(query='"unbalanced'))  # a bad FTS query is not an error
    assert model.rowCount() >= 0


def test_relative_times_are_short(qtbot: QtBot) -> None:
    assert relative_time(NOW - timedelta(seconds=5), NOW) == "now"
    assert relative_time(NOW - timedelta(minutes=5), NOW) == "5 min"
    assert relative_time(NOW - timedelta(hours=3), NOW) == "3 h"
    assert relative_time(NOW - timedelta(days=2), NOW) == "2 d"
    assert len(relative_time(NOW - timedelta(days=400), NOW)) <= 11
