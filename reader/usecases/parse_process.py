"""A forked child process that parses feeds for the command line's refresh, on a second core.

Why: in one process the fetching threads, the parser and the store step take turns on the GIL,
so a cold refresh used one core (bench/refresh.py: 200 feeds, ~0.5 s of CPU in ~0.5 s). The
parser is a third of that CPU; in a child it runs beside the fetches, and the answer costs the
refresh little (unpickling a parsed feed is about a tenth of parsing it).

Why a fork, and only here: the child starts in a millisecond or two with this process's modules,
and loads the parser itself, so this process never does. A fork is safe only while this process
runs no other thread, so :func:`start_parse_process` is asked before the refresh starts any (the
command line; never the window, whose Qt threads run from the start) and declines otherwise. The
child never touches what it inherits beyond the parser's modules: not the open database (SQLite
connections must not cross a fork), not the log's rollover, not the parent's exit handlers (it
leaves with ``os._exit``). It forks on Linux only (Windows has no ``fork``; macOS's system
libraries are not safe in a forked child, which is why Python's own process pools spawn there);
elsewhere the fetching threads parse as before.

What the child does with a feed is exactly :func:`reader.core.feeds.parse.parse_feed`: the same
size caps, prolog guard and fallback, in the same code. When the child dies (a crash in a C
library on a hostile feed, a kill), the feed it was parsing, if any (it counts the feeds it
starts in a page of memory shared with the parent), fails in words and is asked again at the
next refresh; the feeds queued behind it, and all later ones, are parsed in this process as
before (:class:`ParserGone`). A feed the child takes too long over is failed the same way
(:meth:`ParseProcess.stop`, asked by the store step). The child dies with the parent.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import mmap
import os
import pickle
import signal
import struct
import sys
import threading
from collections import deque
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING

from reader.errors import FeedError

if TYPE_CHECKING:
    from reader.core.parsed import ParsedFeed

log = logging.getLogger(__name__)

_HEADER = struct.Struct("!Q")
_STARTED = struct.Struct("=Q")  # in the shared page: how many feeds the child has started
_PR_SET_PDEATHSIG = 1
_PROTOCOL = pickle.HIGHEST_PROTOCOL

PARSER_STOPPED = "the feed parser stopped while reading this feed (it is asked again next time)"
"""What a feed's result says when the child died while parsing it."""


class ParserGone(Exception):
    """The parsing child is gone: parse in this process instead."""


class ParseProcess:
    """The parent's side of a parsing child: :meth:`submit` sends it a feed.

    Thread-safe: the fetching threads send their feeds in turn, and go on fetching; a thread of
    this object reads the answers (in the order the feeds were sent: the child parses one at a
    time) into their futures, which the store step reads.
    """

    def __init__(self, pid: int, requests: int, answers: int, progress: mmap.mmap) -> None:
        """``requests``: the pipe to the child; ``answers``: the pipe from it; ``progress``:
        memory shared with it, where it counts the feeds it started (see :func:`_serve`)."""
        self._pid = pid
        self._requests = requests
        self._answers = answers
        self._progress = progress
        # Held while a feed is queued and written (a write waits while the child's pipe is
        # full); never by the reader thread while the child runs, so the child can always
        # hand over its answers and go on reading.
        self._sending = threading.Lock()
        self._waiting: deque[Future[ParsedFeed]] = deque()  # in the order sent
        self._answered = 0  # by the reader thread only
        self._gone = False
        self._closed = False
        self._reader = threading.Thread(
            target=self._read_answers, name="broadsheet-parse-answers", daemon=True
        )
        self._reader.start()

    def submit(
        self, body: bytes, url: str, content_type: str, *, now: datetime
    ) -> Future[ParsedFeed]:
        """:func:`reader.core.feeds.parse.parse_feed` in the child, answered in the future:
        what parse_feed returns or raises (FeedError...), FeedError when the child died while
        parsing this feed, ParserGone when it went before this feed's turn. Raises ParserGone
        when it is gone now. Waits only while the child's pipe is full (it reads as fast as it
        parses)."""
        answer: Future[ParsedFeed] = Future()
        frame = _frame(pickle.dumps((body, url, content_type, now), _PROTOCOL))
        with self._sending:
            if self._gone:
                raise ParserGone
            self._waiting.append(answer)  # before it is sent: its answer may come at once
            try:
                _write_all(self._requests, frame)
            except BaseException as err:
                # The child is gone (EPIPE), or a write stopped part way: either way nothing
                # more may be sent, and a frame cut short must never be read as the next one.
                self._gone = True
                self.stop()
                if isinstance(err, OSError):
                    raise ParserGone from None
                raise
        return answer

    def stop(self) -> None:
        """Kill the child (stuck on a feed, or no longer to be trusted); the feed it was
        parsing fails, the others are parsed in this process (see :meth:`submit`)."""
        with contextlib.suppress(OSError):
            os.kill(self._pid, signal.SIGKILL)

    def _read_answers(self) -> None:
        """In the reader thread: hand each answer to its waiting feed, until the child ends."""
        try:
            while True:
                data = _receive(self._answers)
                if data is None:
                    break
                ok, value = pickle.loads(data)
                answer = self._waiting.popleft()
                self._answered += 1
                if ok:
                    answer.set_result(value)
                else:
                    answer.set_exception(value)
        except Exception:  # a torn or impossible answer: the child is no use any more
            log.warning("the feed parsing process answered wrongly", exc_info=True)
            self.stop()  # a write waiting for it now fails
        with self._sending:  # no feed is queued while the waiting ones are told
            self._gone = True
            waiting = list(self._waiting)
            self._waiting.clear()
        if not waiting:
            return
        log.warning("the feed parsing process stopped; parsing in this process")
        # The child counts the feeds it starts: one more than it answered means it stopped
        # inside the next one (a crash on that feed, or a kill while parsing it); else it
        # stopped between feeds, and none of them is to blame.
        if _STARTED.unpack_from(self._progress)[0] > self._answered:
            waiting.pop(0).set_exception(FeedError(PARSER_STOPPED))
        for answer in waiting:
            answer.set_exception(ParserGone())

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self._pid

    def close(self) -> None:
        """End the child (it ends when its requests end) and reap it; once."""
        with self._sending:
            if self._closed:
                return
            self._closed = True
            self._gone = True
            with contextlib.suppress(OSError):
                os.close(self._requests)
        self._reader.join()
        with contextlib.suppress(OSError):
            os.close(self._answers)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)
        self._progress.close()


def second_cpu() -> bool:
    """Whether this process may run on more than one CPU (its affinity where the system says,
    e.g. a container's share): only then does a parsing child run beside it."""
    try:
        return len(os.sched_getaffinity(0)) > 1
    except (AttributeError, OSError):  # no affinity to ask (not Linux)
        return (os.cpu_count() or 1) > 1


def start_parse_process() -> ParseProcess | None:
    """Fork the parsing child, or ``None`` where that is not safe or possible (not Linux;
    another thread already runs in this process; no pipe or fork to be had)."""
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return None
    fds: list[int] = []
    try:
        progress = mmap.mmap(-1, _STARTED.size)  # shared with the child (MAP_SHARED)
        for _ in range(2):
            fds.extend(os.pipe())
        pid = os.fork()
    except OSError as err:
        log.warning("cannot start the feed parsing process: %s", err)
        for fd in fds:
            os.close(fd)
        return None
    to_child_r, to_child_w, to_parent_r, to_parent_w = fds
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(to_child_w)
            os.close(to_parent_r)
            _serve(to_child_r, to_parent_w, progress)
            code = 0
        finally:
            os._exit(code)  # never the parent's clean-up (atexit, its database, its buffers)
    os.close(to_child_r)
    os.close(to_parent_w)
    return ParseProcess(pid, to_child_w, to_parent_r, progress)


def _serve(requests: int, answers: int, progress: mmap.mmap) -> None:
    """The child's loop: parse each feed sent, answer with the parsed feed or the error;
    ``progress`` counts the feeds started (the parent reads it when the child dies)."""
    # Ctrl+C in the terminal goes to the whole process group: the parent decides; the child
    # ends when its requests do, or with the parent (stuck in a feed, it would never read
    # that end, and would hold the profile's lock, inherited with the parent's files).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    # What was made before the fork is never collected here: no finalizer of the parent's
    # (a database cursor left in a cycle) runs in the child, and their pages stay shared.
    gc.freeze()
    from logging.handlers import RotatingFileHandler

    threading.current_thread().name = "feed-parser"  # its log lines say where they come from
    for handler in logging.getLogger().handlers:  # the log file rolls over in the parent only
        if isinstance(handler, RotatingFileHandler):
            handler.maxBytes = 0
    from reader.core.feeds.parse import parse_feed

    started = 0
    while True:
        data = _receive(requests)
        if data is None:
            return
        started += 1
        _STARTED.pack_into(progress, 0, started)
        body, url, content_type, now = pickle.loads(data)
        try:
            out = pickle.dumps((True, parse_feed(body, url, content_type, now=now)), _PROTOCOL)
        except Exception as err:
            out = _error_answer(err)
        _send(answers, out)


def _error_answer(err: Exception) -> bytes:
    """The pickled answer for a parse that raised ``err``: the error itself when the parent
    can read it back (an exception whose ``__init__`` wants more than its message cannot be
    unpickled), else a FeedError with its words."""
    try:
        out = pickle.dumps((False, err), _PROTOCOL)
        pickle.loads(out)
    except Exception:
        out = pickle.dumps((False, FeedError(str(err) or type(err).__name__)), _PROTOCOL)
    return out


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent ends (``PR_SET_PDEATHSIG``); where
    that cannot be asked, the end of the requests pipe still ends it between feeds."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the parent ended before the request was made
            os._exit(1)


def _frame(data: bytes) -> bytes:
    """One message as written: its length, then its bytes."""
    return _HEADER.pack(len(data)) + data


def _write_all(fd: int, frame: bytes) -> None:
    """Write all of ``frame`` (a pipe takes it a part at a time when it is large)."""
    view = memoryview(frame)
    while view:
        view = view[os.write(fd, view) :]


def _send(fd: int, data: bytes) -> None:
    """Write one message: its length, then its bytes."""
    _write_all(fd, _frame(data))


def _receive(fd: int) -> bytes | None:
    """Read one message; ``None`` at the end of the pipe."""
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return None
    (size,) = _HEADER.unpack(header)
    data = _read_exactly(fd, size)
    if data is None:
        raise EOFError("the pipe ended inside a message")
    return data


def _read_exactly(fd: int, size: int) -> bytes | None:
    """``size`` bytes from ``fd``; ``None`` when it ends first (before any byte of a header)."""
    parts = []
    left = size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            if left == size:
                return None
            raise EOFError("the pipe ended inside a message")
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


__all__ = ["PARSER_STOPPED", "ParseProcess", "ParserGone", "second_cpu", "start_parse_process"]
