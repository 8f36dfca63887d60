"""The catalogue's common promise, row by row: when a feed that already has articles answers
with hostile or broken input, the refresh says what went wrong in words and nothing stored is
lost or altered: its articles, their read/starred state, its URL and validators stay.

Rows: N1, N2, N4, N5 (truncated), N6 (404/500/429/304), N7, F1/F2, F3, F5, F11.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.refresh import Refresher
from tests.feedkit import BILLION_LAUGHS, PNG, RSS_TYPE, serve_feed
from tests.httpserver import FixtureServer


class Env:
    def __init__(self, root: Path) -> None:
        self.store = Store(root / "broadsheet.sqlite3")
        self.cache = ArticleCache(root / "cache")
        self.fetcher = Fetcher(connect_timeout=3, read_timeout=3, deadline=6, max_bytes=1 << 20)
        self.refresher = Refresher(self.store, self.cache, self.fetcher, max_workers=2)

    def close(self) -> None:
        self.refresher.close()
        self.fetcher.close()
        self.store.close()


@pytest.fixture
def env(profile: Path) -> Iterator[Env]:
    e = Env(profile)
    yield e
    e.close()


def _truncated_body(req: BaseHTTPRequestHandler) -> None:
    req.send_response(200)
    req.send_header("Content-Type", RSS_TYPE)
    req.send_header("Content-Length", "5000")
    req.end_headers()
    req.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut')
    req.wfile.flush()
    req.close_connection = True


BOMB = gzip.compress(b"<rss>" + b" " * (4 << 20))

HOSTILE: dict[str, tuple[dict[str, Any], str]] = {
    "N1-file": ({"status": 302, "headers": {"Location": "file:///etc/passwd"}}, "unsupported"),
    "N1-javascript": ({"status": 302, "headers": {"Location": "javascript:x"}}, "unsupported"),
    "N2-loop": ({"status": 301, "headers": {"Location": "/feed.xml"}}, "too many redirects"),
    "N4-bomb": (
        {"body": BOMB, "content_type": RSS_TYPE, "headers": {"Content-Encoding": "gzip"}},
        "too large",
    ),
    "N4-length": ({"body": b"x" * (2 << 20), "content_type": RSS_TYPE}, "too large"),
    "N5-truncated": ({"handler": _truncated_body}, ""),
    "N6-404": ({"body": b"nope", "status": 404}, "404"),
    "N6-500": ({"body": b"oops", "status": 500}, "500"),
    "N6-429": ({"status": 429, "headers": {"Retry-After": "3600"}}, "429"),
    "N7-login-page": (
        {"body": b"<html><body><form>Log in</form></body></html>"},
        "not a feed",
    ),
    "N7-image": ({"body": PNG, "content_type": RSS_TYPE}, "not a feed (the server sent a PNG image)"),
    "N7-pdf": ({"body": b"%PDF-1.7\n" + bytes(300), "content_type": "application/pdf"}, "not a feed (the server sent a file of type application/pdf)"),
    "N7-pdf-untyped": ({"body": b"%PDF-1.7\n" + bytes(300), "content_type": "text/xml"}, "not a feed (the server sent a PDF)"),
    "N7-episode": ({"body": b"ID3\x04\x00" + bytes(300), "content_type": "text/xml"}, "not a feed (the server sent an MP3 audio file)"),
    "F1-laughs": ({"body": BILLION_LAUGHS, "content_type": RSS_TYPE}, "entities"),
    "F5-empty": ({"body": b"", "content_type": RSS_TYPE}, "empty response"),
    "F5-svg": ({"body": b"<svg xmlns='http://www.w3.org/2000/svg'/>", "content_type": "image/svg+xml"}, "not a feed"),
    "F11-json-garbage": ({"body": b'{"version": "https://jsonfeed.org/version/1.1", "items": 5', "content_type": "application/feed+json"}, ""),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_answer_keeps_everything_already_stored(
    env: Env, server: FixtureServer, case: str
) -> None:
    serve_feed(server, "/feed.xml", "Kept", count=4)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    before = env.store.articles(feed_id=feed.id)
    assert len(before) == 4
    env.store.set_read([before[0].id])
    env.store.set_starred(before[1].id)
    before = env.store.articles(feed_id=feed.id)
    stored = env.store.feed(feed.id)

    route, words = HOSTILE[case]
    server.add("/feed.xml", **route)
    summary = env.refresher.refresh(simplify=False)

    (result,) = summary.results
    assert result.error, "a hostile answer must be reported as a failure"
    assert words.lower() in result.error.lower()
    assert "Traceback" not in result.error and "internal error" not in result.error
    assert env.store.articles(feed_id=feed.id) == before
    after = env.store.feed(feed.id)
    assert after.url == stored.url
    assert (after.etag, after.last_modified) == (stored.etag, stored.last_modified)
    assert after.last_error == result.error


def test_not_modified_keeps_everything(env: Env, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Kept", count=3)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    before = env.store.articles(feed_id=feed.id)
    server.add("/feed.xml", status=304)
    summary = env.refresher.refresh(simplify=False)
    assert summary.results[0].error is None
    assert env.store.articles(feed_id=feed.id) == before


def test_an_etag_that_changes_every_time_and_a_future_date_change_nothing(
    env: Env, server: FixtureServer
) -> None:
    """N6: a server whose validators never repeat, with a Last-Modified in the year 2999."""
    from tests.feedkit import Item, rss

    body = rss(
        "Churn", [Item(guid=f"c{i}", title=f"Churn {i}", link=f"https://c/{i}") for i in range(3)]
    )
    served: list[dict[str, str]] = []

    def churn(req: BaseHTTPRequestHandler) -> None:
        served.append({k.lower(): v for k, v in req.headers.items()})
        data = body.encode()
        req.send_response(200)
        req.send_header("Content-Type", RSS_TYPE)
        req.send_header("ETag", f'"v{len(served)}"')
        req.send_header("Last-Modified", "Tue, 01 Jan 2999 00:00:00 GMT")
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)

    server.add("/churn.xml", handler=churn)
    feed = env.refresher.subscribe(server.url("/churn.xml"))
    env.store.set_read(env.store.article_ids(feed_id=feed.id)[:1])
    before = env.store.articles(feed_id=feed.id)
    for _ in range(3):
        summary = env.refresher.refresh(simplify=False)
        assert summary.results[0].error is None and summary.new_articles == 0
    assert env.store.articles(feed_id=feed.id) == before
    assert served[-1].get("if-none-match") == f'"v{len(served) - 1}"'  # the last one we got
    assert all(a.published.year < 2999 for a in before)
