"""Refresh speed: 200 generated feeds x 20 items with real-sized article pages on 127.0.0.1.

Usage: python bench/refresh.py [--feeds 200] [--items 20] [--runs 3] [--full-runs 3]
                               [--jobs N] [--feeds-jobs N] [--no-newsboat] [--rules N]

Times, each as a subprocess (``python -m reader``) and as the median of ``--runs``:
- ``broadsheet refresh --feeds-only`` in a fresh profile (cold: every feed is new);
- the same again on that profile (every feed answers 304 Not Modified);
- a full ``broadsheet refresh`` in a fresh profile: feeds, then every article's page (50-100 kB
  of HTML, generated) simplified and its image cached; reported as articles per second;
- when ``newsboat`` is on PATH, ``newsboat -x reload`` on the same feeds (fresh cache, then
  again), and the ratio of Broadsheet's time to newsboat's.
- with ``--rules N``, each full refresh runs twice, in a fresh profile with no rules and in one
  with N filter rules (words and regular expressions over every field, some matching), and the
  ratio of the medians is the rules' cost (issue 11: 50 rules over 10,000 articles, <= 1.20x;
  ``--feeds 200 --items 50 --rules 50``).
The server is this process's own threaded HTTP server; its request counts are printed too.
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
WORDS = [
    "the",
    "council",
    "said",
    "on",
    "tuesday",
    "that",
    "its",
    "plan",
    "for",
    "the",
    "new",
    "bridge",
    "would",
    "cost",
    "more",
    "than",
    "expected",
    "residents",
    "who",
    "live",
    "near",
    "river",
    "have",
    "complained",
    "about",
    "noise",
    "traffic",
    "and",
    "lack",
    "of",
    "consultation",
    "engineers",
    "warned",
    "budget",
    "report",
    "published",
    "after",
    "months",
    "delay",
    "minister",
    "promised",
    "answers",
    "spokesperson",
    "according",
    "to",
    "figures",
    "released",
    "this",
    "week",
    "economy",
    "growth",
    "inflation",
    "rates",
    "markets",
    "school",
    "hospital",
    "station",
    "museum",
    "library",
    "park",
    "election",
    "campaign",
    "voters",
    "survey",
    "results",
]


# -- generated content ---------------------------------------------------------------------
def _sentence(rng: random.Random, low: int = 8, high: int = 24) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize() + "."


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
    """The generated feeds, pages and images, and a threaded server for them."""

    def __init__(self, feeds: int, items: int) -> None:
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

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.feed_bodies = [self._feed(i).encode() for i in range(feeds)]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def _feed(self, i: int) -> str:
        parts = [
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>',
            f"<title>Feed {i}</title><link>{self.base}/</link><description>Feed {i}</description>",
        ]
        for j in range(self.items):
            day = 1 + (j % 28)
            parts.append(
                f"<item><title>Feed {i} story {j}</title><guid>{self.base}/a/{i}/{j}</guid>"
                f"<link>{self.base}/articles/{i}/{j}.html</link>"
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
        return [f"{self.base}/feeds/{i}.xml" for i in range(self.feeds)]

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
def broadsheet(profile: Path, *argv: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = {k: v for k, v in os.environ.items() if k != "BROADSHEET_PROFILE"}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--profile", str(profile), *argv],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=3600,
    )  # fmt: skip
    return time.perf_counter() - start, done


def fresh_profile(root: Path, site: Site, name: str) -> Path:
    profile = root / name
    opml = root / "feeds.opml"
    opml.write_text(site.opml(), encoding="utf-8")
    _, done = broadsheet(profile, "import", str(opml))
    if done.returncode != 0:
        sys.exit(f"import failed: {done.stderr}")
    return profile


def add_rules(profile: Path, count: int) -> None:
    """``count`` rules of every kind into the profile (a few match the bench's articles)."""
    sys.path.insert(0, str(REPO))
    from reader.core.rules import Action, Field, Kind, Rule
    from reader.store.db import Store

    fields = list(Field)
    with Store(profile / "data" / "broadsheet.sqlite3") as store:
        for n in range(count):
            which = fields[n % len(fields)]
            if n % 3 == 2:
                rule = Rule(
                    which, Kind.REGEX, rf"\b(story|item) {n}\b|zz{n}$", frozenset({Action.STAR})
                )
            elif n % 10 == 0:
                rule = Rule(which, Kind.WORDS, f"story {n}", frozenset({Action.TAG}), tag=f"t{n}")
            else:
                rule = Rule(
                    which, Kind.WORDS, f"council word{n}*", frozenset({Action.READ, Action.NOTIFY})
                )
            store.save_rule(rule)


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


def newsboat(root: Path, site: Site, name: str, threads: int) -> tuple[Path, Path, Path]:
    folder = root / name
    folder.mkdir()
    urls = folder / "urls"
    urls.write_text("\n".join(site.urls()) + "\n", encoding="utf-8")
    config = folder / "config"
    config.write_text(f"reload-threads {threads}\n", encoding="utf-8")
    return folder, urls, config


def time_newsboat(folder: Path, urls: Path, config: Path) -> float:
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
    parser.add_argument(
        "--rules", type=int, default=0, help="also time full refreshes with N rules"
    )
    args = parser.parse_args()
    full_runs = args.runs if args.full_runs is None else args.full_runs
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    feeds_jobs = ["--jobs", str(args.feeds_jobs)] if args.feeds_jobs else []

    t0 = time.perf_counter()
    site = Site(args.feeds, args.items)
    sizes = [len(t) for t in site.templates]
    print(
        f"site: {args.feeds} feeds x {args.items} items on {site.base}; pages "
        f"{min(sizes) // 1024}-{max(sizes) // 1024} kB (median {statistics.median(sizes) / 1024:.0f} kB), "
        f"image {len(site.image) // 1024} kB; generated in {time.perf_counter() - t0:.1f} s; "
        f"{os.cpu_count()} CPUs"
    )
    results: dict[str, list[float]] = {
        "cold": [],
        "warm": [],
        "full": [],
        "rate": [],
        "ruled": [],
        "cold_ruled": [],
    }
    with tempfile.TemporaryDirectory(prefix="bench-refresh-") as tmp:
        root = Path(tmp)
        for run in range(args.runs):
            profile = fresh_profile(root, site, f"feeds{run}")
            site.take_hits()
            elapsed, done = broadsheet(profile, "refresh", "--feeds-only", "--json", *feeds_jobs)
            data = summary_of(done)
            results["cold"].append(elapsed)
            print(f"cold feeds-only #{run + 1}: {elapsed:.2f} s, new articles {data.get('new_articles')}, "
                  f"failed {len(data.get('failed') or [])}, server {dict(site.take_hits())}")  # fmt: skip
            if args.rules:  # the rules act while entries are stored: the feeds-only stage
                ruled = fresh_profile(root, site, f"feeds-ruled{run}")
                add_rules(ruled, args.rules)
                site.take_hits()
                took, done = broadsheet(ruled, "refresh", "--feeds-only", "--json", *feeds_jobs)
                results["cold_ruled"].append(took)
                print(f"  with {args.rules} rules #{run + 1}: {took:.2f} s, new articles "
                      f"{summary_of(done).get('new_articles')}")  # fmt: skip
            elapsed, done = broadsheet(profile, "refresh", "--feeds-only", "--json", *feeds_jobs)
            data = summary_of(done)
            results["warm"].append(elapsed)
            print(f"again (304)     #{run + 1}: {elapsed:.2f} s, not modified {data.get('not_modified')}, "
                  f"server {dict(site.take_hits())}")  # fmt: skip
        for run in range(full_runs):
            profile = fresh_profile(root, site, f"full{run}")
            site.take_hits()
            elapsed, done = broadsheet(profile, "refresh", "--json", *jobs)
            data = summary_of(done)
            count = int(str(data.get("simplified") or 0))
            results["full"].append(elapsed)
            results["rate"].append(count / elapsed)
            print(f"full refresh    #{run + 1}: {elapsed:.2f} s, simplified {count} "
                  f"({data.get('simplify_failed')} failed) = {count / elapsed:.1f} articles/s, "
                  f"server {dict(site.take_hits())}")  # fmt: skip
            if args.rules:
                profile = fresh_profile(root, site, f"ruled{run}")
                add_rules(profile, args.rules)
                site.take_hits()
                elapsed, done = broadsheet(profile, "refresh", "--json", *jobs)
                data = summary_of(done)
                results["ruled"].append(elapsed)
                print(f"  with {args.rules} rules #{run + 1}: {elapsed:.2f} s, new articles "
                      f"{data.get('new_articles')}, simplified {data.get('simplified')}")  # fmt: skip
        nb: dict[int, tuple[list[float], list[float]]] = {}
        if not args.no_newsboat and shutil.which("newsboat"):
            for threads in (1, 8):
                cold, warm = [], []
                for run in range(args.runs):
                    folder, urls, config = newsboat(root, site, f"nb{threads}-{run}", threads)
                    site.take_hits()
                    cold.append(time_newsboat(folder, urls, config))
                    cold_hits = dict(site.take_hits())
                    warm.append(time_newsboat(folder, urls, config))
                    print(f"newsboat reload-threads {threads} #{run + 1}: cold {cold[-1]:.2f} s "
                          f"server {cold_hits}; again {warm[-1]:.2f} s server {dict(site.take_hits())}")  # fmt: skip
                nb[threads] = (cold, warm)
        elif not args.no_newsboat:
            print("newsboat not found on PATH (apt-get install newsboat): no comparison")

    med = {k: statistics.median(v) for k, v in results.items() if v}
    print("\nmedians")
    print(f"  broadsheet refresh --feeds-only, cold : {med['cold']:.2f} s")
    print(f"  broadsheet refresh --feeds-only, 304  : {med['warm']:.2f} s")
    if "full" in med:
        print(
            f"  broadsheet refresh (full)             : {med['full']:.2f} s, {med['rate']:.1f} articles/s"
        )
    if "cold_ruled" in med:
        print(f"  broadsheet refresh --feeds-only, cold, {args.rules} rules: {med['cold_ruled']:.2f} s"
              f" = {med['cold_ruled'] / med['cold']:.2f}x")  # fmt: skip
    if "ruled" in med:
        print(f"  broadsheet refresh (full), {args.rules} rules: {med['ruled']:.2f} s = "
              f"{med['ruled'] / med['full']:.2f}x the refresh without rules")  # fmt: skip
    for threads, (cold, warm) in nb.items():
        c, w = statistics.median(cold), statistics.median(warm)
        print(f"  newsboat -x reload (reload-threads {threads}): cold {c:.2f} s, again {w:.2f} s; "
              f"broadsheet/newsboat cold {med['cold'] / c:.2f}x, again {med['warm'] / w:.2f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
