"""The database cannot be written for a reason in the profile itself, and the command line says
which: its path (or its write-ahead log's) is a folder, a pipe or a device, or the process's file
size limit (``ulimit -f``) is reached in the middle of a refresh. Before, all of these said "the
disk could not be read or written: disk I/O error" or "unable to open database file". The
database stays sound and keeps what it had."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer

ROOT = Path(__file__).resolve().parents[2]


def broadsheet(
    profile: Path, *argv: str, file_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BROADSHEET_PROFILE"}

    def limit() -> None:
        if file_limit is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, resource.RLIM_INFINITY))

    return subprocess.run(
        [sys.executable, "-m", "reader", "--profile", str(profile), *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        preexec_fn=limit,
    )


def _database(profile: Path) -> Path:
    return profile / "data" / "broadsheet.sqlite3"


@pytest.mark.parametrize(
    ("suffix", "name"),
    [
        ("", "the database path"),
        ("-wal", "the database's write-ahead log"),
        ("-shm", "the database's shared-memory file"),
    ],
)
def test_a_folder_in_the_databases_place_is_named(tmp_path: Path, suffix: str, name: str) -> None:
    profile = tmp_path / "profile"
    if suffix:
        assert broadsheet(profile, "feeds").returncode == 0
    blocked = Path(f"{_database(profile)}{suffix}")
    blocked.mkdir(parents=True)
    for argv in (["feeds"], ["add", "http://127.0.0.1:9/feed.xml"]):
        run = broadsheet(profile, *argv)
        assert run.returncode == 1
        assert run.stderr.strip().splitlines() == [
            f"broadsheet: error: cannot open the database: {name} is a folder ({blocked})"
        ]
    assert blocked.is_dir() and not any(blocked.iterdir())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file kinds")
@pytest.mark.parametrize("kind", ["pipe", "device", "dangling"])
def test_a_database_path_that_is_no_file_is_named(tmp_path: Path, kind: str) -> None:
    profile = tmp_path / "profile"
    database = _database(profile)
    database.parent.mkdir(parents=True)
    if kind == "pipe":
        os.mkfifo(database)
        words = "a named pipe, not a file"
    elif kind == "device":
        database.symlink_to("/dev/null")
        words = "a device, not a file"
    else:
        database.symlink_to(tmp_path / "gone" / "broadsheet.sqlite3")
        words = "a link to a folder that does not exist"
    run = broadsheet(profile, "feeds")
    assert run.returncode == 1
    assert run.stderr.strip() == (
        f"broadsheet: error: cannot open the database: the database path is {words} ({database})"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_the_file_size_limit_mid_refresh_is_named_and_the_database_stays_sound(
    tmp_path: Path, server: FixtureServer
) -> None:
    profile = tmp_path / "profile"
    serve_feed(server, "/small.xml", "Small", 3)
    assert broadsheet(profile, "add", server.url("/small.xml")).returncode == 0
    for n in range(3):
        serve_feed(server, f"/big{n}.xml", f"Big {n}", 3000)
        assert broadsheet(profile, "add", server.url(f"/big{n}.xml"), "--json").returncode == 0
    before = {p.name: p.stat().st_size for p in _database(profile).parent.iterdir()}
    limit = max(before.values()) + 256 * 1024
    for n in range(3):
        serve_feed(server, f"/big{n}.xml", f"Big {n} again", 3000, prefix=f"again{n}")
    run = broadsheet(profile, "refresh", "--feeds-only", file_limit=limit)
    assert run.returncode == 1, run.stderr
    assert "disk I/O error" not in run.stdout + run.stderr
    kib = limit / 1024
    assert f"the file size limit was reached ({kib / 1024:.1f} MiB, ulimit -f)" in run.stdout
    with sqlite3.connect(_database(profile)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 9003
    listed = broadsheet(profile, "feeds")
    assert listed.returncode == 0 and "Small" in listed.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_subscription_that_could_not_be_stored_is_not_left_half_made(
    tmp_path: Path, server: FixtureServer
) -> None:
    """Before: 'add' failed with 'disk I/O error' and yet the feed stayed, with no articles."""
    profile = tmp_path / "profile"
    serve_feed(server, "/small.xml", "Small", 3)
    assert broadsheet(profile, "add", server.url("/small.xml")).returncode == 0
    serve_feed(server, "/big.xml", "Big", 3000)
    limit = max(p.stat().st_size for p in _database(profile).parent.iterdir()) + 64 * 1024
    run = broadsheet(profile, "add", server.url("/big.xml"), file_limit=limit)
    assert run.returncode == 1
    assert "the file size limit was reached" in run.stderr
    listed = broadsheet(profile, "--json", "feeds")
    assert [feed["title"] for feed in json.loads(listed.stdout)] == ["Small"]
    with sqlite3.connect(_database(profile)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
