"""RELIABILITY U3 (core half): 2,000 feeds in 100 folders refreshed together, 5% hostile.

Every feed is reported once, as it finishes (the window updates unread counts from these
callbacks in batches); every hostile feed is listed with its reason in words; the good ones are
all stored and counted. The GUI-stall half of U3 is measured by bench/ui_latency.py.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from reader.core.refresh_results import FeedResult
from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.refresh import Refresher
from tests.feedkit import BILLION_LAUGHS, RSS_TYPE, Item, rss
from tests.httpserver import FixtureServer

FEEDS = 2000
FOLDERS = 100
HOSTILE_EVERY = 20  # 5%


def _serve(server: FixtureServer) -> None:
    def handler(req: BaseHTTPRequestHandler) -> None:
        number = int(req.path.rsplit("/", 1)[1].split(".")[0])
        status, ctype, body = 200, RSS_TYPE, b""
        if number % HOSTILE_EVERY == 0:
            kind = (number // HOSTILE_EVERY) % 4
            if kind == 0:
                status, ctype, body = 404, "text/plain", b"not here"
            elif kind == 1:
                ctype, body = "text/html", b"<html><body><form>Log in</form></body></html>"
            elif kind == 2:
                body = BILLION_LAUGHS
            else:
                body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut'
        else:
            items = [
                Item(guid=f"{number}-{i}", title=f"Feed {number} story {i}", link=f"https://e.example/{number}/{i}")
                for i in range(2)
            ]  # fmt: skip
            body = rss(f"Feed {number}", items).encode()
        req.send_response(status)
        req.send_header("Content-Type", ctype)
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body)

    for number in range(FEEDS):
        server.add(f"/f/{number}.xml", handler=handler)


@pytest.mark.slow
def test_two_thousand_feeds_in_a_hundred_folders_5_percent_hostile(
    profile: Path, server: FixtureServer
) -> None:
    _serve(server)
    store = Store(profile / "broadsheet.sqlite3")
    fetcher = Fetcher(connect_timeout=5, read_timeout=5, deadline=20)
    refresher = Refresher(store, ArticleCache(profile / "cache"), fetcher)
    try:
        folders = [store.add_folder(f"Folder {n}") for n in range(FOLDERS)]
        ids = {
            number: store.add_feed(
                server.url(f"/f/{number}.xml"), folder_id=folders[number % FOLDERS].id
            ).id
            for number in range(FEEDS)
        }
        seen: list[tuple[FeedResult, int, int]] = []
        summary = refresher.refresh(
            simplify=False, on_feed=lambda result, done, total: seen.append((result, done, total))
        )
        assert [done for _, done, _ in seen] == list(range(1, FEEDS + 1))
        assert {total for _, _, total in seen} == {FEEDS}
        assert sorted(r.feed_id for r, _, _ in seen) == sorted(ids.values())
        hostile = {ids[n] for n in range(0, FEEDS, HOSTILE_EVERY)}
        failed = {r.feed_id: r.error for r in summary.failed}
        assert set(failed) == hostile
        assert all(error and "internal error" not in error for error in failed.values())
        assert sum("404" in (e or "") for e in failed.values()) == len(hostile) // 4
        assert sum("not a feed" in (e or "") for e in failed.values()) == len(hostile) // 4
        assert sum("entities" in (e or "") for e in failed.values()) == len(hostile) // 4
        good = FEEDS - len(hostile)
        assert summary.new_articles == 2 * good
        counts = store.unread_counts()
        assert sum(counts.values()) == 2 * good
        assert all(counts.get(feed_id, 0) == 0 for feed_id in hostile)
        assert all(store.feed(feed_id).last_error for feed_id in hostile)
    finally:
        refresher.close()
        fetcher.close()
        store.close()
