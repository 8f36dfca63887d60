"""Fixtures of the sync tests: a real coldsweat (Fever) on loopback, feeds for it to fetch, and a
profile's store with its Syncer. Passwords always go to the profile's file here, never into a
keyring of the machine running the tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.store.db import Store
from reader.sync.credentials import Credentials
from reader.usecases.sync import Syncer
from tests.httpserver import FixtureServer
from tests.sync.coldsweat import CannotInstall, Coldsweat, coldsweat_venv
from tests.sync.feeds import FeedSet

EMAIL = "reader@example.org"
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROADSHEET_CREDENTIALS", "file")


@pytest.fixture(scope="session")
def coldsweat_home() -> Path:
    """coldsweat's own venv (made once, cached under build/); skips only when pip cannot
    install it."""
    try:
        return coldsweat_venv()
    except CannotInstall as err:
        pytest.skip(f"coldsweat (the real Fever server of these tests) is not installable: {err}")


@pytest.fixture
def feeds() -> Iterator[FeedSet]:
    """Three feeds of five entries; feeds 0 and 1 in the folder News."""
    server = FixtureServer().start()
    try:
        feed_set = FeedSet(server, counts=[5, 5, 5], folders={0: "News", 1: "News"})
        feed_set.publish()
        yield feed_set
    finally:
        server.stop()


@pytest.fixture
def fever(coldsweat_home: Path, feeds: FeedSet, tmp_path: Path) -> Iterator[Coldsweat]:
    """A running coldsweat whose user follows ``feeds`` (already fetched)."""
    folder = tmp_path / "coldsweat"
    folder.mkdir()
    server = Coldsweat(coldsweat_home, folder)
    server.setup(EMAIL, PASSWORD)
    server.import_opml(feeds.opml(folder / "subs.opml"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """The profile's database."""
    db = Store(tmp_path / "profile" / "data" / "broadsheet.sqlite3")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def syncer(store: Store, tmp_path: Path) -> Syncer:
    """Accounts and sync on ``store``; passwords in the profile's file."""
    return Syncer(store, Credentials(tmp_path / "profile" / "config"), workers=2)
