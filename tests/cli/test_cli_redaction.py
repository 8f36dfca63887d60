"""Secrets in feed addresses (issue 9 item 17): the password and the token are used to fetch,
and shown nowhere: not by ``feeds`` (text or JSON), not in the refresh summary or errors, not
in the log file."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from reader.cli import main as cli
from reader.paths import resolve
from tests.feedkit import RSS_TYPE, Item, rss
from tests.httpserver import FixtureServer

PASSWORD = "hunter2pw"
TOKEN = "S3CRETTOKEN42"
API_KEY = "K3YVALUE77"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out + err


def _secrets_in(text: str) -> list[str]:
    return [s for s in (PASSWORD, TOKEN, API_KEY) if s in text]


def test_feed_secrets_are_used_to_fetch_and_shown_nowhere(
    profile: Path,
    server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BROADSHEET_DEBUG", "1")
    # untitled: every display falls back to the address
    server.add("/private/feed.xml", rss("", [Item("1", "One")]), content_type=RSS_TYPE)
    host = server.url("/").split("//", 1)[1].rstrip("/")
    url = f"http://bob:{PASSWORD}@{host}/private/feed.xml?token={TOKEN}&api_key={API_KEY}&p=1"

    shown = []
    status, text = _run(capsys, "add", url)
    assert status == 0, text
    shown.append(text)
    for argv in (("feeds",), ("--json", "feeds"), ("refresh", "--feeds-only")):
        status, text = _run(capsys, *argv)
        assert status == 0, text
        shown.append(text)
    feeds = json.loads(shown[2])
    assert feeds[0]["url"].endswith("/private/feed.xml?token=***&api_key=***&p=1")

    # the fetch itself had them: the query and the basic-auth header reached the server
    path, headers = server.requests[-1]
    assert TOKEN in path and API_KEY in path
    assert headers["authorization"] == "Basic " + base64.b64encode(
        f"bob:{PASSWORD}".encode()
    ).decode("ascii")

    # a failure names the feed (and the log says why) without the secrets
    server.add("/private/feed.xml", "broken", status=500)
    status, text = _run(capsys, "refresh", "--feeds-only")
    assert status == 1 and "500" in text
    shown.append(text)
    status, text = _run(capsys, "add", url)  # already subscribed: the error quotes the URL
    assert status == 1 and "already subscribed" in text
    shown.append(text)

    assert [_secrets_in(text) for text in shown] == [[]] * len(shown), shown
    log = resolve(profile).log_file.read_text("utf-8")
    assert "token=***" in log  # the log does name the feed ...
    assert _secrets_in(log) == []  # ... but never its secrets
