"""Many small writes in one transaction, each able to fail alone (mixed into the Store).

A refresh stores dozens of feeds a second; one ``BEGIN ... COMMIT`` (one WAL sync) per feed
was most of its store time (bench/refresh.py: 200 feeds x 20 entries, 0.46 s written one by
one, 0.19 s in one transaction). :meth:`BatchMethods.batch` is that outer transaction: every
store method's own ``transaction()`` inside it defers to it. :meth:`BatchMethods.savepoint`
wraps one feed's writes, so a feed whose writes fail is rolled back alone and the batch goes on.

Nothing of a batch is on disk before its COMMIT: a crash loses the batch in progress and
nothing committed before it (the caller reports a feed as stored only after the commit).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from reader.errors import StoreError
from reader.store.connection import transaction
from reader.store.sqlerrors import map_error


class BatchLost(StoreError):
    """SQLite ended the batch's transaction itself (a full disk, an I/O error): the writes of
    the batch made before the failing one are gone too, not only the failing one's."""


class BatchMethods:
    """``batch()`` and ``savepoint()`` (mixed into :class:`~reader.store.db.Store`)."""

    _conn: sqlite3.Connection

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction around many writes (committed at the end, rolled back on an error
        escaping it). Inside another transaction it is part of that one."""
        with transaction(self._conn):
            yield

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Writes that succeed or fail together inside a :meth:`batch`: an exception escaping
        the block undoes them (and only them) and is re-raised. Outside a batch, a transaction.

        Raises :class:`BatchLost` instead when SQLite rolled the whole batch back itself.
        """
        conn = self._conn
        if not conn.in_transaction:
            with transaction(conn):
                yield
            return
        try:
            conn.execute("SAVEPOINT batch_item")
        except sqlite3.Error as exc:
            raise map_error(exc) from exc
        try:
            yield
        except BaseException as exc:
            if not conn.in_transaction:  # SQLite gave up the transaction: nothing to undo to
                raise BatchLost(f"the batch was rolled back: {exc}") from exc
            try:
                conn.execute("ROLLBACK TO batch_item")
                conn.execute("RELEASE batch_item")
            except sqlite3.Error as undo:
                raise map_error(undo) from exc
            raise
        try:
            conn.execute("RELEASE batch_item")
        except sqlite3.Error as exc:
            raise map_error(exc) from exc
