"""What the window's refresh timer costs on the GUI thread with many feeds.

    python bench/feed_schedule.py [--feeds 10000] [--runs 9]

Every 30 s the timer asks whether any feed has an interval of its own, and when something may
be due, which feeds are (:func:`reader.usecases.refresh.due_feeds`). Both read the window's own
store connection. A profile of ``--feeds`` feeds, one in ten with its own interval, is built in
a temporary folder. Prints the medians in milliseconds (the window's gap target is 50 ms).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.feed_settings import FeedSettings
from reader.store.db import Store
from reader.usecases.refresh import due_feeds, has_own_intervals


def median_ms(work: Callable[[], object], runs: int) -> float:
    """The median wall time of ``work`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    """Build the profile, time both questions, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "db.sqlite3") as store:
        for i in range(args.feeds):
            feed = store.add_feed(f"https://feed{i}.example/rss", f"Feed {i}")
            if i % 10 == 0:
                store.set_feed_settings(feed.id, FeedSettings(refresh_min=60))
        now = datetime.now(UTC)
        own = median_ms(lambda: has_own_intervals(store), args.runs)
        due = median_ms(
            lambda: due_feeds(store, global_min=30, global_due=True, when=now), args.runs
        )
        print(f"{args.feeds} feeds: has_own_intervals {own:.2f} ms, due_feeds {due:.1f} ms")


if __name__ == "__main__":
    main()
