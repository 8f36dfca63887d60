"""``broadsheet account`` and ``broadsheet sync`` as a user runs them, against a real coldsweat:
the password read from stdin, kept in a 0600 file, and never in the log, the database or an
OPML export; synced articles simplified like any other; refresh leaves synced feeds to sync."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.sync.coldsweat import Coldsweat, fever_key
from tests.sync.conftest import EMAIL, PASSWORD
from tests.sync.feeds import FeedSet

ROOT = Path(__file__).resolve().parents[2]


def broadsheet(profile: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BROADSHEET_PROFILE"}
    env.update(BROADSHEET_PROFILE=str(profile), BROADSHEET_DEBUG="1")
    return subprocess.run(
        [sys.executable, "-m", "reader", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def test_account_add_sync_list_and_remove_from_the_command_line(
    fever: Coldsweat, feeds: FeedSet, tmp_path: Path
) -> None:
    profile = tmp_path / "p"
    wrong = broadsheet(
        profile, "account", "add", "fever", fever.url, "--user", EMAIL, stdin="nope\n"
    )
    assert wrong.returncode == 1
    assert wrong.stderr == "broadsheet: error: the server refused the user name or password\n"

    added = broadsheet(
        profile, "account", "add", "fever", fever.url, "--user", EMAIL, stdin=PASSWORD + "\n"
    )
    assert added.returncode == 0, added.stderr
    secrets_file = profile / "config" / "credentials.json"
    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    # Fever's key is kept, never the password itself.
    assert PASSWORD not in secrets_file.read_text()

    synced = broadsheet(profile, "sync", "--json")
    assert synced.returncode == 0, synced.stderr
    report = json.loads(synced.stdout)
    assert report["accounts"][0]["new_articles"] == 15
    assert report["pages"]["simplified"] == 15
    articles = json.loads(broadsheet(profile, "--json", "articles").stdout)
    assert {a["simplified"] for a in articles} == {"page"}
    shown = broadsheet(profile, "show", str(articles[0]["id"]))
    assert "is on its own page" in shown.stdout

    # A plain refresh does not fetch the feeds the server fetches for us.
    before = sum(feeds.server.hits[f"/feeds/{n}.xml"] for n in range(3))
    assert broadsheet(profile, "refresh", "--feeds-only").returncode == 0
    assert sum(feeds.server.hits[f"/feeds/{n}.xml"] for n in range(3)) == before

    read = broadsheet(profile, "read", str(articles[0]["id"]))
    assert read.returncode == 0
    listed = json.loads(broadsheet(profile, "account", "list", "--json").stdout)
    assert listed[0]["queued_changes"] == 1 and listed[0]["last_error"] is None
    assert broadsheet(profile, "sync").returncode == 0
    assert (
        json.loads(broadsheet(profile, "account", "list", "--json").stdout)[0]["queued_changes"]
        == 0
    )

    exported = broadsheet(profile, "export")
    log_text = (profile / "log" / "broadsheet.log").read_text()
    database = (profile / "data" / "broadsheet.sqlite3").read_bytes()
    for secret in (PASSWORD, fever_key(EMAIL, PASSWORD)):
        assert secret not in exported.stdout
        assert secret not in log_text
        assert secret.encode() not in database

    removed = broadsheet(profile, "account", "remove", "1", "--json")
    assert removed.returncode == 0, removed.stderr
    assert json.loads(removed.stdout)["articles"] == 15
    assert json.loads(broadsheet(profile, "--json", "feeds").stdout) == []
    assert json.loads(secrets_file.read_text()) == {}


def test_sync_fails_in_words_with_exit_status_1_when_the_server_is_down(
    fever: Coldsweat, tmp_path: Path
) -> None:
    profile = tmp_path / "p"
    added = broadsheet(
        profile, "account", "add", "fever", fever.url, "--user", EMAIL, stdin=PASSWORD + "\n"
    )
    assert added.returncode == 0, added.stderr
    fever.kill()
    synced = broadsheet(profile, "sync")
    assert synced.returncode == 1
    assert "failed: cannot reach the server 127.0.0.1: connection refused" in synced.stdout
