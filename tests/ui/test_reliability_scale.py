"""RELIABILITY U2: 100,000 articles in one list. The list reads only the rows it draws, keeps a
bounded number of them, and filters by asking the store for a count only. No timings asserted: the
protection is "lazy and bounded", which these counts show; bench/startup.py gives the figures.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.core.models import Article
from reader.store.pages import ListSnapshot, Page, SortKey
from reader.ui.article_list import CHUNK, MAX_CHUNKS, ArticleFilter, ArticleListModel
from reader.ui.article_table import ArticleListView

ROWS = 100_000
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


class CountingStore:
    """A store of ``ROWS`` articles (ids ROWS..1, newest first) that serves the paged list and
    counts what the model reads."""

    def __init__(self) -> None:
        self.rows_read = 0
        self.counts: list[dict[str, Any]] = []

    def _ids(self, filters: dict[str, Any]) -> list[int]:
        ids = range(ROWS, 0, -1)
        if filters.get("unread"):
            return [i for i in ids if i % 2]
        if filters.get("query"):
            return [i for i in ids if i % 1000 == 7]
        return list(ids)

    def list_snapshot(self) -> ListSnapshot:
        return ListSnapshot(ROWS, 0)

    def article_count(self, snapshot: ListSnapshot, **filters: Any) -> int:
        self.counts.append(filters)
        return len(self._ids(filters))

    def open_list(self, **filters: Any) -> tuple[ListSnapshot, int]:
        snapshot = self.list_snapshot()
        return snapshot, self.article_count(snapshot, **filters)

    def search_ids(self, snapshot: ListSnapshot, **filters: Any) -> list[int] | None:
        return None  # as for a search that finds many: read in pages

    def article_page(
        self,
        snapshot: ListSnapshot,
        *,
        limit: int,
        offset: int = 0,
        after: SortKey | None = None,
        before: SortKey | None = None,
        matches: int | None = None,
        **filters: Any,
    ) -> Page:
        ids = self._ids(filters)
        if after is not None:  # (ids are unique and descending: a key is its id)
            offset = next(n for n, i in enumerate(ids) if i < after[0])
        elif before is not None:
            offset = max(0, next(n for n, i in enumerate(ids) if i <= before[0]) - limit)
        part = ids[offset : offset + limit]
        self.rows_read += len(part)
        return Page([_article(i) for i in part], [(i,) for i in part])

    def article_position(
        self, snapshot: ListSnapshot, article_id: int, **filters: Any
    ) -> int | None:
        ids = self._ids(filters)
        return ids.index(article_id) if article_id in ids else None

    def article_list_ids(self, snapshot: ListSnapshot, **filters: Any) -> list[int]:
        return self._ids(filters)


def _article(i: int) -> Article:
    return Article(
        id=i,
        feed_id=1 + i % 3,
        entry_id=f"e{i}",
        title=f"Headline {i}",
        link=f"https://example.org/{i}",
        author="",
        published=NOW - timedelta(minutes=ROWS - i),
        first_seen=NOW,
        summary_html=f"<p>Words {i}</p>",
        content_html="",
        read=i % 2 == 0,
        feed_title="Feed",
    )


@pytest.fixture
def store() -> CountingStore:
    return CountingStore()


def test_opening_a_list_of_100k_reads_only_its_length(store: CountingStore) -> None:
    model = ArticleListModel(store)  # type: ignore[arg-type]
    model.load(ArticleFilter())
    assert model.rowCount() == ROWS
    assert store.rows_read == 0
    assert model.index(0, 0).data() == f"Headline {ROWS}"
    assert model.index(ROWS - 1, 0).data() == "Headline 1"
    assert store.rows_read == 2 * CHUNK


def test_the_view_draws_100k_rows_reading_a_chunk_or_two(
    qtbot: QtBot, store: CountingStore
) -> None:
    model = ArticleListModel(store)  # type: ignore[arg-type]
    model.load(ArticleFilter())
    view = ArticleListView(model)
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paint once
    assert 0 < store.rows_read <= 2 * CHUNK
    view.scrollToBottom()
    view.grab()
    assert store.rows_read <= 4 * CHUNK


def test_scrolling_through_100k_rows_keeps_a_bounded_number_in_memory(
    store: CountingStore,
) -> None:
    model = ArticleListModel(store)  # type: ignore[arg-type]
    model.load(ArticleFilter())
    for row in range(0, ROWS, CHUNK // 2):
        assert model.article_id(row) == ROWS - row
        assert model.index(row, 0).data() == f"Headline {ROWS - row}"
    held = sum(len(chunk) for chunk in model._chunks.values())
    assert held <= MAX_CHUNKS * CHUNK < ROWS


def test_filters_ask_the_store_for_a_count_and_read_nothing_more(store: CountingStore) -> None:
    model = ArticleListModel(store)  # type: ignore[arg-type]
    model.load(ArticleFilter())
    model.index(0, 0).data()
    before = store.rows_read
    model.load(ArticleFilter(unread=True))
    assert model.rowCount() == ROWS // 2
    model.load(ArticleFilter(query="topic"))
    assert model.rowCount() == ROWS // 1000
    assert store.rows_read == before  # a filter reads a count, not rows
    assert store.counts[-2]["unread"] is True
    assert store.counts[-1]["query"] == "topic"
    assert model.index(0, 0).data() == f"Headline {ROWS - 993}"  # 99007
