"""What filter rules cost where they run: storing a refresh's new entries (issue 11).

Usage: python bench/rules.py [--feeds 200] [--items 50] [--rules 50] [--runs 5]

Prints, as medians of ``--runs`` (alternating, each in a fresh profile, in this process):
- ``Store.add_entries`` for feeds x items new entries (the bench's feed shapes), without rules
  and with ``--rules`` rules of every kind (``bench/refresh.py``'s ``add_rules``), and the ratio;
- the matcher alone over the same articles, per article.
``bench/refresh.py --rules N`` times whole refreshes, whose noise on a shared machine is larger
than the rules' cost; this isolates it.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.parsed import ParsedEntry  # noqa: E402
from reader.core.rules import Candidate, Matcher  # noqa: E402
from reader.store.db import Store  # noqa: E402


def _refresh_bench() -> object:
    spec = importlib.util.spec_from_file_location("bench_refresh", REPO / "bench" / "refresh.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entries(feed: int, items: int, now: datetime) -> list[ParsedEntry]:
    """The entries ``bench/refresh.py``'s feed number ``feed`` carries."""
    return [
        ParsedEntry(
            entry_id=f"urn:{feed}/{j}",
            title=f"Feed {feed} story {j}",
            link=f"http://127.0.0.1:8000/articles/{feed}/{j}.html",
            published=now - timedelta(hours=j),
            summary_html=f"The short summary of story {j} of feed {feed}.",
        )
        for j in range(items)
    ]


def store_once(args: argparse.Namespace, rules: int) -> float:
    """Seconds to store every feed's new entries in a fresh profile with ``rules`` rules."""
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="bench-rules-") as tmp:
        profile = Path(tmp)
        (profile / "data").mkdir()
        with Store(profile / "data" / "broadsheet.sqlite3") as store:
            feeds = [
                store.add_feed(f"http://x.example/{i}", f"Feed {i}") for i in range(args.feeds)
            ]
        if rules:
            _refresh_bench().add_rules(profile, rules)  # type: ignore[attr-defined]
        with Store(profile / "data" / "broadsheet.sqlite3") as store:
            batches = [(f.id, entries(n, args.items, now)) for n, f in enumerate(feeds)]
            start = time.perf_counter()
            for feed_id, batch in batches:
                store.add_entries(feed_id, batch, now=now)
            return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--rules", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    plain: list[float] = []
    ruled: list[float] = []
    for run in range(args.runs):
        plain.append(store_once(args, 0))
        ruled.append(store_once(args, args.rules))
        print(f"run {run + 1}: no rules {plain[-1]:.2f} s, {args.rules} rules {ruled[-1]:.2f} s")
    with tempfile.TemporaryDirectory(prefix="bench-rules-") as tmp:
        (Path(tmp) / "data").mkdir()
        _refresh_bench().add_rules(Path(tmp), args.rules)  # type: ignore[attr-defined]
        with Store(Path(tmp) / "data" / "broadsheet.sqlite3") as store:
            matcher = Matcher(store.rules())
    now = datetime.now(UTC)
    candidates = [
        Candidate(e.title, e.summary_html, e.author, e.link, f"Feed {n}")
        for n in range(args.feeds)
        for e in entries(n, args.items, now)
    ]
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        for candidate in candidates:
            matcher.match(candidate)
        times.append(time.perf_counter() - start)
    count = args.feeds * args.items
    p, r, m = statistics.median(plain), statistics.median(ruled), statistics.median(times)
    print(f"\nmedians over {args.runs} runs, {count} new articles")
    print(f"  store new entries, no rules   : {p:.2f} s")
    print(f"  store new entries, {args.rules} rules   : {r:.2f} s = {r / p:.2f}x (+{r - p:.2f} s)")
    print(
        f"  matcher alone, {args.rules} rules       : {m:.2f} s = {m / count * 1e6:.0f} us an article"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
