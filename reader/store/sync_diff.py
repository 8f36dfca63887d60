"""The server's unread and starred sets against the synced articles, compared in SQL.

A Fever or Google Reader server answers each sync with its complete unread and starred sets
(50,000 ids for a big account). Reading every synced article into Python to compare them costs
more than the comparison: the sets go into two TEMP tables (this connection only, never on
disk in the profile) and SQLite answers the two questions a sync asks:

- which of those ids have no article here yet (to fetch them), and
- which synced articles' read or starred state differs from the server's (to change them).

Both read only the rows that matter, through the ``sync_items_account`` index. A digest of the
two sets tells whether they are the ones already loaded (asked twice in one sync) and, kept
with the account's cursor, whether anything changed on the server since the last sync at all.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.store.connection import transaction
from reader.store.queries import marks

_CHUNK = 500


def state_digest(unread: Iterable[str], starred: Iterable[str]) -> str:
    """A short digest of the two sets (order does not matter)."""
    digest = hashlib.blake2b(digest_size=16)
    for ids in (unread, starred):
        digest.update(",".join(sorted(ids)).encode())
        digest.update(b"|")
    return digest.hexdigest()


@dataclass(frozen=True)
class Mismatch:
    """A synced article whose state differs from the server's."""

    remote_id: str
    article_id: int
    read: bool
    starred: bool
    server_read: bool
    server_starred: bool


class ServerSets:
    """The server's sets in TEMP tables of one connection (its thread only)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        """Works on ``conn`` (the store's, in the store's thread)."""
        self._conn = conn

    def load(self, unread: Iterable[str], starred: Iterable[str], digest: str) -> None:
        """Put the sets in the TEMP tables, unless these very sets are there already (their
        digest is kept beside them: another SyncState on the connection may have loaded
        others meanwhile)."""
        conn = self._conn
        with transaction(conn):
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_server_digest (digest TEXT)")
            row = conn.execute("SELECT digest FROM temp.sync_server_digest").fetchone()
            if row is not None and row[0] == digest:
                return
            for table, ids in (("sync_server_unread", unread), ("sync_server_starred", starred)):
                conn.execute(
                    f"CREATE TEMP TABLE IF NOT EXISTS {table} (remote_id TEXT PRIMARY KEY)"
                    " WITHOUT ROWID"
                )
                conn.execute(f"DELETE FROM temp.{table}")
                conn.executemany(
                    f"INSERT OR IGNORE INTO temp.{table} (remote_id) VALUES (?)",
                    ((i,) for i in ids),
                )
            conn.execute("DELETE FROM temp.sync_server_digest")
            conn.execute("INSERT INTO temp.sync_server_digest (digest) VALUES (?)", (digest,))

    def missing(self, account_id: int) -> list[str]:
        """Loaded ids that no synced article of the account has (unread ones first)."""
        rows = self._conn.execute(
            "SELECT remote_id FROM temp.sync_server_unread u WHERE NOT EXISTS (SELECT 1 FROM"
            " sync_items m WHERE m.account_id = ? AND m.remote_id = u.remote_id)"
            " UNION ALL SELECT remote_id FROM temp.sync_server_starred s WHERE NOT EXISTS"
            " (SELECT 1 FROM sync_items m WHERE m.account_id = ? AND m.remote_id = s.remote_id)"
            " AND NOT EXISTS (SELECT 1 FROM temp.sync_server_unread u"
            " WHERE u.remote_id = s.remote_id)",
            (account_id, account_id),
        )
        return [str(r[0]) for r in rows]

    def mismatches(self, account_id: int) -> list[Mismatch]:
        """Synced articles whose read or starred state is not the loaded sets' (read means
        not in the unread set)."""
        rows = self._conn.execute(
            "SELECT m.remote_id, m.article_id, s.read, s.starred,"
            " u.remote_id IS NULL AS server_read, t.remote_id IS NOT NULL AS server_starred"
            " FROM sync_items m JOIN article_state s ON s.article_id = m.article_id"
            " LEFT JOIN temp.sync_server_unread u ON u.remote_id = m.remote_id"
            " LEFT JOIN temp.sync_server_starred t ON t.remote_id = m.remote_id"
            " WHERE m.account_id = ? AND (s.read <> (u.remote_id IS NULL)"
            " OR s.starred <> (t.remote_id IS NOT NULL))",
            (account_id,),
        )
        return [
            Mismatch(str(r[0]), int(r[1]), bool(r[2]), bool(r[3]), bool(r[4]), bool(r[5]))
            for r in rows
        ]


def unknown(conn: sqlite3.Connection, account_id: int, remote_ids: Sequence[str]) -> list[str]:
    """Those of ``remote_ids`` no synced article of the account has, in their order."""
    known: set[str] = set()
    for start in range(0, len(remote_ids), _CHUNK):
        chunk = remote_ids[start : start + _CHUNK]
        known.update(
            str(r[0])
            for r in conn.execute(
                "SELECT remote_id FROM sync_items WHERE account_id = ?"
                f" AND remote_id IN ({marks(len(chunk))})",
                (account_id, *chunk),
            )
        )
    return [i for i in remote_ids if i not in known]
