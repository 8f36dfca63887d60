"""Multi-row inserts (reader.store.multirow) and the store's new articles written with them:
every chunk size gives the rows one ``INSERT`` a row gave, in the same order, with the same
ids, the counts kept by the triggers, and duplicates inside one feed's batch left out."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.models import Enclosure
from reader.core.parsed import ParsedEntry
from reader.store import counts, multirow
from reader.store.db import Store
from reader.store.queries import marks

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _entry(n: int, **changes: object) -> ParsedEntry:
    fields: dict[str, object] = {
        "entry_id": f"urn:e:{n}",
        "title": f"Story {n} 宇航员" if n % 5 == 0 else f"Story {n}",
        "link": f"https://example.org/{n}",
        "published": NOW - timedelta(minutes=n),
        "summary_html": f"<p>Body {n}</p>",
        "enclosures": (Enclosure(f"https://example.org/{n}.mp3", "audio/mpeg"),) if n % 3 else (),
    }
    fields.update(changes)
    return ParsedEntry(**fields)  # type: ignore[arg-type]


def _table(conn: sqlite3.Connection, size: int) -> list[tuple[object, ...]]:
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)")
    rows = [(f"a{i}", i) for i in range(size)]
    returned = multirow.insert(conn, "t", ("a", "b"), rows, returning="a, id")
    assert sorted(returned) == sorted((f"a{i}", i + 1) for i in range(size))
    return list(conn.execute("SELECT id, a, b FROM t ORDER BY id"))


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 6, 7, 10])
def test_every_chunk_boundary_inserts_every_row_in_order(
    size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(multirow, "MAX_ROWS", 3)
    conn = sqlite3.connect(":memory:")
    assert _table(conn, size) == [(i + 1, f"a{i}", i) for i in range(size)]


def test_a_chunk_stays_under_the_connections_placeholder_bound() -> None:
    conn = sqlite3.connect(":memory:")
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 5)  # two rows of two values a statement
    assert multirow.rows_per_statement(conn, 2) == 2
    assert multirow.rows_per_statement(conn, 11) == 1
    assert _table(conn, 5) == [(i + 1, f"a{i}", i) for i in range(5)]
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    assert multirow.rows_per_statement(conn, 11) == multirow.MAX_ROWS


def test_the_statement_text_is_built_once_per_shape() -> None:
    first = multirow.insert_sql("t", ("a", "b"), 2, "id")
    assert first == "INSERT INTO t (a, b) VALUES (?, ?), (?, ?) RETURNING id"
    assert multirow.insert_sql("t", ("a", "b"), 2, "id") is first


def test_a_row_of_the_wrong_width_is_refused() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a, b)")
    with pytest.raises(ValueError):
        multirow.insert(conn, "t", ("a", "b"), [(1, 2), (3,)])


def _stored(path: Path, max_rows: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Two feeds refreshed (duplicates inside a batch, then a second fetch with new and
    changed entries) with ``max_rows`` rows a statement: every row that refresh writes."""
    monkeypatch.setattr(multirow, "MAX_ROWS", max_rows)
    with Store(path) as store:
        a = store.add_feed("https://example.org/a.xml").id
        b = store.add_feed("https://example.org/b.xml").id
        first = [_entry(n) for n in range(9)]
        first.insert(4, _entry(2, title="A later copy of story 2"))  # the first one wins
        ids_a = store.add_entries(a, first, now=NOW)
        ids_b = store.add_entries(b, [_entry(n) for n in range(3)], now=NOW)
        assert ids_a == sorted(ids_a) and len(ids_a) == 9 and len(ids_b) == 3
        store.set_read(ids_a[:2])
        again = [_entry(n, title="Changed") if n == 8 else _entry(n) for n in range(6, 14)]
        ids_again = store.add_entries(a, again, now=NOW + timedelta(hours=1))
        assert len(ids_again) == 5 and ids_again == sorted(ids_again)
        conn = store._conn
        assert store.unread_counts() == counts.truth(conn) == {a: 12, b: 3}
        assert counts.totals(conn) == {a: 14, b: 3}
        tables = {
            "articles": "SELECT id, feed_id, entry_id, title, link, published, first_seen,"
            " summary_html FROM articles ORDER BY id",
            "state": "SELECT article_id, read, starred FROM article_state ORDER BY article_id",
            "search": "SELECT rowid, title, text FROM article_search ORDER BY rowid",
            "cjk": "SELECT rowid, title FROM article_search_cjk ORDER BY rowid",
            "enclosures": "SELECT article_id, position, url FROM enclosures ORDER BY 1, 2",
            "counts": "SELECT feed_id, unread, total FROM feed_counts ORDER BY feed_id",
        }
        return {name: list(conn.execute(sql)) for name, sql in tables.items()}


def test_chunked_inserts_store_what_one_insert_a_row_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_by_one = _stored(tmp_path / "one.sqlite3", 1, monkeypatch)
    assert one_by_one["articles"][4][3] == "Story 4"  # the later copy of 2 was left out
    assert [r[3] for r in one_by_one["articles"] if r[1] == 1].count("Story 2") == 1
    assert one_by_one["cjk"] and one_by_one["enclosures"]
    for max_rows in (2, 3, 200):
        assert _stored(tmp_path / f"{max_rows}.sqlite3", max_rows, monkeypatch) == one_by_one


def test_ids_near_sqlites_largest_are_asked_back(tmp_path: Path) -> None:
    """Past the largest rowid SQLite picks ids at random: the store asks which it picked."""
    with Store(tmp_path / "db.sqlite3") as store:
        feed = store.add_feed("https://example.org/a.xml").id
        with store.batch():  # an article with nearly the largest id SQLite can give
            store._conn.execute(
                "INSERT INTO articles (id, feed_id, entry_id, published, first_seen)"
                " VALUES (?, ?, 'urn:e:0', 0, 0)",
                (2**63 - 3, feed),
            )
            store._conn.execute("INSERT INTO article_state (article_id) VALUES (?)", (2**63 - 3,))
        ids = store.add_entries(feed, [_entry(n) for n in range(1, 6)], now=NOW)
        assert len(set(ids)) == 5 and 2**63 - 3 not in ids
        rows = store._conn.execute(
            f"SELECT id, entry_id FROM articles WHERE id IN ({marks(5)})", ids
        )
        assert dict(rows) == {i: f"urn:e:{n}" for i, n in zip(ids, range(1, 6), strict=True)}
        assert store.unread_counts() == counts.truth(store._conn) == {feed: 6}
        assert sorted(a.id for a in store.search("Story")) == sorted(ids)
