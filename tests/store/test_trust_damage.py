"""Issue 9, items 6-8, 12 and 16: damage is recovered, and only real damage is called damage.

Real SQLite files in tmp folders, damaged the way disks and crashes damage them.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.parsed import ParsedEntry
from reader.errors import DamagedDatabase, DatabaseLocked, StoreError
from reader.store import health, salvage, temps
from reader.store.db import Store
from reader.store.recovery import list_backups, recover, restore_backup

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def _entries(feed: int, count: int) -> list[ParsedEntry]:
    return [
        ParsedEntry(
            entry_id=f"f{feed}-{n}",
            title=f"Headline {n} of feed {feed}",
            link=f"https://example.org/{feed}/{n}",
            published=NOW - timedelta(minutes=n),
            summary_html="<p>" + "words " * 60 + f"{n}</p>",
        )
        for n in range(count)
    ]


def _profile_db(path: Path, feeds: int = 3, per_feed: int = 1500) -> int:
    with Store(path) as store:
        folder = store.add_folder("News")
        for k in range(feeds):
            feed = store.add_feed(f"https://example.org/{k}/feed", f"Feed {k}", folder_id=folder.id)
            store.add_entries(feed.id, _entries(k, per_feed), now=NOW)
        store._conn.execute("ANALYZE")  # sqlite_stat1: a table created last, at the file's end
        return int(store._conn.execute("PRAGMA page_count").fetchone()[0])


def _zero_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    start = (pages // 2) * 4096
    data[start : start + 8 * 4096] = bytes(8 * 4096)
    path.write_bytes(bytes(data))


def _truncate_third(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def _truncate_tail(path: Path) -> None:
    """The end cut off mid-page: the schema names a table (sqlite_stat1) past the end, so the
    schema cannot be parsed, while most of the rows are still there."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40 * 4096 - 1000])


def _flip_page_two(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, 4096 + 16):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


DAMAGES: list[Callable[[Path], None]] = [
    _zero_middle,
    _truncate_third,
    _flip_page_two,
    _zero_header,
    _emptied,
]


# -- 16: checks as strong as before, without a full quick_check on every open --------------
@pytest.mark.parametrize("damage", DAMAGES, ids=lambda d: d.__name__)
def test_every_damage_is_found_at_open_even_after_a_clean_close(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=1, per_feed=1500)
    with Store(path) as store:  # a second clean session: the health record is fresh
        store.auto_backup(now=NOW)  # and a backup exists: a database was here
    assert health.full_check_reason(path) is None, "a clean close is trusted next time"
    damage(path)
    before = path.read_bytes()
    for _ in range(2):  # every start says so, and nothing is "repaired" into an empty file
        with pytest.raises(DamagedDatabase):
            Store(path)
        assert path.read_bytes() == before


def test_a_clean_profile_is_not_checked_fully_but_an_unclean_one_is(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=1, per_feed=50)
    assert health.full_check_reason(path) is None
    with Store(path):  # this process's own further connections trust the open one
        assert health.full_check_reason(path) is None
    # A week later: the schedule.
    assert health.full_check_reason(path, now=NOW.timestamp() + 10**9) == "scheduled"
    # Another program wrote the file (size or time changed).
    os.utime(path, ns=(1, 1))
    assert health.full_check_reason(path) == "changed since the last clean close"
    Store(path).close()  # checked fully, then recorded again
    assert health.full_check_reason(path) is None


_KILLED_WRITER = r"""
import sys
from datetime import UTC, datetime
from pathlib import Path
from reader.store.db import Store
from reader.core.parsed import ParsedEntry
store = Store(Path(sys.argv[1]))
feed = store.feeds()[0]
store.add_entries(feed.id, [ParsedEntry(f"k{n}", f"t{n}", f"https://e.org/k{n}") for n in range(50)],
                  now=datetime.now(UTC))
print("written", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_unclean_shutdown_brings_the_full_check(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=1, per_feed=50)
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline() == "written\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()
    assert health.full_check_reason(path) == "unclean shutdown"
    with Store(path) as store:
        assert len(store.article_ids()) == 100


def test_damage_the_cheap_check_cannot_see_is_still_a_typed_error_when_met(
    tmp_path: Path,
) -> None:
    """Bit rot that keeps the file's size and time: the open is cheap, but the first read of
    the damaged pages raises DamagedDatabase (the window then offers recovery), and the weekly
    full check finds it too."""
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=1, per_feed=1500)
    st = path.stat()
    _zero_middle(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    with Store(path) as store, pytest.raises(DamagedDatabase):
        store.search("Headline")
        store.unread_counts()
        store.article_ids()
        store._conn.execute("SELECT count(*), sum(length(summary_html)) FROM articles").fetchone()
        raise AssertionError("no read met the damage")
    assert health.full_check_reason(path, now=NOW.timestamp() + 10**9) == "scheduled"


def test_errors_are_told_apart_by_their_sqlite_code(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=1, per_feed=10)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with Store(path) as store:
            store._conn.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(DatabaseLocked) as caught:
                store.add_feed("https://example.org/other")
            assert not isinstance(caught.value, DamagedDatabase)
            assert "damaged" not in str(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()


# -- 7: recovery reads what a plain read reads, and says so table by table ------------------
@pytest.mark.parametrize("damage", [_truncate_tail, _zero_middle], ids=lambda d: d.__name__)
@pytest.mark.parametrize("with_cli", [True, False], ids=["sqlite3-cli", "no-cli"])
def test_recovery_saves_at_least_what_a_plain_read_gets(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    damage: Callable[[Path], None],
    with_cli: bool,
) -> None:
    if with_cli and shutil.which("sqlite3") is None:
        pytest.skip("the sqlite3 program is not installed (.ci/run installs it)")
    if not with_cli:
        monkeypatch.setattr(salvage.shutil, "which", lambda _name: None)
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path)
    damage(path)
    readable = _plain_read(path)
    assert readable["feeds"] == 3 and readable["articles"] > 1000
    report = recover(path)
    assert report.rows["feeds"] == 3 and report.rows["folders"] == 1, report
    assert report.rows["articles"] >= readable["articles"]
    assert set(report.rows) >= {"feeds", "folders", "articles", "article_state"}
    assert report.damaged_copy.exists()
    with Store(path) as store:
        assert store.integrity_check() == []
        assert len(store.article_ids()) == report.rows["articles"]
        assert store.search("Headline")


def _plain_read(path: Path) -> dict[str, int]:
    """What reading the damaged file row by row (forwards, writable_schema) gets."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA writable_schema = ON")
    got: dict[str, int] = {}
    for table in ("feeds", "articles"):
        seen: set[int] = set()
        for order in ("ASC", "DESC"):
            try:
                for row in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid {order}"):
                    seen.add(row[0])
            except sqlite3.DatabaseError:
                pass
        got[table] = len(seen)
    conn.close()
    return got


# -- 8: an emptied database is damage; the last good backup is never rotated out ----------
def test_an_emptied_database_is_damage_and_its_backup_is_offered(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=2, per_feed=20)
    with Store(path) as store:
        backup = store.auto_backup(now=NOW)
    assert backup is not None
    path.write_bytes(b"")
    with pytest.raises(DamagedDatabase, match="empty"):
        Store(path)
    assert path.stat().st_size == 0  # nothing was created over it
    assert list_backups(path)[0] == backup
    restore_backup(path, backup)
    with Store(path) as store:
        assert len(store.feeds()) == 2


def test_a_new_empty_file_without_any_history_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    path.write_bytes(b"")  # e.g. a first start killed before anything was written
    with Store(path) as store:
        assert store.feeds() == []


def test_backups_of_an_emptied_database_never_rotate_out_the_last_real_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=2, per_feed=20)
    with Store(path) as store:
        good = store.auto_backup(now=NOW)
    assert good is not None
    with Store(path) as store:  # the user's subscriptions are gone (any cause)
        for feed in store.feeds():
            store.remove_feed(feed.id)
    with Store(path) as store:
        for day in range(1, 6):
            store.auto_backup(now=NOW + timedelta(days=day))
    names = [b.name for b in list_backups(path)]
    assert good.name in names, names
    assert len(names) == 4  # three newest and the last one with subscriptions


def test_a_backup_copy_that_fails_its_check_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.store import recovery

    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=1, per_feed=20)
    with Store(path) as store:
        first = store.auto_backup(now=NOW)
        monkeypatch.setattr(recovery, "_sound", lambda _p: False)
        for day in range(1, 5):
            assert store.auto_backup(now=NOW + timedelta(days=day)) is None
    assert [b.name for b in list_backups(path)] == [first.name if first else ""]


# -- 12: temporaries a killed copy leaves behind are swept at the next start --------------
_KILLED_COPY = r"""
import os, sys
from pathlib import Path
from reader.store import temps
tmp = temps.temp_for(Path(sys.argv[1]))
tmp.write_bytes(b"x" * 1_000_000)
print(tmp, flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_temporaries_of_a_killed_process_are_swept_at_start(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=1, per_feed=10)
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_COPY, str(path.with_name(path.name + ".v1.bak"))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    left = Path(child.stdout.readline().strip())
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()
    mine = temps.temp_for(path)  # one of a live process (this one) stays
    mine.write_bytes(b"busy")
    assert left.exists() and left.parent == path.parent
    Store(path).close()
    assert not left.exists()
    assert mine.exists()
    mine.unlink()


def test_a_migration_killed_in_its_backup_leaves_nothing_after_the_next_start(
    tmp_path: Path,
) -> None:
    """The migration's backup copy goes through a temporary named after its process."""
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path, feeds=1, per_feed=10)
    fake = path.with_name(f".{path.name}.v1-x.bak.999999999.0badc0de.tmp")
    fake.write_bytes(b"half a copy")
    with Store(path):
        pass
    assert not fake.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_store_errors_stay_store_errors() -> None:
    assert issubclass(DamagedDatabase, StoreError) and issubclass(DatabaseLocked, StoreError)


def test_rows_past_a_broken_b_tree_are_read_from_the_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A third of the file cut off: interior pages are lost, so no table can be walked (a
    plain read gets 0 articles); the page scan still finds most leaves. Rows deleted on
    purpose (free list) do not come back."""
    monkeypatch.setattr(salvage.shutil, "which", lambda _name: None)
    path = tmp_path / "broadsheet.sqlite3"
    _profile_db(path)
    with Store(path) as store:
        gone = store.article_ids()[:200]
        store._conn.execute(f"DELETE FROM articles WHERE id IN ({','.join(map(str, gone))})")
    _truncate_third(path)
    assert _plain_read(path)["articles"] < 100
    report = recover(path)
    assert report.rows["feeds"] == 3 and report.rows["articles"] > 1500, report
    with Store(path) as store:
        assert store.integrity_check() == []
        ids = set(store.article_ids())
        assert not ids & set(gone), "deleted rows came back"
        assert all(a.title.startswith("Headline") for a in store.articles_by_ids(sorted(ids)[:50]))
        assert store.search("Headline")


def test_the_page_scan_knows_each_table_by_its_shape() -> None:
    from reader.store import pagescan

    assert pagescan.shape_of([None, "News", None]) == "folders"
    assert pagescan.shape_of([None, 1, 0, None, None]) == "article_state"
    assert pagescan.shape_of([None, "text", "more text"]) is None  # the search index's
    assert pagescan.shape_of(["table", "t", "t", 2, "CREATE TABLE t(x)"]) is None  # schema
