"""Sync accounts in the profile's database: accounts, remote ids mapped to local folders, feeds
and articles, and the queue of the user's read/star changes waiting to be pushed.

The queue is filled by triggers on ``article_state`` (schema version 3), in the same transaction
as the user's change, whatever wrote it (window, command line, mark all read). When a sync
writes the server's state it holds the row of ``sync_applying`` inside its own transaction, so
those writes queue nothing. Plain values in and out: this module knows no protocol.

The ``cursor`` column holds the protocol's sync point and, after a newline, the digest of the
server's unread and starred sets at that point (:mod:`reader.store.sync_diff`): when the next
sync gets the same sets, nothing changed on the server and the state walk is skipped.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from reader.core.parsed import ParsedEntry
from reader.errors import NotFoundError, StoreError
from reader.store.connection import from_us, mapped, to_us, transaction
from reader.store.queries import chunks, marks
from reader.store.sync_diff import ServerSets, state_digest, unknown
from reader.store.sync_subscriptions import SubscriptionMirror

if TYPE_CHECKING:
    from reader.store.db import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Account:
    """A remote account (the Local one has no row)."""

    id: int
    protocol: str
    url: str
    username: str
    allow_insecure: bool = False
    cursor: str | None = None
    last_sync: datetime | None = None
    last_error: str | None = None
    digest: str | None = None
    """:func:`~reader.store.sync_diff.state_digest` of the server's sets at the last sync."""

    @property
    def key(self) -> str:
        """The name its secret is kept under in the keyring or the credentials file."""
        return f"account-{self.id}:{self.protocol}:{self.username}@{self.url}"


@dataclass(frozen=True)
class QueuedChange:
    """One read/star change the server has not acknowledged yet."""

    id: int
    remote_id: str
    field: str
    value: bool


@dataclass(frozen=True)
class KnownItem:
    """A synced article: its local id and state."""

    article_id: int
    read: bool
    starred: bool


@dataclass(frozen=True)
class SyncedItem:
    """An article as a sync stores it: which remote feed, the entry, the server's state."""

    remote_id: str
    remote_feed_id: str
    entry: ParsedEntry
    read: bool
    starred: bool


_ACCOUNT = (
    "SELECT id, protocol, url, username, allow_insecure, cursor, last_sync, last_error"
    " FROM sync_accounts"
)


def _account(row: Sequence[object]) -> Account:
    cursor, _, digest = ("" if row[5] is None else str(row[5])).partition("\n")
    return Account(
        id=int(str(row[0])),
        protocol=str(row[1]),
        url=str(row[2]),
        username=str(row[3]),
        allow_insecure=bool(row[4]),
        cursor=None if row[5] is None else cursor,
        last_sync=from_us(row[6]) if isinstance(row[6], int) else None,
        last_error=None if row[7] is None else str(row[7]),
        digest=digest or None,
    )


class SyncState(SubscriptionMirror):
    """The sync tables of one store (same connection, same thread as the store)."""

    def __init__(self, store: Store) -> None:
        """Works on ``store``'s connection (the store package's own, hence the private name)."""
        self._store = store
        self._conn: sqlite3.Connection = store._conn
        self._sets = ServerSets(self._conn)

    # -- accounts ------------------------------------------------------------------------
    @mapped
    def add_account(
        self, protocol: str, url: str, username: str, *, allow_insecure: bool = False
    ) -> Account:
        """Add an account; StoreError when the same one exists."""
        with transaction(self._conn):
            if self._conn.execute(
                "SELECT 1 FROM sync_accounts WHERE protocol = ? AND url = ? AND username = ?",
                (protocol, url, username),
            ).fetchone():
                raise StoreError(f"the account {username} at {url} is already there")
            cur = self._conn.execute(
                "INSERT INTO sync_accounts (protocol, url, username, allow_insecure, created)"
                " VALUES (?, ?, ?, ?, ?)",
                (protocol, url, username, int(allow_insecure), to_us(datetime.now(UTC))),
            )
        return self.account(int(cur.lastrowid or 0))

    @mapped
    def account(self, account_id: int) -> Account:
        """One account; NotFoundError."""
        row = self._conn.execute(f"{_ACCOUNT} WHERE id = ?", (account_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no account with id {account_id}")
        return _account(row)

    @mapped
    def accounts(self) -> list[Account]:
        """Every remote account, oldest first."""
        return [_account(r) for r in self._conn.execute(f"{_ACCOUNT} ORDER BY id")]

    @mapped
    def remove_account(self, account_id: int) -> list[int]:
        """Remove an account, the feeds (and articles) its sync created, its queue and the
        folders it leaves empty; feeds that were the user's before stay. Returns the article
        ids deleted (for the cache)."""
        with transaction(self._conn):
            self.account(account_id)
            doomed = self._created_feeds(account_id)
            removed = self._delete_feeds(doomed)
            folders = [
                r[0]
                for r in self._conn.execute(
                    "SELECT folder_id FROM sync_folders WHERE account_id = ?", (account_id,)
                )
            ]
            self._conn.execute("DELETE FROM sync_accounts WHERE id = ?", (account_id,))
            self._drop_empty_folders(folders)
        return removed

    @mapped
    def record_sync(
        self,
        account_id: int,
        *,
        when: datetime,
        cursor: str | None = None,
        error: str | None,
        digest: str | None = None,
    ) -> None:
        """Remember a sync's end: on success (``error`` None) its time and cursor (``None``:
        keep the old one) with the digest of the server's sets; on failure only the error, so
        the next sync starts from the same point."""
        if cursor is not None and digest:
            cursor = f"{cursor}\n{digest}"
        with transaction(self._conn):
            if error is None:
                self._conn.execute(
                    "UPDATE sync_accounts SET cursor = COALESCE(?, cursor), last_sync = ?,"
                    " last_error = NULL WHERE id = ?",
                    (cursor, to_us(when), account_id),
                )
            else:
                self._conn.execute(
                    "UPDATE sync_accounts SET last_error = ? WHERE id = ?", (error, account_id)
                )

    @mapped
    def remote_feed(self, feed_id: int) -> tuple[int, str] | None:
        """(account id, remote id) of a synced feed; ``None`` for a Local one."""
        row = self._conn.execute(
            "SELECT account_id, remote_id FROM sync_feeds WHERE feed_id = ?", (feed_id,)
        ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    @mapped
    def synced_feed_ids(self) -> set[int]:
        """Feeds that belong to a remote account (their server fetches them, not we)."""
        return self._store.synced_feed_ids()

    # -- items ---------------------------------------------------------------------------
    @contextmanager
    def _applying(self) -> Iterator[None]:
        """A transaction whose state writes are the server's: the queue triggers stay quiet."""
        with transaction(self._conn):
            self._conn.execute("INSERT OR IGNORE INTO sync_applying (one) VALUES (1)")
            try:
                yield
            finally:
                self._conn.execute("DELETE FROM sync_applying")

    @mapped
    def known_items(self, account_id: int) -> dict[str, KnownItem]:
        """Remote id -> the synced article and its state."""
        rows = self._conn.execute(
            "SELECT m.remote_id, m.article_id, s.read, s.starred FROM sync_items m"
            " JOIN article_state s ON s.article_id = m.article_id WHERE m.account_id = ?",
            (account_id,),
        )
        return {str(r[0]): KnownItem(int(r[1]), bool(r[2]), bool(r[3])) for r in rows}

    @mapped
    def store_items(
        self, account_id: int, feed_map: dict[str, int], items: Sequence[SyncedItem], now: datetime
    ) -> list[int]:
        """Store fetched items as articles of their feeds with the server's state, in one
        transaction; items of feeds not in ``feed_map`` are skipped. Returns new article ids."""
        by_feed: dict[int, list[SyncedItem]] = {}
        for item in items:
            feed_id = feed_map.get(item.remote_feed_id)
            if feed_id is not None:
                by_feed.setdefault(feed_id, []).append(item)
        new_ids: list[int] = []
        with self._applying():
            for feed_id, group in by_feed.items():
                new_ids.extend(self._store.add_entries(feed_id, [i.entry for i in group], now=now))
                for item in group:
                    row = self._conn.execute(
                        "SELECT id FROM articles WHERE feed_id = ? AND entry_id = ?",
                        (feed_id, item.entry.entry_id),
                    ).fetchone()
                    if row is None:  # pruned here before: the tombstone keeps it out
                        continue
                    self._conn.execute(
                        "INSERT OR REPLACE INTO sync_items (account_id, remote_id, article_id)"
                        " VALUES (?, ?, ?)",
                        (account_id, item.remote_id, row[0]),
                    )
            wanted = {i.remote_id: (i.read, i.starred) for g in by_feed.values() for i in g}
            self._apply(account_id, wanted, self._known(account_id, list(wanted)))
        return new_ids

    def _known(self, account_id: int, remote_ids: Sequence[str]) -> dict[str, KnownItem]:
        """:meth:`known_items` for these remote ids only (a batch, not the whole account)."""
        known: dict[str, KnownItem] = {}
        for start in range(0, len(remote_ids), 500):
            chunk = remote_ids[start : start + 500]
            rows = self._conn.execute(
                "SELECT m.remote_id, m.article_id, s.read, s.starred FROM sync_items m"
                " JOIN article_state s ON s.article_id = m.article_id"
                f" WHERE m.account_id = ? AND m.remote_id IN ({marks(len(chunk))})",
                (account_id, *chunk),
            )
            known.update({str(r[0]): KnownItem(int(r[1]), bool(r[2]), bool(r[3])) for r in rows})
        return known

    @mapped
    def missing_ids(
        self, account_id: int, unread: frozenset[str], starred: frozenset[str]
    ) -> list[str]:
        """Ids of the server's sets that no synced article has yet (to fetch)."""
        self._sets.load(unread, starred, state_digest(unread, starred))
        return self._sets.missing(account_id)

    @mapped
    def unknown_ids(self, account_id: int, remote_ids: Sequence[str]) -> list[str]:
        """Those of ``remote_ids`` no synced article of the account has, in their order."""
        return unknown(self._conn, account_id, remote_ids)

    @mapped
    def apply_state(
        self,
        account_id: int,
        unread: frozenset[str],
        starred: frozenset[str],
        *,
        exempt: frozenset[tuple[str, str]] = frozenset(),
    ) -> int:
        """Give every synced article the server's state (read = not in ``unread``), except
        where the user changed it since the last sync (a queued change, or one of ``exempt``:
        (remote id, field) pushed during this sync, wins). Only the articles that differ are
        read (in SQL). Returns how many states changed."""
        self._sets.load(unread, starred, state_digest(unread, starred))
        differ = self._sets.mismatches(account_id)
        wanted = {m.remote_id: (m.server_read, m.server_starred) for m in differ}
        known = {m.remote_id: KnownItem(m.article_id, m.read, m.starred) for m in differ}
        with self._applying():
            return self._apply(account_id, wanted, known, exempt)

    def _apply(
        self,
        account_id: int,
        wanted: dict[str, tuple[bool, bool]],
        known: dict[str, KnownItem],
        exempt: frozenset[tuple[str, str]] = frozenset(),
    ) -> int:
        if not wanted:
            return 0
        pending = set(exempt) | {
            (str(r[0]), str(r[1]))
            for r in self._conn.execute(
                "SELECT remote_id, field FROM sync_queue WHERE account_id = ?", (account_id,)
            )
        }
        now = to_us(datetime.now(UTC))
        changed = 0
        for remote_id, (read, starred) in wanted.items():
            item = known.get(remote_id)
            if item is None:
                continue
            if item.read != read and (remote_id, "read") not in pending:
                self._conn.execute(
                    "UPDATE article_state SET read = ?, read_at = ? WHERE article_id = ?",
                    (int(read), now if read else None, item.article_id),
                )
                changed += 1
            if item.starred != starred and (remote_id, "starred") not in pending:
                self._conn.execute(
                    "UPDATE article_state SET starred = ?, starred_at = ? WHERE article_id = ?",
                    (int(starred), now if starred else None, item.article_id),
                )
                changed += 1
        return changed

    # -- the queue -----------------------------------------------------------------------
    @mapped
    def pending(self, account_id: int) -> list[QueuedChange]:
        """The account's queued changes, oldest first."""
        rows = self._conn.execute(
            "SELECT id, remote_id, field, value FROM sync_queue WHERE account_id = ? ORDER BY id",
            (account_id,),
        )
        return [QueuedChange(int(r[0]), str(r[1]), str(r[2]), bool(r[3])) for r in rows]

    @mapped
    def pending_count(self, account_id: int) -> int:
        """How many changes wait to be pushed."""
        row = self._conn.execute(
            "SELECT COUNT(*) FROM sync_queue WHERE account_id = ?", (account_id,)
        ).fetchone()
        return int(row[0]) if row else 0

    @mapped
    def drop_pending(self, change_ids: Sequence[int]) -> None:
        """Forget changes the server acknowledged."""
        with transaction(self._conn, durable=True):
            for chunk in chunks(list(change_ids)):
                self._conn.execute(
                    f"DELETE FROM sync_queue WHERE id IN ({marks(len(chunk))})", chunk
                )
