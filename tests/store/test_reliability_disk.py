"""RELIABILITY S3 (disk full) and S4 (read-only profile) on real, tiny file systems.

As root on Linux the tests mount a small tmpfs (and a read-only one); elsewhere they are
skipped, and ``tests/test_store_durability.py`` still simulates a full database with
``max_page_count``. A full disk must be said in words, leave the database passing
``integrity_check`` with everything written before intact, and make the cache evict.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader import instance
from reader.core.parsed import ParsedEntry, SimplifiedArticle
from reader.errors import ReaderError, ReadOnlyProfile, StoreError
from reader.store.cache import ArticleCache
from reader.store.db import Store

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _mount(target: Path, options: str) -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, f"broadsheet-test-{uuid.uuid4().hex[:8]}", target],
        capture_output=True,
    )
    return done.returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB file system of its own (skipped where it cannot be mounted)."""
    target = tmp_path / "tiny"
    if not _mount(target, "size=3m,mode=0700"):
        pytest.skip("needs root and mount on Linux for a real small file system")
    try:
        yield target
    finally:
        _umount(target)


def _entries(batch: int, count: int, words: int = 60) -> list[ParsedEntry]:
    text = " ".join(f"word{n}" for n in range(words))
    return [
        ParsedEntry(
            entry_id=f"b{batch}-{n}",
            title=f"Headline {n} of batch {batch}",
            link=f"https://example.org/{batch}/{n}",
            published=NOW - timedelta(minutes=n),
            summary_html=f"<p>{text} {batch} {n}</p>",
        )
        for n in range(count)
    ]


def _fill(folder: Path) -> None:
    """Take the file system's free space down to a few KiB."""
    # Unbuffered: a buffered file would try to write its last partial chunk again at close.
    with open(folder / "ballast", "wb", buffering=0) as handle:
        chunk = b"\0" * 65536
        try:
            while True:
                handle.write(chunk)
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    try:
        with open(folder / "ballast2", "wb") as handle:
            while True:
                handle.write(b"\0" * 512)
                handle.flush()
    except OSError:
        pass  # full to the last block (tmpfs may refuse even the new file)


def test_a_full_disk_is_said_in_words_and_the_database_stays_sound(tiny_disk: Path) -> None:
    path = tiny_disk / "data" / "broadsheet.sqlite3"
    path.parent.mkdir()
    with Store(path) as store:
        feed = store.add_feed("https://example.org/feed", "Example")
        kept = store.add_entries(feed.id, _entries(0, 20), now=NOW)
        store.set_starred(kept[0])
        store.set_starred(kept[1])
        with pytest.raises(StoreError, match=r"^disk full"):
            for batch in range(1, 10_000):  # the disk fills up on the way
                store.add_entries(feed.id, _entries(batch, 200, words=200), now=NOW)
        assert store.integrity_check() == []
        ids = store.article_ids()
        assert set(kept) <= set(ids)
        assert store.article(kept[0]).starred
        assert [a.id for a in store.articles_by_ids(kept)] == kept  # reading goes on
    with Store(path) as store:  # and it opens again, quick_check included
        assert store.integrity_check() == []
        assert set(kept) <= set(store.article_ids())
        assert {kept[0], kept[1]} <= set(store.starred_ids())


def test_a_full_disk_makes_the_cache_evict_but_never_a_starred_article(tiny_disk: Path) -> None:
    cache = ArticleCache(tiny_disk / "cache", max_bytes=100 * 1024 * 1024)
    body = "<p>" + "x" * 200_000 + "</p>"
    for article_id in range(1, 6):
        cache.put_article(article_id, SimplifiedArticle(title=f"t{article_id}", html=body))
    cache.evict(keep={1})  # under the cap: nothing goes, but the starred ids are now known
    assert all(cache.has_article(i) for i in range(1, 6))
    _fill(tiny_disk)
    cache.put_article(6, SimplifiedArticle(title="t6", html=body))  # room was made
    assert cache.has_article(6) and cache.get_article(6) is not None
    assert cache.has_article(1), "the starred article must stay"
    assert not all(cache.has_article(i) for i in range(2, 6)), "something was evicted"
    assert not list((tiny_disk / "cache" / "articles").glob(".*.tmp"))


def test_a_full_disk_with_nothing_to_evict_is_said_in_words(tiny_disk: Path) -> None:
    cache = ArticleCache(tiny_disk / "cache")
    _fill(tiny_disk)
    with pytest.raises(StoreError, match=r"^disk full"):
        cache.put_article(1, SimplifiedArticle(title="t", html="<p>" + "y" * 500_000 + "</p>"))
    assert not cache.has_article(1)
    assert not list((tiny_disk / "cache").rglob("*.tmp"))


def test_a_read_only_profile_is_said_in_words(tmp_path: Path) -> None:
    target = tmp_path / "ro"
    if not _mount(target, "size=1m,ro"):
        pytest.skip("needs root and mount on Linux for a read-only file system")
    try:
        with pytest.raises(ReaderError, match="cannot use this profile") as caught:
            instance.acquire(target / "data")
        assert "Read-only" in str(caught.value) or "read-only" in str(caught.value).lower()
        with pytest.raises(StoreError, match="cannot open the database"):
            Store(target / "broadsheet.sqlite3")
        with pytest.raises(ReadOnlyProfile, match="read-only"):
            Store(target / "data" / "broadsheet.sqlite3")  # its folder cannot be made
        cache = ArticleCache(target / "cache")
        with pytest.raises(StoreError, match="could not write"):
            cache.put_article(1, SimplifiedArticle(title="t"))
        assert cache.get_article(1) is None  # reading goes on
    finally:
        _umount(target)
