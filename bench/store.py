"""The store at scale: insert 100,000 articles, then the queries the window runs.

    python bench/store.py [--articles 100000] [--feeds 20]

Builds a fresh database in a temporary folder (add_entries in batches of 5,000, as a refresh
of big feeds would), then times article_ids() with each filter, unread_counts(), a page of
articles_by_ids(), search(), prune() and opening with quick_check. Prints one line per figure.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reader.core.parsed import ParsedEntry
from reader.store.db import Store

NOW = datetime(2025, 3, 1, tzinfo=UTC)
BATCH = 5_000


def _timed(label: str, call: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = call()
    elapsed = time.perf_counter() - start
    size = f" ({len(result)} rows)" if isinstance(result, list | dict | set) else ""
    print(f"{label:<38} {elapsed * 1000:9.1f} ms{size}")
    return result


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--feeds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "broadsheet.sqlite3"
        store = Store(path)
        parent = store.add_folder("All")
        feeds = [
            store.add_feed(f"https://feed{n}.example/rss", f"Feed {n}", folder_id=parent.id)
            for n in range(args.feeds)
        ]
        body = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20 + "</p>"
        start = time.perf_counter()
        for offset in range(0, args.articles, BATCH):
            feed = feeds[(offset // BATCH) % len(feeds)]
            entries = [
                ParsedEntry(
                    entry_id=f"e{n}",
                    title=f"Headline number {n}",
                    link=f"https://example.org/{n}",
                    published=NOW - timedelta(minutes=n),
                    summary_html=body + f"<p>topic{n % 101}</p>",
                )
                for n in range(offset, min(offset + BATCH, args.articles))
            ]
            store.add_entries(feed.id, entries, now=NOW)
        elapsed = time.perf_counter() - start
        print(
            f"{'insert ' + str(args.articles) + ' articles':<38} {elapsed * 1000:9.1f} ms"
            f" ({args.articles / elapsed:,.0f} articles/s)"
        )
        ids = _timed("article_ids()", store.article_ids)
        store.set_read(ids[: len(ids) // 2])
        _timed("article_ids(unread=True)", lambda: store.article_ids(unread=True))
        _timed("article_ids(feed_id=...)", lambda: store.article_ids(feed_id=feeds[0].id))
        _timed(
            "article_ids(folder_id=..., unread)",
            lambda: store.article_ids(folder_id=parent.id, unread=True),
        )
        _timed("article_ids(query='topic7')", lambda: store.article_ids(query="topic7"))
        _timed("unread_counts()", store.unread_counts)
        _timed("articles_by_ids(200)", lambda: store.articles_by_ids(ids[:200]))
        _timed("search('headline topic7')", lambda: store.search("headline topic7"))
        _timed("prune(one feed, keep 500)", lambda: store.prune(feeds[-1].id))
        store.close()
        print(f"{'database size':<38} {path.stat().st_size / 1e6:9.1f} MB")
        _timed("open with quick_check", lambda: Store(path).close())


if __name__ == "__main__":
    main()
