"""Start-up time and peak memory of the window, against a bare PySide6 window, in one run.

For each case the process is started N times; we time from just before the process starts to
the moment the window is on screen with its article list filled (the child prints the wall
clock then and exits), and read the child's peak RSS from ``wait4``. Cases: a bare
``QMainWindow``; the same bare window importing PySide6 as Broadsheet does (its bootstrap's
compiled code cached, ``reader/ui/qt_bootstrap.py``: against it the ratio is Broadsheet's own
work alone); Broadsheet on an empty profile; Broadsheet on a generated profile of 100,000
articles in 100 feeds. Prints medians and the ratios to the bare window, and each start-up
phase's median (the child announces them, see ``reader.ui.app_gui._phase``).

Each child also prints the CPU time it had used at its first frame (``time.process_time``):
on a loaded machine the wall clock mostly measures the wait for a core, the CPU time does not.

``--languages en,de,ar,zh_CN,hi`` adds the 100,000-article window with each interface
language chosen in its settings (issue 12: the shipped languages may add at most 10 ms to the
first window) and prints each one's difference to English.

``--baseline DIR`` adds the 100,000-article window run from another checkout (``/work/main``),
interleaved with this one's, and prints this checkout's figures against it.

    python bench/startup.py [--runs 7] [--articles 100000] [--keep DIR] [--languages CODES]
                            [--baseline DIR] [--instructions [--profiles DIR]]

``--instructions`` counts, instead, the instructions each case runs up to its first frame under
valgrind's callgrind, once each (the child exits at its first frame): a figure the other
processes on the machine do not disturb. ``--profiles DIR`` keeps callgrind's files there.

Targets (issue 3): with 100,000 articles under 1.3x the bare window's time and under 150 MiB.
Runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise (use ``xvfb-run`` for xcb).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
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
            QTimer.singleShot(0, self.shown)  # once the whole frame is painted
        return False
    def shown(self):
        print("cpu", time.process_time(), flush=True)
        print("shown", time.time(), flush=True)
        QTimer.singleShot(0, app.quit)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

BARE_CACHED = (
    """
import sys
from pathlib import Path
from reader.ui import qt_bootstrap
qt_bootstrap.import_qt(Path(sys.argv.pop(1)))
"""
    + BARE
)
"""The bare window importing PySide6 the way Broadsheet does (its bootstrap's compiled code
cached, reader/ui/qt_bootstrap.py): against it, the ratio is Broadsheet's own work alone."""
BARE_CACHED_NAME = "bare, PySide6 bootstrap cached"

APP = """
import sys
sys.argv = ["broadsheet", "--profile", sys.argv[1]]
from reader.app import main
raise SystemExit(main(sys.argv[1:]))
"""


EXIT_AT_FIRST_FRAME = """
import os, sys
class _ExitAtFirstFrame:
    def __init__(self, stream):
        self.stream, self.line = stream, ""
    def write(self, text):
        self.stream.write(text)
        self.line += text
        if "\\n" in self.line:
            if self.line.startswith("shown "):
                self.stream.flush()
                os._exit(0)
            self.line = self.line.rsplit("\\n", 1)[1]
        return len(text)
    def flush(self):
        self.stream.flush()
sys.stdout = _ExitAtFirstFrame(sys.stdout)
"""
"""Prepended to a child's code by ``--instructions``: the child exits when it says "shown",
whichever checkout it runs."""


def app_at(root: Path) -> str:
    """The window's child code, importing Broadsheet from the checkout at ``root``."""
    return f"import sys\nsys.path.insert(0, {str(root)!r})\n" + APP


def make_profile(folder: Path, articles: int) -> Path:
    """A profile with ``articles`` articles in 100 feeds (or empty for 0)."""
    sys.path.insert(0, str(ROOT))
    from reader.core.parsed import ParsedEntry
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
    code: str,
    *args: str,
    phases: dict[str, list[float]] | None = None,
    cpu: list[float] | None = None,
) -> tuple[float, float, float]:
    """(seconds to the first frame, seconds to the filled list, peak RSS in MiB) of one child;
    ``phases`` gets the seconds each start-up phase the child announced took, ``cpu`` the CPU
    seconds the child had used at its first frame."""
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
        if cpu is not None and len(parts) == 2 and parts[0] == "cpu":
            cpu.append(float(parts[1]))
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


def instructions(code: str, *args: str, out: Path | None = None) -> int:
    """Instructions the child runs up to its first frame, counted by valgrind's callgrind
    (noise-free, unlike the clock on a loaded machine); ``out`` keeps callgrind's profile."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BROADSHEET_BENCH_STARTUP"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "broadsheet-bench-pycache")
    subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True)
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out or os.devnull}",
            sys.executable,
            "-c",
            EXIT_AT_FIRST_FRAME + code,
            *args,
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None or "shown" not in done.stdout:
        raise RuntimeError(f"callgrind counted nothing: {done.stderr[-500:]}")
    return int(found.group(1))


def count_instructions(cases: dict[str, tuple[str, list[str]]], keep: Path | None) -> None:
    """Print each case's instructions to its first frame and the ratio to the bare window."""
    counts = {}
    for number, (name, (code, args)) in enumerate(cases.items()):
        out = keep / f"callgrind.out.{number}" if keep else None
        counts[name] = instructions(code, *args, out=out)
        bare = counts[next(iter(cases))]
        print(
            f"{name:<40} {counts[name] / 1e6:8.1f} M instructions to the first frame"
            f" ({counts[name] / bare:.2f}x bare)",
            flush=True,
        )


def measure(cases: dict[str, tuple[str, list[str]]], runs: int) -> dict[str, list[float]]:
    """Median (first frame, filled list, peak RSS, CPU at the first frame) per case; runs
    interleaved so that load from other processes falls on every case alike. One warm-up run
    each first."""
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cases}
    phases: dict[str, dict[str, list[float]]] = {name: {} for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for code, args in cases.values():
        run_once(code, *args)  # warm the disk cache and the bytecode cache
    for _ in range(runs):
        for name, (code, args) in cases.items():
            samples[name].append(run_once(code, *args, phases=phases[name], cpu=cpu[name]))
    result = {}
    for name, values in samples.items():
        shown, filled, rss = (statistics.median(v) for v in zip(*values, strict=True))
        cpu_s = statistics.median(cpu[name]) if cpu[name] else float("nan")
        result[name] = [shown, filled, rss, cpu_s]
        print(
            f"{name:<30} first frame {shown * 1000:6.0f} ms   list filled {filled * 1000:6.0f} ms"
            f"   peak RSS {rss:6.1f} MiB   CPU at first frame {cpu_s * 1000:4.0f} ms"
        )
        if phases[name]:
            print(
                "    phases (median ms): "
                + ", ".join(
                    f"{p} {statistics.median(t) * 1000:.0f}" for p, t in phases[name].items()
                )
            )
    return result


def with_language(profile: Path, code: str, folder: Path) -> Path:
    """A copy of ``profile`` whose settings choose the interface language ``code``."""
    sys.path.insert(0, str(ROOT))
    from reader.paths import resolve
    from reader.settings import Settings, load_settings, save_settings

    copy = folder / f"lang-{code}"
    if not copy.exists():
        shutil.copytree(profile, copy)
    paths = resolve(copy).ensure()
    current = load_settings(paths.settings_file) if paths.settings_file.exists() else Settings()
    save_settings(paths.settings_file, current.with_changes(language=code))
    return copy


def language_cases(
    profile: Path, codes: list[str], folder: Path
) -> dict[str, tuple[str, list[str]]]:
    """The window on ``profile`` once per interface language."""
    return {
        f"language {code}": (APP, [str(with_language(profile, code, folder))]) for code in codes
    }


def print_languages(result: dict[str, list[float]], codes: list[str]) -> None:
    """Each language's first frame against English's (issue 12: at most 10 ms more)."""
    english = result.get("language en")
    if english is None:
        return
    worst = worst_cpu = 0.0
    for code in codes:
        shown, _filled, _rss, cpu = result[f"language {code}"]
        extra, extra_cpu = (shown - english[0]) * 1000, (cpu - english[3]) * 1000
        worst, worst_cpu = max(worst, extra), max(worst_cpu, extra_cpu)
        print(
            f"language {code:<6} first frame {extra:+5.1f} ms, its CPU {extra_cpu:+5.1f} ms vs en"
        )
    print(
        f"languages (<= 10 ms over English): first frame {'met' if worst <= 10 else 'NOT met'},"
        f" CPU {'met' if worst_cpu <= 10 else 'NOT met'}"
    )


def print_baseline(base: list[float], ours: list[float], bare: list[float]) -> None:
    """This checkout's big window against the baseline checkout's, in the same run."""
    print(
        f"baseline: first frame {base[0] / bare[0]:.2f}x bare, CPU {base[3] / bare[3]:.2f}x bare;"
        f" this checkout: first frame {ours[0] / base[0]:.2f}x baseline"
        f" ({(ours[0] - base[0]) * 1000:+.0f} ms), CPU {ours[3] / base[3]:.2f}x baseline"
        f" ({(ours[3] - base[3]) * 1000:+.0f} ms), list filled {ours[1] / base[1]:.2f}x baseline"
    )


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse (or create) the big profile here")
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions to the first frame under valgrind instead of timing",
    )
    parser.add_argument("--profiles", type=Path, help="with --instructions: keep callgrind's here")
    parser.add_argument(
        "--languages", default="", help="comma-separated interface languages to compare (en,de)"
    )
    options = parser.parse_args()
    codes = [c for c in options.languages.split(",") if c]
    if codes and "en" not in codes:
        codes.insert(0, "en")
    with tempfile.TemporaryDirectory(prefix="bs-startup-") as tmp:
        empty = make_profile(Path(tmp) / "empty", 0)
        bare_cache = Path(tmp) / "bare-cache"
        bare_cache.mkdir()
        big = options.keep or Path(tmp) / "big"
        if not (big / "data").exists():
            began = time.time()
            make_profile(big, options.articles)
            print(f"generated {options.articles} articles in {time.time() - began:.1f} s")
        print(f"platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, {options.runs} runs")
        big_name = f"Broadsheet, {options.articles:,} articles"
        cases = {
            "bare PySide6 QMainWindow": (BARE, []),
            BARE_CACHED_NAME: (BARE_CACHED, [str(bare_cache)]),
            "Broadsheet, empty profile": (APP, [str(empty)]),
            big_name: (APP, [str(big)]),
        }
        if options.baseline:
            cases["baseline " + big_name] = (app_at(options.baseline.resolve()), [str(big)])
        cases.update(language_cases(big, codes, Path(tmp)))
        if options.instructions:
            count_instructions(cases, options.profiles)
            return 0
        result = measure(cases, options.runs)
    bare = result["bare PySide6 QMainWindow"]
    for name in ("Broadsheet, empty profile", big_name):
        shown, filled, rss, cpu = result[name]
        print(
            f"{name}: first frame {shown / bare[0]:.2f}x bare, list filled {filled / bare[0]:.2f}x"
            f" bare, memory {rss / bare[2]:.2f}x bare ({rss:.0f} MiB),"
            f" CPU at first frame {cpu / bare[3]:.2f}x bare"
        )
    cached = result[BARE_CACHED_NAME]
    print(
        f"{big_name}: first frame {result[big_name][0] / cached[0]:.2f}x the bare window that"
        f" imports PySide6 as Broadsheet does ({cached[0] / bare[0]:.2f}x bare): Broadsheet's"
        " own work alone"
    )
    print_languages(result, codes)
    if options.baseline:
        print_baseline(result["baseline " + big_name], result[big_name], bare)
    shown, filled, rss, _cpu = result[big_name]
    ok = shown / bare[0] < 1.3 and rss < 150
    print("targets (first frame < 1.3x bare, < 150 MiB): " + ("met" if ok else "NOT met"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
