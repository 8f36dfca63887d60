"""One requests.Session for every fetch: timeouts, a total deadline, size caps, http(s) only,
conditional GET, per-host limits and Retry-After. Every failure becomes a FetchError in words.

CONTRACT STUB: the net helper replaces the bodies; keep the public names and signatures.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reader import __version__

USER_AGENT = (
    f"Broadsheet/{__version__} (desktop news reader; +https://github.com/broadsheet-reader)"
)
MAX_BYTES = 15 * 1024 * 1024


@dataclass(frozen=True)
class FetchResult:
    """The answer to one GET, after redirects."""

    url: str
    """The final URL (after redirects)."""
    status: int
    """200 or 304 (anything else raised FetchError)."""
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    """Response headers, keys lower-case."""
    etag: str | None = None
    last_modified: str | None = None
    permanent_url: str | None = None
    """Set when every redirect hop was permanent (301/308): the URL to store from now on."""

    @property
    def content_type(self) -> str:
        """The Content-Type header, or ``""``."""
        return self.headers.get("content-type", "")

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional GET."""
        return self.status == 304


class Fetcher:
    """Thread-safe HTTP client shared by the refresh's thread pool."""

    def __init__(
        self,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 20.0,
        deadline: float = 30.0,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = 5,
        per_host: int = 2,
        max_total: int = 16,
        user_agent: str = USER_AGENT,
    ) -> None:
        raise NotImplementedError

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_private: bool = True,
        accept: str | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET ``url``; raises FetchError (GoneError on 410, RetryLaterError on 429/503 or a held host).

        ``allow_private=False`` refuses any hop (the first included) whose host resolves to a
        loopback, private or link-local address (content-derived URLs: article pages, images).
        A public URL that redirects to a private address is always refused.
        """
        raise NotImplementedError

    def close(self) -> None:
        """Close the session's connections."""
        raise NotImplementedError
