"""HostQueue: feeds handed out per host, never more at once to one host than its limit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.models import Feed
from reader.net.http import host_of
from reader.usecases.feed_queue import SLOW_FETCH, VERY_SLOW_FETCH, HostQueue


def _feeds(hosts: list[str]) -> list[Feed]:
    return [Feed(id=i, url=f"https://{host}/f{i}.xml", title="") for i, host in enumerate(hosts)]


def test_a_busy_host_gives_way_to_the_next_and_its_feeds_come_together() -> None:
    feeds = _feeds(["a", "b", "a", "c", "a", "b"])
    queue = HostQueue(feeds, 2, host_of, first=2)
    taken = [queue.take() for _ in range(5)]
    # a's two slots first (its feeds together), then b's and c's; a's third waits for a slot
    assert [f.id if f else None for f in taken] == [0, 2, 1, 5, 3]
    assert queue.take() is None and len(queue) == 1
    queue.done(feeds[2])
    last = queue.take()
    assert last is not None and last.id == 4
    assert not queue


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), max_size=40),
    st.integers(1, 4),
    st.lists(
        st.tuples(st.integers(0, 10), st.sampled_from([0.0001, SLOW_FETCH, VERY_SLOW_FETCH])),
        max_size=80,
    ),
    st.integers(1, 4),
)
def test_every_feed_is_taken_once_within_the_limit(
    hosts: list[str], per_host: int, finishes: list[tuple[int, float]], first: int
) -> None:
    feeds = _feeds(hosts)
    queue = HostQueue(feeds, per_host, host_of, first=first)
    running: list[Feed] = []
    taken: list[int] = []
    steps = iter(finishes)
    while queue or running:
        feed = queue.take()
        if feed is not None:
            running.append(feed)
            taken.append(feed.id)
        else:
            assert running  # nothing may wait while no fetch runs
            which, seconds = next(steps, (0, 0.0))
            queue.done(running.pop(which % len(running)), seconds)  # any, after a while
        busy = [host_of(f.url) for f in running]
        assert all(busy.count(h) <= per_host for h in busy)
    assert sorted(taken) == [f.id for f in feeds]


def test_capacity_is_the_limit_of_every_host_with_feeds_waiting() -> None:
    queue = HostQueue(_feeds(["a", "a", "b", "c", "c", "c"]), 2, host_of, first=2)
    assert queue.capacity == 6
    taken = [queue.take() for _ in range(3)]
    assert all(feed is not None for feed in taken)
    assert queue.capacity == 2  # only "c" has feeds left waiting


def _take_all(queue: HostQueue) -> list[Feed]:
    taken = []
    while (feed := queue.take()) is not None:
        taken.append(feed)
    return taken


def test_a_host_a_few_milliseconds_away_gets_its_limit_from_its_third_fetch() -> None:
    """One at a time to start with; fast answers keep it so, and so does one stall among
    them (the median ignores it); a median of SLOW_FETCH over its recent fetches opens the
    host's whole limit."""
    queue = HostQueue(_feeds(["a"] * 20), 3, host_of)
    fast = SLOW_FETCH / 10
    steps = [(fast, False)] * 5 + [
        (VERY_SLOW_FETCH / 2, False),  # one stall among fast answers
        (SLOW_FETCH, False),  # two slow of the last five: the median is still fast
        (SLOW_FETCH * 2, True),  # three: the host is a few milliseconds away
    ]
    for seconds, opened in steps:
        (feed,) = _take_all(queue)
        assert queue.done(feed, seconds) is opened
    assert len(_take_all(queue)) == 3
    assert queue.take() is None  # three in flight: the limit


def test_one_very_slow_fetch_opens_the_hosts_limit_at_once() -> None:
    queue = HostQueue(_feeds(["a"] * 10), 4, host_of)
    (feed,) = _take_all(queue)
    assert queue.done(feed, VERY_SLOW_FETCH) is True
    taken = _take_all(queue)
    assert len(taken) == 4
    assert [queue.done(feed, 1.0) for feed in taken] == [False] * 4  # nothing more to give
    assert len(_take_all(queue)) == 4


def test_one_slow_host_does_not_open_another() -> None:
    queue = HostQueue(_feeds(["a", "a", "b", "b"]), 4, host_of)
    a, b = queue.take(), queue.take()
    assert a is not None and b is not None and queue.take() is None
    assert queue.done(a, VERY_SLOW_FETCH) is True
    assert queue.done(b, SLOW_FETCH / 10) is False
    taken = [queue.take(), queue.take(), queue.take()]
    assert [host_of(f.url) if f else None for f in taken] == ["a", "b", None]
