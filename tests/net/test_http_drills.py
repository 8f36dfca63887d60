"""Broken HTTP answers, written byte by byte: every one ends in a fetched body or a message in
words (never a library's class name such as "network error (InvalidHeader)", which two
different Content-Length headers gave)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.errors import FetchError
from reader.net.http import Fetcher
from tests.httpserver import FixtureServer
from tests.props import PROPERTY

BODY = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
CLASS_NAME = re.compile(r"\b[A-Z][a-z]+[A-Z][a-z]+\w*\b|Error\b|Exception\b")  # not "MiB"

STATUS = st.sampled_from(
    [b"HTTP/1.1 200 OK", b"HTTP/1.1 299 X", b"HTTP/1.1 999 X", b"HTTP/1.1 000 X", b"HTTP/1.0 200",
     b"HTTP/1.1 304 Not Modified", b"HTTP/1.1 302 Found", b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK",
     b"HTTP/2 200", b"ICY 200 OK", b"HTTP/1.1 200 OK\x00", b""]
)  # fmt: skip
HEADER = st.sampled_from(
    [b"Content-Length: %d" % len(BODY), b"Content-Length: 3", b"Content-Length: -1",
     b"Content-Length: 99999999999999999999", b"Content-Length: x", b"Transfer-Encoding: chunked",
     b"Transfer-Encoding: gzip", b"Content-Encoding: gzip", b"Content-Encoding: br",
     b"Content-Encoding: zstd", b"Content-Encoding: deflate, gzip", b"Content-Encoding: x-foo",
     b"Content-Type: application/rss+xml; charset=x-none", b"Content-Type: ", b"Location: ",
     b"Location: /\xff\xfe", b"Location: http://[::1", b"Location: javascript:x", b"Location: //",
     b"ETag: \x01", b"Last-Modified: \x7f", b"Retry-After: 1e400", b"Retry-After: -1",
     b"no colon here", b" folded: continuation", b"X: " + b"a" * 70000, b"Set-Cookie: =; Max-Age=x",
     b"Content-Range: bytes */x", b"Connection: close"]
)  # fmt: skip


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    client = Fetcher(connect_timeout=2, read_timeout=1, deadline=2)
    try:
        yield client
    finally:
        client.close()


def _raw(answer: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    def handler(req: BaseHTTPRequestHandler) -> None:
        req.wfile.write(answer)
        req.wfile.flush()
        req.close_connection = True

    return handler


def _outcome(fetcher: Fetcher, server: FixtureServer, answer: bytes) -> str:
    server.add("/raw", handler=_raw(answer))
    try:
        fetcher.fetch(server.url("/raw"))
    except FetchError as err:
        return str(err)
    return ""


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nContent-Length: 3\r\n\r\n" % len(BODY) + BODY,
        b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ],
)
def test_conflicting_lengths_are_a_broken_response(
    fetcher: Fetcher, server: FixtureServer, answer: bytes
) -> None:
    message = _outcome(fetcher, server, answer)
    assert message and not CLASS_NAME.search(message), message


@PROPERTY
@given(STATUS, st.lists(HEADER, max_size=5), st.sampled_from([BODY, b"", b"zz\r\nab", BODY[:9]]))
def test_property_a_broken_answer_is_told_in_words(
    fetcher: Fetcher, server: FixtureServer, status: bytes, headers: list[bytes], body: bytes
) -> None:
    answer = b"\r\n".join([status, *headers]) + b"\r\n\r\n" + body
    message = _outcome(fetcher, server, answer)
    assert not CLASS_NAME.search(message), (answer[:300], message)


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, br", "BR"])
def test_a_compression_we_cannot_undo_is_said_in_words(
    fetcher: Fetcher, server: FixtureServer, coding: str
) -> None:
    """We ask for gzip and deflate only. Before, a body in another compression (a brotli bomb
    included: it is never expanded) reached the parsers as it came and a feed said 'not a
    feed', a page 'not a web page (a binary file)'."""
    server.add("/feed.xml", b"\x1b\x00\xf8\xff" * 40, headers={"Content-Encoding": coding})
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/feed.xml"))
    cannot = coding.split(",")[-1].strip().lower()
    assert str(caught.value) == (
        f"the server compressed its answer in a way we cannot read ({cannot})"
    )


@pytest.mark.parametrize("coding", ["utf-8", "none", "text", "identity", "x-foo"])
def test_a_content_encoding_that_is_no_compression_leaves_the_body_as_it_came(
    fetcher: Fetcher, server: FixtureServer, coding: str
) -> None:
    """Misconfigured servers send 'Content-Encoding: utf-8' or 'none' with a plain body."""
    server.add("/feed.xml", BODY, headers={"Content-Encoding": coding})
    assert fetcher.fetch(server.url("/feed.xml")).body == BODY


@pytest.mark.parametrize("length", ["9" * 5000, "0" * 5000 + "5"])
def test_a_content_length_of_any_digits_is_said_in_words(
    fetcher: Fetcher, server: FixtureServer, length: str
) -> None:
    """urllib3 and http.client ignore a Content-Length int() cannot read (over 4,300 digits);
    our size check then called int() on it and the fetch ended in 'internal error'."""
    answer = f"HTTP/1.1 200 OK\r\nContent-Length: {length}\r\n\r\n".encode() + BODY
    outcome = _outcome(fetcher, server, answer)
    assert outcome in ("", "response too large (over 15 MiB)") or not CLASS_NAME.search(outcome)
