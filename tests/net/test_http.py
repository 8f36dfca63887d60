"""The Fetcher against the real loopback server: statuses, redirects, conditional GET,
Retry-After holds, per-host limits, headers sent (RELIABILITY.md rows N1, N2, N6)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

import pytest

from reader import __version__
from reader.errors import FetchError, GoneError, RetryLaterError
from reader.net.http import PER_HOST, USER_AGENT, Fetcher, FetchResult
from tests.httpserver import FixtureServer


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    """A Fetcher with short limits, so a failing test fails fast."""
    client = Fetcher(connect_timeout=2, read_timeout=1, deadline=3)
    try:
        yield client
    finally:
        client.close()


def _fails(fetcher: Fetcher, url: str, **kwargs: object) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_plain_get_returns_body_headers_and_final_url(
    server: FixtureServer, fetcher: Fetcher
) -> None:
    server.add("/feed.xml", b"<rss/>", content_type="application/rss+xml")
    result = fetcher.fetch(server.url("/feed.xml"))
    assert result == FetchResult(
        url=server.url("/feed.xml"), status=200, body=b"<rss/>", headers=result.headers
    )
    assert result.content_type == "application/rss+xml"
    assert result.permanent_url is None
    assert not result.not_modified


def test_user_agent_accept_and_encoding_are_sent(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/feed.xml", b"<rss/>")
    fetcher.fetch(server.url("/feed.xml"), accept="application/rss+xml")
    sent = server.requests[-1][1]
    assert sent["user-agent"] == USER_AGENT
    assert sent["user-agent"].startswith(f"Broadsheet/{__version__} ")
    assert sent["accept"] == "application/rss+xml"
    assert "gzip" in sent["accept-encoding"]
    assert "if-none-match" not in sent
    assert "if-modified-since" not in sent


def test_etag_and_last_modified_are_returned(server: FixtureServer, fetcher: Fetcher) -> None:
    stamp = "Wed, 25 Nov 2026 10:00:00 GMT"
    server.add("/feed.xml", b"<rss/>", headers={"ETag": '"v1"', "Last-Modified": stamp})
    result = fetcher.fetch(server.url("/feed.xml"))
    assert (result.etag, result.last_modified) == ('"v1"', stamp)


def test_conditional_get_sends_validators_and_maps_304(
    server: FixtureServer, fetcher: Fetcher
) -> None:
    stamp = "Wed, 25 Nov 2026 10:00:00 GMT"

    def conditional(req: BaseHTTPRequestHandler) -> None:
        if req.headers.get("If-None-Match") == '"v1"':
            req.send_response(304)
            req.send_header("ETag", '"v1"')
            req.end_headers()
            return
        body = b"<rss>full</rss>"
        req.send_response(200)
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body)

    server.add("/feed.xml", handler=conditional)
    result = fetcher.fetch(server.url("/feed.xml"), etag='"v1"', last_modified=stamp)
    assert result.not_modified and result.status == 304
    assert result.body == b""
    assert (result.etag, result.last_modified) == ('"v1"', stamp)
    sent = server.requests[-1][1]
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == stamp
    changed = fetcher.fetch(server.url("/feed.xml"), etag='"v0"')
    assert changed.status == 200 and changed.body == b"<rss>full</rss>"


def test_304_without_validators_keeps_the_ones_sent(
    server: FixtureServer, fetcher: Fetcher
) -> None:
    server.add("/feed.xml", status=304)
    result = fetcher.fetch(server.url("/feed.xml"), etag='"e"', last_modified="yesterday")
    assert (result.status, result.etag, result.last_modified) == (304, '"e"', "yesterday")


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (404, "server answered 404 (not found)"),
        (500, "server answered 500 (internal server error)"),
        (401, "server answered 401 (unauthorized)"),
        (403, "server answered 403 (forbidden)"),
        (503, "server answered 503 (service unavailable)"),
        (599, "server answered 599"),
        (300, "server answered 300 (multiple choices)"),
    ],
)
def test_error_statuses_say_what_the_server_answered(
    server: FixtureServer, fetcher: Fetcher, status: int, words: str
) -> None:
    server.add("/feed.xml", b"nope", status=status)
    err = _fails(fetcher, server.url("/feed.xml"))
    assert str(err) == words
    assert (err.kind, err.status) == ("status", status)


def test_410_is_gone(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/feed.xml", b"gone", status=410)
    with pytest.raises(GoneError) as caught:
        fetcher.fetch(server.url("/feed.xml"))
    assert caught.value.kind == "gone" and caught.value.status == 410


def test_429_with_retry_after_holds_the_host(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/busy.xml", b"slow down", status=429, headers={"Retry-After": "3600"})
    server.add("/other.xml", b"<rss/>")
    before = datetime.now(UTC)
    with pytest.raises(RetryLaterError) as caught:
        fetcher.fetch(server.url("/busy.xml"))
    retry_at = caught.value.retry_at
    assert retry_at is not None
    assert before + timedelta(seconds=3500) < retry_at < before + timedelta(seconds=3700)
    assert caught.value.status == 429
    assert "429" in str(caught.value)

    with pytest.raises(RetryLaterError) as held:
        fetcher.fetch(server.url("/other.xml"))
    assert held.value.retry_at == retry_at
    assert server.hits["/other.xml"] == 0
    # Another host (the same server under another name) is not held.
    other_host = server.url("/other.xml").replace("127.0.0.1", "localhost")
    assert fetcher.fetch(other_host).body == b"<rss/>"


def test_503_with_http_date_retry_after(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/feed.xml", status=503, headers={"Retry-After": "Fri, 27 Nov 2099 09:00:00 GMT"})
    before = datetime.now(UTC)
    with pytest.raises(RetryLaterError) as caught:
        fetcher.fetch(server.url("/feed.xml"))
    # A far-away date is capped at one day.
    assert caught.value.retry_at is not None
    assert (
        before + timedelta(hours=23)
        < caught.value.retry_at
        <= datetime.now(UTC) + timedelta(days=1)
    )
    assert caught.value.status == 503


def test_retry_after_in_the_past_does_not_hold(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/feed.xml", status=429, headers={"Retry-After": "Mon, 01 Jan 2001 00:00:00 GMT"})
    server.add("/ok.xml", b"ok")
    with pytest.raises(RetryLaterError):
        fetcher.fetch(server.url("/feed.xml"))
    assert fetcher.fetch(server.url("/ok.xml")).body == b"ok"


def test_429_without_retry_after(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/feed.xml", status=429)
    server.add("/ok.xml", b"ok")
    with pytest.raises(RetryLaterError) as caught:
        fetcher.fetch(server.url("/feed.xml"))
    assert caught.value.retry_at is None
    assert fetcher.fetch(server.url("/ok.xml")).body == b"ok"


def test_permanent_redirect_chain_sets_permanent_url(
    server: FixtureServer, fetcher: Fetcher
) -> None:
    server.add("/old.xml", status=301, headers={"Location": "/older/../mid.xml"})
    server.add("/mid.xml", status=308, headers={"Location": server.url("/new.xml")})
    server.add("/new.xml", b"<rss/>")
    result = fetcher.fetch(server.url("/old.xml"))
    assert result.url == server.url("/new.xml")
    assert result.permanent_url == server.url("/new.xml")
    assert result.body == b"<rss/>"


def test_temporary_hop_means_no_permanent_url(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/old.xml", status=301, headers={"Location": "/mid.xml"})
    server.add("/mid.xml", status=302, headers={"Location": "new.xml"})
    server.add("/new.xml", b"<rss/>")
    result = fetcher.fetch(server.url("/old.xml"))
    assert result.url == server.url("/new.xml")
    assert result.permanent_url is None


def test_redirect_loop_stops(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/a", status=302, headers={"Location": "/b"})
    server.add("/b", status=302, headers={"Location": "/a"})
    err = _fails(fetcher, server.url("/a"))
    assert (str(err), err.kind) == ("too many redirects", "redirects")
    assert server.hits["/a"] + server.hits["/b"] == 6


def _hop_chain(server: FixtureServer, length: int) -> None:
    def hop(req: BaseHTTPRequestHandler) -> None:
        number = int(req.path.rsplit("/", 1)[1])
        req.send_response(302 if number < length else 200)
        req.send_header("Content-Length", "2")
        if number < length:
            req.send_header("Location", f"/hop/{number + 1}")
        req.end_headers()
        req.wfile.write(b"ok")

    for number in range(length + 1):
        server.add(f"/hop/{number}", handler=hop)


def test_thousand_hop_chain_stops_after_five(server: FixtureServer, fetcher: Fetcher) -> None:
    _hop_chain(server, 1000)
    err = _fails(fetcher, server.url("/hop/0"))
    assert str(err) == "too many redirects"
    assert sum(server.hits.values()) == 6


def test_five_redirects_are_fine(server: FixtureServer, fetcher: Fetcher) -> None:
    _hop_chain(server, 5)
    result = fetcher.fetch(server.url("/hop/0"))
    assert result.url == server.url("/hop/5") and result.body == b"ok"


@pytest.mark.parametrize(
    ("target", "scheme"),
    [
        ("file:///etc/passwd", "file"),
        ("javascript:alert(1)", "javascript"),
        ("data:text/xml,<rss/>", "data"),
        ("ftp://127.0.0.1/feed.xml", "ftp"),
        ("FILE:///etc/passwd", "file"),
    ],
)
def test_redirect_to_other_schemes_is_refused(
    server: FixtureServer, fetcher: Fetcher, target: str, scheme: str
) -> None:
    server.add("/feed.xml", status=302, headers={"Location": target})
    err = _fails(fetcher, server.url("/feed.xml"))
    assert str(err) == f"redirected to an unsupported address ({scheme}:)"
    assert err.kind == "scheme"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://127.0.0.1/x",
        "",
        "feed",
        "http://",
        "http://[::1",
        "http://exa mple.com/",
        "http://\u2603.invalid:99999/",
    ],
)
def test_bad_addresses_never_escape_as_library_errors(fetcher: Fetcher, url: str) -> None:
    err = _fails(fetcher, url)
    assert err.kind in {"scheme", "url", "dns"}


def test_redirect_without_location_is_an_error(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/feed.xml", status=302)
    assert _fails(fetcher, server.url("/feed.xml")).status == 302


@pytest.mark.parametrize("per_host", [2, None])
def test_at_most_per_host_requests_at_a_time_per_host(
    server: FixtureServer, per_host: int | None
) -> None:
    lock = threading.Lock()
    active = [0, 0]  # now, most ever
    hold = threading.Event()  # never set: each request stays a moment in the handler

    def busy(req: BaseHTTPRequestHandler) -> None:
        with lock:
            active[0] += 1
            active[1] = max(active[1], active[0])
        hold.wait(0.3)
        with lock:
            active[0] -= 1
        req.send_response(200)
        req.send_header("Content-Length", "2")
        req.end_headers()
        req.wfile.write(b"ok")

    server.add("/feed.xml", handler=busy)
    limit = per_host or PER_HOST  # None: the default
    if per_host is None:
        fetcher = Fetcher(read_timeout=5, deadline=10, max_total=16)
    else:
        fetcher = Fetcher(read_timeout=5, deadline=10, per_host=per_host, max_total=16)
    count = 2 * limit
    with ThreadPoolExecutor(max_workers=count + 2) as pool:
        results = list(pool.map(lambda _: fetcher.fetch(server.url("/feed.xml")), range(count)))
    fetcher.close()
    assert [result.body for result in results] == [b"ok"] * count
    assert active[1] == limit


def test_total_limit_bounds_requests_over_all_hosts(server: FixtureServer) -> None:
    lock = threading.Lock()
    active = [0, 0]
    hold = threading.Event()

    def busy(req: BaseHTTPRequestHandler) -> None:
        with lock:
            active[0] += 1
            active[1] = max(active[1], active[0])
        hold.wait(0.3)
        with lock:
            active[0] -= 1
        req.send_response(200)
        req.send_header("Content-Length", "2")
        req.end_headers()
        req.wfile.write(b"ok")

    server.add("/feed.xml", handler=busy)
    fetcher = Fetcher(read_timeout=5, deadline=10, per_host=4, max_total=3)
    hosts = ["127.0.0.1", "localhost", "127.0.0.1", "localhost"]
    urls = [server.url("/feed.xml").replace("127.0.0.1", host) for host in hosts * 2]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(fetcher.fetch, urls))
    fetcher.close()
    assert len(results) == 8
    assert active[1] == 3


@pytest.mark.parametrize("value", ["soon", "-5", "", "Mon, 99 Foo 2026"])
def test_unreadable_retry_after(server: FixtureServer, fetcher: Fetcher, value: str) -> None:
    server.add("/busy.xml", status=429, headers={"Retry-After": value})
    server.add("/down.xml", status=503, headers={"Retry-After": value})
    with pytest.raises(RetryLaterError) as caught:
        fetcher.fetch(server.url("/busy.xml"))
    assert caught.value.retry_at is None
    assert _fails(fetcher, server.url("/down.xml")).kind == "status"


def test_huge_retry_after_is_capped_at_a_day(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/busy.xml", status=429, headers={"Retry-After": "9" * 40})
    with pytest.raises(RetryLaterError) as caught:
        fetcher.fetch(server.url("/busy.xml"))
    assert caught.value.retry_at is not None
    assert caught.value.retry_at <= datetime.now(UTC) + timedelta(days=1)


def test_redirect_to_a_held_host_is_not_followed(server: FixtureServer, fetcher: Fetcher) -> None:
    local = server.url("/busy.xml").replace("127.0.0.1", "localhost")
    server.add("/busy.xml", status=503, headers={"Retry-After": "600"})
    server.add("/moved.xml", status=302, headers={"Location": local})
    with pytest.raises(RetryLaterError):
        fetcher.fetch(local)
    with pytest.raises(RetryLaterError):
        fetcher.fetch(server.url("/moved.xml"))
    assert server.hits["/busy.xml"] == 1
    assert server.hits["/moved.xml"] == 1


def test_unsendable_validators_are_left_out(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/feed.xml", b"<rss/>")
    result = fetcher.fetch(server.url("/feed.xml"), etag='"a"\r\nX-Evil: 1', last_modified="\u2603")
    assert result.status == 200
    sent = server.requests[-1][1]
    assert "if-none-match" not in sent and "if-modified-since" not in sent
    assert "x-evil" not in sent
