"""The store gives its page cache back (bench/tray_memory.py: a window hidden in the tray holds
no cache between refreshes): measured with SQLite's own count of the memory it holds."""

from __future__ import annotations

import ctypes
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.parsed import ParsedEntry
from reader.store.db import Store

MIB = 1024 * 1024


def _sqlite_memory_used() -> ctypes._CFuncPtr:  # type: ignore[name-defined]
    try:
        lib = ctypes.CDLL("libsqlite3.so.0")
    except OSError:
        pytest.skip("Python's sqlite3 is not the system's libsqlite3 here")
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return lib.sqlite3_memory_used


def test_release_memory_empties_the_page_cache_and_the_store_still_works(tmp_path: Path) -> None:
    used = _sqlite_memory_used()
    now = datetime(2026, 11, 10, tzinfo=UTC)
    words = "words " * 400
    with Store(tmp_path / "db.sqlite3") as store:
        feed = store.add_feed("https://example.org/feed.xml", "Example")
        entries = [
            ParsedEntry(
                entry_id=f"e{i}",
                title=f"Entry {i}",
                link=f"https://example.org/{i}",
                published=now - timedelta(minutes=i),
                summary_html=f"<p>{i} {words}</p>",
            )
            for i in range(3000)
        ]
        store.add_entries(feed.id, entries, now=now)
        assert len(store.article_ids()) == 3000  # pages of the database in the cache
        full = used()
        store.release_memory()
        assert full - used() > 2 * MIB
        # The cache fills again when needed: nothing was lost.
        assert store.articles_by_ids([1])[0].title.startswith("Entry")
        assert len(store.article_ids()) == 3000
