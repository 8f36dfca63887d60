"""How long the GUI thread is held up while the worker refreshes 200 feeds and simplifies them.

A 10 ms QTimer in the GUI thread records the gap between its ticks while the real window's
worker refreshes 200 local feeds (a fixture HTTP server on 127.0.0.1) and simplifies their new
articles (a few of the pages are large, like real news pages with long comment sections).
Run once with parsing and simplifying in the worker's threads and once with a process pool.

    python bench/ui_latency.py [--feeds 200] [--items 5] [--big-pages 6] [--mode both|thread|process]

Target (issue 3): no gap over 50 ms. Prints the longest gap, the 99th percentile and the
median gap per mode, and how many gaps exceeded 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.paths import resolve  # noqa: E402
from reader.store.db import Store  # noqa: E402
from tests.feedkit import RSS_TYPE, Item, article_page, rss  # noqa: E402
from tests.httpserver import FixtureServer  # noqa: E402


def serve(server: FixtureServer, feeds: int, items: int, big_pages: int) -> list[str]:
    """Serve ``feeds`` feeds of ``items`` items each, with their pages; returns feed URLs.

    Runs in its own process (see :func:`start_server`): the server's Python threads must not
    compete for the benchmark's GIL, as a real remote server would not."""
    urls = []
    big_left = big_pages
    for f in range(feeds):
        entries = []
        for i in range(items):
            path = f"/f{f}/a{i}.html"
            paragraphs = 12
            if big_left and i == 0 and f % max(1, feeds // max(1, big_pages)) == 0:
                paragraphs = 6000  # about 2 MB of text: a heavy page to simplify
                big_left -= 1
            server.add(
                path,
                article_page(
                    f"Feed {f} story {i}",
                    f"Story {i} of feed {f} says something.",
                    paragraphs=paragraphs,
                ),
            )
            entries.append(
                Item(
                    guid=f"{f}-{i}",
                    title=f"Feed {f} story {i}",
                    link=server.url(path),
                    description=f"Summary of story {i} of feed {f}.",
                    date=f"Wed, {10 + i % 15} Nov 2026 10:{i % 60:02d}:00 GMT",
                )
            )
        server.add(f"/f{f}.xml", rss(f"Feed {f}", entries), content_type=RSS_TYPE)
        urls.append(server.url(f"/f{f}.xml"))
    return urls


def start_server(
    feeds: int, items: int, big_pages: int
) -> tuple[subprocess.Popen[bytes], list[str]]:
    """The fixture server in a child process; returns it and the feed URLs."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(feeds), str(items), str(big_pages)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert child.stdout is not None
    urls = child.stdout.readline().decode().split()
    return child, urls


def serve_until_stdin_closes(feeds: int, items: int, big_pages: int) -> None:
    """The child: serve, print the feed URLs on one line, stop when stdin closes."""
    server = FixtureServer().start()
    urls = serve(server, feeds, items, big_pages)
    print(" ".join(urls), flush=True)
    sys.stdin.read()
    server.stop()


def run(mode: str, feeds: int, items: int, big_pages: int, watch: Any = None) -> dict[str, float]:
    """One refresh in a fresh profile; returns the gap statistics in ms. ``watch`` (with
    ``start()`` and ``stop()``, see bench/gui_stalls.py) is started with the refresh."""
    from reader.ui.main_window import MainWindow
    from reader.usecases.pool import window_pool as process_pool

    app = QApplication.instance() or QApplication([])
    server, urls = start_server(feeds, items, big_pages)
    with tempfile.TemporaryDirectory(prefix="bs-latency-") as folder:
        paths = resolve(folder).ensure()
        store = Store(paths.database)
        for url in urls:
            store.add_feed(url, "")
        store.close()
        options = {"cpu_factory": process_pool if mode == "process" else (lambda: None)}
        window = MainWindow(paths, start_worker=False, worker_options=options)
        window.resize(1400, 900)
        window.show()
        loop = QEventLoop()
        window.worker.started.connect(loop.quit)
        window.host.start()
        loop.exec()
        gaps: list[float] = []
        clock = QElapsedTimer()
        tick = QTimer()
        tick.setInterval(10)
        last = [0]

        def on_tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        tick.timeout.connect(on_tick)
        done = QEventLoop()
        finished: list[object] = []

        def on_finished(summary: object) -> None:
            finished.append(summary)  # the window's own slot may run after this one
            QTimer.singleShot(0, done.quit)

        window.worker.refresh_finished.connect(on_finished)
        began = time.perf_counter()
        clock.start()
        tick.start()
        if watch is not None:
            watch.start()
        window.refreshing.refresh_all()
        done.exec()
        tick.stop()
        if watch is not None:
            watch.stop()
        seconds = time.perf_counter() - began
        summary = finished[0] if finished else None
        app.processEvents()  # the window takes the summary in before it closes
        window.close()
        app.processEvents()
    server.stdin.close()  # type: ignore[union-attr]
    server.wait(10)
    ordered = sorted(gaps)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    return {
        "max": max(gaps, default=0.0),
        "p99": p99,
        "median": statistics.median(gaps) if gaps else 0.0,
        "over50": sum(1 for g in gaps if g > 50),
        "ticks": len(gaps),
        "seconds": seconds,
        "simplified": getattr(summary, "simplified", 0),
        "new": getattr(summary, "new_articles", 0),
    }


def main() -> int:
    """Run the benchmark and print the figures."""
    if len(sys.argv) == 5 and sys.argv[1] == "--serve":
        serve_until_stdin_closes(*(int(a) for a in sys.argv[2:5]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=5)
    parser.add_argument("--big-pages", type=int, default=6)
    parser.add_argument("--mode", choices=("both", "thread", "process"), default="both")
    parser.add_argument(
        "--switch-ms", type=float, default=None, help="sys.setswitchinterval for this run"
    )
    options = parser.parse_args()
    if options.switch_ms is not None:
        sys.setswitchinterval(options.switch_ms / 1000)
    else:  # what the app sets at start
        from reader.ui.app_gui import tune_threads

        tune_threads()
    modes = ("thread", "process") if options.mode == "both" else (options.mode,)
    print(
        f"{options.feeds} feeds x {options.items} new articles, {options.big_pages} pages of "
        f"~2 MB; platform {os.environ.get('QT_QPA_PLATFORM')}"
    )
    results = {}
    for mode in modes:
        r = run(mode, options.feeds, options.items, options.big_pages)
        results[mode] = r
        print(
            f"{mode:<8} longest gap {r['max']:6.0f} ms   p99 {r['p99']:5.0f} ms   "
            f"median {r['median']:4.0f} ms   gaps > 50 ms: {r['over50']:3d} of {r['ticks']}   "
            f"({r['new']} new, {r['simplified']} simplified in {r['seconds']:.1f} s)"
        )
    if len(results) == 2:
        ratio = results["thread"]["max"] / max(1.0, results["process"]["max"])
        print(f"longest gap, threads / process pool: {ratio:.1f}x")
    for mode, r in results.items():
        verdict = "met" if r["max"] <= 50 else "NOT met"
        shipped = " (the window's configuration)" if mode == "process" else ""
        print(f"target (no gap over 50 ms), {mode}{shipped}: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
