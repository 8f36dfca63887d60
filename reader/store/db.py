"""SQLite store (WAL): feeds, folders, articles, read/starred state in its own table, FTS5.

One writer connection (the worker's or the CLI's); the GUI opens its own connection for reads.
A ``Store`` object belongs to the thread that created it. The article methods live in
:mod:`reader.store.articles`, OPML in :mod:`reader.store.opml_store`; this module opens the
database and keeps feeds.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from reader.core.models import Feed
from reader.errors import DuplicateFeedError, NotFoundError, StoreError
from reader.store import health
from reader.store.articles import ArticleMethods
from reader.store.connection import backup_to, from_us, mapped, to_us, transaction
from reader.store.feed_settings import FeedSettingsMethods
from reader.store.folders import FolderMethods
from reader.store.memory import MemoryMethods
from reader.store.moves import MoveMethods
from reader.store.opening import Opened, open_database, open_for_reading
from reader.store.opml_store import OpmlMethods

log = logging.getLogger(__name__)

_FEED_COLUMNS = (
    "id, url, COALESCE(NULLIF(user_title, ''), title), site_url, folder_id, etag, last_modified,"
    " last_checked, last_updated, last_error, gone, icon_url, keep"
)


def _feed(row: Sequence[Any]) -> Feed:
    return Feed(
        id=row[0],
        url=row[1],
        title=row[2] or "",
        site_url=row[3] or "",
        folder_id=row[4],
        etag=row[5],
        last_modified=row[6],
        last_checked=from_us(row[7]),
        last_updated=from_us(row[8]),
        last_error=row[9],
        gone=bool(row[10]),
        icon_url=row[11] or "",
        keep=row[12],
    )


_SUCCESS = "etag = ?, last_modified = ?, last_checked = ?, last_updated = ?, last_error = NULL"


@lru_cache(maxsize=8)
def _success_sets(given: tuple[bool, bool, bool]) -> str:
    """The SET list of a fetch's success; ``given``: whether title, site_url, icon_url are."""
    named = zip(("title", "site_url", "icon_url"), given, strict=True)
    return _SUCCESS + ", gone = 0, retry_at = NULL" + "".join(f", {c} = ?" for c, g in named if g)


class Store(
    FolderMethods, ArticleMethods, FeedSettingsMethods, MemoryMethods, MoveMethods, OpmlMethods
):
    """The database of one profile."""

    def __init__(self, path: Path, *, readonly: bool = False, check: bool = True) -> None:
        """Open ``path``, as :func:`reader.store.opening.open_database` says."""
        self._adopt(open_database(path, readonly=readonly, check=check))

    def _adopt(self, opened: Opened) -> None:
        self.path = opened.path
        self.readonly = opened.readonly
        self.limited = opened.limited
        self._conn = opened.conn
        self._closed = False
        self._vouches = opened.vouches

    limited: str = ""
    """Why this store only reads although writing was wanted (see :meth:`for_reading`)."""

    @classmethod
    def adopt(cls, opened: Opened) -> Store:
        """The store on a connection :mod:`reader.store.opening` opened (and now owned by it)."""
        store = cls.__new__(cls)
        store._adopt(opened)
        return store

    @classmethod
    def for_reading(cls, path: Path) -> Store:
        """Open to read, and to write when the profile allows it; read-only on a full disk or
        a read-only profile, and :attr:`limited` says why (see
        :func:`reader.store.opening.open_for_reading`)."""
        return cls.adopt(open_for_reading(path))

    def close(self) -> None:
        """Close the connection."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.readonly:
                self._conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            log.debug("PRAGMA optimize failed", exc_info=True)
        # The closed connection stays: using the store afterwards raises StoreError.
        self._conn.close()
        if self._vouches:
            health.closed(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- feeds ---------------------------------------------------------------------------
    @mapped
    def add_feed(
        self, url: str, title: str = "", *, folder_id: int | None = None, site_url: str = ""
    ) -> Feed:
        """Subscribe. Raises DuplicateFeedError when ``url`` is already subscribed."""
        with transaction(self._conn):
            feed_id = self._add_feed(url, title, folder_id=folder_id, site_url=site_url)
        return self.feed(feed_id)

    def _add_feed(self, url: str, title: str, *, folder_id: int | None, site_url: str) -> int:
        url = url.strip()
        if not url:
            raise StoreError("a feed needs a URL")
        existing = self._conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
        if existing is not None:
            raise DuplicateFeedError(url, existing[0])
        if folder_id is not None:
            self._folder_row(folder_id)
        cur = self._conn.execute(
            "INSERT INTO feeds (url, title, site_url, folder_id) VALUES (?, ?, ?, ?)",
            (url, title, site_url, folder_id),
        )
        return int(cur.lastrowid or 0)

    @mapped
    def feed(self, feed_id: int) -> Feed:
        """One feed; raises NotFoundError."""
        row = self._conn.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE id = ?", (feed_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no feed with id {feed_id}")
        return _feed(row)

    @mapped
    def feed_by_url(self, url: str) -> Feed | None:
        """The feed subscribed at ``url``, if any."""
        row = self._conn.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE url = ?", (url.strip(),)
        ).fetchone()
        return None if row is None else _feed(row)

    def feed_at(self, url: str) -> Feed | None:
        """The feed subscribed at ``url`` or at another spelling of it (tracking parameters,
        http vs https, host case: :func:`reader.core.urls.feed_key`, the rule of "already
        subscribed" for subscribing, OPML import, the command line and redirects)."""
        found = self.feed_by_url(url)
        if found is not None:
            return found
        from reader.core.urls import feed_key  # here: the store opens before the first frame

        key = feed_key(url.strip())
        return next((f for f in self.feeds() if feed_key(f.url) == key), None)

    @mapped
    def feeds(self) -> list[Feed]:
        """All feeds, ordered by folder then title."""
        rows = self._conn.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds ORDER BY folder_id IS NOT NULL, folder_id,"
            " COALESCE(NULLIF(user_title, ''), title) COLLATE NOCASE, id"
        )
        return [_feed(r) for r in rows]

    @mapped
    def remove_feed(self, feed_id: int) -> None:
        """Unsubscribe and delete its articles."""
        with transaction(self._conn):
            cur = self._conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
            if cur.rowcount == 0:
                raise NotFoundError(f"no feed with id {feed_id}")

    def _update_feed(self, feed_id: int, sql: str, params: Sequence[Any]) -> None:
        with transaction(self._conn):
            cur = self._conn.execute(f"UPDATE feeds SET {sql} WHERE id = ?", (*params, feed_id))
            if cur.rowcount == 0:
                raise NotFoundError(f"no feed with id {feed_id}")

    @mapped
    def rename_feed(self, feed_id: int, title: str) -> None:
        """Give a feed the user's own title (an empty title goes back to the feed's own)."""
        self._update_feed(feed_id, "user_title = ?", (title.strip() or None,))

    @mapped
    def move_feed(self, feed_id: int, folder_id: int | None) -> None:
        """Put a feed into a folder (``None``: top level)."""
        with transaction(self._conn):
            if folder_id is not None:
                self._folder_row(folder_id)
            self._update_feed(feed_id, "folder_id = ?", (folder_id,))

    @mapped
    def set_feed_url(self, feed_id: int, url: str) -> None:
        """Change a feed's URL (after a permanent redirect)."""
        url = url.strip()
        with transaction(self._conn):
            row = self._conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is not None and row[0] != feed_id:
                raise DuplicateFeedError(url, row[0])
            self._update_feed(feed_id, "url = ?", (url,))

    @mapped
    def set_feed_keep(self, feed_id: int, keep: int) -> None:
        """How many read, unstarred articles of this feed :meth:`prune` keeps."""
        self._update_feed(feed_id, "keep = ?", (max(0, int(keep)),))

    @mapped
    def record_fetch_success(
        self,
        feed_id: int,
        *,
        when: datetime,
        etag: str | None,
        last_modified: str | None,
        title: str | None = None,
        site_url: str | None = None,
        icon_url: str | None = None,
    ) -> None:
        """Remember the validators of a 200/304 and clear the last error.

        ``title`` replaces the feed's title only when the user has not renamed it (the user's
        title is kept apart and wins). ``None`` leaves ``title``/``site_url``/``icon_url`` as
        they are; ``etag``/``last_modified`` are stored exactly as given.
        """
        params: list[Any] = [etag, last_modified, to_us(when), to_us(when)]
        given = (title is not None, site_url is not None, icon_url is not None)
        params += [v for v in (title, site_url, icon_url) if v is not None]
        self._update_feed(feed_id, _success_sets(given), params)

    @mapped
    def record_fetch_error(
        self,
        feed_id: int,
        error: str,
        *,
        when: datetime,
        gone: bool = False,
        retry_at: datetime | None = None,
    ) -> None:
        """Remember why the last fetch failed (the feed's articles are untouched).

        ``retry_at``: the server asked us not to come back before then (None: no such wish).
        """
        self._update_feed(
            feed_id,
            "last_checked = ?, last_error = ?, gone = (gone OR ?), retry_at = ?",
            (to_us(when), error, int(gone), to_us(retry_at) if retry_at else None),
        )

    @mapped
    def retry_holds(self, now: datetime) -> dict[int, datetime]:
        """Feed id -> when its server lets us ask again, for the feeds it is still too early for."""
        rows = self._conn.execute(
            "SELECT id, retry_at FROM feeds WHERE retry_at > ?", (to_us(now),)
        ).fetchall()
        holds: dict[int, datetime] = {}
        for feed_id, value in rows:
            until = from_us(value)
            if until is not None:
                holds[int(feed_id)] = until
        return holds

    # -- maintenance ---------------------------------------------------------------------
    def backup(self, target: Path) -> None:
        """Copy the database with SQLite's backup API."""
        backup_to(self._conn, Path(target))

    def auto_backup(
        self,
        folder: Path | None = None,
        *,
        keep: int = 3,
        every: timedelta = timedelta(days=1),
        now: datetime | None = None,
    ) -> Path | None:
        """Back up to ``folder`` (default: ``backups/`` next to the database) when the newest
        backup there is older than ``every``; keeps the newest ``keep``. Returns the new file."""
        from reader.store import recovery  # here for start-up time: salvage, subprocess

        return recovery.auto_backup(self, folder, keep=keep, every=every, now=now)

    @mapped
    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check``: an empty list when the database is sound."""
        rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        return [str(r[0]) for r in rows if str(r[0]) != "ok"]
