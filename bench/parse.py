"""Feed and OPML parsing figures: big inputs and hostile ones (RELIABILITY rows F2, F10, O3).

    python bench/parse.py [--entries 50000] [--outlines 100000]

Prints, for a generated RSS feed (50,000 entries, about 11 MB), the CPU time of feedparser
alone and of ``parse_feed`` (prolog guard, the lxml fast path or feedparser, mapping, nh3 on
every summary), and of ``parse_feed`` made to use feedparser (``fast=False``); the
time the prolog guard takes to refuse the F2 quadratic blowup (50 kB entity x 50,000 refs) and
the F1 billion laughs; and the time to parse and write a 100,000-outline OPML file (~50 MB).
CPU times (``time.process_time``) are printed next to wall times: on a busy machine the wall
time says more about the neighbours than about the parser.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def timed(label: str, action: Callable[[], Any]) -> Any:
    """Run ``action`` once and print its wall and CPU time."""
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        result = action()
    except Exception as exc:  # the hostile inputs are meant to be refused
        result = exc
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<58} wall {wall * 1000:9.1f} ms   cpu {cpu * 1000:9.1f} ms")
    return result


def big_feed(entries: int) -> bytes:
    """An RSS 2.0 feed of ``entries`` short items with a linked HTML summary each."""
    item = (
        "<item><title>Entry {i}</title><link>https://big.example/p/{i}</link>"
        "<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>"
        "<description>&lt;p&gt;Summary {i} &lt;a href=&quot;/x/{i}&quot;&gt;link&lt;/a&gt;"
        "&lt;/p&gt;</description></item>\n"
    )
    items = "".join(item.format(i=i) for i in range(entries))
    return f'<rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'.encode()


def big_opml(outlines: int) -> bytes:
    """``outlines`` feeds in folders of 1,000, with 10% duplicates and long attributes."""
    lines = [b'<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><body>']
    padding = b"d" * 350
    for i in range(outlines):
        if i % 1000 == 0:
            lines.append(b'<outline text="Folder %d">' % (i // 1000))
        lines.append(
            b'<outline text="Feed %d" type="rss" xmlUrl="https://f%d.example/rss" '
            b'category="/x,/y" description="%s"/>' % (i, i % (outlines * 9 // 10), padding)
        )
        if i % 1000 == 999 or i == outlines - 1:
            lines.append(b"</outline>")
    lines.append(b"</body></opml>")
    return b"\n".join(lines)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--outlines", type=int, default=100_000)
    args = parser.parse_args()

    import feedparser

    from reader.core.feeds.opml import parse_opml, write_opml
    from reader.core.feeds.parse import parse_feed

    now = datetime.now(UTC)
    url, rss = "https://big.example/feed", "application/rss+xml"

    blowup = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{"A" * 50_000}">]>'
        f"<rss version='2.0'><channel><item><title>{'&a;' * 50_000}</title></item></channel></rss>"
    ).encode()
    result = timed(
        f"F2 quadratic blowup ({len(blowup) // 1000} kB) refused",
        lambda: parse_feed(blowup, url, rss, now=now),
    )
    print(f"    -> {result}")
    laughs = (ROOT / "tests" / "fixtures" / "feeds" / "billion_laughs_rss.xml").read_bytes()
    timed("F1 billion laughs refused", lambda: parse_feed(laughs, url, rss, now=now))

    body = big_feed(args.entries)
    label = f"{args.entries:,} entries, {len(body) / 1e6:.1f} MB"
    headers = {"content-location": url, "content-type": rss}
    timed(
        f"F10 {label}: feedparser alone",
        lambda: feedparser.parse(io.BytesIO(body), response_headers=headers),
    )
    feed = timed(f"F10 {label}: parse_feed", lambda: parse_feed(body, url, rss, now=now))
    print(f"    -> {len(feed.entries):,} entries")
    slow = timed(
        f"F10 {label}: parse_feed, feedparser only",
        lambda: parse_feed(body, url, rss, now=now, fast=False),
    )
    print(f"    -> the same result: {slow == feed}")

    data = big_opml(args.outlines)
    document = timed(
        f"O3 {args.outlines:,} outlines, {len(data) / 1e6:.1f} MB: parse_opml",
        lambda: parse_opml(data),
    )
    print(f"    -> {sum(len(f.feeds) for f in document.root.folders):,} feeds; {document.skipped}")
    timed("O3 the same: write_opml", lambda: write_opml(document))


if __name__ == "__main__":
    main()
