"""Stored rows of a refresh, this checkout against another (e.g. the commit before a store
change): both refresh the same feeds into fresh profiles, twice (the second time with entries
added, changed and repeated), and every table a refresh writes is compared, ids replaced by
(feed URL, entry id).

Usage: python bench/refresh_rows.py --baseline DIR

The feeds: every document of tests/fixtures/feeds, the refresh bench's generated feeds, and
generated ones with what the store treats apart: a guid repeated inside one feed, CJK titles
(the substring index), enclosures, and one feed of 450 entries (several multi-row chunks).
Prints one line a table, ``same`` or ``DIFFERENT``; exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "feeds"


def _item(i: int, j: int, version: int) -> str:
    title = f"故事 {j} 宇航员" if j % 4 == 0 else f"Story {j} of {i}"
    if version == 2 and j % 5 == 0:
        title += " (updated)"
    enclosure = (
        f'<enclosure url="https://example.org/{i}/{j}.mp3" type="audio/mpeg" length="{j}"/>'
        if j % 3 == 0
        else ""
    )
    return (
        f"<item><title>{title}</title><guid>urn:{i}:{j}</guid>"
        f"<link>https://example.org/{i}/{j}</link><description>Body {j} &amp; more</description>"
        f"<pubDate>Mon, 05 Oct 2026 {j % 24:02d}:{j % 60:02d}:00 GMT</pubDate>{enclosure}</item>"
    )


def generated(i: int, count: int, version: int) -> bytes:
    """An RSS feed; version 2 adds entries, changes some and repeats a guid."""
    items = [_item(i, j, version) for j in range(count + (7 if version == 2 else 0))]
    items.insert(3, _item(i, 2, version).replace(f"Story 2 of {i}", "A repeat of story 2"))
    body = "".join(items)
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Generated {i}</title><link>https://example.org/{i}/</link>{body}</channel></rss>"
    ).encode()


class Feeds:
    """The documents, served on 127.0.0.1; ``version`` switches the generated ones."""

    def __init__(self) -> None:
        self.version = 1
        self.fixed: dict[str, bytes] = {
            f"/fixture/{p.name}": p.read_bytes() for p in sorted(FIXTURES.iterdir())
        }
        sys.path.insert(0, str(REPO / "bench"))
        from refresh_site import Site  # the refresh bench's feeds (its own server)

        self.site = Site(20, 20)
        feeds = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                body = feeds.body(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def body(self, path: str) -> bytes | None:
        if path.startswith("/generated/"):
            i = int(path.rsplit("/", 1)[1].removesuffix(".xml"))
            return generated(i, 450 if i == 0 else 25, self.version)
        return self.fixed.get(path)

    def urls(self) -> list[str]:
        fixed = [self.base + path for path in self.fixed]
        return fixed + [f"{self.base}/generated/{i}.xml" for i in range(6)] + self.site.urls()

    def opml(self) -> str:
        outlines = "".join(f'<outline text="f" type="rss" xmlUrl="{u}"/>' for u in self.urls())
        return f'<?xml version="1.0"?><opml version="2.0"><body>{outlines}</body></opml>'


def reader(code: Path, profile: Path, *argv: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "BROADSHEET_PROFILE"}
    env["PYTHONPATH"] = str(code)
    argv_all = [sys.executable, "-m", "reader", "--profile", str(profile), *argv]
    subprocess.run(argv_all, env=env, cwd=code, capture_output=True, check=False)


def rows(database: Path, base: str) -> dict[str, Any]:
    """Every row a refresh writes; article ids as (feed URL, entry id), the server's port
    left out."""
    conn = sqlite3.connect(database)
    feeds = {r[0]: r[1].replace(base, "") for r in conn.execute("SELECT id, url FROM feeds")}
    key = {
        r[0]: (feeds[r[1]], r[2])
        for r in conn.execute("SELECT id, feed_id, entry_id FROM articles")
    }
    # Feeds are stored in the order their fetches end (threads): ids compare within a feed.
    order: dict[str, list[str]] = {}
    for r in conn.execute("SELECT id FROM articles ORDER BY id"):
        order.setdefault(key[r[0]][0], []).append(key[r[0]][1])
    queries = {
        # An entry without a date (or dated too far ahead) is dated when it is fetched.
        "articles": "SELECT a.id, a.title, a.link, a.author, CASE WHEN a.published >="
        " a.first_seen THEN 'fetched' ELSE a.published END, a.published_raw,"
        " a.summary_html, a.content_html, a.image_url, a.simplified, s.read, s.starred"
        " FROM articles a JOIN article_state s ON s.article_id = a.id",
        "article_search": "SELECT rowid, title, text FROM article_search",
        "article_search_cjk": "SELECT rowid, title, text FROM article_search_cjk",
        "enclosures": "SELECT article_id, position, url, type, size, duration FROM enclosures",
    }
    out: dict[str, Any] = {
        name: sorted((key[r[0]], *r[1:]) for r in conn.execute(sql))
        for name, sql in queries.items()
    }
    out["ids in a feed"] = sorted(order.items())  # each feed's entries in the order of their ids
    out["feed_counts"] = sorted(
        (feeds[r[0]], r[1], r[2])
        for r in conn.execute("SELECT feed_id, unread, total FROM feed_counts")
    )
    out["feeds"] = sorted(
        (r[0].replace(base, ""), *r[1:])
        for r in conn.execute("SELECT url, title, site_url, etag, last_error, gone FROM feeds")
    )
    conn.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--baseline", required=True, help="the other checkout")
    args = parser.parse_args()
    feeds = Feeds()
    codes = {"this": REPO, "baseline": Path(args.baseline).resolve()}
    found: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-rows-") as tmp:
        opml = Path(tmp) / "feeds.opml"
        opml.write_text(feeds.opml(), encoding="utf-8")
        for name in codes:
            reader(codes[name], Path(tmp) / name, "import", str(opml))
        for version in (1, 2):
            feeds.version = version
            for name, code in codes.items():
                reader(code, Path(tmp) / name, "refresh", "--feeds-only")
        for name in codes:
            found[name] = rows(next((Path(tmp) / name).rglob("*.sqlite3")), feeds.base)
    differs = 0
    for table, ours in found["this"].items():
        same = ours == found["baseline"][table]
        differs += not same
        print(f"{table:20} {'same' if same else 'DIFFERENT'} ({len(ours)} rows)")
        if not same:
            theirs = found["baseline"][table]
            print(f"  only here: {[r for r in ours if r not in theirs][:2]}")
            print(f"  only in the baseline: {[r for r in theirs if r not in ours][:2]}")
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
