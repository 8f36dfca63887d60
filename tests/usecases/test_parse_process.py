"""The command line's parsing child (reader.usecases.parse_process): what it answers is what
parse_feed answers here, and a child that dies loses no feed but the one it was parsing.

A fork is refused in a process that runs threads (pytest's servers do), so each case runs in a
fresh interpreter of its own, as the command line does.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import FeedError
from reader.usecases.parse_process import (
    PARSER_STOPPED,
    ParserGone,
    _receive,
    _send,
    second_cpu,
)
from tests.cli.test_e2e_cli import broadsheet
from tests.feedkit import Item, rss, serve_feed
from tests.httpserver import FixtureServer
from tests.pychild import run_python
from tests.usecases.refreshkit import Env

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the parsing child is forked on Linux only"
)

_PRELUDE = r"""
import json, os, signal, sys, threading, time
from datetime import UTC, datetime
from reader.core.feeds.parse import parse_feed
from reader.errors import FeedError
from reader.usecases import parse_process as pp

NOW = datetime(2026, 12, 1, tzinfo=UTC)

def here(body, content_type="application/rss+xml"):
    try:
        return parse_feed(body, "http://example.com/feed", content_type, now=NOW)
    except FeedError as err:
        return ("FeedError", str(err))

def there(future):
    try:
        return future.result(timeout=30)
    except FeedError as err:
        return ("FeedError", str(err))
    except pp.ParserGone:
        return "gone"
"""


def run_script(body: str) -> dict[str, object]:
    """Run ``body`` after the prelude in a fresh interpreter; what it printed as JSON."""
    done = run_python(_PRELUDE + body, timeout=120)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


FEEDS = {
    "rss": rss(
        "Feed",
        [Item("1", "One", "http://example.com/1"), Item("2", "Two", "http://example.com/2")],
    ).encode(),
    # Not well-formed: the fast path declines, feedparser reads it (in the child too).
    "broken": b'<?xml version="1.0"?><rss version="2.0"><channel><title>B &amp; B</title>'
    b"<item><title>Only <b>one</i></title><link>http://example.com/x</link></item>",
    "page": b"<!DOCTYPE html><html><head><title>A page</title></head><body>Hi</body></html>",
    "empty": b"",
    "entities": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel>'
    b"<title>&a;</title></channel></rss>",
    "json": json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "J",
            "items": [{"id": "1", "url": "http://example.com/j1", "content_text": "x"}],
        }
    ).encode(),
}


def test_the_child_answers_what_parse_feed_answers_here() -> None:
    body = f"""
FEEDS = {{k: bytes.fromhex(v) for k, v in {json.dumps({k: v.hex() for k, v in FEEDS.items()})}.items()}}
process = pp.start_parse_process()
assert process is not None
kinds = {{"json": "application/feed+json", "page": "text/html"}}
futures = {{
    name: process.submit(b, "http://example.com/feed", kinds.get(name, "application/rss+xml"), now=NOW)
    for name, b in FEEDS.items()
}}
same = {{
    name: there(f) == here(FEEDS[name], kinds.get(name, "application/rss+xml"))
    for name, f in futures.items()
}}
errors = {{name: there(f)[1] for name, f in futures.items() if isinstance(there(f), tuple)}}
titles = [e.title for e in there(futures["rss"]).entries]
pid = process.pid
process.close()
try:
    os.waitpid(pid, 0)
    reaped = False
except ChildProcessError:
    reaped = True
print(json.dumps({{"same": same, "errors": errors, "titles": titles, "reaped": reaped}}))
"""
    result = run_script(body)
    assert result["same"] == dict.fromkeys(FEEDS, True)
    # The refusals keep their words (they are what the feed's error says).
    errors = result["errors"]
    assert isinstance(errors, dict)
    assert set(errors) == {"page", "empty", "entities"}
    assert result["titles"] == ["One", "Two"]
    assert result["reaped"] is True  # close() waited for the child: no zombie is left


_TROUBLE = """
import reader.core.feeds.parse as parse_module

real = parse_module.parse_feed
def parse_feed(body, *args, **kwargs):
    if body == b"crash":
        os.kill(os.getpid(), signal.SIGKILL)  # as a crash in a C library would end it
    if body == b"stuck":
        time.sleep(3600)
    return real(body, *args, **kwargs)
parse_module.parse_feed = parse_feed  # what the child imports after the fork

FEED = bytes.fromhex(FEED_HEX)
def send(process, body):
    return process.submit(body, "http://example.com/feed", "", now=NOW)
"""


def _trouble(body: str) -> str:
    return f"FEED_HEX = {FEEDS['rss'].hex()!r}\n" + _TROUBLE + body


def test_a_child_that_crashes_on_a_feed_fails_that_feed_alone() -> None:
    """The feed it died on says in words that the parser stopped; the two queued behind it
    are to be parsed here; later ones are refused at once (parsed here too)."""
    body = _trouble("""
process = pp.start_parse_process()
first = there(send(process, FEED)) == here(FEED)
queued = [send(process, b) for b in (b"crash", FEED, FEED)]
answers = [there(f) for f in queued]
try:
    send(process, FEED)
    later = "accepted"
except pp.ParserGone:
    later = "gone"
process.close()
print(json.dumps({"first": first, "answers": answers, "later": later, "words": pp.PARSER_STOPPED}))
""")
    result = run_script(body)
    assert result["first"] is True
    assert result["answers"] == [["FeedError", result["words"]], "gone", "gone"]
    assert result["later"] == "gone"


def test_a_child_killed_between_feeds_blames_none_of_them() -> None:
    """Stopped while it waited for work, three feeds queued, then killed: it was parsing
    none of them, so all three are parsed here."""
    body = _trouble("""
process = pp.start_parse_process()
warm = there(send(process, FEED)) == here(FEED)
os.kill(process.pid, signal.SIGSTOP)
queued = [send(process, FEED) for _ in range(3)]
os.kill(process.pid, signal.SIGKILL)
answers = [there(f) for f in queued]
process.close()
process.close()  # twice: nothing more happens
print(json.dumps({"warm": warm, "answers": answers}))
""")
    assert run_script(body) == {"warm": True, "answers": ["gone", "gone", "gone"]}


def test_a_child_stuck_on_a_feed_is_stopped_and_that_feed_alone_fails() -> None:
    body = _trouble("""
process = pp.start_parse_process()
stuck, behind = send(process, b"stuck"), send(process, FEED)
time.sleep(0.3)
waited = not stuck.done()
process.stop()
answers = [there(stuck), there(behind)]
process.close()
print(json.dumps({"waited": waited, "answers": answers, "words": pp.PARSER_STOPPED}))
""")
    result = run_script(body)
    assert result["waited"] is True
    assert result["answers"] == [["FeedError", result["words"]], "gone"]


def test_an_error_the_parent_could_not_read_back_arrives_in_words() -> None:
    """An exception whose ``__init__`` wants more than its message pickles, yet does not
    unpickle: the child sends its words instead, and goes on with the next feed."""
    body = f"""
import reader.core.feeds.parse as parse_module

class Picky(Exception):
    def __init__(self, message, *, where):
        super().__init__(message)

real = parse_module.parse_feed
def parse_feed(body, *args, **kwargs):
    if body == b"picky":
        raise Picky("picky failure", where="here")
    return real(body, *args, **kwargs)
parse_module.parse_feed = parse_feed  # what the child imports after the fork

FEED = bytes.fromhex({FEEDS["rss"].hex()!r})
process = pp.start_parse_process()
picky = there(process.submit(b"picky", "http://example.com/feed", "", now=NOW))
after = there(process.submit(FEED, "http://example.com/feed", "", now=NOW))
process.close()
print(json.dumps({{"picky": picky, "after": after == here(FEED)}}))
"""
    assert run_script(body) == {"picky": ["FeedError", "picky failure"], "after": True}


def test_no_fork_while_another_thread_runs_or_when_fork_fails() -> None:
    body = """
stop = threading.Event()
thread = threading.Thread(target=stop.wait)
thread.start()
refused = pp.start_parse_process() is None
stop.set()
thread.join()
process = pp.start_parse_process()
started = process is not None
process.close()
real_fork = os.fork
def no_fork():
    raise BlockingIOError(11, "Resource temporarily unavailable")
os.fork = no_fork  # a user at their process limit
before = len(os.listdir("/proc/self/fd"))
failed = pp.start_parse_process() is None
fds = len(os.listdir("/proc/self/fd")) - before
os.fork = real_fork
print(json.dumps({"refused": refused, "started": started, "failed": failed, "fds": fds}))
"""
    result = run_script(body)
    fds = result.pop("fds")
    assert result == {"refused": True, "started": True, "failed": True}
    assert fds == 0  # the failed fork's pipes were closed


@pytest.mark.parametrize("work", [b"", b"stuck"])
def test_the_child_ends_when_its_parent_does(work: bytes) -> None:
    """A parent killed without closing it leaves no parser behind: an idle child reads the
    end of its requests and exits; one stuck in a feed is killed with its parent."""
    body = _trouble(f"""
WORK = {work!r}
r, w = os.pipe()
parent = os.fork()
if parent == 0:
    os.close(r)
    process = pp.start_parse_process()
    if WORK:
        send(process, WORK)
    os.write(w, str(process.pid).encode())
    os.close(w)
    time.sleep(60)
    os._exit(0)
os.close(w)
child = int(os.read(r, 100))
time.sleep(0.3)
os.kill(parent, signal.SIGKILL)
os.waitpid(parent, 0)
for _ in range(300):  # the orphan is reparented; it must go by itself
    try:
        os.kill(child, 0)
    except ProcessLookupError:
        break
    time.sleep(0.05)
else:
    os.kill(child, signal.SIGKILL)
    print(json.dumps({{"ended": False}}))
    sys.exit(0)
print(json.dumps({{"ended": True}}))
""")
    assert run_script(body) == {"ended": True}


class GoneParser:
    """A parsing child that died on the first feed it was given (what ParseProcess answers
    then, without a process to kill: pytest runs threads, so no fork is made here)."""

    def __init__(self) -> None:
        self.given: list[str] = []

    def submit(self, body: bytes, url: str, content_type: str, *, now: datetime) -> Future[Any]:
        self.given.append(url)
        if len(self.given) > 2:
            raise ParserGone
        answer: Future[Any] = Future()
        answer.set_exception(FeedError(PARSER_STOPPED) if len(self.given) == 1 else ParserGone())
        return answer


def test_feeds_are_parsed_here_once_the_child_is_gone(profile: Path, server: FixtureServer) -> None:
    """The feed the child died on fails in words (asked again next time); every other feed,
    queued behind it or fetched later, is parsed in this process and stored."""
    parser = GoneParser()
    env = Env(profile, max_workers=1, parser=parser)  # type: ignore[arg-type]
    try:
        ids = []
        for i in range(5):
            serve_feed(server, f"/g{i}.xml", f"Feed {i}", 2)
            ids.append(env.store.add_feed(server.url(f"/g{i}.xml"), f"Feed {i}").id)
        summary = env.refresher.refresh(simplify=False)
        errors = {r.feed_id: r.error for r in summary.results}
        first = next(i for i in ids if env.store.feed(i).url == parser.given[0])
        assert errors.pop(first) == PARSER_STOPPED
        assert set(errors.values()) == {None}
        assert summary.new_articles == 8
        assert len(parser.given) == 5  # every feed was offered to it first
        again = env.refresher.refresh([first], simplify=False)  # next time it is read
        assert again.new_articles == 2
    finally:
        env.close()


class StuckParser:
    """A parsing child stuck on the second feed it was given, until stopped (then it answers
    as ParseProcess does: that feed failed in words, the ones behind it to be parsed here)."""

    def __init__(self) -> None:
        self.waiting: list[Future[Any]] = []
        self.given = 0
        self.stopped = 0

    def submit(self, body: bytes, url: str, content_type: str, *, now: datetime) -> Future[Any]:
        if self.stopped:
            raise ParserGone
        self.given += 1
        answer: Future[Any] = Future()
        if self.given == 1:
            answer.set_exception(ParserGone())  # (the first is parsed here)
        else:
            self.waiting.append(answer)  # stuck on the second: none is answered
        return answer

    def stop(self) -> None:
        self.stopped += 1
        stuck, *behind = [f for f in self.waiting if not f.done()]
        stuck.set_exception(FeedError(PARSER_STOPPED))
        for answer in behind:
            answer.set_exception(ParserGone())


def test_a_feed_the_child_is_stuck_on_fails_and_the_refresh_goes_on(
    profile: Path, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.usecases.feed_run as feed_run

    monkeypatch.setattr(feed_run, "PARSE_SECONDS", 0.2)
    parser = StuckParser()
    env = Env(profile, max_workers=1, parser=parser)  # type: ignore[arg-type]
    try:
        for i in range(4):
            serve_feed(server, f"/s{i}.xml", f"Feed {i}", 2)
            env.store.add_feed(server.url(f"/s{i}.xml"), f"Feed {i}")
        summary = env.refresher.refresh(simplify=False)
        assert parser.stopped == 1
        assert [r.error for r in summary.results].count(PARSER_STOPPED) == 1
        assert summary.new_articles == 6  # the three others, parsed here
    finally:
        env.close()


@pytest.mark.skipif(not second_cpu(), reason="one CPU: the command line parses here")
def test_the_command_line_parses_many_feeds_in_the_child(
    tmp_path: Path, server: FixtureServer
) -> None:
    """``refresh --feeds-only`` of 100 feeds (a parsing child) stores every one; a web page
    and a broken feed among them keep their words and their fallback."""
    opml = ['<?xml version="1.0"?><opml version="2.0"><body>']
    for i in range(100):
        serve_feed(server, f"/many/{i}.xml", f"Many {i}", 2)
        opml.append(
            f'<outline type="rss" text="Many {i}" xmlUrl="{server.url(f"/many/{i}.xml")}"/>'
        )
    server.add("/many/page.html", FEEDS["page"].decode(), content_type="text/html")
    server.add("/many/broken.xml", FEEDS["broken"].decode(), content_type="application/rss+xml")
    for name in ("page.html", "broken.xml"):
        opml.append(f'<outline type="rss" text="{name}" xmlUrl="{server.url("/many/" + name)}"/>')
    opml.append("</body></opml>")
    (tmp_path / "feeds.opml").write_text("".join(opml), encoding="utf-8")
    profile = tmp_path / "p"
    imported = broadsheet("--profile", str(profile), "import", str(tmp_path / "feeds.opml"))
    assert imported.returncode == 0, imported.stderr
    done = broadsheet("--profile", str(profile), "refresh", "--feeds-only", "--json")
    summary = json.loads(done.stdout)
    assert summary["new_articles"] == 201  # 100 feeds of 2, and the broken one's item
    assert [f["error"] for f in summary["failed"]] == ["not a feed (the server sent a web page)"]
    log = (profile / "log" / "broadsheet.log").read_text(encoding="utf-8")
    assert "[feed-parser]" in log  # the broken feed's feedparser notes come from the child


@pytest.mark.parametrize(("jobs", "child"), [((), second_cpu()), (("--jobs", "1"), False)])
def test_a_small_refresh_parses_in_the_child_unless_one_process_is_asked(
    tmp_path: Path, server: FixtureServer, jobs: tuple[str, ...], child: bool
) -> None:
    serve_feed(server, "/small/ok.xml", "Small", 2)
    server.add("/small/broken.xml", FEEDS["broken"].decode(), content_type="application/rss+xml")
    profile = tmp_path / "p"
    for path in ("/small/ok.xml", "/small/broken.xml"):
        added = broadsheet("--profile", str(profile), "add", server.url(path))
        assert added.returncode == 0, added.stderr
    log_file = profile / "log" / "broadsheet.log"
    log_file.write_text("", encoding="utf-8")
    done = broadsheet("--profile", str(profile), "refresh", "--feeds-only", "--json", *jobs)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["failed"] == []  # both read again ("add" stored them)
    log = log_file.read_text(encoding="utf-8")
    assert "bozo" in log  # feedparser's note on the broken feed, from whichever process
    assert ("[feed-parser]" in log) is child


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=3000) | st.sampled_from([b"", b"x" * 200_000]), max_size=8))
def test_messages_cross_a_pipe_whole_and_in_order(messages: list[bytes]) -> None:
    """The framing the child and its parent talk in: any bytes, empty or larger than the
    pipe's buffer, arrive whole and in order, and the end of the pipe reads as None."""
    read_end, write_end = os.pipe()
    received: list[bytes | None] = []

    def read_all() -> None:
        while True:
            message = _receive(read_end)
            received.append(message)
            if message is None:
                return

    reader = threading.Thread(target=read_all)
    reader.start()
    try:
        for message in messages:
            _send(write_end, message)
    finally:
        os.close(write_end)
        reader.join(timeout=30)
        os.close(read_end)
    assert received == [*messages, None]


def test_a_pipe_that_ends_inside_a_message_is_an_error() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, (100).to_bytes(8, "big") + b"only part")
    os.close(write_end)
    with pytest.raises(EOFError):
        _receive(read_end)
    os.close(read_end)
