"""Mirroring a sync account's folders and feeds in the store (mixed into
:class:`reader.store.sync_state.SyncState`)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reader.store.connection import mapped, transaction
from reader.store.queries import chunks, marks

if TYPE_CHECKING:
    from reader.store.db import Store

log = logging.getLogger(__name__)


class SubscriptionMirror:
    """The server's folders and feeds as local ones, mapped by remote id."""

    _conn: sqlite3.Connection
    _store: Store

    # -- subscriptions -------------------------------------------------------------------
    @mapped
    def apply_subscriptions(
        self,
        account_id: int,
        folders: Sequence[tuple[str, str]],
        feeds: Sequence[tuple[str, str, str, str, str | None]],
    ) -> tuple[dict[str, int], list[int]]:
        """Mirror the server's folders ``(remote id, title)`` and feeds ``(remote id, url,
        title, site url, remote folder id)``. Returns remote feed id -> local feed id, and the
        article ids deleted with feeds the server no longer lists."""
        with transaction(self._conn):
            folder_map = self._apply_folders(account_id, folders)
            feed_map: dict[str, int] = {}
            for remote_id, url, title, site_url, remote_folder in feeds:
                local = self._apply_feed(
                    account_id, remote_id, url, title, site_url, folder_map.get(remote_folder or "")
                )
                if local is not None:
                    feed_map[remote_id] = local
            gone = [
                (str(r[0]), int(r[1]), bool(r[2]))
                for r in self._conn.execute(
                    "SELECT remote_id, feed_id, created FROM sync_feeds WHERE account_id = ?",
                    (account_id,),
                )
                if str(r[0]) not in feed_map
            ]
            removed = self._delete_feeds([feed for _, feed, created in gone if created])
            for remote_id, _, _ in gone:
                self._conn.execute(
                    "DELETE FROM sync_feeds WHERE account_id = ? AND remote_id = ?",
                    (account_id, remote_id),
                )
            self._drop_empty_folders(self._unmapped_folders(account_id, folder_map))
        return feed_map, removed

    def _apply_folders(self, account_id: int, folders: Sequence[tuple[str, str]]) -> dict[str, int]:
        conn = self._conn
        result: dict[str, int] = {}
        for remote_id, title in folders:
            name = title.strip() or "Untitled"
            row = conn.execute(
                "SELECT m.folder_id, f.name FROM sync_folders m JOIN folders f ON f.id = m.folder_id"
                " WHERE m.account_id = ? AND m.remote_id = ?",
                (account_id, remote_id),
            ).fetchone()
            if row is not None:
                if row[1] != name:
                    conn.execute("UPDATE folders SET name = ? WHERE id = ?", (name, row[0]))
                result[remote_id] = int(row[0])
                continue
            folder = self._store._add_folder(name, None)
            conn.execute(
                "INSERT OR REPLACE INTO sync_folders (account_id, remote_id, folder_id)"
                " VALUES (?, ?, ?)",
                (account_id, remote_id, folder.id),
            )
            result[remote_id] = folder.id
        return result

    def _unmapped_folders(self, account_id: int, keep: dict[str, int]) -> list[int]:
        rows = self._conn.execute(
            "SELECT remote_id, folder_id FROM sync_folders WHERE account_id = ?", (account_id,)
        ).fetchall()
        stale = [(str(r[0]), int(r[1])) for r in rows if str(r[0]) not in keep]
        for remote_id, _ in stale:
            self._conn.execute(
                "DELETE FROM sync_folders WHERE account_id = ? AND remote_id = ?",
                (account_id, remote_id),
            )
        return [folder for _, folder in stale]

    def _apply_feed(
        self,
        account_id: int,
        remote_id: str,
        url: str,
        title: str,
        site_url: str,
        folder_id: int | None,
    ) -> int | None:
        conn = self._conn
        row = conn.execute(
            "SELECT feed_id FROM sync_feeds WHERE account_id = ? AND remote_id = ?",
            (account_id, remote_id),
        ).fetchone()
        if row is not None:
            # Written only when it changed: every sync lists every feed, most unchanged.
            conn.execute(
                "UPDATE feeds SET title = ?, site_url = ?, folder_id = ? WHERE id = ?"
                " AND (title IS NOT ? OR site_url IS NOT ? OR folder_id IS NOT ?)",
                (title, site_url, folder_id, row[0], title, site_url, folder_id),
            )
            return int(row[0])
        existing = conn.execute(
            "SELECT f.id, m.account_id FROM feeds f LEFT JOIN sync_feeds m ON m.feed_id = f.id"
            " WHERE f.url = ?",
            (url,),
        ).fetchone()
        if existing is not None and existing[1] is not None:
            log.info("account %d: %s already belongs to account %s", account_id, url, existing[1])
            return None
        if existing is not None:
            # The user followed it locally: the account adopts it (and gives it back when the
            # account goes); synced items with the same link and title take its articles over.
            feed_id, created = int(existing[0]), 0
        else:
            cur = conn.execute(
                "INSERT INTO feeds (url, title, site_url, folder_id) VALUES (?, ?, ?, ?)",
                (url, title, site_url, folder_id),
            )
            feed_id, created = int(cur.lastrowid or 0), 1
        conn.execute(
            "INSERT INTO sync_feeds (account_id, remote_id, feed_id, created) VALUES (?, ?, ?, ?)",
            (account_id, remote_id, feed_id, created),
        )
        return feed_id

    @mapped
    def remote_folders_of_feed(self, feed_id: int) -> list[str]:
        """The remote ids of the synced folder a synced feed is in here (none at the top)."""
        return [
            str(r[0])
            for r in self._conn.execute(
                "SELECT m.remote_id FROM sync_feeds s JOIN feeds f ON f.id = s.feed_id"
                " JOIN sync_folders m ON m.folder_id = f.folder_id"
                " AND m.account_id = s.account_id WHERE s.feed_id = ?",
                (feed_id,),
            )
        ]

    @mapped
    def account_of_folder(self, folder_id: int) -> int | None:
        """The account a synced folder belongs to (``None`` for the user's own)."""
        row = self._conn.execute(
            "SELECT account_id FROM sync_folders WHERE folder_id = ?", (folder_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    @mapped
    def remote_folder(self, folder_id: int) -> tuple[int, str] | None:
        """(account id, remote id) of a synced folder; ``None`` for the user's own."""
        row = self._conn.execute(
            "SELECT account_id, remote_id FROM sync_folders WHERE folder_id = ?", (folder_id,)
        ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def _created_feeds(self, account_id: int) -> list[int]:
        return [
            int(r[0])
            for r in self._conn.execute(
                "SELECT feed_id FROM sync_feeds WHERE account_id = ? AND created = 1",
                (account_id,),
            )
        ]

    def _delete_feeds(self, feed_ids: Sequence[int]) -> list[int]:
        removed: list[int] = []
        for chunk in chunks(list(feed_ids)):
            removed.extend(
                int(r[0])
                for r in self._conn.execute(
                    f"SELECT id FROM articles WHERE feed_id IN ({marks(len(chunk))})", chunk
                )
            )
            self._conn.execute(f"DELETE FROM feeds WHERE id IN ({marks(len(chunk))})", chunk)
        return removed

    def _drop_empty_folders(self, folder_ids: Iterable[int]) -> None:
        for folder_id in folder_ids:
            self._conn.execute(
                "DELETE FROM folders WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feeds"
                " WHERE folder_id = ?) AND NOT EXISTS (SELECT 1 FROM folders WHERE parent_id = ?)"
                " AND NOT EXISTS (SELECT 1 FROM sync_folders WHERE folder_id = ?)",
                (folder_id, folder_id, folder_id, folder_id),
            )
