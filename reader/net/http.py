"""One urllib3 pool manager for every fetch: timeouts, a total deadline, size caps, http(s)
only, conditional GET, per-host limits and Retry-After, and no cookies kept. Every failure
becomes a FetchError in words.

Feeds and pages were fetched with one requests.Session; urllib3 directly does the same GET
(the URL prepared as requests prepared it: :mod:`reader.net.wire`) without requests' import
and its per-request work, a tenth of a ``refresh --feeds-only`` (bench/refresh.py). There is
no cookie jar at all, so no cookie of one feed rides along with another's request.

How the limits are enforced:

- Redirects are followed by hand (``allow_redirects=False``), at most ``max_redirects`` hops,
  and every hop's scheme, host hold and address are checked before it is asked.
- The total deadline is a socket watchdog (:mod:`reader.net.guard`): at the deadline the
  fetch's sockets are shut down, which ends a trickling header or body read at once.
- The body is streamed with urllib3's ``read1(decode_content=True)``, which decompresses
  incrementally and never returns more than it was asked for, so the size cap counts the
  decompressed bytes and a gzip bomb is refused after reading about the cap.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from urllib3 import BaseHTTPResponse, Timeout
from urllib3.util.request import ACCEPT_ENCODING

from reader import __version__
from reader.core.digits import bounded_int
from reader.errors import FetchError, GoneError, RetryLaterError
from reader.net import failures, wire
from reader.net.addresses import BlockedAddressError, is_public
from reader.net.guard import WATCHDOG, GuardedPools, Watch, tls_context, watching
from reader.net.hosts import HostGate

log = logging.getLogger(__name__)

USER_AGENT = (
    f"Broadsheet/{__version__} (desktop news reader; +https://github.com/broadsheet-reader)"
)
MAX_BYTES = 15 * 1024 * 1024
# Requests at a time to one host: what browsers open to one server (RFC 9112 dropped HTTP/1.1's
# old advice of two). Two kept a refresh of many feeds on one host waiting on the network:
# bench/refresh.py, 200 feeds on one address took twice as long, relative to newsboat, as the
# same feeds spread over 50 addresses (0.77x against 0.38x).
PER_HOST = 6
CHUNK = 64 * 1024
ALLOWED_SCHEMES = ("http", "https")
REDIRECTS = (301, 302, 303, 307, 308)
PERMANENT = (301, 308)


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


def _scheme_and_host(url: str) -> tuple[str, str]:
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
    except ValueError as err:
        raise FetchError("not a valid web address", kind="url") from err
    return parts.scheme.lower(), host.lower()


def host_of(url: str) -> str:
    """The host a fetch of ``url`` asks first (lower case; ``""`` for no valid address): the
    key of the per-host limit."""
    try:
        return (urllib.parse.urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _clean_header_value(value: str) -> bool:
    """Whether a stored validator can be sent back as a header (no line breaks, latin-1)."""
    return all(" " <= char <= "\xff" and char != "\x7f" for char in value)


class _Cap(NamedTuple):
    """What a fetch takes: at most ``size`` bytes, of a type ``refuse_type`` does not refuse."""

    size: int
    refuse_type: Callable[[str], str] | None


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
        per_host: int = PER_HOST,
        max_total: int = 16,
        user_agent: str = USER_AGENT,
        ca_bundle: str | None = None,
    ) -> None:
        """Limits: seconds for connecting, for each read and for the whole fetch (redirects
        included); bytes after decompression; redirect hops; requests at a time per host and
        in all. ``ca_bundle``: a PEM file of trusted authorities instead of the default ones
        (tests use it for a local TLS server; verification is never turned off)."""
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self.per_host = per_host
        """Requests at a time to one host."""
        self._gate = HostGate(per_host, max_total)
        # No proxies, .netrc credentials or CA bundles from the environment: what a fetch may
        # reach and send is decided here, the same in every process. No cookie jar: a cookie
        # one feed's tracking pixel sets must never ride along with another feed's requests
        # (issue 9 item 18), not even within one fetch's redirects.
        # Pools for twice as many hosts as fetches at once: a refresh asks a fast host one
        # feed at a time (usecases.feed_queue), so up to ``max_total`` hosts are busy at once,
        # and a host that comes next must not evict a busy one's connections (10,000 feeds
        # on 50 hosts, all 304: 6.2 s with 16 pools, 5.7 s with 32).
        self._pools = GuardedPools(
            lambda: tls_context(ca_bundle), hosts=max(32, 2 * max_total), per_host=max_total
        )

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_private: bool = True,
        accept: str | None = None,
        max_bytes: int | None = None,
        refuse_type: Callable[[str], str] | None = None,
    ) -> FetchResult:
        """GET ``url``; raises FetchError (GoneError on 410, RetryLaterError on 429/503 or a held host).

        ``allow_private=False`` refuses any hop (the first included) whose host resolves to a
        loopback, private or link-local address (content-derived URLs: article pages, images).
        A public URL that redirects to a private address is always refused.
        ``refuse_type`` gets a 2xx answer's Content-Type ("" when none) before its body is
        read; words it returns are the error (a page address serving an episode).
        """
        headers = {
            "User-Agent": self.user_agent,
            "Accept": accept or "*/*",
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        if etag and _clean_header_value(etag):
            headers["If-None-Match"] = etag
        if last_modified and _clean_header_value(last_modified):
            headers["If-Modified-Since"] = last_modified
        cap = _Cap(self.max_bytes if max_bytes is None else max_bytes, refuse_type)
        with watching(Watch()) as watch:
            result = self._follow(url, headers, watch, allow_private, cap)
        if result.not_modified:
            # A 304 need not repeat the validators: keep the ones we sent.
            result = dataclasses.replace(
                result,
                etag=result.etag or etag,
                last_modified=result.last_modified or last_modified,
            )
        return result

    def _follow(
        self, url: str, headers: dict[str, str], watch: Watch, allow_private: bool, cap: _Cap
    ) -> FetchResult:
        current = url
        hops = 0
        permanent = True
        seen_public = False
        while True:
            scheme, host = _scheme_and_host(current)
            if scheme not in ALLOWED_SCHEMES:
                if hops:
                    raise FetchError(
                        f"redirected to an unsupported address ({scheme}:)", kind="scheme"
                    )
                raise FetchError(
                    f"not a web address ({scheme}:); only http and https can be fetched"
                    if scheme
                    else "not a web address",
                    kind="scheme" if scheme else "url",
                )
            if not host:
                raise FetchError("not a valid web address", kind="url")
            self._check_held(host)
            watch.private_ok = allow_private and not seen_public
            with self._gate.slot(host):
                if watch.deadline is None:
                    WATCHDOG.start(watch, self.deadline)
                response = self._send(current, host, headers, watch, redirected=hops > 0)
                with contextlib.ExitStack() as cleanup:
                    cleanup.callback(_discard, response)
                    if watch.peer is not None and is_public(watch.peer):
                        seen_public = True
                    location = response.headers.get("location")
                    if response.status in REDIRECTS and location:
                        hops += 1
                        if hops > self.max_redirects:
                            raise FetchError("too many redirects", kind="redirects")
                        permanent = permanent and response.status in PERMANENT
                        current = self._resolve(current, location)
                        log.debug("%s redirects (%d) to %s", host, response.status, current)
                        continue
                    result = self._answer(response, current, host, watch, cap)
                    if hops and permanent:
                        result = dataclasses.replace(result, permanent_url=current)
                    if not watch.expired:
                        # The body was read to its end: the connection may serve again.
                        cleanup.pop_all()
                        response.release_conn()
                    return result

    def _check_held(self, host: str) -> None:
        until = self._gate.held_until(host, failures.now_utc())
        if until is not None:
            raise RetryLaterError(
                f"{host} asked us to wait; next try after {until:%Y-%m-%d %H:%M} UTC",
                retry_at=until,
            )

    @staticmethod
    def _resolve(current: str, location: str) -> str:
        # http.client reads headers as latin-1; a UTF-8 Location was mangled, undo that.
        with contextlib.suppress(UnicodeError):
            location = location.encode("latin-1").decode("utf-8")
        try:
            return wire.requote_uri(urllib.parse.urljoin(current, location.strip()))
        except (ValueError, UnicodeError) as err:
            raise FetchError("redirected to an invalid address", kind="url") from err

    def _send(
        self, url: str, host: str, headers: dict[str, str], watch: Watch, *, redirected: bool
    ) -> BaseHTTPResponse:
        remaining = watch.remaining()
        if remaining <= 0 or watch.expired:
            raise failures.timed_out()
        timeout = Timeout(
            connect=min(self.connect_timeout, remaining), read=min(self.read_timeout, remaining)
        )
        try:
            target = wire.prepare(url)
            if target.authorization is not None:
                headers = {**headers, "Authorization": target.authorization}
            parts = urllib.parse.urlsplit(target.url)
            pool = self._pools.connection_from_host(
                parts.hostname, port=parts.port, scheme=parts.scheme.lower()
            )
            return pool.urlopen(
                "GET",
                wire.request_uri(target.url),
                headers=headers,
                redirect=False,
                assert_same_host=False,
                preload_content=False,
                decode_content=False,
                retries=False,
                timeout=timeout,
            )
        except BlockedAddressError as err:
            words = "redirected to" if redirected else "refused to fetch"
            raise FetchError(
                f"{words} a local or private address ({err.address})", kind="private"
            ) from None
        except failures.MAPPED as err:
            if watch.expired:
                raise failures.timed_out() from None
            raise failures.map_exception(err, host) from None

    def _answer(
        self, response: BaseHTTPResponse, url: str, host: str, watch: Watch, cap: _Cap
    ) -> FetchResult:
        status = response.status
        # One value a name, repeated headers joined with ", " (as requests gave them).
        headers = {key.lower(): value for key, value in response.headers.itermerged()}
        if status == 410:
            raise GoneError()
        if status in (429, 503):
            self._retry_later(status, host, headers.get("retry-after"))
        if status == 304:
            return FetchResult(
                url=url,
                status=304,
                headers=headers,
                etag=headers.get("etag"),
                last_modified=headers.get("last-modified"),
            )
        if not 200 <= status < 300 or status in (204, 205):
            raise failures.status_error(status)
        if status == 206:
            # A fetch never sends Range, so a 206 is a part of the document, one that may end
            # between two items and parse as a shorter, well-formed feed.
            raise FetchError("the server sent a partial response (206)", kind="partial", status=206)
        if unreadable := failures.unreadable_coding(headers.get("content-encoding", "")):
            raise unreadable
        if cap.refuse_type and (refused := cap.refuse_type(headers.get("content-type", ""))):
            raise FetchError(refused, kind="type")
        body = self._read_body(response, host, watch, cap.size)
        return FetchResult(
            url=url,
            status=status,
            body=body,
            headers=headers,
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
        )

    def _retry_later(self, status: int, host: str, retry_after: str | None) -> None:
        now = failures.now_utc()
        retry_at: datetime | None = failures.parse_retry_after(retry_after, now)
        words = failures.status_words(status)
        if retry_at is None:
            if status == 503:
                raise failures.status_error(status)
            raise RetryLaterError(words, retry_at=None, status=status)
        if retry_at > now:
            self._gate.hold(host, retry_at)
        raise RetryLaterError(
            f"{words}; next try after {retry_at:%Y-%m-%d %H:%M} UTC",
            retry_at=retry_at,
            status=status,
        )

    def _read_body(self, response: BaseHTTPResponse, host: str, watch: Watch, cap: int) -> bytes:
        declared = response.headers.get("content-length", "").strip()
        if declared.isdecimal() and (bounded_int(declared, cap) is None):  # 5,000 digits too
            raise failures.too_large(cap)
        raw = response
        parts: list[bytes] = []
        size = 0
        try:
            while True:
                if watch.expired or watch.remaining() <= 0:
                    raise failures.timed_out()
                chunk = raw.read1(CHUNK, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > cap:
                    raise failures.too_large(cap)
                parts.append(chunk)
        except failures.MAPPED as err:
            if watch.expired:
                raise failures.timed_out() from None
            raise failures.map_exception(err, host) from None
        if watch.expired:
            # The watchdog's shutdown looks like the end of a body without a length.
            raise failures.timed_out()
        if not parts and failures.headers_cut_short(response):
            raise FetchError(
                "the server closed the connection before the whole response arrived",
                kind="connection",
            )
        return b"".join(parts)

    def close(self) -> None:
        """Close the pools' connections."""
        self._pools.clear()


def _discard(response: BaseHTTPResponse) -> None:
    """Close an answer not read to its end, and give its (closed) connection's place back to
    the pool, as requests' Response.close did."""
    response.close()
    response.release_conn()
