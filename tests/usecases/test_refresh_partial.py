"""A partial answer is never a shorter feed: a 206 to a fetch that sent no Range header, or a
body that ends before its Content-Length (or its last chunk), is an error in words and changes
nothing stored, even when the cut falls between two items and the XML is well-formed."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

import pytest

from reader.errors import FetchError
from tests.feedkit import RSS_TYPE, Item, rss
from tests.httpserver import FixtureServer
from tests.usecases.refreshkit import Env

ITEMS = [Item(guid=f"g{i}", title=f"Story {i}", description=f"Text {i}. " * 40) for i in range(4)]
WHOLE = rss("Partial", ITEMS).encode()
# Well-formed and one item short: a cut between two items that a parser cannot tell.
SHORT = rss("Partial", ITEMS[:1]).encode()


Handler = Callable[[BaseHTTPRequestHandler], None]


def _answer(status: int, headers: dict[str, str], body: bytes) -> Handler:
    """Send ``status``, ``headers`` and ``body`` as they are, then hang up."""

    def handler(req: BaseHTTPRequestHandler) -> None:
        req.send_response(status)
        for key, value in headers.items():
            req.send_header(key, value)
        req.end_headers()
        req.wfile.write(body)
        req.wfile.flush()
        req.close_connection = True

    return handler


def _chunked_without_end(req: BaseHTTPRequestHandler) -> None:
    req.send_response(200)
    req.send_header("Content-Type", RSS_TYPE)
    req.send_header("Transfer-Encoding", "chunked")
    req.end_headers()
    req.wfile.write(b"%x\r\n%s\r\n" % (len(SHORT), SHORT))  # and no "0\r\n\r\n"
    req.wfile.flush()
    req.close_connection = True


_PACKED = gzip.compress(SHORT)
PARTIAL: dict[str, Handler] = {
    "206 with its range": _answer(
        206,
        {
            "Content-Type": RSS_TYPE,
            "Content-Range": f"bytes 0-{len(SHORT) - 1}/{len(WHOLE)}",
            "Content-Length": str(len(SHORT)),
            "ETag": '"partial"',
        },
        SHORT,
    ),
    "206 without Content-Range": _answer(
        206, {"Content-Type": RSS_TYPE, "Content-Length": str(len(SHORT))}, SHORT
    ),
    "Content-Length larger than the body": _answer(
        200, {"Content-Type": RSS_TYPE, "Content-Length": str(len(WHOLE)), "ETag": '"x"'}, SHORT
    ),
    "gzip, Content-Length larger than the body": _answer(
        200,
        {
            "Content-Type": RSS_TYPE,
            "Content-Encoding": "gzip",
            "Content-Length": str(len(_PACKED) + 500),
        },
        _PACKED,
    ),
    "chunked without its last chunk": _chunked_without_end,
}


def _in_words(error: str | None) -> bool:
    return error in (
        "the server sent a partial response (206)",
        "the server closed the connection before the whole response arrived",
    )


@pytest.mark.parametrize("name", sorted(PARTIAL))
def test_a_partial_answer_is_an_error_and_changes_nothing(
    env: Env, server: FixtureServer, name: str
) -> None:
    server.add("/feed.xml", WHOLE, content_type=RSS_TYPE, headers={"ETag": '"whole"'})
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    before = env.store.articles(feed_id=feed.id)
    assert len(before) == 4
    server.add("/feed.xml", handler=PARTIAL[name])
    result = env.refresher.refresh(simplify=False).results[0]
    assert _in_words(result.error), result.error
    assert env.store.articles(feed_id=feed.id) == before
    assert env.store.feed(feed.id).etag == '"whole"'  # a 304 later would keep the cut copy
    # Subscribing to such an answer fails in words too: nothing half is stored.
    server.add("/other.xml", handler=PARTIAL[name])
    with pytest.raises(FetchError) as caught:
        env.refresher.subscribe(server.url("/other.xml"))
    assert _in_words(str(caught.value))
    assert len(env.store.feeds()) == 1


def test_a_206_to_a_range_request_is_still_read(server: FixtureServer, env: Env) -> None:
    """Downloads resume with Range and expect 206; the fetcher's refusal is for feed fetches,
    which never send Range (the fixture's ranged route answers a plain GET with 200)."""
    server.add("/feed.xml", WHOLE, content_type=RSS_TYPE, ranges=True)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    assert len(env.store.articles(feed_id=feed.id)) == 4
