"""What the GUI thread runs while the event loop stalls during a refresh (issues 10 and 14).

Runs bench/ui_latency.py's refresh (the real window, offscreen, against a local server in a
child process), or with ``--mark-all-read PROFILE`` bench/scale.py's mark all read on a kept
profile, with a watchdog thread: a 5 ms QTimer in the GUI thread stamps the time; when the
stamp is older than ``--threshold`` ms the watchdog samples the GUI thread's Python stack
(``sys._current_frames()``) every 2 ms until the loop ticks again. Garbage collections in the
GUI thread are timed too (``gc.callbacks``). Prints each stall with the GUI thread's time on a
CPU and runnable but waiting for one (Linux schedstat: a stall with little CPU and a long wait
is the machine's load, not our work) and the stack seen most often in it, then the frames of
ours (reader/) seen across all stalls, by samples.

    python bench/gui_stalls.py [--feeds 200] [--items 5] [--big-pages 6] [--threshold 30]
                               [--by-cpu] [--profile] [--mark-all-read PROFILE]
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import gc
import os
import pstats
import sys
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench import ui_latency  # noqa: E402


class Watchdog:
    """Samples the GUI thread's stack while its event loop has not ticked for a while."""

    def __init__(self, threshold_ms: float, profile: bool = False) -> None:
        self.profile = cProfile.Profile() if profile else None
        self.threshold = threshold_ms / 1000
        self.main_id = threading.get_ident()
        self.last = time.monotonic()
        self.stalls: list[tuple[float, float, float, list[tuple[str, ...]]]] = []
        self._sched = self.first_sched = self.last_sched = (0.0, 0.0)
        self.gcs: list[tuple[int, float]] = []
        self._gc_start = 0.0
        self._current: list[tuple[str, ...]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.tick = QTimer()
        self.tick.setInterval(5)
        self.tick.timeout.connect(self._on_tick)

    def start(self) -> None:
        """Begin stamping and watching."""
        self.last = time.monotonic()
        self._sched = self.first_sched = _schedstat()
        self.tick.start()
        gc.callbacks.append(self._on_gc)
        self._thread.start()
        if self.profile is not None:
            self.profile.enable()

    def stop(self) -> None:
        """Stop watching."""
        self.last_sched = _schedstat()
        if self.profile is not None:
            self.profile.disable()
        self.tick.stop()
        self._stop.set()
        self._thread.join()
        gc.callbacks.remove(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if threading.get_ident() != self.main_id:
            return
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.gcs.append((info["generation"], (time.perf_counter() - self._gc_start) * 1000))

    def _on_tick(self) -> None:
        now = time.monotonic()
        gap = now - self.last
        self.last = now
        sched = _schedstat()
        if gap > self.threshold:
            cpu, waited = (sched[0] - self._sched[0], sched[1] - self._sched[1])
            self.stalls.append((gap * 1000, cpu, waited, self._current))
        self._sched = sched
        self._current = []

    def _run(self) -> None:
        while not self._stop.wait(0.002):
            if time.monotonic() - self.last > self.threshold:
                frame = sys._current_frames().get(self.main_id)
                if frame is not None:
                    stack = tuple(
                        f"{_where(f.filename)}:{f.lineno} {f.name}"
                        for f in traceback.extract_stack(frame)
                    )
                    self._current.append(stack)


def _schedstat() -> tuple[float, float]:
    """The calling thread's time on a CPU and waiting for one (ms), from Linux's schedstat."""
    try:
        path = f"/proc/self/task/{threading.get_native_id()}/schedstat"
        with open(path) as f:
            run, wait, _slices = f.read().split()
        return int(run) / 1e6, int(wait) / 1e6
    except OSError:
        return 0.0, 0.0


def _where(filename: str) -> str:
    """reader/... for our modules, the file's name for others."""
    parts = Path(filename).parts
    return "/".join(parts[parts.index("reader") :]) if "reader" in parts else parts[-1]


def main() -> int:
    """Run one refresh under the watchdog and print what the stalls ran."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=5)
    parser.add_argument("--big-pages", type=int, default=6)
    parser.add_argument(
        "--mark-all-read",
        type=Path,
        metavar="PROFILE",
        help="instead of a refresh: bench/scale.py's mark all read on this kept profile",
    )
    parser.add_argument("--threshold", type=float, default=30.0, help="ms without a tick")
    parser.add_argument(
        "--profile", action="store_true", help="also the GUI thread's own time (cProfile)"
    )
    parser.add_argument(
        "--by-cpu", action="store_true", help="stalls in order of the GUI thread's CPU time"
    )
    parser.add_argument("--top", type=int, default=12, help="stalls shown")
    parser.add_argument("--depth", type=int, default=8, help="innermost frames shown")
    options = parser.parse_args()
    from reader.ui.app_gui import tune_threads

    tune_threads()
    QApplication.instance() or QApplication([])
    dog = Watchdog(options.threshold, options.profile)
    if options.mark_all_read:
        from bench import scale

        articles = int(options.mark_all_read.name.rsplit("-", 1)[-1])
        dog.start()
        figures = scale.mark_all_read_figures(options.mark_all_read, articles)
        dog.stop()
        for key, value in figures.items():
            print(f"{key}: {value:.0f}")
        longest = max((s[0] for s in dog.stalls), default=0.0)
    else:
        result = ui_latency.run("process", options.feeds, options.items, options.big_pages, dog)
        longest = result["max"]
    print(f"longest gap {longest:.0f} ms; stalls over {options.threshold:.0f} ms:")
    ours: collections.Counter[str] = collections.Counter()
    order = 1 if options.by_cpu else 0
    for gap, cpu, waited, samples in sorted(dog.stalls, key=lambda s: -s[order])[: options.top]:
        common, n = collections.Counter(samples or [("(none)",)]).most_common(1)[0]
        print(
            f"\n-- {gap:.0f} ms (GUI thread on a CPU {cpu:.0f} ms, waiting for one "
            f"{waited:.0f} ms), {len(samples)} samples ({n} of this stack):"
        )
        for line in common[-options.depth :]:
            print("     ", line)
        for stack in samples:
            for line in {x for x in stack if x.startswith("reader/")}:
                ours[line] += 1
    print("\nframes in stall samples (any depth):")
    for line, n in ours.most_common(25):
        print(f"  {n:5d}  {line}")
    cpu, waited = (dog.last_sched[i] - dog.first_sched[i] for i in (0, 1))
    print(
        f"\nGUI thread in all: on a CPU {cpu:.0f} ms, runnable but waiting for one {waited:.0f} ms"
    )
    slow_gc = sorted((ms for _g, ms in dog.gcs), reverse=True)[:5]
    print(f"\nGUI-thread collections: {len(dog.gcs)}, slowest ms: {[round(x) for x in slow_gc]}")
    if dog.profile is not None:
        print("\nGUI thread, by cumulative time (functions of ours):")
        pstats.Stats(dog.profile).sort_stats("cumulative").print_stats("reader/", 30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
