"""The window's feed refresh: its time, and the GUI thread's gaps while it runs.

A Refresher set up as the window's Worker sets it up (the window's process pool, no
``parse_here``) refreshes bench/refresh.py's feeds (feeds only) in a background thread, while a
10 ms QTimer in the GUI thread records the gaps between its ticks. The feeds are served by
another process (its threads must not compete for this one's GIL, as a real server would not).

    python bench/window_refresh.py [--feeds 200] [--hosts 1] [--runs 3] [--baseline DIR]

``--baseline DIR`` runs the same with another checkout's ``reader`` (each run right after ours).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def measure(feeds: int, hosts: int) -> str:
    """One run in this process (the code on ``sys.path``): a line of figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    server = subprocess.Popen(
        [sys.executable, "-c", _SERVE, str(HERE), str(feeds), str(hosts)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert server.stdout is not None and server.stdin is not None
    urls = [line.strip() for line in iter(server.stdout.readline, "END\n")]
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    from reader.net.http import Fetcher
    from reader.store.cache import ArticleCache
    from reader.store.db import Store
    from reader.ui.app_gui import tune_threads
    from reader.usecases.pool import window_pool
    from reader.usecases.refresh import Refresher

    tune_threads()  # what the app sets at start
    app = QCoreApplication.instance() or QCoreApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-window-refresh-"))
    store = Store(folder / "db.sqlite3")
    for url in urls:
        store.add_feed(url, "")
    store.close()
    pool, fetcher = window_pool(), Fetcher()
    gaps: list[float] = []
    clock = QElapsedTimer()
    last = [0]
    outcome: dict[str, float] = {}

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now
        if "seconds" in outcome:
            app.quit()

    def work() -> None:  # the Worker's thread
        worker_store = Store(folder / "db.sqlite3")
        refresher = Refresher(worker_store, ArticleCache(folder / "cache"), fetcher, cpu=pool)
        began = time.perf_counter()
        try:
            outcome["new"] = refresher.refresh(simplify=False).new_articles
        finally:
            outcome["seconds"] = time.perf_counter() - began
            refresher.close()
            worker_store.close()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    thread = threading.Thread(target=work)
    thread.start()
    app.exec()
    thread.join()
    pool.shutdown()
    server.stdin.close()
    server.wait(10)
    ordered = sorted(gaps)
    p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)]
    return (
        f"{outcome.get('new', 0):.0f} new in {outcome['seconds']:.2f} s; GUI gaps: longest "
        f"{ordered[-1]:.0f} ms, p99 {p99:.0f} ms, over 50 ms {sum(g > 50 for g in ordered)} of "
        f"{len(ordered)}"
    )


_SERVE = """
import sys
sys.path.insert(0, sys.argv[1])
from refresh_site import Site
site = Site(int(sys.argv[2]), 20, int(sys.argv[3]))
print("\\n".join(site.urls()), flush=True)
print("END", flush=True)
sys.stdin.read()
"""


def main() -> int:
    """Time each checkout's window refresh, alternately, and print medians."""
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        print(measure(int(sys.argv[2]), int(sys.argv[3])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--hosts", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", default=None, help="another checkout to time beside this one")
    args = parser.parse_args()
    codes = {"broadsheet": REPO, **({"baseline": Path(args.baseline)} if args.baseline else {})}
    seconds: dict[str, list[float]] = {name: [] for name in codes}
    for run in range(args.runs):
        for name, code in codes.items():
            env = dict(os.environ, PYTHONPATH=str(code))
            done = subprocess.run(
                [sys.executable, __file__, "--one", str(args.feeds), str(args.hosts)],
                capture_output=True, text=True, env=env, timeout=1800,
            )  # fmt: skip
            line = (done.stdout.strip().splitlines() or [done.stderr.strip()[-300:]])[-1]
            print(f"{name} #{run + 1}: {line}")
            if " new in " in line:
                seconds[name].append(float(line.split(" new in ")[1].split(" s;")[0]))
    for name, values in seconds.items():
        if values:
            print(f"median {name}: {statistics.median(values):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
