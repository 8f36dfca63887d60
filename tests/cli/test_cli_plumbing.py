"""The command line among other programs: its output piped into one that stops reading
(``broadsheet articles | head -1``), and a profile path that is a file (or lies under one).
Before, the first printed "broadsheet: error: Broken pipe" with status 1, and the second three
lines of log warnings and "cannot open the database: Not a directory (PATH/data)"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import CannotOpenDatabase
from reader.store.db import Store
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer

ROOT = Path(__file__).resolve().parents[2]
ENV = {k: v for k, v in os.environ.items() if k != "BROADSHEET_PROFILE"}


def _command(profile: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "reader", "--profile", str(profile), *argv]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGPIPE")
@pytest.mark.parametrize("json", [False, True])
def test_a_reader_that_stops_reading_ends_the_command_quietly(
    tmp_path: Path, server: FixtureServer, json: bool
) -> None:
    serve_feed(server, "/feed.xml", "Feed", 3000)  # far more than a pipe holds (64 KiB)
    profile = tmp_path / "p"
    added = subprocess.run(
        _command(profile, "add", server.url("/feed.xml")), env=ENV, cwd=ROOT, timeout=120
    )
    assert added.returncode == 0
    argv = ["--json", "articles"] if json else ["articles"]
    reader = subprocess.Popen(
        _command(profile, *argv),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV | {"PYTHONUNBUFFERED": "1"},
        cwd=ROOT,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()
    reader.stdout.close()  # as `head -1` does
    errors = reader.stderr.read().decode()
    assert reader.wait(timeout=120) == 141
    assert errors == ""


@pytest.mark.parametrize("below", ["", "sub/profile"])
def test_a_profile_path_through_a_file_is_said_in_one_line(tmp_path: Path, below: str) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("my notes")
    run = subprocess.run(
        _command(blocker / below if below else blocker, "feeds"),
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stderr == (
        f"broadsheet: error: the profile cannot be made: {blocker} is a file, not a folder\n"
    )
    assert blocker.read_text() == "my notes"


def test_the_database_under_a_file_names_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("my notes")
    with pytest.raises(CannotOpenDatabase) as caught:
        Store(blocker / "data" / "broadsheet.sqlite3")
    assert str(caught.value) == (
        f"cannot open the database: {blocker} is a file, not a folder (it should hold the database)"
    )
