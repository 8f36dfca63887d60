"""The order in which a refresh asks for its feeds: by host, never more at once to one host
than the Fetcher allows (a fetch thread never waits for a host's slot while other hosts are
free), and the hosts in turn as their feeds run out.

A host's feeds are taken together, up to its limit, so its connections are reused feed after
feed while it is busy (with many hosts asked in rotation, the client's pools of connections,
for a few dozen hosts at most, were evicted before a host came round again).

A host starts with one request at a time, and is given its whole limit once it shows it keeps
requests waiting: one fetch of :data:`VERY_SLOW_FETCH` or more (a connection to anywhere past
this network), or a median of :data:`SLOW_FETCH` or more over its last :data:`RECENT` fetches
(a host a few milliseconds away; the median ignores this machine's own stalls). A host that
answers at once keeps one connection busy; more at once only made this process's threads (and
a small server's) take turns for their interpreter lock (bench/refresh.py, 200 feeds on one
loopback host, cold, 7 runs: 0.36 s one at a time, 0.42 s six at a time).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable

from reader.core.models import Feed

SLOW_FETCH = 0.003
"""Seconds: a host whose recent fetches' median takes this long or longer is given its whole
limit. A fetch from this machine takes well under a millisecond, and now and then up to 10 ms
while other threads hold the interpreter (bench/refresh.py, 200 feeds: median 0.65 ms, 99th
percentile 6-10 ms); a host even a few milliseconds away answers slower every time."""

VERY_SLOW_FETCH = 0.05
"""Seconds: one fetch this long gives its host its whole limit at once (a new connection to
a host past this network takes a few round trips)."""

RECENT = 5
"""How many of a host's last fetches its median is taken over (from the third one on)."""


class HostQueue:
    """Feeds waiting for a fetch, handed out per host within ``per_host`` at a time."""

    def __init__(
        self,
        feeds: Iterable[Feed],
        per_host: int,
        host_of: Callable[[str], str],
        *,
        first: int = 1,
    ) -> None:
        """``host_of``: a feed URL's host, as the Fetcher's per-host limit keys it; ``first``:
        requests at a time a host starts with (see :meth:`done` for more)."""
        self._per_host = max(1, per_host)
        self._first = max(1, min(first, self._per_host))
        self._open: dict[str, int] = {}  # requests at a time a host was given, once opened
        self._recent: dict[str, deque[float]] = {}  # a host's last fetches' durations
        self._host_of = host_of
        self._waiting: dict[str, deque[Feed]] = {}  # by host, in the order first seen
        for feed in feeds:
            self._waiting.setdefault(host_of(feed.url), deque()).append(feed)
        self._busy: Counter[str] = Counter()
        self._count = sum(len(queue) for queue in self._waiting.values())

    def __len__(self) -> int:
        """Feeds not yet taken."""
        return self._count

    @property
    def capacity(self) -> int:
        """How many feeds may ever be fetched at once: the per-host limit for each waiting
        host (a host may not have been given all of it yet)."""
        return self._per_host * len(self._waiting)

    def take(self) -> Feed | None:
        """The next feed whose host has a free slot (marked busy), or None when every host
        with waiting feeds is at what it was given (or nothing waits)."""
        for host, queue in self._waiting.items():
            if self._busy[host] < self._open.get(host, self._first):
                feed = queue.popleft()
                if not queue:
                    del self._waiting[host]
                self._busy[host] += 1
                self._count -= 1
                return feed
        return None

    def done(self, feed: Feed, seconds: float = 0.0) -> bool:
        """``feed``'s fetch is over, after ``seconds`` (its network part): its host has a slot
        free again, and all of its limit once it shows it is slow (see the module). Whether
        the host was given more now (waiting threads may take them)."""
        host = self._host_of(feed.url)
        self._busy[host] -= 1
        if self._busy[host] <= 0:
            del self._busy[host]
        if self._open.get(host, self._first) >= self._per_host:
            return False
        recent = self._recent.setdefault(host, deque(maxlen=RECENT))
        recent.append(seconds)
        median = sorted(recent)[len(recent) // 2]
        if seconds < VERY_SLOW_FETCH and (len(recent) < 3 or median < SLOW_FETCH):
            return False
        self._open[host] = self._per_host
        del self._recent[host]
        return True

    def clear(self) -> None:
        """Forget the feeds not yet taken (a cancelled refresh)."""
        self._waiting.clear()
        self._count = 0
