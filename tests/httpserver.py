"""A real HTTP server on 127.0.0.1 for tests: routes map a path to a canned or custom response.

server.add("/feed.xml", body=b"...", content_type="application/rss+xml")
server.add("/slow", handler=lambda req: ...)   # req is the BaseHTTPRequestHandler
server.url("/feed.xml") -> "http://127.0.0.1:PORT/feed.xml"
server.hits["/feed.xml"] -> how many requests that path received
server.requests -> list of (path, headers dict) in arrival order
"""

from __future__ import annotations

import contextlib
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
    ) -> None:
        """Serve ``body`` (or call ``handler``) at ``path``."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, status, content_type, dict(headers or {}), handler)
