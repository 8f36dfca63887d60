"""The offline queue in the profile's database: filled by the database itself in the user's own
transaction, silent while a sync writes the server's state, collapsed and ordered for the push,
and never losing a change to SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from reader.core.parsed import ParsedEntry
from reader.store.db import Store
from reader.store.sync_state import QueuedChange, SyncedItem, SyncState
from reader.usecases.sync import collapse

NOW = datetime(2026, 11, 10, tzinfo=UTC)


def _synced(store: Store, count: int = 3) -> tuple[SyncState, int, list[int]]:
    """An account with one feed of ``count`` synced articles, and one local feed's article."""
    state = SyncState(store)
    account = state.add_account("fever", "https://example.org/fever", "me")
    feed_map, _ = state.apply_subscriptions(
        account.id, [("g1", "News")], [("f1", "https://example.org/feed", "Feed", "", "g1")]
    )
    items = [
        SyncedItem(str(100 + i), "f1", ParsedEntry(str(100 + i), f"Story {i}", ""), False, False)
        for i in range(count)
    ]
    new = state.store_items(account.id, feed_map, items, NOW)
    return state, account.id, new


def test_user_changes_to_synced_articles_are_queued_in_the_same_transaction(
    store: Store,
) -> None:
    state, account, ids = _synced(store)
    local = store.add_feed("https://local.example.org/feed")
    [own] = store.add_entries(local.id, [ParsedEntry("x", "Local story", "")], now=NOW)
    assert state.pending(account) == []  # storing the server's items queued nothing

    store.set_read([ids[0], own])
    store.set_starred(ids[1])
    store.set_starred(ids[1], False)
    store.mark_all_read()

    queued = [(c.remote_id, c.field, c.value) for c in state.pending(account)]
    assert queued == [
        ("100", "read", True),
        ("101", "starred", True),
        ("101", "starred", False),
        ("101", "read", True),
        ("102", "read", True),
    ]


def test_the_servers_state_is_written_without_queueing_and_a_queued_change_wins(
    store: Store,
) -> None:
    state, account, ids = _synced(store)
    store.set_read([ids[0]])  # the user's change, not yet pushed
    changed = state.apply_state(account, frozenset({"100", "101"}), frozenset({"102"}))
    # 102 becomes read and starred; 100 stays read: the user's queued change wins.
    assert changed == 2
    assert store.article(ids[0]).read
    assert store.article(ids[2]).read and store.article(ids[2]).starred
    assert len(state.pending(account)) == 1


def test_the_push_keeps_order_and_sends_each_items_last_word_once() -> None:
    changes = [
        QueuedChange(1, "a", "read", True),
        QueuedChange(2, "b", "read", True),
        QueuedChange(3, "a", "read", False),
        QueuedChange(4, "c", "starred", True),
        QueuedChange(5, "d", "read", False),
    ]
    runs = collapse(changes)
    assert [(f, v, [c.id for c in cs]) for f, v, cs in runs] == [
        ("read", True, [2]),
        ("read", False, [1, 3]),
        ("starred", True, [4]),
        ("read", False, [5]),
    ]


def test_removing_an_account_removes_what_it_brought_and_keeps_the_rest(store: Store) -> None:
    state, account, ids = _synced(store)
    local = store.add_feed("https://local.example.org/feed")
    store.set_read([ids[0]])
    removed = state.remove_account(account)
    assert sorted(removed) == sorted(ids)
    assert [f.id for f in store.feeds()] == [local.id]
    assert store.folders() == []
    assert state.accounts() == []
    count = store._conn.execute("SELECT COUNT(*) FROM sync_queue").fetchone()[0]
    assert count == 0


_TOGGLER = """
import sys
from reader.store.db import Store
store = Store(sys.argv[1])
ids = [int(i) for i in sys.argv[2:]]
print("ready", flush=True)
n = 0
while True:
    store.set_read([ids[n % len(ids)]], bool((n // len(ids)) % 2 == 0))
    n += 1
"""


def test_sigkill_while_the_user_marks_loses_no_queued_change(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        state, account, ids = _synced(store, count=5)
    for _ in range(3):
        child = subprocess.Popen(
            [sys.executable, "-c", _TOGGLER, str(path), *map(str, ids)],
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(0.3)
        child.send_signal(signal.SIGKILL)
        child.wait()
    with Store(path) as store:
        state = SyncState(store)
        queued = state.pending(account)
        assert queued, "the child made no change before it was killed"
        last: dict[str, bool] = {}
        for change in queued:
            last[change.remote_id] = change.value
        # Every article whose state moved from the server's (unread) has its last change queued.
        for article_id, item in zip(ids, ("100", "101", "102", "103", "104"), strict=True):
            read = store.article(article_id).read
            assert last.get(item, False) == read


def test_recovering_a_damaged_database_keeps_accounts_mappings_and_the_queue(
    tmp_path: Path,
) -> None:
    from reader.store.recovery import recover

    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        state, account, ids = _synced(store)
        store.set_read([ids[1]])
    report = recover(path)
    assert report.problems == ()
    with Store(path) as store:
        state = SyncState(store)
        assert [a.id for a in state.accounts()] == [account]
        assert set(state.known_items(account)) == {"100", "101", "102"}
        assert [(c.remote_id, c.value) for c in state.pending(account)] == [("101", True)]
        assert state.synced_feed_ids() == {store.feeds()[0].id}


def test_the_servers_sets_are_compared_in_sql_and_pushed_changes_are_kept(
    store: Store,
) -> None:
    state, account, ids = _synced(store, 4)
    # The server knows two items more (to fetch) and has 101 and 102 read, 102 starred; 103 was pushed
    # read during this sync (the sets may predate the push): it stays read.
    unread, starred = frozenset({"100", "103", "104"}), frozenset({"102", "105"})
    assert state.missing_ids(account, unread, starred) == ["104", "105"]
    store.set_read([ids[3]])
    state.drop_pending([c.id for c in state.pending(account)])
    changed = state.apply_state(account, unread, starred, exempt=frozenset({("103", "read")}))
    assert changed == 3  # 101 read; 102 read and starred
    assert [store.article(i).read for i in ids] == [False, True, True, True]
    assert [store.article(i).starred for i in ids] == [False, False, True, False]
    # The next sync's sets hold the pushed change: nothing differs any more.
    assert state.apply_state(account, frozenset({"100", "104"}), starred) == 0
    assert state.unknown_ids(account, ["104", "101", "100"]) == ["104"]


def test_the_digest_of_the_servers_sets_is_kept_with_the_cursor(store: Store) -> None:
    state, account, _ = _synced(store)
    state.record_sync(account, when=NOW, cursor="123", error=None, digest="abc")
    kept = state.account(account)
    assert (kept.cursor, kept.digest) == ("123", "abc")
    state.record_sync(account, when=NOW, cursor="124", error=None)
    assert (state.account(account).cursor, state.account(account).digest) == ("124", None)
