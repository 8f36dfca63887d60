"""The window's own connection to its profile's database, for the GUI thread.

Opened and checked before the window's first frame (damage, a full disk or a read-only profile
are found and said then), while the :class:`~reader.store.db.Store` on it, whose class and
twenty query modules are about 14 M instructions that frame does not need, is made on first use:
right after that frame.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from reader.store.opening import has_feeds, open_for_reading

if TYPE_CHECKING:
    from reader.store.db import Store

log = logging.getLogger(__name__)


class WindowDatabase:
    """One window's connection: the answers its first frame needs, and its Store after it."""

    def __init__(self, path: Path) -> None:
        """Open ``path`` (see :func:`reader.store.opening.open_for_reading`)."""
        self._opened = open_for_reading(path)
        self._store: Store | None = None
        self.closed = False

    @property
    def readonly(self) -> bool:
        """Opened read-only (nothing is written from this window)."""
        return self._opened.readonly

    @property
    def limited(self) -> str:
        """Why it only reads although writing was wanted, in words ("" when it writes)."""
        return self._opened.limited

    def has_feeds(self) -> bool:
        """Whether any feed is subscribed."""
        return has_feeds(self._opened.conn)

    @property
    def store(self) -> Store:
        """The Store on this connection (made on first use)."""
        if self._store is None:
            from reader.store.db import Store

            self._store = Store.adopt(self._opened)
        return self._store

    def close(self) -> None:
        """Close the connection, once (errors are logged, never raised)."""
        if self.closed:
            return
        self.closed = True
        try:
            self.store.close()
        except Exception:
            log.exception("closing the store failed")
