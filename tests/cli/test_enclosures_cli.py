"""``broadsheet articles --json`` and ``show --format json`` carry an article's enclosures, and
a refresh that changes an entry's files replaces them (the real CLI against the fixture server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main as cli
from tests.feedkit import RSS_TYPE
from tests.httpserver import FixtureServer


def podcast(*enclosures: str) -> str:
    files = "".join(enclosures)
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
        "<channel><title>Casts</title><link>https://example.org/</link>"
        "<item><title>Episode one</title><guid>urn:ep:1</guid>"
        f"<description>Notes</description>{files}<itunes:duration>1:02:03</itunes:duration>"
        "<pubDate>Tue, 10 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"
    )


MP3 = '<enclosure url="https://cdn.example.org/ep1.mp3" type="audio/mpeg" length="1234567"/>'
PDF = '<enclosure url="https://example.org/notes.pdf" type="application/pdf" length="0"/>'
OGG = '<enclosure url="https://cdn.example.org/ep1.ogg" type="audio/ogg" length="999"/>'


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    status = cli.main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    return json.loads(out)


def test_articles_and_show_json_include_enclosures_and_refresh_replaces_them(
    profile: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.add("/pod.xml", podcast(MP3, PDF), content_type=RSS_TYPE)
    assert cli.main(["add", server.url("/pod.xml")]) == 0
    (article,) = run_json(capsys, "articles")  # type: ignore[misc]
    files = article["enclosures"]
    assert [f["url"] for f in files] == [
        "https://cdn.example.org/ep1.mp3",
        "https://example.org/notes.pdf",
    ]
    assert files[0] == {
        "url": "https://cdn.example.org/ep1.mp3",
        "type": "audio/mpeg",
        "size": 1234567,
        "duration": 3723,
    }
    shown = run_json(capsys, "show", str(article["id"]))
    assert shown["enclosures"] == files  # type: ignore[index]

    server.add("/pod.xml", podcast(OGG), content_type=RSS_TYPE)
    assert cli.main(["refresh", "--feeds-only"]) == 0
    (after,) = run_json(capsys, "articles")  # type: ignore[misc]
    assert after["id"] == article["id"]
    assert [f["url"] for f in after["enclosures"]] == ["https://cdn.example.org/ep1.ogg"]


def test_show_as_text_lists_the_attachments(
    profile: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.add("/pod.xml", podcast(MP3), content_type=RSS_TYPE)
    assert cli.main(["add", server.url("/pod.xml")]) == 0
    (article,) = run_json(capsys, "articles")  # type: ignore[misc]
    capsys.readouterr()
    assert cli.main(["show", str(article["id"])]) == 0
    out = capsys.readouterr().out
    assert "Attachments:" in out and "https://cdn.example.org/ep1.mp3" in out
