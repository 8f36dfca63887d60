"""Unread counts per feed kept in ``feed_counts`` by triggers (reader.store.counts): after every
write path the store has (a refresh, marks, mark all read, rules, retention, sync, removing a
feed or an account, a plain DELETE, recovery) they equal a COUNT(*) over the articles."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from reader.core.feed_settings import FeedSettings
from reader.core.parsed import ParsedEntry
from reader.core.rules import Action, Field, Kind
from reader.core.rules import Rule as FilterRule
from reader.store import counts, multirow, recovery, schema
from reader.store.db import Store
from reader.store.sync_state import SyncedItem, SyncState

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _entry(n: int, word: str = "news") -> ParsedEntry:
    return ParsedEntry(
        entry_id=f"e{n}",
        title=f"Story {n} {word}",
        link=f"https://example.org/{n}",
        published=NOW - timedelta(minutes=n),
        summary_html=f"<p>Body {n}</p>",
    )


def _stored(store: Store) -> dict[int, int]:
    return store.unread_counts()


def _truth(store: Store) -> dict[int, int]:
    return counts.truth(store._conn)


class CountsMachine(RuleBasedStateMachine):
    """Random write paths on a real store; the counts must equal the truth after each."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="bs-counts-"))
        self.store = Store(self.folder / "db.sqlite3")
        self.sync = SyncState(self.store)
        self.account: int | None = None
        self.next_entry = 0
        self.next_feed = 0
        self.parent = self.store.add_folder("News")
        self.max_rows = multirow.MAX_ROWS

    @rule(rows=st.sampled_from([1, 2, 3, 200]))
    def rows_a_statement(self, rows: int) -> None:
        """New articles go in chunks of this many rows (chunk boundaries inside a refresh)."""
        multirow.MAX_ROWS = rows

    def teardown(self) -> None:
        multirow.MAX_ROWS = self.max_rows
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _feeds(self) -> list[int]:
        return [f.id for f in self.store.feeds()]

    def _ids(self) -> list[int]:
        return [r[0] for r in self.store._conn.execute("SELECT id FROM articles ORDER BY id")]

    @rule(in_folder=st.booleans())
    def add_feed(self, in_folder: bool) -> None:
        self.next_feed += 1
        n = self.next_feed
        self.store.add_feed(
            f"https://example.org/{n}/feed", folder_id=self.parent.id if in_folder else None
        )

    @precondition(lambda self: bool(self._feeds()))
    @rule(data=st.data(), count=st.integers(1, 6), muted=st.booleans())
    def refresh(self, data: st.DataObject, count: int, muted: bool) -> None:
        feed = data.draw(st.sampled_from(self._feeds()))
        entries = [
            _entry(self.next_entry + i, "muted" if muted and i % 2 else "news")
            for i in range(count)
        ]
        self.next_entry += count
        self.store.add_entries(feed, entries, now=NOW)

    @rule()
    def mark_read_on_arrival(self) -> None:
        if not self.store.rules():
            rule_ = FilterRule(Field.TITLE, Kind.WORDS, "muted", frozenset({Action.READ}))
            self.store.save_rule(rule_)

    @precondition(lambda self: bool(self._ids()))
    @rule(data=st.data(), read=st.booleans())
    def set_read(self, data: st.DataObject, read: bool) -> None:
        ids = data.draw(st.lists(st.sampled_from(self._ids()), max_size=5))
        self.store.set_read(ids, read)

    @rule(data=st.data(), spare_new=st.booleans())
    def mark_all_read(self, data: st.DataObject, spare_new: bool) -> None:
        where = data.draw(st.sampled_from(["all", "folder", "feed"]))
        seen = NOW - timedelta(days=1) if spare_new else None
        if where == "feed" and self._feeds():
            feed = data.draw(st.sampled_from(self._feeds()))
            self.store.mark_all_read(feed_id=feed, seen_before=seen)
        elif where == "folder":
            self.store.mark_all_read(folder_id=self.parent.id, seen_before=seen)
        else:
            self.store.mark_all_read(seen_before=seen)

    @precondition(lambda self: bool(self._feeds()))
    @rule(data=st.data(), keep=st.integers(0, 3))
    def retention(self, data: st.DataObject, keep: int) -> None:
        feed = data.draw(st.sampled_from(self._feeds()))
        self.store.set_feed_settings(feed, FeedSettings(keep_count=keep))
        self.store.prune(feed)

    @precondition(lambda self: bool(self._ids()))
    @rule(data=st.data())
    def delete_article(self, data: st.DataObject) -> None:
        doomed = data.draw(st.sampled_from(self._ids()))
        with self.store.batch():
            self.store._conn.execute("DELETE FROM articles WHERE id = ?", (doomed,))

    @precondition(lambda self: bool(self._feeds()))
    @rule(data=st.data())
    def remove_feed(self, data: st.DataObject) -> None:
        self.store.remove_feed(data.draw(st.sampled_from(self._feeds())))

    @rule(count=st.integers(1, 4), read=st.booleans())
    def sync_items(self, count: int, read: bool) -> None:
        if self.account is None:
            self.account = self.sync.add_account("fever", "https://example.org/fever", "me").id
        # Again each time: the feed may have been removed meanwhile (the server brings it back).
        self.feed_map, _ = self.sync.apply_subscriptions(
            self.account, [], [("f1", "https://sync.example.org/feed", "Synced", "", None)]
        )
        items = [
            SyncedItem(f"r{self.next_entry + i}", "f1", _entry(self.next_entry + i), read, False)
            for i in range(count)
        ]
        self.next_entry += count
        self.sync.store_items(self.account, self.feed_map, items, NOW)

    @precondition(lambda self: self.account is not None)
    @rule(data=st.data())
    def sync_state(self, data: st.DataObject) -> None:
        assert self.account is not None
        known = sorted(self.sync.known_items(self.account))
        unread = data.draw(st.frozensets(st.sampled_from(known))) if known else frozenset()
        self.sync.apply_state(self.account, unread, frozenset())

    @precondition(lambda self: self.account is not None)
    @rule()
    def remove_account(self) -> None:
        assert self.account is not None
        self.sync.remove_account(self.account)
        self.account = None

    @invariant()
    def counts_are_the_truth(self) -> None:
        assert _stored(self.store) == _truth(self.store)
        conn = self.store._conn
        assert counts.totals(conn) == {r[0]: r[1] for r in conn.execute(counts.TOTALS)}
        rows = {r[0] for r in self.store._conn.execute("SELECT feed_id FROM feed_counts")}
        assert rows == set(self._feeds())


TestCounts = CountsMachine.TestCase
TestCounts.settings = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _table_rows(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'article_search%' AND name NOT LIKE 'article_substrings%'"
        )
    ]
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def test_an_old_profile_is_migrated_keeping_every_row_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    old = schema.MIGRATIONS.index(schema._counts)  # the version before the counts table
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, path, is_new=True, migrations=schema.MIGRATIONS[:old])
    conn.close()
    # A profile of the version before, written by the code of that version's tables.
    with Store(path) as store:
        folder = store.add_folder("Folder")
        feeds = [store.add_feed(f"https://e.org/{i}", folder_id=folder.id).id for i in range(3)]
        for i, feed in enumerate(feeds):
            store.add_entries(feed, [_entry(10 * i + n) for n in range(5)], now=NOW)
        ids = store.article_ids()
        store.set_read(ids[::3])
        store.set_starred(ids[1])
        store.tag_articles(ids[:4], "kept")
        before = _table_rows(store._conn)
    conn = sqlite3.connect(path, isolation_level=None)
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_schema WHERE name LIKE 'feed_counts%' ORDER BY type = 'table'"
    ).fetchall():
        conn.execute(f"DROP {kind.upper()} {name}")
    conn.execute(f"PRAGMA user_version = {old}")
    conn.close()

    with Store(path) as store:
        assert schema.user_version(store._conn) == len(schema.MIGRATIONS)
        after = _table_rows(store._conn)
        assert after.pop("feed_counts")
        for table in ("feed_counts", "feed_counts_held"):
            before.pop(table)
        assert after.pop("feed_counts_held") == []
        assert after == before
        assert store.unread_counts() == _truth(store) == {feeds[0]: 3, feeds[1]: 3, feeds[2]: 4}
        assert counts.totals(store._conn) == dict.fromkeys(feeds, 5)
        assert {r[0] for r in store._conn.execute("SELECT feed_id FROM feed_counts")} == set(feeds)


def test_recovery_counts_again_from_the_salvaged_rows(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        feeds = [store.add_feed(f"https://e.org/{i}").id for i in range(2)]
        for i, feed in enumerate(feeds):
            store.add_entries(feed, [_entry(10 * i + n) for n in range(4)], now=NOW)
        store.set_read(store.article_ids(feed_id=feeds[0])[:3])
        want = _truth(store)
    recovery.recover(path)
    with Store(path) as store:
        assert store.unread_counts() == _truth(store) == want == {feeds[0]: 1, feeds[1]: 4}
        assert counts.totals(store._conn) == dict.fromkeys(feeds, 4)


def test_a_feed_without_unread_articles_is_left_out(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        feed = store.add_feed("https://e.org/feed").id
        quiet = store.add_feed("https://e.org/quiet").id
        store.add_entries(feed, [_entry(n) for n in range(3)], now=NOW)
        store.add_entries(quiet, [_entry(n + 10) for n in range(2)], now=NOW)
        store.mark_all_read(feed_id=quiet)
        assert store.unread_counts() == {feed: 3}
