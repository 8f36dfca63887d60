"""A JSON Feed may escape half of a surrogate pair ("\\ud800") anywhere: json.loads gives a
string SQLite cannot store (UTF-8 has no such character), and subscribing failed with
"internal error (UnicodeEncodeError ...)". Every string parsed from a JSON Feed is valid
Unicode; the lone half becomes U+FFFD."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cli import main as cli
from reader.core.feeds.parse import parse_feed
from reader.errors import FeedError
from tests.httpserver import FixtureServer
from tests.props import PROPERTY

NOW = datetime(2026, 12, 1, tzinfo=UTC)
# Text with lone surrogates, a valid pair now and then, and ordinary letters.
TEXT = st.text(st.sampled_from(["\ud800", "\udfff", "\udbff", "a", " ", "\U0001f600", "\u00e9"]))


def _strings(value: Any) -> list[str]:
    """Every string in a parsed feed (dataclasses, tuples, lists, dicts), iteratively."""
    found, stack = [], [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            found.append(node)
        elif dataclasses.is_dataclass(node) and not isinstance(node, type):
            stack.extend(getattr(node, f.name) for f in dataclasses.fields(node))
        elif isinstance(node, list | tuple):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend([*node.keys(), *node.values()])
    return found


@st.composite
def json_feed(draw: st.DrawFn) -> bytes:
    def item() -> dict[str, Any]:
        return {
            "id": draw(TEXT) or "x", "title": draw(TEXT), "url": "https://h.example/" + draw(TEXT),
            "content_html": f"<p>{draw(TEXT)}</p>", "summary": draw(TEXT), "tags": [draw(TEXT)],
            "authors": [{"name": draw(TEXT)}], "date_published": draw(TEXT),
            "attachments": [{"url": "https://h.example/a" + draw(TEXT) + ".mp3",
                             "mime_type": "audio/mpeg", "title": draw(TEXT)}],
        }  # fmt: skip

    feed = {"version": "https://jsonfeed.org/version/1.1", "title": draw(TEXT),
            "home_page_url": "https://h.example/" + draw(TEXT), "description": draw(TEXT),
            "items": [item() for _ in range(draw(st.integers(1, 3)))]}  # fmt: skip
    return json.dumps(feed).encode()  # ensure_ascii: a lone half is written as "\udXXX"


@PROPERTY
@given(json_feed())
def test_property_a_json_feed_gives_only_storable_text(body: bytes) -> None:
    try:
        parsed = parse_feed(body, "https://h.example/feed.json", "application/feed+json", now=NOW)
    except FeedError:
        return
    for text in _strings(parsed):
        text.encode("utf-8")  # raises on a lone surrogate


def test_a_feed_with_a_lone_surrogate_is_subscribed(
    profile: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        b'{"version":"https://jsonfeed.org/version/1.1","title":"T\\ud800x","items":'
        b'[{"id":"\\udfff","title":"a\\udc00b","content_text":"\\ud83d\\ude00 ok"}]}'
    )
    server.add("/feed.json", body, content_type="application/feed+json")
    assert cli.main(["add", server.url("/feed.json")]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert cli.main(["--json", "articles"]) == 0
    (article,) = json.loads(capsys.readouterr().out)
    assert article["title"] == "a\ufffdb" and article["feed"] == "T\ufffdx"
