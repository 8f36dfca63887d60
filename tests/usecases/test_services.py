"""The profile's services are opened in one place (reader.usecases.services), each part once;
the command line's Session goes through it (the window's Worker: tests/ui/test_worker_services)."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.session import Session
from reader.net.http import Fetcher
from reader.paths import resolve
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.pool import ProcessPool
from reader.usecases.services import Services, open_services


def test_each_part_opens_on_first_use_and_only_once(tmp_path: Path) -> None:
    services = open_services(tmp_path / "db.sqlite3", tmp_path / "cache", cache_max_mb=7)
    try:
        assert not (tmp_path / "db.sqlite3").exists()  # nothing opened yet
        store = services.store
        assert isinstance(store, Store) and services.store is store
        assert (tmp_path / "db.sqlite3").exists()
        assert services.cache is services.cache and services.cache.max_bytes == 7 * 1024 * 1024
        assert isinstance(services.fetcher, Fetcher) and services.fetcher is services.fetcher
        pool = services.pool(2)
        assert isinstance(pool, ProcessPool) and services.pool(3) is pool
        assert not pool.started  # processes start with the first task only
    finally:
        services.close()


def test_no_pool_for_no_workers(tmp_path: Path) -> None:
    services = open_services(tmp_path / "db.sqlite3", tmp_path / "cache")
    assert services.pool(0) is None
    services.close()


def test_the_command_line_session_opens_its_services_through_open_services(
    profile: Path,
) -> None:
    paths = resolve(str(profile)).ensure()
    session = Session(paths, argparse.Namespace(command="refresh", json=False))
    try:
        assert type(session.services) is Services
        assert session.services.database == paths.database
        assert session.store is session.services.store
        assert session.cache is session.services.cache
        assert isinstance(session.cache, ArticleCache)
        assert session.fetcher is session.services.fetcher
        session.refresher(3)
        assert isinstance(session.services.pool(1), ProcessPool)  # made for the refresh's 3
    finally:
        session.close()
