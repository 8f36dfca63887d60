"""Memory while hidden in the tray: the real MainWindow, never shown, through N scheduled
refreshes of F local feeds (each refresh brings one new article per feed, so every refresh
writes, notifies and reloads the counts); the scheduled refresh's clock is sped up (15 minutes
pass in a quarter of a second) instead of changing the interval's choices.

Usage: python bench/tray_memory.py [--feeds 200] [--refreshes 50] [--items 20] [--pool]

Prints the process's RSS after the first refresh, after the last, the growth between them
(target: under 10 MiB) and its median growth per refresh over the last ten. ``--pool`` parses in
the window's process pool (their memory is then in the children, not counted); by default in
threads, so everything is in this process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MIB = 1024 * 1024
SPEED_UP = 3600.0
"""The refresh schedule's clock runs this much faster: a 15-minute interval is 0.25 s."""


def sqlite_bytes() -> int | None:
    """What SQLite holds in this process (page caches, statements), where Python's sqlite3 is
    the system's libsqlite3; None elsewhere."""
    import ctypes

    try:
        lib = ctypes.CDLL("libsqlite3.so.0")
    except OSError:
        return None
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return int(lib.sqlite3_memory_used())


def rss_bytes() -> int:
    """This process's resident set size (Linux /proc)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


class Feeds(ThreadingHTTPServer):
    """F feeds; each request of a feed returns its next window of items (one new per call)."""

    def __init__(self, count: int, items: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.count, self.items = count, items
        self.calls = [0] * count
        self.lock = threading.Lock()

    def url(self, n: int) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/feed{n}.xml"

    def body(self, n: int) -> bytes:
        with self.lock:
            self.calls[n] += 1
            start = self.calls[n]
        items = "".join(
            f"<item><title>Feed {n} story {i}</title><guid>f{n}-{i}</guid>"
            f"<link>http://127.0.0.1/f{n}/{i}</link>"
            f"<description>Story {i} of feed {n}: {'words ' * 40}</description>"
            f"<pubDate>Tue, 10 Nov 2026 {i % 24:02}:{i % 60:02}:00 GMT</pubDate></item>"
            for i in range(start + self.items, start, -1)
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title>'
            f"<link>http://127.0.0.1/</link><description>d</description>{items}</channel></rss>"
        ).encode()


class _Handler(BaseHTTPRequestHandler):
    server: Feeds

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        n = int(self.path.removeprefix("/feed").removesuffix(".xml"))
        body = self.server.body(n)
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> int:
    """Run the bench; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--refreshes", type=int, default=50)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--pool", action="store_true")
    parser.add_argument("--trace", action="store_true", help="print what Python allocated")
    parser.add_argument(
        "--writer-cache-kib",
        type=int,
        default=0,
        help="the worker's SQLite page cache (default: the store's own, 16 MiB); the cache "
        "fills as the database grows, so it is part of the growth measured",
    )
    opts = parser.parse_args()

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from reader.paths import resolve
    from reader.settings import Settings, save_settings
    from reader.store.db import Store
    from reader.ui import refresh_status
    from reader.ui.main_window import MainWindow

    if opts.writer_cache_kib:
        from reader.store import connection

        connection.WRITER_CACHE_KIB = opts.writer_cache_kib
    app = QApplication(sys.argv[:1])
    server = Feeds(opts.feeds, opts.items)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    start = time.monotonic()
    refresh_status.clock = lambda: (time.monotonic() - start) * SPEED_UP  # sped-up schedule
    with tempfile.TemporaryDirectory(prefix="tray-memory-") as tmp:
        paths = resolve(Path(tmp)).ensure()
        with Store(paths.database) as store:
            for n in range(opts.feeds):
                store.add_feed(server.url(n), f"Feed {n}")
        settings = Settings().with_changes(refresh_interval_min=15, start_hidden=True)
        save_settings(paths.settings_file, settings)
        options = {} if opts.pool else {"cpu_factory": lambda: None}
        window = MainWindow(paths, worker_options=options)
        window.refreshing._tick.setInterval(100)  # looks at the (sped-up) clock often
        done: list[int] = []
        snapshots: list[tracemalloc.Snapshot] = []

        held: list[int | None] = []

        def finished(_summary: object) -> None:
            done.append(rss_bytes())
            held.append(sqlite_bytes())
            if opts.trace and len(done) in (1, opts.refreshes):
                snapshots.append(tracemalloc.take_snapshot())

        if opts.trace:
            tracemalloc.start(8)
        window.worker.refresh_finished.connect(finished)
        window.background.show_at_start()
        # Offscreen there is no tray, so the window is shown for its first frame (which starts
        # the worker) and then hidden, as closed to the tray; it stays hidden from then on.
        ready = time.monotonic() + 60
        while not window.refreshing._worker_ready and time.monotonic() < ready:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        window.hide()
        deadline = time.monotonic() + 30 * opts.refreshes
        while len(done) < opts.refreshes and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        QCoreApplication.processEvents()
        assert not window.isVisible()
        window.background.quitting = True
        window.close()
    server.shutdown()
    if len(done) < 2:
        print(f"only {len(done)} refreshes finished")
        return 1
    growth = (done[-1] - done[0]) / MIB
    per = [(b - a) / MIB for a, b in list(pairwise(done))[-10:]]
    print(f"feeds {opts.feeds}, scheduled refreshes {len(done)}, window hidden after 1st frame")
    series = " ".join(f"{b / MIB:.0f}" for b in done[:: max(1, len(done) // 10)])
    print(f"RSS (MiB) every {max(1, len(done) // 10)} refreshes: {series}")
    print(f"RSS after the first refresh: {done[0] / MIB:.1f} MiB")
    print(f"RSS after refresh {len(done)}: {done[-1] / MIB:.1f} MiB")
    print(f"growth after the first refresh: {growth:.1f} MiB (target < 10 MiB)")
    print(f"median growth per refresh, last ten: {statistics.median(per):.2f} MiB")
    if held[0] is not None and held[-1] is not None:
        print(
            f"SQLite held after the first / last refresh: {held[0] / MIB:.1f} / "
            f"{held[-1] / MIB:.1f} MiB"
        )
    if len(snapshots) == 2:
        for stat in snapshots[1].compare_to(snapshots[0], "traceback")[:8]:
            print(stat)
            print("    " + "\n    ".join(stat.traceback.format()[-6:]))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
