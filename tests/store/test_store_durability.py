"""The store under damage, crashes and scale (RELIABILITY S1, S5; 100,000 articles)."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.parsed import ParsedEntry
from reader.errors import StoreError
from reader.store.db import Store
from reader.store.recovery import list_backups, recover, restore_backup

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


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


@pytest.mark.slow
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
from reader.core.parsed import OpmlDocument, OpmlFeed, OpmlFolder, ParsedEntry
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


def test_disk_full_is_said_in_words_and_nothing_is_half_written(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    with Store(path) as store:
        feed = store.add_feed("https://example.org/feed")
        kept = store.add_entries(feed.id, _entries(0, 10), now=NOW)
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is "full"
        with pytest.raises(StoreError, match="disk full"):
            store.add_entries(feed.id, _entries(1, 2000), now=NOW)
        assert store.article_ids() == kept
        store.set_read(kept[:1])  # small writes still fit
        assert store.integrity_check() == []
    with Store(path) as store:
        assert store.article_ids() == kept and store.article_ids(unread=True) == kept[1:]


def test_first_open_from_several_threads_at_once(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    errors: list[BaseException] = []

    def open_close() -> None:
        try:
            Store(path).close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_close) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(path) as store:
        assert store.integrity_check() == []
    assert list(tmp_path.glob("*.tmp")) == []


def test_auto_backup_once_a_day_keeping_three(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _filled_database(path)
    with Store(path) as store:
        made = [store.auto_backup(now=NOW + timedelta(hours=h)) for h in range(0, 24 * 5, 12)]
    assert [m is not None for m in made] == [True, False] * 5
    backups = list_backups(path)
    assert [b.name for b in backups] == [m.name for m in reversed(made) if m is not None][:3]
    with Store(backups[0], readonly=True) as copy:
        assert len(copy.article_ids()) == 300


def test_recover_salvages_readable_rows_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    with Store(path) as store:
        folder = store.add_folder("News")
        feed = store.add_feed("https://example.org/feed", "Example", folder_id=folder.id)
        ids = store.add_entries(feed.id, _entries(0, 3000), now=NOW)
        store.set_starred(ids[0])
        store.set_starred(ids[-1])
        # A page in the middle of the articles (not of whatever table the file's middle
        # holds: another table in the schema moves that).
        leaves = store._conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'"
            " ORDER BY pageno"
        ).fetchall()
    data = bytearray(path.read_bytes())
    middle = (leaves[len(leaves) // 2][0] - 1) * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096  # one page of garbage in the middle
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged"):
        Store(path)

    report = recover(path)
    assert report.damaged_copy.exists() and report.damaged_copy.read_bytes() == bytes(data)
    with Store(path) as store:
        assert store.integrity_check() == []
        assert [f.title for f in store.feeds()] == ["Example"]
        assert store.feeds()[0].folder_id == store.folders()[0].id
        survivors = store.article_ids()
        assert report.rows["articles"] == len(survivors) > 1000
        starred = store.starred_ids()
        assert starred <= {ids[0], ids[-1]}
        if ids[0] in survivors:
            assert store.search("Headline")
    assert report.problems  # the damage was seen and said


def test_restore_backup_puts_the_copy_in_place(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _filled_database(path)
    with Store(path) as store:
        backup = store.auto_backup()
    assert backup is not None
    _zero_header(path)
    aside = restore_backup(path, backup)
    assert aside is not None and aside.exists()
    with Store(path) as store:
        assert len(store.article_ids()) == 300
    damaged_backup = tmp_path / "bad.sqlite3"
    damaged_backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(StoreError):
        restore_backup(path, damaged_backup)
    with Store(path) as store:  # a bad backup changed nothing
        assert len(store.article_ids()) == 300


_MIGRATING_CHILD = r"""
import sys
from pathlib import Path
from reader.store import schema
from reader.store.db import Store

def slow_migration(conn):
    conn.execute("ALTER TABLE feeds ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE feeds SET note = 'half'")
    print("migrating", flush=True)
    sys.stdin.readline()  # killed here, in the middle of the migration's transaction

schema.MIGRATIONS.append(slow_migration)
Store(Path(sys.argv[1]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_a_migration_keeps_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.store import schema

    path = tmp_path / "broadsheet.sqlite3"
    _filled_database(path)
    child = subprocess.Popen(
        [sys.executable, "-c", _MIGRATING_CHILD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stdout.readline() == "migrating\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()
    with Store(path) as store:  # the old version still opens, whole
        assert store.integrity_check() == []
        assert len(store.article_ids()) == 300
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    assert list_backups(path)  # the copy made before migrating

    def add_note(conn: object) -> None:
        conn.execute("ALTER TABLE feeds ADD COLUMN note TEXT NOT NULL DEFAULT ''")  # type: ignore[attr-defined]

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_note])
    with Store(path) as store:  # the next start retries, and this time it finishes
        assert store._conn.execute("SELECT note FROM feeds").fetchall() == [("",)]
        assert len(store.article_ids()) == 300
