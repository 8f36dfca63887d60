"""The order in which a refresh asks for its feeds: by host, never more at once to one host
than the Fetcher allows (a fetch thread never waits for a host's slot while other hosts are
free), and the hosts in turn as their feeds run out.

A host's feeds are taken together, up to its limit, so its connections are reused feed after
feed while it is busy (with many hosts asked in rotation, the client's pools of connections,
16 hosts at most, were evicted before a host came round again).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable

from reader.core.models import Feed


class HostQueue:
    """Feeds waiting for a fetch, handed out per host within ``per_host`` at a time."""

    def __init__(self, feeds: Iterable[Feed], per_host: int, host_of: Callable[[str], str]) -> None:
        """``host_of``: a feed URL's host, as the Fetcher's per-host limit keys it."""
        self._per_host = max(1, per_host)
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
        """How many feeds may be fetched at once: the per-host limit for each waiting host."""
        return self._per_host * len(self._waiting)

    def take(self) -> Feed | None:
        """The next feed whose host has a free slot (marked busy), or None when every host
        with waiting feeds is at its limit (or nothing waits)."""
        for host, queue in self._waiting.items():
            if self._busy[host] < self._per_host:
                feed = queue.popleft()
                if not queue:
                    del self._waiting[host]
                self._busy[host] += 1
                self._count -= 1
                return feed
        return None

    def done(self, feed: Feed) -> None:
        """``feed``'s fetch is over: its host has a slot free again."""
        host = self._host_of(feed.url)
        self._busy[host] -= 1
        if self._busy[host] <= 0:
            del self._busy[host]

    def clear(self) -> None:
        """Forget the feeds not yet taken (a cancelled refresh)."""
        self._waiting.clear()
        self._count = 0
