"""The fetch deadline's watchdog holds only what it still has to watch: finished fetches leave
its heap well before their deadlines (a window in the tray refreshes hundreds of feeds and
pages every few minutes), while unfinished ones are still cut on time."""

from __future__ import annotations

import time

from reader.net.guard import COMPACT_AT, Watch, Watchdog


def test_finished_watches_are_dropped_and_unfinished_ones_still_expire() -> None:
    dog = Watchdog()
    pending = [Watch() for _ in range(5)]
    for watch in pending:
        dog.start(watch, 0.5)
    for _ in range(10 * COMPACT_AT):  # ten big refreshes' worth, all finished at once
        watch = Watch()
        dog.start(watch, 60.0)
        watch.finish()
    assert dog.waiting() < COMPACT_AT
    deadline = time.monotonic() + 10
    while not all(w.expired for w in pending) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert all(w.expired for w in pending)


def test_a_shorter_deadline_started_after_longer_ones_still_expires_on_time() -> None:
    """The watchdog thread is woken only for a deadline earlier than all it holds: one that
    comes after long ones must be such a wake-up, or it would expire a minute late."""
    dog = Watchdog()
    for _ in range(3):
        dog.start(Watch(), 60.0)
    time.sleep(0.05)  # the thread now sleeps until the first of those (a minute)
    short = Watch()
    dog.start(short, 0.2)
    deadline = time.monotonic() + 10
    while not short.expired and time.monotonic() < deadline:
        time.sleep(0.02)
    assert short.expired
    late = Watch()
    dog.start(late, 30.0)  # later than the earliest: no wake-up needed, and none harms
    assert not late.expired
