"""Opening a profile's database, apart from the :class:`~reader.store.db.Store` built on it.

The window opens its database before its first frame (damage, a full disk or a read-only profile
are found and said then), but the first frame reads nothing from it beyond whether a feed is
subscribed. ``Store``'s class and its twenty modules of queries (about 14 M instructions, 3 ms)
are made right after that frame, on the connection opened here (:meth:`Store.adopt`).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import NamedTuple

from reader.errors import (
    CannotOpenDatabase,
    DiskFull,
    ReadOnlyProfile,
    StorageIOError,
    StoreError,
)
from reader.store import health, schema
from reader.store.connection import connect, mapped

log = logging.getLogger(__name__)

SCHEMA_VERSION = len(schema.MIGRATIONS)


class Opened(NamedTuple):
    """An open, checked and migrated database connection, not yet in a ``Store``."""

    conn: sqlite3.Connection
    path: Path
    readonly: bool
    vouches: bool
    """The connection was checked (or made the file): it vouches for it to later ones."""
    limited: str = ""
    """Why it only reads although writing was wanted (see :func:`open_for_reading`)."""


def open_database(path: Path, *, readonly: bool = False, check: bool = True) -> Opened:
    """Open ``path`` (creating and migrating when needed). Raises StoreError on a corrupt
    database, DamagedDatabase when it is damaged.

    ``readonly`` opens with ``mode=ro`` (the GUI's reading connection); ``check=False``
    skips ``PRAGMA quick_check`` (for a second connection after the writer checked).
    """
    path = Path(path)
    conn, is_new = connect(path, readonly=readonly, check=check)
    try:
        if readonly:
            version = schema.user_version(conn)
            if version != SCHEMA_VERSION:
                raise StoreError(
                    f"the database has schema {version}, this Broadsheet needs "
                    f"{SCHEMA_VERSION}; open it once for writing first"
                )
        else:
            schema.migrate(conn, path, is_new=is_new)
            if is_new:
                health.mark_checked(path)  # nothing in it to doubt yet
    except BaseException:
        conn.close()
        raise
    vouches = check or is_new
    if vouches:  # only a checked connection vouches for the file to this process's later ones
        health.opened(path)
    return Opened(conn, path, readonly, vouches)


def open_for_reading(path: Path) -> Opened:
    """Open to read, and to write when the profile allows it.

    On a full disk or a read-only profile the database is opened read-only instead, and
    :attr:`Opened.limited` says why in words: reading never fails for want of room to write.
    """
    try:
        return open_database(path)
    except (ReadOnlyProfile, DiskFull, CannotOpenDatabase, StorageIOError) as exc:
        if not _has_data(path):
            raise
        opened = open_database(path, readonly=True)
        log.info("%s opened read-only: %s", path, exc)
        if isinstance(exc, DiskFull):
            return opened._replace(limited="the disk is full: reading only")
        return opened._replace(limited="the profile is read-only: reading only")


HAS_FEEDS = "SELECT EXISTS (SELECT 1 FROM feeds)"


@mapped
def has_feeds(conn: sqlite3.Connection) -> bool:
    """Whether any feed is subscribed (cheaper than listing them)."""
    return bool(conn.execute(HAS_FEEDS).fetchone()[0])


def _has_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False
