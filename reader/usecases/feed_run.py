"""The feeds part of a refresh: which feeds are asked, their fetches overlapped in a thread pool
(in the order of :mod:`reader.usecases.feed_queue`: per host, within its limit), each parsed
where it is cheapest, and the finished ones handed to the store step
(:mod:`reader.usecases.feed_store`) a batch at a time.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import cast

from reader.core.models import Feed
from reader.core.parsed import ParsedFeed
from reader.core.redact import redact_url
from reader.core.refresh_results import FeedResult
from reader.core.sniff import feed_type_refused
from reader.net.http import Fetcher, FetchResult, host_of
from reader.store.db import Store
from reader.usecases.feed_lanes import Lanes
from reader.usecases.feed_queue import HostQueue
from reader.usecases.feed_store import FeedStorer, Fetched
from reader.usecases.parse_process import ParseProcess, ParserGone
from reader.usecases.pool import run_cpu
from reader.usecases.subscribe import FEED_ACCEPT, now

log = logging.getLogger(__name__)

Fetching = tuple[FetchResult, ParsedFeed | Future[ParsedFeed] | None, float]
"""What a lane hands over: :data:`Fetched` (its parse maybe still under way in the parsing
process), and the seconds its request took (its host's pace, :class:`HostQueue`)."""

FeedCallback = Callable[[FeedResult, int, int], None]
"""Called after each feed: (its result, feeds done, feeds in all)."""

# Finished feeds are stored together, one commit for up to this many (bench/refresh.py: 200
# feeds x 20 entries stored in 0.19 s instead of 0.46 s one by one), at most this late.
_BATCH_FEEDS = 50
_BATCH_SECONDS = 0.5

PARSE_SECONDS = 60
"""The longest the parsing process may take over one feed (the largest feed we fetch parses in
a second or two); then it is stopped, that feed fails in words, and the others are parsed here."""


class FeedRun:
    """Fetches, parses and stores a list of feeds (one refresh's feeds part)."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        storer: FeedStorer,
        threads: ThreadPoolExecutor,
        *,
        max_workers: int,
        cpu: Executor | None,
        parse_here: bool,
        parser: ParseProcess | None = None,
    ) -> None:
        """``threads`` runs the fetches (in at most ``max_workers`` lanes);
        ``cpu``, the process pool if any, parses what the fast path cannot; ``parse_here``:
        see :class:`reader.usecases.refresh.Refresher`; ``parser``, when given, parses every
        feed (the command line's, :mod:`reader.usecases.parse_process`) while it lives."""
        self._store = store
        self._fetcher = fetcher
        self._storer = storer
        self._threads = threads
        self._max_workers = max_workers
        self._cpu = cpu
        self._parser = parser
        self._here = threading.Lock() if parse_here and cpu is not None else None
        # Without ``parser``, the fast path (about a millisecond a feed) runs in the fetching
        # threads: cheaper than a round trip through the pool's queues and its manager thread
        # (the forked child's plain pipe costs this process a tenth of the parse). Where the
        # GUI thread shares this process (a pool, no ``parse_here``), one feed at a time: the
        # GUI thread then competes for the GIL with one parsing thread, never with sixteen
        # (sixteen at once made the window miss frames: bench/ui_latency.py, 2 gaps over 50 ms,
        # longest 61-96 ms).
        self._fast_lane = threading.Lock() if cpu is not None and not parse_here else None

    def run(
        self,
        feeds: list[Feed],
        results: list[FeedResult],
        new_ids: list[int],
        on_feed: FeedCallback | None,
        stop: threading.Event,
    ) -> None:
        """Refresh ``feeds``: each one's result appended to ``results`` (and told to
        ``on_feed``) once stored, the new articles to simplify to ``new_ids``."""
        feeds = self._skip_held(feeds, results, on_feed)
        self._loop(feeds, results, new_ids, on_feed, stop, total=len(results) + len(feeds))

    def _loop(
        self,
        feeds: list[Feed],
        results: list[FeedResult],
        new_ids: list[int],
        on_feed: FeedCallback | None,
        stop: threading.Event,
        *,
        total: int,
    ) -> None:
        if not feeds:
            return
        lanes: Lanes[Fetching] = Lanes(
            HostQueue(feeds, self._fetcher.per_host, host_of),
            self._fetch_feed,
            stop,
            seconds_of=lambda fetching: fetching[2],
        )
        lanes.start(self._threads, self._max_workers, _BATCH_FEEDS)
        # Stored a batch at a time (one commit), yet soon enough to show progress; the first
        # feed at once, so that progress (and a cancel made on it) starts promptly. Once
        # cancelled, no feed is asked any more and none fetched after the last batch is stored
        # (nor reported): they are asked again next time.
        while True:
            done = lanes.take_done(_BATCH_SECONDS)
            if done:
                ready = [(feed, self._parsed(fetching)) for feed, fetching in done]
                for result in self._storer.store_batch(ready, new_ids):
                    results.append(result)
                    if on_feed is not None:
                        on_feed(result, len(results), total)
            if stop.is_set() or lanes.finished:
                return

    def _skip_held(
        self, feeds: list[Feed], results: list[FeedResult], on_feed: FeedCallback | None
    ) -> list[Feed]:
        """The feeds that may be asked now; those whose server asked us (429/503 Retry-After,
        possibly in an earlier run) to wait are reported in ``results`` without a request."""
        holds = self._store.retry_holds(now())
        if not holds:
            return feeds
        ready = [feed for feed in feeds if feed.id not in holds]
        total = len(feeds)
        for feed in feeds:
            until = holds.get(feed.id)
            if until is None:
                continue
            log.info("not asking %s before %s: its server asked us to wait", feed.url, until)
            result = FeedResult(
                feed.id,
                feed.url,
                feed.title or redact_url(feed.url),
                error=_wait_words(until, now()),
            )
            results.append(result)
            if on_feed is not None:
                on_feed(result, len(results), total)
        return ready

    def _fetch_feed(self, feed: Feed) -> Fetching:
        """In a pool thread: the conditional GET and the parse (or, with a parsing process,
        the parse sent to it). Well-formed RSS/Atom/JSON is parsed here by the fast path; what
        needs feedparser goes to the process pool when there is one (or runs here, one at a
        time, when ``parse_here`` and that lane is free)."""
        # A feed whose address now serves a file (an episode, a PDF) is refused from its
        # headers, in the words subscribing uses, before megabytes of it are read.
        started = time.monotonic()
        fetched = self._fetcher.fetch(
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            accept=FEED_ACCEPT,
            refuse_type=feed_type_refused,
        )
        seconds = time.monotonic() - started
        if fetched.not_modified:
            return fetched, None, seconds
        when = now()
        if self._parser is not None:
            try:  # the lane goes on fetching; the store step waits for the parse
                return (
                    fetched,
                    self._parser.submit(fetched.body, fetched.url, fetched.content_type, now=when),
                    seconds,
                )
            except ParserGone:  # parsed here, as without it
                pass
        return fetched, self._parse(fetched, when), seconds

    def _parse(self, fetched: FetchResult, when: datetime) -> ParsedFeed:
        """Parse a fetched feed in this process: the fast path here, or feedparser (in the
        process pool when there is one)."""
        # Imported here for start-up time: a refresh whose feeds all answer 304 parses nothing
        # and never loads the parsers (lxml, the fast path, the feed vocabulary: ~50 ms).
        from reader.core.feeds.parse import parse_feed, parse_without_feedparser

        with self._fast_lane or contextlib.nullcontext():
            parsed = parse_without_feedparser(
                fetched.body, fetched.url, fetched.content_type, now=when
            )
        if parsed is not None:
            return parsed
        cpu = self._cpu
        if self._here is not None and self._here.acquire(blocking=False):
            cpu = None
        try:
            return run_cpu(
                cpu, parse_feed, fetched.body, fetched.url, fetched.content_type, now=when,
                fast=False,  # the fast path just said no
            )  # fmt: skip
        finally:
            if cpu is None and self._here is not None:
                self._here.release()

    def _parsed(self, fetching: Future[Fetching]) -> Future[Fetched]:
        """In the storing thread: a lane's outcome with its parse done (waited for, when the
        parsing process has it; parsed here when that process went before it could)."""
        if fetching.exception() is not None:
            return cast("Future[Fetched]", fetching)
        fetched, parse, _ = fetching.result()
        done: Future[Fetched] = Future()
        if not isinstance(parse, Future):
            done.set_result((fetched, parse))
            return done
        try:
            done.set_result((fetched, self._answer(parse, fetched)))
        except Exception as err:  # handed over as the lane's own failure would be
            done.set_exception(err)
        return done

    def _answer(self, parse: Future[ParsedFeed], fetched: FetchResult) -> ParsedFeed:
        """The parsing process's answer for ``fetched``, waited for up to PARSE_SECONDS (then
        the process is stopped, and this feed fails in words); parsed here when the process
        went before this feed's turn."""
        try:
            try:
                return parse.result(timeout=PARSE_SECONDS)
            except TimeoutError:  # stuck on a hostile feed: it fails, the rest go on
                log.warning("parsing %s took over %s s; stopping", fetched.url, PARSE_SECONDS)
                assert self._parser is not None  # only its parses are futures
                self._parser.stop()
                return parse.result()
        except ParserGone:
            return self._parse(fetched, now())


def _wait_words(until: datetime, now: datetime) -> str:
    """Why a held feed was not asked, in words (UTC, with the date when it is not today)."""
    until = until.astimezone(UTC)
    when = (
        f"{until:%H:%M}"
        if until.date() == now.astimezone(UTC).date()
        else f"{until:%Y-%m-%d %H:%M}"
    )
    return f"the server asked us to wait until {when} UTC"
