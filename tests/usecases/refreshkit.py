"""A Refresher over a fresh profile, with its parts at hand, for the use-case tests."""

from __future__ import annotations

from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.refresh import Refresher


class Env:
    """A Refresher over the profile at ``root`` (its store, cache and fetcher as attributes)."""

    def __init__(self, root: Path, **kwargs: Any) -> None:
        self.store = Store(root / "broadsheet.sqlite3")
        self.cache = ArticleCache(root / "cache")
        self.fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
        self.refresher = Refresher(self.store, self.cache, self.fetcher, **kwargs)

    def close(self) -> None:
        """Close the refresher, the fetcher and the store."""
        self.refresher.close()
        self.fetcher.close()
        self.store.close()


def headers_only(content_type: str, length: int) -> Callable[[BaseHTTPRequestHandler], None]:
    """A server handler that declares a ``length``-byte body of ``content_type`` and sends none
    of it (what a file's headers say before its megabytes)."""

    def handler(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", content_type)
        req.send_header("Content-Length", str(length))
        req.end_headers()
        req.wfile.flush()
        req.close_connection = True

    return handler
