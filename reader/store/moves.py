"""Permanent redirects waiting to repeat (RELIABILITY N6): a feed's stored address changes only
when its server answers 301 to the same new address twice in a row.

A single 301 can come from a misconfigured server, a captive portal or a site in the middle of a
move; following it at once would lose the address the user subscribed to. The first one is
noted here (the articles are still read from where it points); the next refresh that meets the
same 301 moves the feed, and an answer without it forgets the note. Mixed into
:class:`reader.store.db.Store`. Schema version 9 (:func:`migrate`) creates the table; a removed
feed's note goes with it (ON DELETE CASCADE).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from reader.store.connection import mapped, to_us


def migrate(conn: sqlite3.Connection) -> None:
    """Schema version 9: the table of noted permanent redirects (one row per feed)."""
    conn.execute(
        """CREATE TABLE IF NOT EXISTS feed_moves (
            feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            seen_at INTEGER NOT NULL
        )"""
    )


class MoveMethods:
    """Note, read and forget the permanent redirect each feed last answered with."""

    _conn: sqlite3.Connection

    @mapped
    def noted_moves(self) -> dict[int, str]:
        """Feed id -> the address its last permanent redirect pointed to."""
        return dict(self._conn.execute("SELECT feed_id, url FROM feed_moves").fetchall())

    @mapped
    def note_move(self, feed_id: int, url: str, when: datetime) -> None:
        """Remember that ``feed_id`` answered a permanent redirect to ``url`` at ``when``."""
        self._conn.execute(
            "INSERT INTO feed_moves (feed_id, url, seen_at) VALUES (?, ?, ?)"
            " ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, seen_at = excluded.seen_at",
            (feed_id, url, to_us(when)),
        )

    @mapped
    def forget_move(self, feed_id: int) -> None:
        """Forget ``feed_id``'s noted redirect (it moved, or answered without one)."""
        self._conn.execute("DELETE FROM feed_moves WHERE feed_id = ?", (feed_id,))
