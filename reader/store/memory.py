"""The store's memory: SQLite's page cache given back between jobs.

Mixed into :class:`reader.store.db.Store`. A connection's page cache grows up to its
``cache_size`` (16 MiB for the worker's writer) as the database grows and stays that big; in a
window that lives for days in the tray, that is memory held for a refresh a quarter of an hour
away. ``PRAGMA shrink_memory`` frees what the cache holds (it fills again from the file,
which the operating system still caches, at the next job). :meth:`MemoryMethods.interrupt` stops
a long query of another thread's connection (a window that closes does not wait for it).
"""

from __future__ import annotations

import contextlib
import sqlite3

from reader.store.connection import mapped


class MemoryMethods:
    """Give the page cache's memory back; stop a running query."""

    _conn: sqlite3.Connection

    @mapped
    def release_memory(self) -> None:
        """Free this connection's page cache (call between jobs, in the connection's thread)."""
        self._conn.execute("PRAGMA shrink_memory")

    def interrupt(self) -> None:
        """Make the query this connection runs now (in any thread) stop with an error; safe to
        call from another thread, and when nothing runs."""
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed already
            self._conn.interrupt()
