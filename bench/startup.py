"""Start-up time and peak memory of the window, against a bare PySide6 window, in one run.

For each case the process is started N times; we time from just before the process starts to
the moment the window is on screen with its article list filled (the child prints the wall
clock then and exits), and read the child's peak RSS from ``wait4``. Cases: a bare
``QMainWindow``; Broadsheet on an empty profile; Broadsheet on a generated profile of 100,000
articles in 100 feeds. Prints medians and the ratios to the bare window.

    python bench/startup.py [--runs 7] [--articles 100000] [--keep DIR]

Targets (issue 3): with 100,000 articles under 1.3x the bare window's time and under 150 MiB.
Runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise (use ``xvfb-run`` for xcb).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
from PySide6.QtCore import QEvent, QObject
window = QMainWindow()
window.resize(1400, 900)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            window.removeEventFilter(self)
            print("shown", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

APP = """
import sys
sys.argv = ["broadsheet", "--profile", sys.argv[1]]
from reader.app import main
raise SystemExit(main(sys.argv[1:]))
"""


def make_profile(folder: Path, articles: int) -> Path:
    """A profile with ``articles`` articles in 100 feeds (or empty for 0)."""
    sys.path.insert(0, str(ROOT))
    from reader.core.models import ParsedEntry
    from reader.paths import resolve
    from reader.store.db import Store

    paths = resolve(folder).ensure()
    store = Store(paths.database)
    if articles:
        feeds = 100
        per_feed = articles // feeds
        now = datetime.now(UTC)
        for f in range(feeds):
            feed = store.add_feed(f"https://example.org/{f}/feed.xml", f"Example feed {f}")
            entries = [
                ParsedEntry(
                    entry_id=f"{f}-{i}",
                    title=f"Story {i} of feed {f}: a headline of ordinary news length",
                    link=f"https://example.org/{f}/{i}.html",
                    published=now - timedelta(minutes=i * 7 + f),
                    summary_html=f"<p>Summary of story {i}, two sentences. More words here.</p>",
                )
                for i in range(per_feed)
            ]
            store.add_entries(feed.id, entries, now=now)
    store.close()
    return folder


def run_once(
    code: str, *args: str, phases: dict[str, list[float]] | None = None
) -> tuple[float, float, float]:
    """(seconds to the first frame, seconds to the filled list, peak RSS in MiB) of one child;
    ``phases`` gets the seconds each start-up phase the child announced took."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BROADSHEET_BENCH_STARTUP"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    # As installed: bytecode cached (kept out of the checkout).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "broadsheet-bench-pycache")
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    last = start
    for line in proc.stdout:
        parts = line.decode(errors="replace").split()
        if len(parts) == 2 and parts[0] in ("shown", "filled"):
            marks[parts[0]] = float(parts[1])
        if phases is not None and len(parts) >= 3 and parts[0] == "phase":
            phases.setdefault(" ".join(parts[1:-1]), []).append(float(parts[-1]) - last)
            last = float(parts[-1])
        if phases is not None and len(parts) == 2 and parts[0] == "shown":
            phases.setdefault("first paint", []).append(float(parts[1]) - last)
    _pid, status, usage = os.wait4(proc.pid, 0)
    if "shown" not in marks:
        code_ = os.waitstatus_to_exitcode(status)
        raise RuntimeError(f"the child never showed its window (exit {code_})")
    shown = marks["shown"] - start
    filled = max(marks.get("filled", marks["shown"]), marks["shown"]) - start
    # ru_maxrss is in KiB on Linux.
    return shown, filled, usage.ru_maxrss / 1024


def measure(cases: dict[str, tuple[str, list[str]]], runs: int) -> dict[str, list[float]]:
    """Median (first frame, filled list, peak RSS) per case; runs interleaved so that load
    from other processes falls on every case alike. One warm-up run each first."""
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cases}
    phases: dict[str, dict[str, list[float]]] = {name: {} for name in cases}
    for code, args in cases.values():
        run_once(code, *args)  # warm the disk cache and the bytecode cache
    for _ in range(runs):
        for name, (code, args) in cases.items():
            samples[name].append(run_once(code, *args, phases=phases[name]))
    result = {}
    for name, values in samples.items():
        shown, filled, rss = (statistics.median(v) for v in zip(*values, strict=True))
        result[name] = [shown, filled, rss]
        print(
            f"{name:<30} first frame {shown * 1000:6.0f} ms   list filled {filled * 1000:6.0f} ms"
            f"   peak RSS {rss:6.1f} MiB"
        )
        if phases[name]:
            print(
                "    phases (median ms): "
                + ", ".join(
                    f"{p} {statistics.median(t) * 1000:.0f}" for p, t in phases[name].items()
                )
            )
    return result


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse (or create) the big profile here")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bs-startup-") as tmp:
        empty = make_profile(Path(tmp) / "empty", 0)
        big = options.keep or Path(tmp) / "big"
        if not (big / "data").exists():
            began = time.time()
            make_profile(big, options.articles)
            print(f"generated {options.articles} articles in {time.time() - began:.1f} s")
        print(f"platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, {options.runs} runs")
        big_name = f"Broadsheet, {options.articles:,} articles"
        result = measure(
            {
                "bare PySide6 QMainWindow": (BARE, []),
                "Broadsheet, empty profile": (APP, [str(empty)]),
                big_name: (APP, [str(big)]),
            },
            options.runs,
        )
    bare = result["bare PySide6 QMainWindow"]
    for name in ("Broadsheet, empty profile", big_name):
        shown, filled, rss = result[name]
        print(
            f"{name}: first frame {shown / bare[0]:.2f}x bare, list filled {filled / bare[0]:.2f}x"
            f" bare, memory {rss / bare[2]:.2f}x bare ({rss:.0f} MiB)"
        )
    shown, filled, rss = result[big_name]
    ok = shown / bare[0] < 1.3 and rss < 150
    print("targets (first frame < 1.3x bare, < 150 MiB): " + ("met" if ok else "NOT met"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
