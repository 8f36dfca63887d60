"""Refresh speed: 200 generated feeds x 20 items with real-sized article pages on 127.0.0.1.

Usage: python bench/refresh.py [--feeds 200] [--items 20] [--runs 3] [--full-runs 3]
                  [--jobs N] [--feeds-jobs N] [--no-newsboat] [--baseline DIR] [--hosts 1]

Times, each as a subprocess (``python -m reader``) and as the median of ``--runs``:
- ``broadsheet refresh --feeds-only`` in a fresh profile (cold: every feed is new);
- the same again on that profile (every feed answers 304 Not Modified);
- a full refresh in a fresh profile: feeds, every article's page (50-100 kB) simplified and
  its image cached; reported as articles per second;
- ``newsboat -x reload`` on the same feeds when installed (fresh cache, then again); ratios.
The servers are this process's threads; their request counts are printed too.
``--baseline DIR``: the same commands with another checkout's ``reader`` (e.g. ``/work/main``),
each run right after ours, so before/after come from the same minutes of a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = 100
LAST_MODIFIED = "Mon, 05 Oct 2026 10:00:00 GMT"
_WORD_TEXT = (
    "the council said on tuesday that its plan for the new bridge would cost more than "
    "expected residents who live near river have complained about noise traffic and lack "
    "of consultation engineers warned budget report published after months delay "
    "minister promised answers spokesperson according to figures released this week "
    "economy growth inflation rates markets school hospital station museum library park "
    "election campaign voters survey results "
)
WORDS = _WORD_TEXT.split()


def _sentence(rng: random.Random, low: int = 8, high: int = 24) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(low, high))).capitalize() + "."


def _page_template(rng: random.Random) -> str:
    """An article page of 50-100 kB: scripts, styles, navigation, sidebar, comments, footer."""
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))
    style = "".join(f".c{i}{{margin:{i}px;padding:{i % 7}px;color:#{i:06x}}}" for i in range(700))
    script = "var cfg = " + json.dumps({f"k{i}": "x" * 40 for i in range(200)}) + ";"
    paragraphs = "".join(
        f"<p>{' '.join(_sentence(rng) for _ in range(rng.randint(3, 7)))}</p>"
        for _ in range(rng.randint(10, 22))
    )
    related = "".join(
        f'<li><a href="/story/{rng.randint(1, 10**6)}">{_sentence(rng, 5, 9)}</a></li>'
        for _ in range(25)
    )
    comments = "".join(
        f'<div class="comment"><b>user{rng.randint(1, 999)}</b><p>{_sentence(rng)}</p>'
        '<a href="#reply">Reply</a> <a href="#report">Report</a></div>'
        for _ in range(rng.randint(20, 120))
    )
    footer = "".join(f'<a href="/footer/{i}">Footer link {i}</a> ' for i in range(80))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{TITLE}}</title>'
        f"<style>{style}</style><script>{script}</script></head><body>"
        f'<header><div class="logo">Example Daily</div><nav><ul>{nav}</ul></nav></header>'
        '<div class="ad">Advertisement</div><main><article><h1>{{TITLE}}</h1>'
        '<p class="byline">By {{AUTHOR}}</p><figure><img src="{{IMAGE}}" width="640" '
        'height="360" alt="Photo"><figcaption>A photo for this story.</figcaption></figure>'
        f"{paragraphs}</article>"
        '<div class="share"><a href="#fb">Share</a><a href="#tw">Post</a></div>'
        f'<aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside>'
        f'<section class="comments"><h2>Comments</h2>{comments}</section></main>'
        f"<footer>{footer}</footer><script>{script}</script></body></html>"
    )


def _png(width: int, height: int, seed: int) -> bytes:
    """A noisy RGB PNG (noise so that it does not compress to nothing: about 50 kB)."""
    rng = random.Random(seed)
    rows = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # the default 5 resets connections under a burst


class Site:
    """Generated feeds, pages and images, served on ``hosts`` loopback addresses (127.0.0.1, .2..:
    feed i and its pages on host i % hosts; the reader allows 2 requests at a time per host)."""

    def __init__(self, feeds: int, items: int, hosts: int = 1) -> None:
        rng = random.Random(42)
        self.feeds, self.items = feeds, items
        self.templates = [_page_template(rng) for _ in range(TEMPLATES)]
        self.image = _png(150, 110, 7)
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; with Nagle on, the body waits for the
            # client's delayed ACK (40 ms a response on Linux loopback): real servers avoid it.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                site.handle(self)

        self.bases = []
        for host in range(1, hosts + 1):
            httpd = _Server((f"127.0.0.{host}", 0), Handler)
            httpd.daemon_threads = True
            self.bases.append(f"http://127.0.0.{host}:{httpd.server_address[1]}")
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
        self.feed_bodies = [self._feed(i).encode() for i in range(feeds)]

    def _feed(self, i: int) -> str:
        base = self.bases[i % len(self.bases)]
        parts = [
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>',
            f"<title>Feed {i}</title><link>{base}/</link><description>Feed {i}</description>",
        ]
        for j in range(self.items):
            day = 1 + (j % 28)
            parts.append(
                f"<item><title>Feed {i} story {j}</title><guid>{base}/a/{i}/{j}</guid>"
                f"<link>{base}/articles/{i}/{j}.html</link>"
                f"<description>The short summary of story {j} of feed {i}.</description>"
                f"<pubDate>{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][day % 7]}, "
                f"{day:02d} Oct 2026 {j % 24:02d}:00:00 GMT</pubDate></item>"
            )
        parts.append("</channel></rss>")
        return "".join(parts)

    def handle(self, req: BaseHTTPRequestHandler) -> None:
        path = req.path
        parts = path.strip("/").split("/")
        try:
            if parts[0] == "feeds":
                i = int(parts[1].removesuffix(".xml"))
                etag = f'"feed-{i}-v1"'
                if req.headers.get("If-None-Match") == etag or (
                    req.headers.get("If-Modified-Since") == LAST_MODIFIED
                ):
                    self._count("feed 304")
                    return self._send(req, 304, b"", "", {"ETag": etag})
                self._count("feed 200")
                headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
                return self._send(req, 200, self.feed_bodies[i], "application/rss+xml", headers)
            if parts[0] == "articles":
                i, j = int(parts[1]), int(parts[2].removesuffix(".html"))
                page = (
                    self.templates[(i * self.items + j) % TEMPLATES]
                    .replace("{{TITLE}}", f"Feed {i} story {j}")
                    .replace("{{AUTHOR}}", f"Writer {j}")
                    .replace("{{IMAGE}}", f"/images/{i}/{j}.png")
                )
                self._count("page")
                return self._send(req, 200, page.encode(), "text/html; charset=utf-8", {})
            if parts[0] == "images":
                self._count("image")
                return self._send(req, 200, self.image, "image/png", {})
        except (ValueError, IndexError):
            pass
        self._count("404")
        self._send(req, 404, b"not found", "text/plain", {})

    def _count(self, kind: str) -> None:
        with self._lock:
            self.hits[kind] += 1

    @staticmethod
    def _send(
        req: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str, headers: dict[str, str]
    ) -> None:
        try:
            req.send_response(status)
            if ctype:
                req.send_header("Content-Type", ctype)
            for key, value in headers.items():
                req.send_header(key, value)
            req.send_header("Content-Length", str(len(body)))
            req.end_headers()
            if status != 304:
                req.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def urls(self) -> list[str]:
        return [f"{self.bases[i % len(self.bases)]}/feeds/{i}.xml" for i in range(self.feeds)]

    def opml(self) -> str:
        outlines = "".join(
            f'<outline text="Feed {i}" type="rss" xmlUrl="{u}"/>' for i, u in enumerate(self.urls())
        )
        return f'<?xml version="1.0"?><opml version="2.0"><head><title>Bench</title></head><body>{outlines}</body></opml>'

    def take_hits(self) -> Counter[str]:
        with self._lock:
            hits, self.hits = self.hits, Counter()
        return hits


# -- runs ----------------------------------------------------------------------------------
def broadsheet(
    profile: Path, *argv: str, code: Path = REPO
) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = {k: v for k, v in os.environ.items() if k != "BROADSHEET_PROFILE"}
    env["PYTHONPATH"] = str(code)  # the checkout whose code runs, never one on the path by chance
    # As installed: bytecode cached (kept out of the checkout). Without it every run compiled
    # ~140 modules from source, ~0.2 s of a 1 s refresh, which no user ever pays twice.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "broadsheet-bench-pycache")
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--profile", str(profile), *argv],
        capture_output=True, text=True, cwd=code, env=env, timeout=3600,
    )  # fmt: skip
    return time.perf_counter() - start, done


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


def time_newsboat(folder: Path, urls: Path, config: Path) -> float:
    """One ``newsboat -x reload`` with the cache, URL list and config in ``folder``."""
    env = dict(os.environ, HOME=str(folder), XDG_CONFIG_HOME=str(folder), XDG_DATA_HOME=str(folder))
    start = time.perf_counter()
    done = subprocess.run(
        ["newsboat", "-u", str(urls), "-c", str(folder / "cache.db"), "-C", str(config), "-x", "reload"],
        capture_output=True, text=True, env=env, timeout=3600,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        print(f"  newsboat exit {done.returncode}: {(done.stderr or done.stdout).strip()[:300]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--full-runs", type=int, default=None, help="default: --runs")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs of the full refresh")
    parser.add_argument("--feeds-jobs", type=int, default=None, help="--jobs of --feeds-only")
    parser.add_argument("--no-newsboat", action="store_true")
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
        name: {"cold": [], "warm": [], "full": [], "rate": []} for name in codes
    }
    with tempfile.TemporaryDirectory(prefix="bench-refresh-") as tmp:
        root = Path(tmp)
        for run in range(args.runs):  # each checkout right after the other: the same load
            for name, code in codes.items():
                feeds_only_run((root, site, name, code), run, feeds_jobs, results[name])
        for run in range(full_runs):
            for name, code in codes.items():
                full_run((root, site, name, code), run, jobs, results[name])
        nb = newsboat_runs(root, site, args.runs) if not args.no_newsboat else {}
    print_medians(results, nb)
    return 0


Target = tuple[Path, Site, str, Path]  # temporary folder, site, a checkout's name, its folder


def newsboat_runs(root: Path, site: Site, runs: int) -> dict[int, tuple[list[float], list[float]]]:
    """``newsboat -x reload`` cold then again, with 1 and 8 reload threads (if installed)."""
    nb: dict[int, tuple[list[float], list[float]]] = {}
    if not shutil.which("newsboat"):
        print("newsboat not found on PATH (apt-get install newsboat): no comparison")
        return nb
    for threads in (1, 8):
        cold, warm = [], []
        for run in range(runs):
            folder, urls, config = root / f"nb{threads}-{run}", root / "urls", root / f"nb{threads}"
            folder.mkdir()
            urls.write_text("\n".join(site.urls()) + "\n", encoding="utf-8")
            config.write_text(f"reload-threads {threads}\n", encoding="utf-8")
            site.take_hits()
            cold.append(time_newsboat(folder, urls, config))
            cold_hits = dict(site.take_hits())
            warm.append(time_newsboat(folder, urls, config))
            print(f"newsboat reload-threads {threads} #{run + 1}: cold {cold[-1]:.2f} s "
                  f"server {cold_hits}; again {warm[-1]:.2f} s server {dict(site.take_hits())}")  # fmt: skip
        nb[threads] = (cold, warm)
    return nb


def print_medians(
    results: dict[str, dict[str, list[float]]], nb: dict[int, tuple[list[float], list[float]]]
) -> None:
    """The medians of every series, and the ratios against the baseline and newsboat."""
    print("\nmedians")
    meds = {}
    for name, numbers in results.items():
        med = meds[name] = {k: statistics.median(v) for k, v in numbers.items() if v}
        print(f"  {name} refresh --feeds-only, cold : {med['cold']:.2f} s")
        print(f"  {name} refresh --feeds-only, 304  : {med['warm']:.2f} s")
        if "full" in med:
            print(f"  {name} refresh (full)             : {med['full']:.2f} s, {med['rate']:.1f} articles/s")  # fmt: skip
    if "baseline" in meds:
        ours, base = meds["broadsheet"], meds["baseline"]
        print(f"  broadsheet/baseline: cold {ours['cold'] / base['cold']:.2f}x, "
              f"304 {ours['warm'] / base['warm']:.2f}x"
              + (f", full articles/s {ours['rate'] / base['rate']:.2f}x" if "rate" in ours else ""))  # fmt: skip
    for threads, (cold, warm) in nb.items():
        c, w = statistics.median(cold), statistics.median(warm)
        for name, med in meds.items():
            print(f"  newsboat -x reload (reload-threads {threads}): cold {c:.2f} s, again {w:.2f} s; "
                  f"{name}/newsboat cold {med['cold'] / c:.2f}x, again {med['warm'] / w:.2f}x")  # fmt: skip


def feeds_only_run(target: Target, run: int, jobs: list[str], into: dict[str, list[float]]) -> None:
    """One cold ``refresh --feeds-only`` in a fresh profile, then the same again (all 304)."""
    root, site, name, code = target
    profile = fresh_profile(root, site, f"{name}-feeds{run}", code)
    site.take_hits()
    elapsed, done = broadsheet(profile, "refresh", "--feeds-only", "--json", *jobs, code=code)
    data = summary_of(done)
    into["cold"].append(elapsed)
    print(f"{name} cold feeds-only #{run + 1}: {elapsed:.2f} s, new articles {data.get('new_articles')}, "
          f"failed {len(data.get('failed') or [])}, server {dict(site.take_hits())}")  # fmt: skip
    elapsed, done = broadsheet(profile, "refresh", "--feeds-only", "--json", *jobs, code=code)
    data = summary_of(done)
    into["warm"].append(elapsed)
    print(f"{name} again (304)     #{run + 1}: {elapsed:.2f} s, not modified {data.get('not_modified')}, "
          f"server {dict(site.take_hits())}")  # fmt: skip


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
