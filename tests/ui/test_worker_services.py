"""The window's Worker opens the profile's services through reader.usecases.services, like the
command line's Session (tests/usecases/test_services.py)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.ui.worker import Worker
from reader.ui.worker_host import WorkerHost
from reader.usecases.pool import ProcessPool
from reader.usecases.services import Services


def test_the_worker_opens_its_services_through_open_services(qtbot: QtBot, tmp_path: Path) -> None:
    worker = Worker(tmp_path / "db.sqlite3", tmp_path / "cache", cache_max_mb=3)
    host = WorkerHost(worker)
    with qtbot.waitSignal(worker.started, timeout=10_000):
        host.start()  # the worker opens its services in its own thread
    try:
        services = worker.services
        assert type(services) is Services
        assert services.database == tmp_path / "db.sqlite3"
        assert isinstance(services.store, Store)
        assert isinstance(services.cache, ArticleCache)
        assert services.cache.max_bytes == 3 * 1024 * 1024
        assert isinstance(services.fetcher, Fetcher)
        pool = services.pool(1)
        assert isinstance(pool, ProcessPool) and not pool.started  # the one pool, not started
        assert worker.refresher is not None
    finally:
        assert host.shutdown()
    assert worker.services is None
