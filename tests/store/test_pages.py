"""The paged article list (reader/store/pages.py): its pages, however they are reached (offset,
after a row, before a row), give exactly the list ``Store.article_ids`` gives, in every order
and filter; counts and places agree; the snapshot keeps rows still."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.parsed import ParsedEntry
from reader.store.db import Store
from reader.store.pages import ORDER_TERMS, ListSnapshot
from reader.store.queries import ORDERS

NOW = datetime(2026, 11, 1, tzinfo=UTC)
TITLES = ["apple pie", "Apple pie", "banana split", "éclair", "", "Zebra crossing", "apple"]
AUTHORS = ["", "Ann", "ann", "Bob", ""]


def _fill(store: Store, count: int, *, ties: bool = True) -> None:
    """Three feeds (one renamed by the user) of articles whose titles, authors and dates
    repeat, so every order has ties for its later terms to break."""
    folder = store.add_folder("News")
    feeds = [
        store.add_feed("https://example.org/a.xml", "Beta", folder_id=folder.id).id,
        store.add_feed("https://example.org/b.xml", "alpha").id,
        store.add_feed("https://example.org/c.xml", "Gamma").id,
    ]
    store.rename_feed(feeds[2], "aardvark news")
    for f, feed_id in enumerate(feeds):
        entries = [
            ParsedEntry(
                entry_id=f"{f}-{i}",
                title=f"{TITLES[i % len(TITLES)]} {'gadget' if i % 4 == 0 else ''}".strip(),
                link=f"https://example.org/{f}/{i}",
                author=AUTHORS[(i + f) % len(AUTHORS)],
                published=NOW - timedelta(hours=(i // 3 if ties else i) + f),
                summary_html=f"<p>story {i} {'widget' if i % 3 == 0 else 'other'}</p>",
            )
            for i in range(count)
        ]
        store.add_entries(feed_id, entries, now=NOW)
    ids = store.article_ids()
    store.set_read(ids[::3], True)
    for article_id in ids[::7]:
        store.set_starred(article_id, True)
    store.tag_articles(ids[::5], "later")
    with store.batch():  # as a rule hides an article
        store._conn.execute(
            "UPDATE article_state SET hidden = 1 WHERE article_id = ?", (ids[len(ids) // 2],)
        )


FILTERS: list[dict[str, Any]] = [
    {},
    {"feed_id": 1},
    {"folder_id": 1},
    {"unread": True},
    {"starred": True},
    {"query": "gadget"},
    {"query": "widget apple"},
    {"query": "story", "feed_id": 2},
    {"tag_id": 1},
    {"unread": True, "query": "story"},
]


def _walk(store: Store, snapshot: ListSnapshot, size: int, **filters: Any) -> dict[str, list[int]]:
    """The list read page by page forwards (after each page's last row), backwards (before
    each page's first row) and by offsets."""
    count = store.article_count(snapshot, **filters)
    forward: list[int] = []
    page = store.article_page(snapshot, limit=size, **filters)
    while page.articles:
        forward += [a.id for a in page.articles]
        page = store.article_page(snapshot, limit=size, after=page.keys[-1], **filters)
    offsets: list[int] = []
    for start in range(0, count, size):
        page = store.article_page(snapshot, limit=size, offset=start, matches=count, **filters)
        offsets += [a.id for a in page.articles]
    backward: list[int] = []
    last = store.article_page(snapshot, limit=1, offset=max(0, count - 1), **filters)
    if last.articles:
        backward = [last.articles[0].id]
        key = last.keys[0]
        while True:
            page = store.article_page(snapshot, limit=size, before=key, **filters)
            if not page.articles:
                break
            backward = [a.id for a in page.articles] + backward
            key = page.keys[0]
    return {"forward": forward, "offsets": offsets, "backward": backward}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Store(tmp_path / "db.sqlite3")
    _fill(db, 40)
    return db


def test_the_orders_are_the_article_lists_orders() -> None:
    assert set(ORDER_TERMS) == set(ORDERS)


@pytest.mark.parametrize("order", sorted(ORDERS))
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "all")
def test_pages_give_the_list_in_every_order_and_filter(
    store: Store, order: str, filters: dict[str, Any]
) -> None:
    want = store.article_ids(order=order, **filters)
    assert want  # every case lists something: the test can fail
    snapshot = store.list_snapshot()
    assert store.article_count(snapshot, order=order, **filters) == len(want)
    for how, got in _walk(store, snapshot, 7, order=order, **filters).items():
        assert got == want, how
    assert store.article_list_ids(snapshot, order=order, **filters) == want
    for row in (0, len(want) // 2, len(want) - 1):
        assert store.article_position(snapshot, want[row], order=order, **filters) == row


def test_a_search_that_matches_most_articles_reads_along_the_order(store: Store) -> None:
    snapshot = store.list_snapshot()
    want = store.article_ids(query="story")
    count = store.article_count(snapshot, query="story")
    assert count == len(want) > 100
    # Told the count, the store walks the order's index; not told, it sorts the matches.
    for matches in (None, count):
        page = store.article_page(snapshot, limit=10, offset=20, matches=matches, query="story")
        assert [a.id for a in page.articles] == want[20:30]


def test_unlisted_hidden_and_unknown_articles_have_no_place(store: Store) -> None:
    snapshot = store.list_snapshot()
    hidden = store._conn.execute("SELECT article_id FROM article_state WHERE hidden = 1")
    hidden_id = hidden.fetchone()[0]
    assert store.article_position(snapshot, hidden_id) is None
    assert store.article_position(snapshot, 10**9) is None
    other = store.article_ids(feed_id=2)[0]
    assert store.article_position(snapshot, other, feed_id=1) is None
    assert store.article_count(snapshot, query="!!!") == 0
    assert store.article_page(snapshot, limit=5, query="!!!").articles == []


def test_the_snapshot_keeps_rows_still(store: Store) -> None:
    snapshot = store.list_snapshot()
    unread = store.article_ids(unread=True)
    before = store.article_count(snapshot)
    store.add_entries(
        1, [ParsedEntry(entry_id="new", title="New", link="https://example.org/n")], now=NOW
    )
    store.set_read(unread[:5], True)  # read in the window since the list opened
    assert store.article_count(snapshot) == before  # the new article waits for a reload
    assert store.article_list_ids(snapshot, unread=True) == unread  # read ones stay listed
    fresh = store.list_snapshot()
    assert store.article_count(fresh) == before + 1
    assert store.article_list_ids(fresh, unread=True) == [i for i in store.article_ids(unread=True)]
    assert len(store.article_list_ids(fresh, unread=True)) == len(unread) - 5 + 1


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    count=st.integers(min_value=1, max_value=30),
    size=st.integers(min_value=1, max_value=9),
    order=st.sampled_from(sorted(ORDERS)),
    ties=st.booleans(),
)
def test_any_page_size_walks_any_list(
    tmp_path_factory: pytest.TempPathFactory, count: int, size: int, order: str, ties: bool
) -> None:
    db = Store(tmp_path_factory.mktemp("pages") / "db.sqlite3")
    _fill(db, count, ties=ties)
    want = db.article_ids(order=order)
    for how, got in _walk(db, db.list_snapshot(), size, order=order).items():
        assert got == want, how
    db.close()


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_a_search_finding_few_is_listed_by_id_at_once(store: Store, order: str) -> None:
    snapshot = store.list_snapshot()
    for filters in ({"query": "gadget"}, {"query": "story", "feed_id": 2, "unread": True}):
        want = store.article_ids(order=order, **filters)
        assert want
        assert store.search_ids(snapshot, order=order, **filters) == want
    hits = "SELECT count(*) FROM article_search WHERE article_search MATCH 'story'"
    many = store._conn.execute(hits).fetchone()[0]  # the hidden one too
    assert store.search_ids(snapshot, most=many, query="story") is not None
    assert store.search_ids(snapshot, most=many - 1, query="story") is None  # read in pages
    assert store.search_ids(snapshot, query="!!!") is None
