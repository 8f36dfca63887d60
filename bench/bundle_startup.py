"""Time to first window: the PyInstaller bundle against the same app run by this Python.

    python bench/bundle_startup.py [--bundle dist/broadsheet] [--runs 5]

Each run starts the app on a new empty profile with ``BROADSHEET_SMOKE=show`` (see
reader/ui/smoke.py): it prints ``smoke: window shown`` once the main window is on screen and
exits. The time is measured here, from starting the process to reading that line, so it covers
the bundle's unpacking and imports as a user would wait for them. The Python side runs the
bundle's own entry script (packaging/broadsheet_launcher.py: ``reader.app.main``, as
``python -m reader`` does, plus the smoke hook). One warm-up run each, not counted, then the runs
alternate. Prints medians; writes bench/out/bundle_startup.json. Qt runs offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "smoke: window shown"


def time_to_window(command: list[str], timeout_s: float = 120.0) -> tuple[float, float]:
    """(seconds to the window line, seconds to exit) for one start on a new empty profile."""
    with tempfile.TemporaryDirectory(prefix="broadsheet-bench-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BROADSHEET_")}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            BROADSHEET_SMOKE="show",
            BROADSHEET_SMOKE_TIMEOUT=str(timeout_s),
            HOME=tmp,
        )
        started = time.perf_counter()
        process = subprocess.Popen(
            [*command, "--profile", str(Path(tmp) / "profile")],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=tmp,
        )
        shown = None
        assert process.stdout is not None
        for line in process.stdout:
            if shown is None and line.startswith(MARK):
                shown = time.perf_counter() - started
        code = process.wait(timeout=timeout_s)
        ended = time.perf_counter() - started
    if shown is None or code != 0:
        raise RuntimeError(f"{command[0]}: no window (exit {code})")
    return shown, ended


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "broadsheet")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    exe = args.bundle / "broadsheet"
    if not exe.is_file():
        print(f"no bundle at {exe}: run packaging/build.sh first", file=sys.stderr)
        return 2
    commands = {
        "bundle": [str(exe)],
        "python": [sys.executable, str(ROOT / "packaging" / "broadsheet_launcher.py")],
    }
    for command in commands.values():
        time_to_window(command)  # warm-up: disk cache, .pyc files
    results: dict[str, list[float]] = {name: [] for name in commands}
    exits: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            shown, ended = time_to_window(command)
            results[name].append(shown)
            exits[name].append(ended)
    files = [f for f in args.bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    size_kib = sum(f.stat().st_size for f in files) // 1024
    report = {
        "runs": args.runs,
        "bundle_size_mib": round(size_kib / 1024, 1),
        "python": sys.version.split()[0],
        **{
            name: {
                "window_median_s": round(statistics.median(times), 3),
                "window_min_s": round(min(times), 3),
                "window_max_s": round(max(times), 3),
                "exit_median_s": round(statistics.median(exits[name]), 3),
            }
            for name, times in results.items()
        },
    }
    ratio = report["bundle"]["window_median_s"] / report["python"]["window_median_s"]
    report["bundle_over_python"] = round(ratio, 2)
    print(f"time to first window, median of {args.runs} (offscreen, empty profile):")
    for name in commands:
        r = report[name]
        assert isinstance(r, dict)
        print(
            f"  {name:<7} {r['window_median_s']:.3f} s "
            f"(min {r['window_min_s']:.3f}, max {r['window_max_s']:.3f}; "
            f"process exit {r['exit_median_s']:.3f} s)"
        )
    print(f"  bundle / python: {ratio:.2f}x; bundle size {report['bundle_size_mib']} MiB")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bundle_startup.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
