"""Issue 9, items 9, 11, 13-15 and 17 (file modes): the real ``broadsheet`` command line, in
a child process, on profiles that are full, read-only, locked, obstructed, damaged or oddly
named. Only real damage is called damage; reading goes on wherever it can.

Full disk and read-only profile: a real small tmpfs of their own (``mount -t tmpfs``, then
``mount -o remount,ro``); skipped with the reason where mounting is not possible (not root,
not Linux).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader import instance
from reader.core.parsed import ParsedEntry, SimplifiedArticle
from reader.paths import resolve
from reader.settings import Settings, save_settings
from reader.store.cache import ArticleCache
from reader.store.db import Store
from tests.store.test_reliability_disk import _fill, _mount, _umount

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
CACHED_TEXT = "Cached words of the first article"


def cli(profile: Path | bytes, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``python -m reader --profile PROFILE ARGS`` in a child process."""
    where = os.fsencode(profile) if isinstance(profile, Path) else profile
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"reader", b"--profile", where]
        + [a.encode() for a in args],
        capture_output=True,
        text=True,
        errors="replace",
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


def seed(profile: Path, count: int = 12) -> list[int]:
    """A profile with one feed, ``count`` articles and the first one's reader view cached."""
    paths = resolve(profile).ensure()
    with Store(paths.database) as store:
        feed = store.add_feed("https://example.org/feed", "Example feed")
        entries = [
            ParsedEntry(
                f"e{n}",
                f"Headline number {n}",
                f"https://example.org/{n}",
                published=NOW - timedelta(minutes=n),
                summary_html=f"<p>Summary words {n}</p>",
            )
            for n in range(count)
        ]
        ids = store.add_entries(feed.id, entries, now=NOW)
    ArticleCache(paths.cache).put_article(
        ids[0],
        SimplifiedArticle(
            title="Headline number 0", html=f"<p>{CACHED_TEXT}</p>", text=CACHED_TEXT
        ),
    )
    return ids


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("broadsheet: note:")]


@pytest.fixture
def tiny_profile(tmp_path: Path) -> Iterator[Path]:
    """A profile on a 4 MiB file system of its own (a real tmpfs mount)."""
    target = tmp_path / "tiny"
    if not _mount(target, "size=4m,mode=0700"):
        pytest.skip("needs root and mount on Linux for a real small file system")
    try:
        yield target / "profile"
    finally:
        _umount(target)


# -- 9: full disk, read-only, locked are told apart; reading goes on ------------------------
def test_reading_commands_work_on_a_full_disk(tiny_profile: Path) -> None:
    ids = seed(tiny_profile)
    _fill(tiny_profile.parent)
    for args in (("articles",), ("feeds",), ("search", "Headline"), ("show", str(ids[0]))):
        done = cli(tiny_profile, *args)
        assert done.returncode == 0, (args, done.stderr)
        assert "the database is damaged" not in done.stderr
        assert "disk is full" in _notes(done.stderr)[0], done.stderr
    assert CACHED_TEXT in cli(tiny_profile, "show", str(ids[0])).stdout
    assert "Headline number 11" in cli(tiny_profile, "articles").stdout
    star = cli(tiny_profile, "star", str(ids[1]))
    if star.returncode != 0:  # SQLite may still find room in pages it owns
        error = [line for line in star.stderr.splitlines() if "error:" in line]
        assert error and "disk full" in error[-1], star.stderr


def test_a_read_only_profile_reads_and_says_so_in_one_line(tiny_profile: Path) -> None:
    ids = seed(tiny_profile)
    mount_point = tiny_profile.parent
    remount = subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip(f"could not remount read-only: {remount.stderr!r}")
    done = cli(tiny_profile, "articles")
    assert done.returncode == 0, done.stderr
    assert "Headline number 0" in done.stdout
    notes = _notes(done.stderr)
    assert len(notes) == 1 and "read-only" in notes[0], done.stderr
    assert "damaged" not in done.stderr
    shown = cli(tiny_profile, "show", str(ids[0]))
    assert shown.returncode == 0 and CACHED_TEXT in shown.stdout, shown.stderr
    star = cli(tiny_profile, "star", str(ids[0]))
    assert star.returncode == 1
    assert "read-only" in star.stderr.lower() and "damaged" not in star.stderr


def test_a_database_locked_by_another_program_is_not_called_damaged(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    ids = seed(profile)
    other = sqlite3.connect(resolve(profile).database, isolation_level=None)
    # Another program keeps the file to itself: not even reading is possible meanwhile.
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE feeds SET title = title")
    other.execute("COMMIT")
    try:
        for args in (("articles",), ("star", str(ids[0]))):
            done = cli(profile, *args)
            assert done.returncode == 1, done.stdout
            assert "locked" in done.stderr and "damaged" not in done.stderr, done.stderr
    finally:
        other.close()


def test_a_damaged_database_is_called_damaged(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    seed(profile)
    database = resolve(profile).database
    data = bytearray(database.read_bytes())
    data[:100] = bytes(100)
    database.write_bytes(bytes(data))
    done = cli(profile, "articles")
    assert done.returncode == 1 and "damaged" in done.stderr, done.stderr


# -- 11: a file where the cache folder should be ---------------------------------------------
@pytest.mark.parametrize("obstacle", ["cache", "cache/articles", "cache/images"])
def test_a_file_where_a_cache_folder_belongs_is_moved_aside_and_kept(
    tmp_path: Path, obstacle: str
) -> None:
    profile = tmp_path / "profile"
    ids = seed(profile)
    blocked = profile / obstacle
    if blocked.is_dir():
        import shutil

        shutil.rmtree(blocked)
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_bytes(b"the user's own file")
    done = cli(profile, "show", str(ids[1]))  # not cached: simplified, then written to cache
    assert done.returncode == 0, done.stderr
    assert "Headline number 1" in done.stdout or "Summary words 1" in done.stdout
    kept = list(blocked.parent.glob(f"{blocked.name}.obstacle-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"the user's own file"
    assert any(str(kept[0]) in note for note in _notes(done.stderr)), done.stderr
    assert not blocked.is_file()  # the folder is made again when something goes in it
    assert cli(profile, "articles").returncode == 0


# -- 13: a damaged settings file is kept and said once ---------------------------------------
def test_a_damaged_settings_file_is_kept_beside_and_said_once(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    seed(profile)
    settings = resolve(profile).settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_bytes(b'{"font_size": 20, "cache_max_mb": ')
    first = cli(profile, "show", "1")  # reads the settings (for the cache's cap)
    assert first.returncode == 0, first.stderr
    kept = list(settings.parent.glob("settings.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b'{"font_size": 20, "cache_max_mb": '
    assert any("settings" in note and str(kept[0]) in note for note in _notes(first.stderr))
    second = cli(profile, "show", "1")
    assert not _notes(second.stderr), "told once"
    assert len(list(settings.parent.glob("settings.json.damaged-*"))) == 1


# -- 14: the cache cap from Settings; show while the window holds the profile ---------------
def test_the_command_line_uses_the_cache_cap_from_settings(tmp_path: Path) -> None:
    import argparse

    from reader.cli.session import Session

    profile = tmp_path / "profile"
    seed(profile)
    paths = resolve(profile)
    save_settings(paths.settings_file, Settings(cache_max_mb=2000))
    session = Session(paths, argparse.Namespace(json=False))
    try:
        assert session.cache.max_bytes == 2000 * 1024 * 1024
    finally:
        session.close()


def test_show_of_a_cached_article_works_while_the_window_holds_the_profile(
    tmp_path: Path,
) -> None:
    profile = tmp_path / "profile"
    ids = seed(profile)
    lock = instance.acquire(resolve(profile).data)  # what the running window holds
    try:
        done = cli(profile, "show", str(ids[0]))
        assert done.returncode == 0, done.stderr
        assert CACHED_TEXT in done.stdout
        other = cli(profile, "show", str(ids[2]))  # not cached: the feed's text, said so
        assert other.returncode == 0, other.stderr
        assert "Summary words 2" in other.stdout
        assert cli(profile, "star", str(ids[0])).returncode == 1  # writing still refused
    finally:
        lock.release()


# -- 15: a profile path that is not UTF-8 ----------------------------------------------------
@pytest.mark.skipif(sys.platform != "linux", reason="bytes in file names: POSIX")
def test_a_profile_path_with_non_utf8_bytes_works(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-\xff"
    profile = Path(os.fsdecode(raw))
    seed(profile)
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="Other" xmlUrl="https://example.net/f"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    for args in (("feeds",), ("articles",), ("import", str(opml)), ("search", "Headline")):
        done = cli(raw, *args)
        assert done.returncode == 0, (args, done.stderr)
        assert "internal error" not in done.stderr
    assert "Other" in cli(raw, "feeds").stdout


# -- 17 (file modes): the profile is the user's alone ---------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_new_profile_is_0700_and_its_files_0600(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="A" xmlUrl="https://example.net/f"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    assert cli(profile, "import", str(opml)).returncode == 0
    paths = resolve(profile)
    for folder in (profile, paths.data, paths.cache, paths.config, paths.log):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    files = [p for p in profile.rglob("*") if p.is_file()]
    assert paths.database in files and paths.log_file in files
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_old_world_readable_profile_is_made_private(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    seed(profile)
    paths = resolve(profile)
    for folder in (paths.data, paths.cache, paths.config, paths.log):
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o755)
    paths.database.chmod(0o644)
    assert cli(profile, "articles").returncode == 0
    for folder in (paths.data, paths.cache, paths.config, paths.log):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
    assert json.loads(cli(profile, "--json", "feeds").stdout)[0]["title"] == "Example feed"


def test_a_settings_temporary_left_by_a_killed_save_is_swept(tmp_path: Path) -> None:
    from reader.settings import load_settings

    target = tmp_path / "settings.json"
    save_settings(target, Settings(font_size=20))
    leftover = target.with_name(".settings.json.999999999.0badc0de.tmp")  # its writer is gone
    leftover.write_text("{half", encoding="utf-8")
    assert load_settings(target).font_size == 20
    assert not leftover.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
