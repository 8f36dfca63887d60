"""The socket watchdog and the address guard under urllib3 (and requests, see
:mod:`reader.net.adapter`).

urllib3's timeouts bound each socket operation, not a whole fetch: a server that sends one byte
(or one header line) per second holds a fetch for as long as it likes. Every fetch therefore
gets a :class:`Watch`: the urllib3 connections it uses register their sockets with it, and one
watchdog thread shuts those sockets down when the fetch's deadline passes, which wakes the
blocked read at once. The same connections check, before connecting and on every request,
that the address they talk to is one the fetch may reach (the check runs on the socket's real
peer, so a DNS answer that changes between our look-up and the connection cannot slip past).

The watch of the fetch running in a thread is found through a thread-local: urllib3 connects,
sends and reads in the caller's thread.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import certifi
from urllib3 import PoolManager
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.ssl_ import create_urllib3_context

from reader.net.addresses import BlockedAddressError, ensure_public_host, is_public, peer_address

log = logging.getLogger(__name__)


def _cut(sock: socket.socket) -> None:
    """Shut a socket down (both ways) so that a read blocked on it in another thread returns."""
    with contextlib.suppress(OSError):
        # The plain socket method, also for an SSLSocket: we want the file descriptor shut,
        # not a TLS close_notify exchange with a server that is stalling us.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class Watch:
    """One fetch's deadline, the sockets it uses, and whether it may reach private addresses."""

    def __init__(self) -> None:
        self.deadline: float | None = None
        """time.monotonic() value after which the fetch is cut; None until started."""
        self.private_ok = True
        """Whether the current hop may connect to loopback/private/link-local addresses."""
        self.peer: str | None = None
        """The address the last request of this fetch was sent to."""
        self.expired = False
        self._done = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def remaining(self) -> float:
        """Seconds left before the deadline (infinite before start, never negative)."""
        if self.deadline is None:
            return float("inf")
        return max(0.0, self.deadline - time.monotonic())

    def attach(self, sock: socket.socket, host: str) -> None:
        """Watch ``sock`` for this fetch; raise BlockedAddressError if its peer is forbidden."""
        address = peer_address(sock)
        if address is not None:
            if not self.private_ok and not is_public(address):
                raise BlockedAddressError(host, address)
            self.peer = address
        with self._lock:
            if self._done:
                return
            if self.expired:
                _cut(sock)
                return
            if not any(known is sock for known in self._sockets):
                self._sockets.append(sock)

    def expire(self) -> None:
        """Called by the watchdog at the deadline: cut every socket of this fetch."""
        with self._lock:
            if self._done:
                return
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _cut(sock)
        log.debug("deadline passed: cut %d socket(s)", len(sockets))

    def finish(self) -> None:
        """The fetch is over: its sockets (maybe back in the pool) must never be cut by it."""
        with self._lock:
            self._done = True
            self._sockets.clear()

    @property
    def done(self) -> bool:
        """Whether the fetch is over (:meth:`finish` was called)."""
        return self._done


COMPACT_AT = 256
"""The watchdog drops finished watches from its heap once it holds this many (or twice what
it kept the last time): a refresh finishes hundreds of fetches long before their deadlines,
and a window in the tray would otherwise hold each one until its deadline passed."""


class Watchdog:
    """One daemon thread that expires watches at their deadlines."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Watch]] = []
        self._compact_at = COMPACT_AT
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def start(self, watch: Watch, seconds: float) -> None:
        """Start ``watch``'s clock: it expires ``seconds`` from now unless finished before."""
        watch.deadline = time.monotonic() + seconds
        with self._cond:
            if len(self._heap) >= self._compact_at:  # amortised: O(1) per start
                self._heap = [entry for entry in self._heap if not entry[2].done]
                heapq.heapify(self._heap)
                self._compact_at = max(COMPACT_AT, 2 * len(self._heap))
            entry = (watch.deadline, next(self._order), watch)
            heapq.heappush(self._heap, entry)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="broadsheet-http-watchdog", daemon=True
                )
                self._thread.start()
            # The thread sleeps until the earliest deadline: it needs waking only when this
            # one is earlier (not for every fetch of a refresh, whose deadlines only grow).
            if self._heap[0] is entry:
                self._cond.notify()

    def waiting(self) -> int:
        """How many watches the heap holds (finished ones until the next compaction)."""
        with self._cond:
            return len(self._heap)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap:
                    self._cond.wait()
                deadline, _, watch = self._heap[0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
            watch.expire()


WATCHDOG = Watchdog()
_local = threading.local()


def current_watch() -> Watch | None:
    """The watch of the fetch running in this thread, if any."""
    return getattr(_local, "watch", None)


@contextlib.contextmanager
def watching(watch: Watch) -> Iterator[Watch]:
    """Make ``watch`` the current thread's watch for the duration of the block."""
    previous = current_watch()
    _local.watch = watch
    try:
        yield watch
    finally:
        _local.watch = previous
        watch.finish()


def _guarded_new_conn(host: str, port: int, make: Callable[[], socket.socket]) -> socket.socket:
    watch = current_watch()
    if watch is not None and not watch.private_ok:
        ensure_public_host(host, port)
    sock = make()
    if watch is not None:
        try:
            watch.attach(sock, host)
        except BlockedAddressError:
            sock.close()
            raise
    return sock


def _attach_current(sock: socket.socket | None, host: str) -> None:
    watch = current_watch()
    if watch is not None and sock is not None:
        watch.attach(sock, host)


class GuardedHTTPConnection(HTTPConnection):
    """An urllib3 connection whose sockets the current fetch's watch knows about."""

    def _new_conn(self) -> socket.socket:
        return _guarded_new_conn(self._dns_host, self.port, super()._new_conn)

    def request(self, *args: Any, **kwargs: Any) -> None:
        """Send a request; a reused socket is checked and watched first."""
        _attach_current(self.sock, self.host)
        super().request(*args, **kwargs)


class GuardedHTTPSConnection(HTTPSConnection):
    """The TLS flavour: the TCP socket is watched while connecting, the TLS one afterwards."""

    def _new_conn(self) -> socket.socket:
        return _guarded_new_conn(self._dns_host, self.port, super()._new_conn)

    def connect(self) -> None:
        """Connect (TCP + TLS), then watch the TLS socket."""
        super().connect()
        _attach_current(self.sock, self.host)

    def request(self, *args: Any, **kwargs: Any) -> None:
        """Send a request; a reused socket is checked and watched first."""
        _attach_current(self.sock, self.host)
        super().request(*args, **kwargs)


class GuardedHTTPPool(HTTPConnectionPool):
    """Pool of guarded plain connections."""

    ConnectionCls = GuardedHTTPConnection


class GuardedHTTPSPool(HTTPSConnectionPool):
    """Pool of guarded TLS connections."""

    ConnectionCls = GuardedHTTPSConnection


def tls_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """urllib3's secure defaults with certificates always verified, against ``ca_bundle`` or
    certifi's bundle (the one requests uses), loaded once (not once per connection).

    A trickled handshake needs no watch of its own: CPython bounds a whole handshake by the
    socket timeout, and the connect timeout of a hop never exceeds the fetch's time left.
    """
    context = create_urllib3_context(cert_reqs=ssl.CERT_REQUIRED)
    context.load_verify_locations(cafile=ca_bundle or certifi.where())
    return context


POOL_CLASSES = {"http": GuardedHTTPPool, "https": GuardedHTTPSPool}
"""The pool classes a guarded pool manager hands out, by scheme."""


class GuardedPools(PoolManager):
    """A urllib3 pool manager of guarded connections: ``hosts`` pools kept, ``per_host``
    connections kept in each (more may open, and close after use), certificates always
    verified, no proxy, no retry.

    The TLS context (``tls``, e.g. :func:`tls_context`) is made when the first https pool is:
    loading the authorities costs ~20 ms, which a refresh of http feeds only never pays.
    """

    def __init__(self, tls: Callable[[], ssl.SSLContext], *, hosts: int, per_host: int) -> None:
        super().__init__(
            num_pools=hosts, maxsize=per_host, block=False, cert_reqs="CERT_REQUIRED",
            retries=False,
        )  # fmt: skip
        self.pool_classes_by_scheme = dict(POOL_CLASSES)
        self._tls = tls
        self._tls_lock = threading.Lock()

    def connection_from_host(
        self,
        host: str | None,
        port: int | None = None,
        scheme: str | None = "http",
        pool_kwargs: dict[str, Any] | None = None,
    ) -> HTTPConnectionPool:
        """The pool for ``host``; an https one gets the TLS context (made now if needed)."""
        if scheme == "https" and "ssl_context" not in self.connection_pool_kw:
            with self._tls_lock:
                if "ssl_context" not in self.connection_pool_kw:
                    self.connection_pool_kw["ssl_context"] = self._tls()
        return super().connection_from_host(host, port, scheme, pool_kwargs)
