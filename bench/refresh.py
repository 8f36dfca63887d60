"""Refresh speed: 200 generated feeds x 20 items with real-sized article pages on 127.0.0.1.

Usage: python bench/refresh.py [--feeds 200] [--items 20] [--runs 3] [--full-runs 3]
                  [--jobs N] [--feeds-jobs N] [--no-newsboat] [--newsboat-threads 1,8]
                  [--baseline DIR] [--hosts 1]

At scale: ``--feeds 10000 --items 20 --hosts 50 --runs 1 --full-runs 0 --newsboat-threads 1
--newsboat-cold-only`` (newsboat takes about 10 times as long there).

Times, each as a subprocess (``python -m reader``) and as the median of ``--runs``:
- ``broadsheet refresh --feeds-only`` in a fresh profile (cold: every feed is new);
- the same again on that profile (every feed answers 304 Not Modified);
- a full refresh in a fresh profile: feeds, every article's page (50-100 kB) simplified and
  its image cached; reported as articles per second;
- ``newsboat -x reload`` on the same feeds when installed (fresh cache, then again); ratios.
The servers are this process's threads (:mod:`refresh_site`); their request counts are printed
too, and per run whether every feed was asked exactly once (none starved) and the most requests
one address had in flight at once (the reader's per-host limit). Peak memory: the largest
resident set of the reader's (or newsboat's) process, from the kernel's accounting at its exit.
``--baseline DIR``: the same commands with another checkout's ``reader`` (e.g. ``/work/main``),
each run right after ours, so before/after come from the same minutes of a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when loaded by file name
from refresh_site import Site

REPO = Path(__file__).resolve().parents[1]


# -- runs ----------------------------------------------------------------------------------
def measured(
    argv: list[str], *, env: dict[str, str], cwd: Path | None = None
) -> tuple[float, subprocess.CompletedProcess[str], float]:
    """Run ``argv``: (seconds, its outcome, its peak resident memory in MiB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(child.pid, 0)  # reaped here: its own rusage, not a sum
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        texts = []
        for handle in (out, err):
            handle.seek(0)
            texts.append(handle.read().decode("utf-8", "replace"))
    done = subprocess.CompletedProcess(argv, child.returncode, texts[0], texts[1])
    return elapsed, done, usage.ru_maxrss / 1024  # KiB on Linux


LAST_PEAK_MIB = [0.0]  # the peak memory of the last broadsheet() run


def broadsheet(
    profile: Path, *argv: str, code: Path = REPO
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """``python -m reader --profile PROFILE ARGV`` with ``code``'s reader: (seconds, outcome)."""
    env = {k: v for k, v in os.environ.items() if k != "BROADSHEET_PROFILE"}
    env["PYTHONPATH"] = str(code)  # the checkout whose code runs, never one on the path by chance
    # As installed: bytecode cached (kept out of the checkout). Without it every run compiled
    # ~140 modules from source, ~0.2 s of a 1 s refresh, which no user ever pays twice.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "broadsheet-bench-pycache")
    argv_all = [sys.executable, "-m", "reader", "--profile", str(profile), *argv]
    elapsed, done, LAST_PEAK_MIB[0] = measured(argv_all, env=env, cwd=code)
    return elapsed, done


def fresh_profile(root: Path, site: Site, name: str, code: Path = REPO) -> Path:
    profile = root / name
    opml = root / "feeds.opml"
    opml.write_text(site.opml(), encoding="utf-8")
    _, done = broadsheet(profile, "import", str(opml), code=code)
    if done.returncode != 0:
        sys.exit(f"import failed: {done.stderr}")
    return profile


def summary_of(done: subprocess.CompletedProcess[str]) -> dict[str, object]:
    if done.returncode != 0:
        print(f"  exit {done.returncode}: {done.stderr.strip()[:500]}")
    try:
        data = dict(json.loads(done.stdout))
    except ValueError:
        return {}
    for failure in data.get("failed") or []:
        print(f"  failed: {failure.get('url')}: {failure.get('error')}")
    return data


def time_newsboat(folder: Path, urls: Path, config: Path) -> tuple[float, float]:
    """One ``newsboat -x reload`` with the cache, URL list and config in ``folder``:
    (seconds, peak memory in MiB)."""
    env = dict(os.environ, HOME=str(folder), XDG_CONFIG_HOME=str(folder), XDG_DATA_HOME=str(folder))
    elapsed, done, peak = measured(
        ["newsboat", "-u", str(urls), "-c", str(folder / "cache.db"), "-C", str(config), "-x", "reload"],
        env=env,
    )  # fmt: skip
    if done.returncode != 0:
        print(f"  newsboat exit {done.returncode}: {(done.stderr or done.stdout).strip()[:300]}")
    return elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--full-runs", type=int, default=None, help="default: --runs")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs of the full refresh")
    parser.add_argument("--feeds-jobs", type=int, default=None, help="--jobs of --feeds-only")
    parser.add_argument("--no-newsboat", action="store_true")
    parser.add_argument("--newsboat-threads", default="1,8", help="its reload-threads, each run")
    parser.add_argument(
        "--newsboat-cold-only", action="store_true", help="no second newsboat run (10,000 feeds)"
    )
    parser.add_argument("--hosts", type=int, default=1, help="loopback addresses to spread over")
    parser.add_argument("--baseline", default=None, help="another checkout to time beside this one")
    args = parser.parse_args()
    full_runs = args.runs if args.full_runs is None else args.full_runs
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    feeds_jobs = ["--jobs", str(args.feeds_jobs)] if args.feeds_jobs else []
    site = Site(args.feeds, args.items, args.hosts)
    sizes = [len(t) // 1024 for t in site.templates]
    print(f"site: {args.feeds} feeds x {args.items} items on {args.hosts} host(s); pages {min(sizes)}-"
          f"{max(sizes)} kB, image {len(site.image) // 1024} kB; {os.cpu_count()} CPUs")  # fmt: skip
    codes = {"broadsheet": REPO, **({"baseline": Path(args.baseline)} if args.baseline else {})}
    results: dict[str, dict[str, list[float]]] = {
        name: {"cold": [], "warm": [], "full": [], "rate": [], "cold_mib": [], "warm_mib": []}
        for name in codes
    }
    with tempfile.TemporaryDirectory(prefix="bench-refresh-") as tmp:
        root = Path(tmp)
        for run in range(args.runs):  # each checkout right after the other: the same load
            for name, code in codes.items():
                feeds_only_run((root, site, name, code), run, feeds_jobs, results[name])
        for run in range(full_runs):
            for name, code in codes.items():
                full_run((root, site, name, code), run, jobs, results[name])
        threads = [int(t) for t in args.newsboat_threads.split(",") if t.strip()]
        nb = {}
        if not args.no_newsboat:
            nb = newsboat_runs(root, site, args.runs, threads, again=not args.newsboat_cold_only)
    print_medians(results, nb)
    return 0


Target = tuple[Path, Site, str, Path]  # temporary folder, site, a checkout's name, its folder


NewsboatRuns = dict[int, dict[str, list[float]]]  # reload-threads -> series


def newsboat_runs(
    root: Path, site: Site, runs: int, threads_list: list[int], *, again: bool = True
) -> NewsboatRuns:
    """``newsboat -x reload`` cold then (``again``) again, with each reload-threads (if
    installed). It sends no conditional requests: its second run fetches every feed again."""
    nb: NewsboatRuns = {}
    if not shutil.which("newsboat"):
        print("newsboat not found on PATH (apt-get install newsboat): no comparison")
        return nb
    for threads in threads_list:
        series: dict[str, list[float]] = {"cold": [], "warm": [], "cold_mib": []}
        for run in range(runs):
            folder, urls, config = root / f"nb{threads}-{run}", root / "urls", root / f"nb{threads}"
            folder.mkdir()
            urls.write_text("\n".join(site.urls()) + "\n", encoding="utf-8")
            config.write_text(f"reload-threads {threads}\n", encoding="utf-8")
            site.take_hits()
            elapsed, peak = time_newsboat(folder, urls, config)
            series["cold"].append(elapsed)
            series["cold_mib"].append(peak)
            flows = site.take_flows().words(site.feeds)
            cold_hits = dict(site.take_hits())
            series["warm"].append(time_newsboat(folder, urls, config)[0] if again else float("nan"))
            print(f"newsboat reload-threads {threads} #{run + 1}: cold {elapsed:.2f} s, peak {peak:.0f} MiB, "
                  f"server {cold_hits}, {flows}; again {series['warm'][-1]:.2f} s server {dict(site.take_hits())}")  # fmt: skip
        nb[threads] = series
    return nb


def print_medians(results: dict[str, dict[str, list[float]]], nb: NewsboatRuns) -> None:
    """The medians of every series, and the ratios against the baseline and newsboat."""
    print("\nmedians")
    meds = {}
    for name, numbers in results.items():
        med = meds[name] = {k: statistics.median(v) for k, v in numbers.items() if v}
        print(f"  {name} refresh --feeds-only, cold : {med['cold']:.2f} s, peak {med['cold_mib']:.0f} MiB")  # fmt: skip
        print(f"  {name} refresh --feeds-only, 304  : {med['warm']:.2f} s, peak {med['warm_mib']:.0f} MiB")  # fmt: skip
        if "full" in med:
            print(f"  {name} refresh (full)             : {med['full']:.2f} s, {med['rate']:.1f} articles/s")  # fmt: skip
    if "baseline" in meds:
        ours, base = meds["broadsheet"], meds["baseline"]
        print(f"  broadsheet/baseline: cold {ours['cold'] / base['cold']:.2f}x, "
              f"304 {ours['warm'] / base['warm']:.2f}x"
              + (f", full articles/s {ours['rate'] / base['rate']:.2f}x" if "rate" in ours else ""))  # fmt: skip
    for threads, series in nb.items():
        c, w = statistics.median(series["cold"]), statistics.median(series["warm"])
        peak = statistics.median(series["cold_mib"])
        for name, med in meds.items():
            print(f"  newsboat -x reload (reload-threads {threads}): cold {c:.2f} s (peak {peak:.0f} MiB), "
                  f"again {w:.2f} s; {name}/newsboat cold {med['cold'] / c:.2f}x, again {med['warm'] / w:.2f}x")  # fmt: skip


def feeds_only_run(target: Target, run: int, jobs: list[str], into: dict[str, list[float]]) -> None:
    """One cold ``refresh --feeds-only`` in a fresh profile, then the same again (all 304)."""
    root, site, name, code = target
    profile = fresh_profile(root, site, f"{name}-feeds{run}", code)
    site.take_hits()
    elapsed, done = broadsheet(profile, "refresh", "--feeds-only", "--json", *jobs, code=code)
    data = summary_of(done)
    into["cold"].append(elapsed)
    into["cold_mib"].append(LAST_PEAK_MIB[0])
    flows = site.take_flows().words(site.feeds)
    print(f"{name} cold feeds-only #{run + 1}: {elapsed:.2f} s, peak {LAST_PEAK_MIB[0]:.0f} MiB, "
          f"new articles {data.get('new_articles')}, failed {len(data.get('failed') or [])}, "
          f"server {dict(site.take_hits())}, {flows}")  # fmt: skip
    elapsed, done = broadsheet(profile, "refresh", "--feeds-only", "--json", *jobs, code=code)
    data = summary_of(done)
    into["warm"].append(elapsed)
    into["warm_mib"].append(LAST_PEAK_MIB[0])
    flows = site.take_flows().words(site.feeds)
    print(f"{name} again (304)     #{run + 1}: {elapsed:.2f} s, peak {LAST_PEAK_MIB[0]:.0f} MiB, "
          f"not modified {data.get('not_modified')}, server {dict(site.take_hits())}, {flows}")  # fmt: skip


def full_run(target: Target, run: int, jobs: list[str], into: dict[str, list[float]]) -> None:
    """One full refresh (feeds, pages, images) in a fresh profile."""
    root, site, name, code = target
    profile = fresh_profile(root, site, f"{name}-full{run}", code)
    site.take_hits()
    elapsed, done = broadsheet(profile, "refresh", "--json", *jobs, code=code)
    data = summary_of(done)
    count = int(str(data.get("simplified") or 0))
    into["full"].append(elapsed)
    into["rate"].append(count / elapsed)
    print(f"{name} full refresh    #{run + 1}: {elapsed:.2f} s, simplified {count} "
          f"({data.get('simplify_failed')} failed) = {count / elapsed:.1f} articles/s, "
          f"server {dict(site.take_hits())}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
