"""The services of one profile: its store, cache, HTTP client and process pool, opened once.

:func:`open_services` is the one place they are made, for the command line's ``Session`` and the
window's ``Worker`` alike. Each part opens on first use (``broadsheet feeds`` never loads the
HTTP client; a command that only fetches never opens the database) and at most once; the store
belongs to the thread that first used it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path
from typing import TYPE_CHECKING

from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.pool import ProcessPool

if TYPE_CHECKING:
    from reader.net.http import Fetcher

log = logging.getLogger(__name__)

MIB = 1024 * 1024
PoolFactory = Callable[[int], Executor | None]
"""Makes the process pool for this many workers (``None``: the work runs in this process)."""


def process_pool(workers: int) -> Executor | None:
    """The default :data:`PoolFactory`: a :class:`ProcessPool`, or none for fewer than 1."""
    return ProcessPool(workers) if workers > 0 else None


class Services:
    """A profile's store, cache, fetcher and process pool; made by :func:`open_services`."""

    def __init__(
        self,
        database: Path,
        cache_root: Path,
        *,
        cache_max_mb: int | None,
        pool_factory: PoolFactory,
        fetcher_factory: Callable[[], Fetcher] | None,
        reading: bool = False,
    ) -> None:
        self.database = database
        self.reading = reading
        self.cache_root = cache_root
        self._cache_max_mb = cache_max_mb
        self._pool_factory = pool_factory
        self._fetcher_factory = fetcher_factory
        self._lock = threading.Lock()  # the fetcher and the pool may be asked from two threads
        self._store: Store | None = None
        self._cache: ArticleCache | None = None
        self._fetcher: Fetcher | None = None
        self._pool: Executor | None = None
        self._pool_made = False

    @property
    def store(self) -> Store:
        """The database, opened now if need be (checked as reader.store.health says); for a
        reading-only user on a full disk or a read-only profile, opened read-only."""
        if self._store is None:
            self._store = Store.for_reading(self.database) if self.reading else Store(self.database)
        return self._store

    @property
    def cache(self) -> ArticleCache:
        """The cache folder (articles and images)."""
        if self._cache is None:
            if self._cache_max_mb is None:
                self._cache = ArticleCache(self.cache_root)
            else:
                self._cache = ArticleCache(
                    self.cache_root, max_bytes=max(1, self._cache_max_mb) * MIB
                )
        return self._cache

    def set_cache_limit(self, megabytes: int) -> None:
        """The cache's size cap from now on (the next eviction keeps to it)."""
        self._cache_max_mb = megabytes
        if self._cache is not None:
            self._cache.max_bytes = max(1, megabytes) * MIB

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP client (thread-safe)."""
        with self._lock:
            if self._fetcher is None:
                self._fetcher = (self._fetcher_factory or _default_fetcher)()
            return self._fetcher

    def pool(self, workers: int) -> Executor | None:
        """The process pool, made by the first call for ``workers`` processes (later calls get
        the same one); ``None``: parsing and simplifying run in this process."""
        with self._lock:
            if not self._pool_made:
                self._pool_made = True
                self._pool = self._pool_factory(workers)
            return self._pool

    def close(self, *, wait: bool = False) -> None:
        """Close whatever was opened; ``wait``: for the pool's processes to end."""
        with self._lock:
            pool, self._pool = self._pool, None
            fetcher, self._fetcher = self._fetcher, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)
        if fetcher is not None:
            fetcher.close()
        if self._store is not None:
            store, self._store = self._store, None
            store.close()


def _default_fetcher() -> Fetcher:
    """A Fetcher with the default timeouts."""
    # Imported here for start-up time: the HTTP client (requests, ~100 ms) loads only when a
    # command fetches; ``broadsheet feeds`` and friends never pay for it.
    from reader.net.http import Fetcher

    return Fetcher()


def open_services(
    database: Path,
    cache_root: Path,
    *,
    cache_max_mb: int | None = None,
    pool_factory: PoolFactory = process_pool,
    fetcher_factory: Callable[[], Fetcher] | None = None,
    reading: bool = False,
) -> Services:
    """The services of the profile whose database and cache are given; ``cache_max_mb``: the
    cache's size cap (the cache's default when ``None``); the factories let a test choose
    the pool (e.g. none) and the HTTP client's timeouts; ``reading``: the caller only reads, so a
    full disk or a read-only profile opens the database read-only (``Store.limited`` says why)."""
    return Services(
        database,
        cache_root,
        cache_max_mb=cache_max_mb,
        pool_factory=pool_factory,
        fetcher_factory=fetcher_factory,
        reading=reading,
    )
