"""The refresh's fetching lanes: every feed fetched once, never more at once to one host than
its limit, failures handed over with the feed, batches after the first one, and a stop that
ends the run with what is done."""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from reader.core.models import Feed
from reader.usecases.feed_lanes import Lanes
from reader.usecases.feed_queue import SLOW_FETCH, HostQueue


def _feeds(count: int, hosts: int) -> list[Feed]:
    return [Feed(id=i, url=f"https://h{i % hosts}.example/{i}.xml", title="") for i in range(count)]


def _host(url: str) -> str:
    return url.split("/")[2]


class Recorder:
    """A fetch that counts how many run at once per host; feed 7 fails."""

    def __init__(self, seconds: float = 0.002) -> None:
        self.seconds = seconds
        self.lock = threading.Lock()
        self.now: Counter[str] = Counter()
        self.most: Counter[str] = Counter()
        self.seen: Counter[int] = Counter()

    def __call__(self, feed: Feed) -> int:
        host = _host(feed.url)
        with self.lock:
            self.now[host] += 1
            self.most[host] = max(self.most[host], self.now[host])
            self.seen[feed.id] += 1
        time.sleep(self.seconds)
        with self.lock:
            self.now[host] -= 1
        if feed.id == 7:
            raise ValueError("broken feed")
        return feed.id * 10


@pytest.mark.parametrize(("hosts", "per_host"), [(1, 3), (4, 2), (30, 6)])
def test_every_feed_once_within_the_host_limit_and_failures_handed_over(
    hosts: int, per_host: int
) -> None:
    feeds = _feeds(60, hosts)
    fetch = Recorder()
    lanes = Lanes(HostQueue(feeds, per_host, _host), fetch, threading.Event())
    handed: list[tuple[Feed, Future[int]]] = []
    sizes = []
    with ThreadPoolExecutor(8) as threads:
        lanes.start(threads, 8, batch=10)
        while not lanes.finished:
            done = lanes.take_done(5.0)
            sizes.append(len(done))
            handed.extend((feed, future) for feed, future in done)
    assert sorted(feed.id for feed, _ in handed) == list(range(60))
    assert set(fetch.seen.values()) == {1}
    assert max(fetch.most.values()) <= per_host
    outcomes = {feed.id: future for feed, future in handed}
    with pytest.raises(ValueError, match="broken feed"):
        outcomes[7].result()
    assert outcomes[3].result() == 30
    assert sizes[0] >= 1 and all(size <= 60 for size in sizes)


@pytest.mark.parametrize(("seconds", "slow"), [(0.0, False), (2 * SLOW_FETCH, True)])
def test_a_host_is_asked_more_at_once_only_while_it_answers_slowly(
    seconds: float, slow: bool
) -> None:
    """A host that answers slowly soon has its limit of requests in flight; one that answers
    at once is asked one feed at a time (a machine stalled for a moment may open one more)."""
    feeds = [feed for feed in _feeds(24, 1) if feed.id != 7]
    fetch = Recorder(seconds)
    lanes = Lanes(HostQueue(feeds, 4, _host), fetch, threading.Event())
    handed = 0
    with ThreadPoolExecutor(8) as threads:
        lanes.start(threads, 8, batch=5)
        while not lanes.finished:
            handed += len(lanes.take_done(5.0))
    assert handed == len(feeds)
    most = fetch.most["h0.example"]
    assert most == 4 if slow else most <= 2


def test_a_stop_ends_the_run_with_what_is_done() -> None:
    feeds = _feeds(40, 1)
    stop = threading.Event()
    started = threading.Event()

    def fetch(feed: Feed) -> int:
        started.set()
        if feed.id >= 2:
            stop.set()
        return feed.id

    lanes = Lanes(HostQueue(feeds, 1, _host), fetch, stop)
    handed = []
    with ThreadPoolExecutor(4) as threads:
        lanes.start(threads, 4, batch=50)
        while not lanes.finished and not stop.is_set():
            handed.extend(lanes.take_done(5.0))
    handed.extend(lanes.take_done(0))
    assert started.is_set() and stop.is_set()
    assert len(handed) < len(feeds)  # the rest were never asked
