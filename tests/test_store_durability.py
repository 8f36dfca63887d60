"""The store under damage, crashes and scale (RELIABILITY S1, S5; 100,000 articles)."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.models import ParsedEntry
from reader.errors import StoreError
from reader.store.db import Store

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent


def _entries(batch: int, count: int) -> list[ParsedEntry]:
    return [
        ParsedEntry(
            entry_id=f"b{batch}-{n}",
            title=f"Headline {n} of batch {batch}",
            link=f"https://example.org/{batch}/{n}",
            published=NOW - timedelta(minutes=batch * count + n),
            summary_html=f"<p>Words about topic{n % 97} in batch {batch}.</p>",
        )
        for n in range(count)
    ]


def _filled_database(path: Path) -> None:
    with Store(path) as store:
        feed = store.add_feed("https://example.org/feed", "Example")
        store.add_entries(feed.id, _entries(0, 300), now=NOW)
        store.add_folder("Folder")


def _flip_page_two(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, 4096 + 16):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("damage", [_flip_page_two, _zero_header, _truncate])
def test_damaged_database_is_reported_and_left_alone(tmp_path: Path, damage: object) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _filled_database(path)
    assert not path.with_name(path.name + "-wal").exists()
    damage(path)  # type: ignore[operator]
    before = path.read_bytes()
    for _ in range(2):  # every start says so again: nothing was "repaired" into an empty file
        with pytest.raises(StoreError, match="the database is damaged"):
            Store(path)
        assert path.read_bytes() == before
    with pytest.raises(StoreError, match="the database is damaged"):
        Store(path, readonly=True)
    assert path.read_bytes() == before


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    path.write_bytes(b"")
    with Store(path) as store:
        assert store.feeds() == []
        assert store.integrity_check() == []


def test_hundred_thousand_articles(tmp_path: Path) -> None:
    with Store(tmp_path / "big.sqlite3") as store:
        folder = store.add_folder("Big")
        feeds = [
            store.add_feed(f"https://example.org/{n}/feed", folder_id=folder.id if n else None)
            for n in range(2)
        ]
        all_ids: list[int] = []
        for batch in range(10):
            all_ids += store.add_entries(feeds[batch % 2].id, _entries(batch, 10_000), now=NOW)
        assert len(all_ids) == 100_000
        ids = store.article_ids()
        assert ids == all_ids  # generated newest first, batch after batch
        store.set_read(all_ids[:50_000])
        assert len(store.article_ids(unread=True)) == 50_000
        assert len(store.article_ids(folder_id=folder.id)) == 50_000
        assert len(store.article_ids(query="topic5")) == 10 * sum(
            n % 97 == 5 for n in range(10_000)
        )
        assert sum(store.unread_counts().values()) == 50_000
        page = store.articles_by_ids(ids[:200])
        assert [a.id for a in page] == ids[:200]


_CHILD = r"""
import sys
from datetime import UTC, datetime
from pathlib import Path
from reader.core.models import OpmlDocument, OpmlFeed, OpmlFolder, ParsedEntry
from reader.store.db import Store

store = Store(Path(sys.argv[1]))
url = "https://example.org/feed"
feed = store.feed_by_url(url) or store.add_feed(url)
run = sys.argv[2]
now = datetime.now(UTC)
batch = 0
while True:
    entries = [
        ParsedEntry(entry_id=f"{run}-{batch}-{n}", title=f"t {n}", link=f"https://e.org/{run}/{batch}/{n}",
                    summary_html="<p>" + "words " * 200 + "</p>")
        for n in range(40)
    ]
    ids = store.add_entries(feed.id, entries, now=now)
    store.set_read(ids[:10])
    store.set_starred(ids[0])
    feeds = tuple(OpmlFeed(f"https://{run}-{batch}-{n}.example/feed") for n in range(20))
    folder = OpmlFolder(title=f"import {run}-{batch}", feeds=feeds)
    store.import_opml(OpmlDocument(root=OpmlFolder(folders=(folder,))))
    print(run, batch, ids[0], ids[-1], flush=True)
    batch += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_writes_loses_no_committed_row(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    committed: list[tuple[int, int]] = []
    for run, kill_after in enumerate((1, 4, 9, 2)):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path), str(run)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert child.stdout is not None
        for _ in range(kill_after):
            line = child.stdout.readline()
            assert line, "the writer died on its own"
            _, _, first, last = line.split()
            committed.append((int(first), int(last)))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()

        with Store(path) as store:
            assert store.integrity_check() == []
            present = set(store.article_ids())
            starred = store.starred_ids()
            for first, last in committed:
                assert set(range(first, last + 1)) <= present
                assert first in starred
            # Every OPML import is whole: a folder exists only with all of its 20 feeds.
            per_folder: dict[int | None, int] = {}
            for feed in store.feeds():
                per_folder[feed.folder_id] = per_folder.get(feed.folder_id, 0) + 1
            for folder in store.folders():
                assert per_folder.get(folder.id) == 20, folder
