"""A real HTTP server on 127.0.0.1 for tests: routes map a path to a canned or custom response.

server.add("/feed.xml", body=b"...", content_type="application/rss+xml")
server.add("/slow", handler=lambda req: ...)   # req is the BaseHTTPRequestHandler
server.url("/feed.xml") -> "http://127.0.0.1:PORT/feed.xml"
server.hits["/feed.xml"] -> how many requests that path received
server.requests -> list of (path, headers dict) in arrival order
server.add("/big.mp3", body=..., ranges=True)  # answers "Range: bytes=N-" with 206 (resume)
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """A canned response."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None
    ranges: bool = False
    """Answer single-range requests (``bytes=N-`` or ``bytes=N-M``) with 206 or 416."""


_RANGE = re.compile(r"bytes=(\d+)-(\d*)$")


def send_ranged(
    req: BaseHTTPRequestHandler, body: bytes, content_type: str, headers: dict[str, str]
) -> None:
    """Answer ``req`` with ``body``, honouring one ``Range: bytes=N-[M]`` header (206, or 416
    past the end); also usable by custom handlers."""
    match = _RANGE.match((req.headers.get("Range") or "").strip())
    status, extra, part = 200, {"Accept-Ranges": "bytes", **headers}, body
    if match:
        first = int(match.group(1))
        last = min(int(match.group(2)) if match.group(2) else len(body) - 1, len(body) - 1)
        if first >= len(body) or last < first:
            status, part = 416, b""
            extra["Content-Range"] = f"bytes */{len(body)}"
        else:
            status, part = 206, body[first : last + 1]
            extra["Content-Range"] = f"bytes {first}-{last}/{len(body)}"
    req.send_response(status)
    req.send_header("Content-Type", content_type)
    for key, value in extra.items():
        req.send_header(key, value)
    req.send_header("Content-Length", str(len(part)))
    req.end_headers()
    req.wfile.write(part)


class FixtureServer:
    """Threaded HTTP server bound to 127.0.0.1 on a free port."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body are two writes: with Nagle on, the body waits for the client's
            # delayed ACK (40 ms a response on Linux loopback).
            disable_nagle_algorithm = True
            # Headers and body go out in separate writes: with Nagle on, each response above
            # one segment waited ~40 ms for the client's delayed ACK.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                path = self.path
                with outer._lock:
                    outer.hits[path] += 1
                    outer.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
                route = outer.routes.get(path) or outer.routes.get(path.split("?", 1)[0])
                if route is None:
                    self._send(404, b"not found", "text/plain", {})
                    return
                if route.handler is not None:
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        route.handler(self)
                    return
                if route.ranges and route.status == 200:
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        send_ranged(self, route.body, route.content_type, route.headers)
                    return
                self._send(route.status, route.body, route.content_type, route.headers)

            def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str]) -> None:
                try:
                    self.send_response(status)
                    if ctype:
                        self.send_header("Content-Type", ctype)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    if "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        # A short poll interval: stop() waits up to one interval, once per test.
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> FixtureServer:
        """Start serving in a daemon thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        handler: Callable[[BaseHTTPRequestHandler], None] | None = None,
        ranges: bool = False,
    ) -> None:
        """Serve ``body`` (or call ``handler``) at ``path``; ``ranges``: honour Range requests."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, status, content_type, dict(headers or {}), handler, ranges)
