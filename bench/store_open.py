"""Opening a big profile: the full ``quick_check`` on every open (before) against the health
record's cheap check after a clean close (issue 9.16).

    python bench/store_open.py [--articles 200000] [--runs 5]

Builds a profile in a temporary folder (rows written with plain SQL in one transaction, so
200,000 articles take seconds, not minutes), then times, as medians of ``--runs``:

- ``Store(path)`` with the full check (the health record removed first: what every open did
  before) and with the cheap check (the record of the last clean close in place);
- the real command line, ``python -m reader --profile DIR search WORD``, both ways.

Prints one line per figure and the ratios, measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from reader.paths import resolve
from reader.store import health
from reader.store.connection import to_us
from reader.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
BODY = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 12 + "</p>"


def build(database: Path, articles: int, feeds: int = 50) -> None:
    """A database of ``articles`` articles over ``feeds`` feeds, with its search index."""
    Store(database).close()  # the schema
    store = Store(database)
    conn = store._conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO feeds (id, url, title) VALUES (?, ?, ?)",
        [(n + 1, f"https://feed{n}.example/rss", f"Feed {n}") for n in range(feeds)],
    )
    now = to_us(datetime(2026, 1, 1, tzinfo=UTC))
    rows = (
        (
            n + 1,
            n % feeds + 1,
            f"e{n}",
            f"Headline number {n} topic{n % 101}",
            f"https://example.org/{n}",
            now - n * 60_000_000,
            now,
            BODY,
        )
        for n in range(articles)
    )
    conn.executemany(
        "INSERT INTO articles (id, feed_id, entry_id, title, link, published, first_seen,"
        " summary_html) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("INSERT INTO article_state (article_id, read) SELECT id, id % 3 = 0 FROM articles")
    conn.execute(
        "INSERT INTO article_search (rowid, title, text) SELECT id, title, summary_html"
        " FROM articles"
    )
    conn.execute("COMMIT")
    store.close()


def median_s(call: Callable[[], object], runs: int) -> float:
    """The median wall time of ``call`` over ``runs`` runs, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Build, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder) / "profile"
        paths = resolve(profile).ensure()
        start = time.perf_counter()
        build(paths.database, args.articles)
        size = paths.database.stat().st_size / 1e6
        print(
            f"built {args.articles} articles ({size:.0f} MB) in {time.perf_counter() - start:.1f} s"
        )
        Store(paths.database).close()  # checked once: the record of a clean close

        def full_open() -> None:
            health.forget(paths.database)
            Store(paths.database).close()

        def cheap_open() -> None:
            Store(paths.database).close()

        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "reader", "--profile", str(profile), "search", "topic7"]

        def full_cli() -> None:
            health.forget(paths.database)
            subprocess.run(command, env=env, capture_output=True, check=True)

        def cheap_cli() -> None:
            subprocess.run(command, env=env, capture_output=True, check=True)

        figures = {}
        for label, call in (
            ("open, full quick_check (before)", full_open),
            ("open, after a clean close (now)", cheap_open),
            ("cli search, full quick_check (before)", full_cli),
            ("cli search, after a clean close (now)", cheap_cli),
        ):
            figures[label] = median_s(call, args.runs)
            print(f"{label:<40} median {figures[label] * 1000:8.1f} ms")
        keys = list(figures)
        print(
            f"open: {figures[keys[0]] / figures[keys[1]]:.1f}x faster; "
            f"cli search: {figures[keys[2]] / figures[keys[3]]:.1f}x faster"
        )


if __name__ == "__main__":
    main()
