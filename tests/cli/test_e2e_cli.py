"""The command line as a user runs it: ``python -m reader`` in its own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer

ROOT = Path(__file__).resolve().parents[2]


def broadsheet(*argv: str, profile: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("BROADSHEET_PROFILE", None)
    if profile is not None:
        env["BROADSHEET_PROFILE"] = str(profile)
    return subprocess.run(
        [sys.executable, "-m", "reader", *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_subscribe_refresh_and_read_in_a_subprocess(tmp_path: Path, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Process", 3, pages=True)
    profile = tmp_path / "p"
    added = broadsheet("--profile", str(profile), "add", server.url("/feed.xml"))
    assert added.returncode == 0, added.stderr
    refreshed = broadsheet("refresh", "--json", profile=profile)  # BROADSHEET_PROFILE this time
    assert refreshed.returncode == 0, refreshed.stderr
    assert refreshed.stderr == ""  # no progress when stderr is not a terminal
    summary = json.loads(refreshed.stdout)
    assert summary["failed"] == [] and summary["simplified"] == 3
    articles = json.loads(broadsheet("--json", "articles", profile=profile).stdout)
    assert {a["simplified"] for a in articles} == {"page"}
    shown = broadsheet("show", str(articles[0]["id"]), profile=profile)
    assert shown.returncode == 0
    assert "The full text of Process story" in shown.stdout
    failed = broadsheet("remove", "42", profile=profile)
    assert failed.returncode == 1
    assert failed.stderr == "broadsheet: error: no feed with id 42\n"
    assert (profile / "log" / "broadsheet.log").is_file()
    # The process skips its last garbage collection at exit: the database was closed all the
    # same (SQLite removes its write-ahead log on a clean close).
    assert not list((profile / "data").glob("*-wal"))


def test_version_and_self_test(tmp_path: Path) -> None:
    version = broadsheet("--version")
    assert version.returncode == 0 and version.stdout.startswith("broadsheet ")
    result = broadsheet("--self-test", "--json")
    report = json.loads(result.stdout)
    assert {"expat", "sqlite", "lxml", "libxml2", "urllib3", "PySide6"} <= report["versions"].keys()
    assert result.returncode == (0 if report["ok"] else 1)
    assert report["problems"] == [], report
    text = broadsheet("--self-test")
    assert "expat" in text.stdout and "self-test: ok" in text.stdout
