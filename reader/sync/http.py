"""HTTP for sync protocols, under the same rules as every other fetch (:mod:`reader.net`).

The feed Fetcher only GETs; the sync protocols also POST forms and send credentials. This
session is built from the same parts: the guarded adapter (TLS always verified, every socket
under the fetch's deadline watchdog), the same size cap read incrementally, and the same
mapping of library errors to words. Its own rules on top:

- ``https://`` always; ``http://`` only to this machine (loopback) or with ``allow_insecure``,
  because a password sent in clear over a network can be read by anyone on the path.
- Redirects are not followed: a redirected POST would lose its form (or, worse, carry the
  credentials to another host). The server's new address is named in the error instead.
- Nothing of a request's body, headers or query is logged: they carry passwords and tokens.
"""

from __future__ import annotations

import ipaddress
import logging
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import requests

from reader import __version__
from reader.errors import FetchError
from reader.net import failures
from reader.net.adapter import GuardedAdapter
from reader.net.guard import WATCHDOG, Watch, watching
from reader.sync.errors import InsecureAddressError, ProtocolError, ServerUnreachableError

log = logging.getLogger(__name__)

USER_AGENT = f"Broadsheet/{__version__} (desktop news reader; sync)"
MAX_BYTES = 64 * 1024 * 1024
"""An id list of 100,000 items or a batch of long articles stays well under this."""
CHUNK = 64 * 1024

Form = Sequence[tuple[str, str]] | Mapping[str, str]


@dataclass(frozen=True)
class ApiResponse:
    """A server's answer: status, headers (keys lower-case) and the whole body."""

    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The body as UTF-8 text (undecodable bytes replaced)."""
        return self.body.decode("utf-8", "replace")


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (no DNS look-up: a name is not enough)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str, *, allow_insecure: bool = False) -> str:
    """The server address without a trailing slash; raises InsecureAddressError or
    ProtocolError (in words) for an address we must not send credentials to."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError as err:
        raise ProtocolError(f"not a valid server address: {url!r}") from err
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        raise ProtocolError(f"not a web address (http or https): {url!r}")
    if parts.username or parts.password:
        raise ProtocolError("put the user name and password in their own fields, not the address")
    if scheme == "http" and not allow_insecure and not is_loopback_host(host):
        raise InsecureAddressError(
            f"{host} is reached over plain http, where the password can be read on the way;"
            " use https, or allow the insecure connection explicitly"
        )
    return urllib.parse.urlunsplit((scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def _unreachable(err: FetchError, host: str) -> ServerUnreachableError:
    return ServerUnreachableError(f"cannot reach the server {host}: {err}")


class ApiSession:
    """A guarded requests session for one sync server; thread-safe for parallel requests."""

    def __init__(
        self,
        base_url: str,
        *,
        allow_insecure: bool = False,
        deadline: float = 60.0,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        max_bytes: int = MAX_BYTES,
        ca_bundle: str | None = None,
    ) -> None:
        """``base_url``: the server's API address; the limits as in :class:`reader.net.http.Fetcher`
        (``deadline`` bounds one whole request)."""
        self.base_url = check_server_url(base_url, allow_insecure=allow_insecure)
        self.host = urllib.parse.urlsplit(self.base_url).hostname or ""
        self.deadline = deadline
        self.timeouts = (connect_timeout, read_timeout)
        self.max_bytes = max_bytes
        session = requests.Session()
        # Nothing from the environment (proxies, .netrc passwords, CA bundles).
        session.trust_env = False
        session.verify = True
        adapter = GuardedAdapter(ca_bundle=ca_bundle, pool_maxsize=8, max_retries=0)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.headers.clear()
        self._session = session

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Form | str | None = None,
        form: Form | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ApiResponse:
        """Send one request to ``base_url + path``; any status comes back (the protocol judges
        it), except redirects (ProtocolError). Network failures raise ServerUnreachableError."""
        url = self.base_url + path
        if query:
            url += "?" + (query if isinstance(query, str) else urllib.parse.urlencode(query))
        sent = {"User-Agent": USER_AGENT, "Accept": "*/*", **(headers or {})}
        with watching(Watch()) as watch:
            WATCHDOG.start(watch, self.deadline)
            try:
                response = self._session.request(
                    method,
                    url,
                    data=form if form is None or isinstance(form, Mapping) else list(form),
                    headers=sent,
                    stream=True,
                    allow_redirects=False,
                    timeout=self.timeouts,
                )
            except failures.MAPPED as err:
                if watch.expired:
                    raise _unreachable(failures.timed_out(), self.host) from None
                raise _unreachable(failures.map_exception(err, self.host), self.host) from None
            try:
                return self._answer(response, watch)
            finally:
                response.close()

    def _answer(self, response: requests.Response, watch: Watch) -> ApiResponse:
        status = response.status_code
        headers = {key.lower(): value for key, value in response.headers.items()}
        if 300 <= status < 400 and status != 304:
            where = headers.get("location", "")
            raise ProtocolError(
                f"the server sent us elsewhere ({failures.status_words(status)}"
                + (f" to {where[:200]}" if where else "")
                + "); check the server address"
            )
        body = self._read(response, watch)
        log.debug("%s %s -> %d (%d bytes)", response.request.method, self.host, status, len(body))
        return ApiResponse(status, body, headers)

    def _read(self, response: requests.Response, watch: Watch) -> bytes:
        parts: list[bytes] = []
        size = 0
        try:
            while True:
                if watch.expired or watch.remaining() <= 0:
                    raise failures.timed_out()
                chunk = response.raw.read1(CHUNK, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_bytes:
                    raise ProtocolError(
                        f"the server's answer is too large (over {self.max_bytes >> 20} MiB)"
                    )
                parts.append(chunk)
        except FetchError as err:
            raise _unreachable(err, self.host) from None
        except failures.MAPPED as err:
            if watch.expired:
                raise _unreachable(failures.timed_out(), self.host) from None
            raise _unreachable(failures.map_exception(err, self.host), self.host) from None
        if watch.expired:
            raise _unreachable(failures.timed_out(), self.host)
        return b"".join(parts)

    def close(self) -> None:
        """Close the connections."""
        self._session.close()
