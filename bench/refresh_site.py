"""The site bench/refresh.py refreshes: generated feeds, real-sized article pages and images,
served by this process's threads on one or more loopback addresses (127.0.0.1, .2, ...).

It counts what it serves, and per address how many requests were in flight at once (what the
reader's per-host limit allows), so a bench can show that limits were kept and no feed starved.
"""

from __future__ import annotations

import json
import random
import struct
import threading
import zlib
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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
    feed i and its pages on host i % hosts; the reader limits the requests at a time per host)."""

    def __init__(self, feeds: int, items: int, hosts: int = 1) -> None:
        rng = random.Random(42)
        self.feeds, self.items = feeds, items
        self.templates = [_page_template(rng) for _ in range(TEMPLATES)]
        self.image = _png(150, 110, 7)
        self.hits: Counter[str] = Counter()
        self._flows = Flows()
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
                host = self.server.server_address[0]
                site._flows.begin(str(host))
                try:
                    site.handle(self)
                finally:
                    site._flows.end(str(host))

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
                self._flows.feed(i)
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
        """What was served since the last call, by kind (the flows are reset too)."""
        with self._lock:
            hits, self.hits = self.hits, Counter()
        self._flows = Flows()
        return hits

    def take_flows(self) -> Flows:
        """Requests per address and feed since the last call (call before take_hits)."""
        flows, self._flows = self._flows, Flows()
        return flows


class Flows:
    """Requests per address, the most in flight at once per address, and feeds asked."""

    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        self.most: Counter[str] = Counter()
        self.feeds: Counter[int] = Counter()
        self._now: Counter[str] = Counter()
        self._lock = threading.Lock()

    def begin(self, host: str) -> None:
        with self._lock:
            self.requests[host] += 1
            self._now[host] += 1
            self.most[host] = max(self.most[host], self._now[host])

    def end(self, host: str) -> None:
        with self._lock:
            self._now[host] -= 1

    def feed(self, index: int) -> None:
        with self._lock:
            self.feeds[index] += 1

    def words(self, feeds: int) -> str:
        """One line: feeds asked (each once?), requests per address, most in flight at once."""
        if not self.requests:
            return "no requests"
        per_host = self.requests.values()
        once = all(self.feeds[i] == 1 for i in range(feeds))
        return (
            f"feeds asked {len(self.feeds)}/{feeds} ({'each once' if once else 'NOT each once'}), "
            f"{len(self.requests)} addresses, {min(per_host)}-{max(per_host)} requests each, "
            f"at most {max(self.most.values())} at once on one address"
        )
