"""The paged article list model over a real store: whatever order the view asks for rows in,
it shows the store's list; the list stays still while it is open; whole-list actions read in
the writer's store; "mark all read" is one flag, whatever the list's length."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.parsed import ParsedEntry
from reader.store.db import Store
from reader.ui import article_list
from reader.ui.article_list import CHUNK, MAX_CHUNKS, READ_ROLE, ArticleFilter, ArticleListModel

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
ROWS = 2 * CHUNK + 77


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Store(tmp_path / "db.sqlite3")
    feed = db.add_feed("https://example.org/a.xml", "Alpha")
    entries = [
        ParsedEntry(
            entry_id=f"e{i}",
            title=f"{'Zulu' if i % 2 else 'alpha'} story {i}",
            link=f"https://example.org/{i}",
            author="Ann" if i % 3 else "",
            published=NOW - timedelta(minutes=i // 2),  # pairs share a date: ids break ties
            summary_html=f"<p>text {i}</p>",
        )
        for i in range(ROWS)
    ]
    db.add_entries(feed.id, entries, now=NOW)
    db.set_read(db.article_ids()[::4], True)
    return db


def _ids(model: ArticleListModel, rows: list[int]) -> dict[int, int | None]:
    return {row: model.article_id(row) for row in rows}


@pytest.mark.parametrize("order", ["newest", "oldest", "title", "author", "feed"])
def test_rows_in_any_order_of_asking_are_the_stores_list(
    qtbot: QtBot, store: Store, order: str
) -> None:
    want = store.article_ids(order=order)
    for unread in (False, True):
        expected = store.article_ids(order=order, unread=unread)
        rows = list(range(len(expected)))
        for asked in (rows, rows[::-1], random.Random(order).sample(rows, len(rows))):
            model = ArticleListModel(store)
            model.load(ArticleFilter(order=order, unread=unread))
            assert model.rowCount() == len(expected)
            got = _ids(model, asked)
            assert [got[row] for row in rows] == expected
            assert [model.row_of(i) for i in expected[::37]] == rows[::37]
    assert len(want) == ROWS


def test_a_row_whose_page_is_not_held_is_found_in_the_store(qtbot: QtBot, store: Store) -> None:
    model = ArticleListModel(store)
    model.load(ArticleFilter(order="title"))
    want = store.article_ids(order="title")
    assert model._chunks == {}
    assert model.row_of(want[ROWS - 3]) == ROWS - 3
    assert model._chunks == {}  # asked the store for its place, read no page
    assert model.row_of(10**9) is None


def test_the_list_stays_still_until_it_is_reloaded(qtbot: QtBot, store: Store) -> None:
    model = ArticleListModel(store)
    model.load(ArticleFilter(unread=True))
    before = [model.article_id(row) for row in range(model.rowCount())]
    store.set_read(before[CHUNK : CHUNK + 10], True)  # read in another window meanwhile
    store.add_entries(
        1, [ParsedEntry(entry_id="new", title="New", link="https://example.org/n")], now=NOW
    )
    model2 = ArticleListModel(store)
    model2.load(ArticleFilter(unread=True))
    model._pages._pages.clear()  # as when the pages were dropped: read again
    assert [model.article_id(row) for row in range(model.rowCount())] == before
    model.reload()
    assert model.rowCount() == len(before) - 10 + 1 == model2.rowCount()


def test_pages_held_are_bounded(qtbot: QtBot, store: Store) -> None:
    model = ArticleListModel(store)
    model.load(ArticleFilter())
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    assert len(model._chunks) <= min(MAX_CHUNKS, ROWS // CHUNK + 1)


def test_whole_list_ids_are_read_by_the_store_the_job_is_given(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    model = ArticleListModel(store)
    model.load(ArticleFilter(query="zulu"))
    job = model.ids_job()
    unread_job = model.ids_job(unread_now=True)
    zulu = store.article_ids(query="zulu")
    assert model.ids() == zulu
    store.set_read(zulu[:5], True)
    writer = Store(tmp_path / "db.sqlite3")  # the writer thread's own connection
    assert job(writer) == zulu
    assert unread_job(writer) == store.article_ids(query="zulu", unread=True)
    assert set(zulu[:5]).isdisjoint(unread_job(writer))


def test_mark_all_read_is_one_flag_and_later_changes_win(qtbot: QtBot, store: Store) -> None:
    model = ArticleListModel(store)
    model.load(ArticleFilter())
    unread_row = next(r for r in range(ROWS) if model.index(r, 0).data(READ_ROLE) is False)
    model.set_all_read()
    assert model._overrides == {}
    assert all(model.index(r, 0).data(READ_ROLE) is True for r in range(0, ROWS, 7))
    model.set_state(model.article_id(unread_row) or 0, read=False)
    assert model.index(unread_row, 0).data(READ_ROLE) is False
    assert model.next_row(-1, 1, unread=True) == unread_row
    model.reload()  # the store is the truth again
    assert model.index(unread_row, 0).data(READ_ROLE) is False


@pytest.mark.parametrize("order", ["newest", "title"])
def test_next_unread_past_many_read_rows_asks_the_store_and_keeps_the_windows_marks(
    qtbot: QtBot, store: Store, order: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_list, "SCAN_ROWS", 3)  # the store is asked after 3 rows
    rng = random.Random(order)
    ids = store.article_ids(order=order)
    store.set_read(ids, True)
    store.set_read(rng.sample(ids, 6), False)
    marks = {article_id: rng.random() < 0.5 for article_id in rng.sample(ids, 4)}

    def fresh() -> ArticleListModel:  # nothing held yet: the pages sought are read by key
        loaded = ArticleListModel(store)
        loaded.load(ArticleFilter(order=order))
        for article_id, read in marks.items():  # the window's marks, not in the store yet
            loaded.set_state(article_id, read=read)
        return loaded

    model = fresh()

    def brute(row: int, step: int) -> int | None:
        candidate = row + step
        while 0 <= candidate < ROWS:
            article = model.article(candidate)
            if article is not None and not article.read:
                return candidate
            candidate += step
        return None

    for row in [-1, ROWS, *rng.sample(range(ROWS), 25)]:
        for step in (1, -1):
            want = brute(row, step)
            assert fresh().next_row(row, step, unread=True) == want, (row, step)
            assert model.next_row(row, step, unread=True) == want, (row, step)
    assert any(brute(row, 1) is not None for row in range(0, ROWS, 50))
