"""The Fetcher against hostile and broken servers (RELIABILITY.md rows N3, N4, N5): silence,
trickles, bombs, lying lengths, truncation, private addresses. Limits are short so the suite
stays fast; no assertion is on timing."""

from __future__ import annotations

import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler

import pytest

import reader.net.guard
import reader.net.http
from reader.errors import FetchError
from reader.net.http import Fetcher
from tests.httpserver import FixtureServer

MIB = 1024 * 1024
TOO_LARGE = "response too large (over 15 MiB)"


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    """A Fetcher with the default 15 MiB cap and short time limits."""
    client = Fetcher(connect_timeout=2, read_timeout=1, deadline=2)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def stop() -> Iterator[threading.Event]:
    """Set at the end of a test so that slow handlers give up."""
    event = threading.Event()
    yield event
    event.set()


def _fails(fetcher: Fetcher, url: str, **kwargs: object) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]
    return caught.value


def _zeros_compressed(size: int, wbits: int = 31) -> bytes:
    """``size`` zero bytes, gzip-compressed (wbits 31) or zlib/deflate (wbits 15)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = bytes(MIB)
    parts = [packer.compress(block) for _ in range(size // MIB)]
    parts.append(packer.compress(bytes(size % MIB)))
    parts.append(packer.flush())
    return b"".join(parts)


def _silent(stop: threading.Event) -> Callable[[BaseHTTPRequestHandler], None]:
    """A handler that reads the request and says nothing until the test ends."""

    def handler(req: BaseHTTPRequestHandler) -> None:
        stop.wait(30)

    return handler


# --- N5: slow servers -------------------------------------------------------------------------


def test_dns_failure(fetcher: Fetcher) -> None:
    err = _fails(fetcher, "http://no-such-host.invalid/feed.xml")
    assert (str(err), err.kind) == ("host not found (no-such-host.invalid)", "dns")


def test_connection_refused(fetcher: Fetcher) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port any more.
    err = _fails(fetcher, f"http://127.0.0.1:{port}/feed.xml")
    assert (str(err), err.kind) == ("connection refused", "refused")


def test_silent_server_times_out(
    server: FixtureServer, fetcher: Fetcher, stop: threading.Event
) -> None:
    server.add("/feed.xml", handler=_silent(stop))
    err = _fails(fetcher, server.url("/feed.xml"))
    assert (str(err), err.kind) == ("timed out", "timeout")


def test_body_trickle_hits_the_total_deadline(
    server: FixtureServer, fetcher: Fetcher, stop: threading.Event
) -> None:
    def trickle(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Length", "1000")
        req.end_headers()
        for _ in range(1000):
            req.wfile.write(b"x")
            req.wfile.flush()
            if stop.wait(0.2):  # well under the read timeout: only the deadline can stop it
                return

    server.add("/feed.xml", handler=trickle)
    err = _fails(fetcher, server.url("/feed.xml"))
    assert (str(err), err.kind) == ("timed out", "timeout")


def test_header_trickle_hits_the_total_deadline(
    server: FixtureServer, fetcher: Fetcher, stop: threading.Event
) -> None:
    def trickle(req: BaseHTTPRequestHandler) -> None:
        req.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for number in range(1000):
            req.wfile.write(f"X-Drip-{number}: x\r\n".encode())
            req.wfile.flush()
            if stop.wait(0.2):
                return

    server.add("/feed.xml", handler=trickle)
    err = _fails(fetcher, server.url("/feed.xml"))
    assert (str(err), err.kind) == ("timed out", "timeout")


def test_trickle_without_length_is_not_an_empty_success(
    server: FixtureServer, fetcher: Fetcher, stop: threading.Event
) -> None:
    """Cut at the deadline, a body without a length must not look complete."""

    def trickle(req: BaseHTTPRequestHandler) -> None:
        req.wfile.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
        for _ in range(1000):
            req.wfile.write(b"<")
            req.wfile.flush()
            if stop.wait(0.2):
                return

    server.add("/feed.xml", handler=trickle)
    assert str(_fails(fetcher, server.url("/feed.xml"))) == "timed out"


def test_fetcher_still_works_after_a_timeout(
    server: FixtureServer, fetcher: Fetcher, stop: threading.Event
) -> None:
    server.add("/slow.xml", handler=_silent(stop))
    server.add("/ok.xml", b"ok")
    _fails(fetcher, server.url("/slow.xml"))
    assert fetcher.fetch(server.url("/ok.xml")).body == b"ok"
    assert fetcher.fetch(server.url("/ok.xml")).body == b"ok"


# --- truncation -------------------------------------------------------------------------------


def test_truncated_body_is_an_error(server: FixtureServer, fetcher: Fetcher) -> None:
    def truncated(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Length", "1000")
        req.end_headers()
        req.wfile.write(b"<rss><channel>")
        req.close_connection = True

    server.add("/feed.xml", handler=truncated)
    err = _fails(fetcher, server.url("/feed.xml"))
    assert "closed the connection before the whole response arrived" in str(err)


def test_truncated_chunked_body_is_an_error(server: FixtureServer, fetcher: Fetcher) -> None:
    def truncated(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Transfer-Encoding", "chunked")
        req.end_headers()
        req.wfile.write(b"400\r\n<rss><channel>")
        req.close_connection = True

    server.add("/feed.xml", handler=truncated)
    err = _fails(fetcher, server.url("/feed.xml"))
    assert err.kind == "connection"


def test_headers_then_close_is_an_error(server: FixtureServer, fetcher: Fetcher) -> None:
    def hang_up(req: BaseHTTPRequestHandler) -> None:
        req.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Le")
        req.close_connection = True

    server.add("/feed.xml", handler=hang_up)
    assert _fails(fetcher, server.url("/feed.xml")).kind == "connection"


# --- N4: size caps ----------------------------------------------------------------------------


def test_gzip_bomb_just_over_the_cap(server: FixtureServer, fetcher: Fetcher) -> None:
    bomb = _zeros_compressed(15 * MIB + 1)
    server.add("/feed.xml", bomb, headers={"Content-Encoding": "gzip"})
    err = _fails(fetcher, server.url("/feed.xml"))
    assert (str(err), err.kind) == (TOO_LARGE, "too_large")


def test_gzip_exactly_at_the_cap_is_accepted(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/feed.xml", _zeros_compressed(15 * MIB), headers={"Content-Encoding": "gzip"})
    assert len(fetcher.fetch(server.url("/feed.xml")).body) == 15 * MIB


def test_gzip_bomb_of_100_mib(server: FixtureServer, fetcher: Fetcher) -> None:
    bomb = _zeros_compressed(100 * MIB)
    server.add("/feed.xml", bomb, headers={"Content-Encoding": "gzip"})
    assert str(_fails(fetcher, server.url("/feed.xml"))) == TOO_LARGE


def test_deflate_bomb(server: FixtureServer, fetcher: Fetcher) -> None:
    bomb = _zeros_compressed(20 * MIB, wbits=15)
    server.add("/feed.xml", bomb, headers={"Content-Encoding": "deflate"})
    assert str(_fails(fetcher, server.url("/feed.xml"))) == TOO_LARGE


def test_gzip_twice_is_decoded_and_capped(server: FixtureServer, fetcher: Fetcher) -> None:
    inner = _zeros_compressed(20 * MIB)
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    outer = packer.compress(inner) + packer.flush()
    server.add("/feed.xml", outer, headers={"Content-Encoding": "gzip, gzip"})
    assert str(_fails(fetcher, server.url("/feed.xml"))) == TOO_LARGE


def test_gzip_encoding_chain_of_ten_is_refused(server: FixtureServer, fetcher: Fetcher) -> None:
    body = b"<rss/>"
    for _ in range(10):
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        body = packer.compress(body) + packer.flush()
    server.add("/feed.xml", body, headers={"Content-Encoding": ", ".join(["gzip"] * 10)})
    assert _fails(fetcher, server.url("/feed.xml")).kind in {"decode", "too_large"}


def test_small_gzip_body_is_decoded(server: FixtureServer, fetcher: Fetcher) -> None:
    body = zlib.compress(b"<rss>" + b"a" * 5000 + b"</rss>", wbits=31)
    server.add("/feed.xml", body, headers={"Content-Encoding": "gzip"})
    assert fetcher.fetch(server.url("/feed.xml")).body == b"<rss>" + b"a" * 5000 + b"</rss>"


def test_corrupt_gzip_is_an_error(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/feed.xml", b"\x1f\x8bnot gzip at all", headers={"Content-Encoding": "gzip"})
    assert _fails(fetcher, server.url("/feed.xml")).kind == "decode"


def test_content_length_over_the_cap_is_refused_before_reading(
    server: FixtureServer, fetcher: Fetcher, stop: threading.Event
) -> None:
    def liar(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Length", str(10 * 1024 * MIB))
        req.end_headers()
        req.wfile.write(b"<rss>")
        req.wfile.flush()
        stop.wait(30)  # sends nothing more: only a refusal before reading can end quickly

    server.add("/feed.xml", handler=liar)
    err = _fails(fetcher, server.url("/feed.xml"))
    assert (str(err), err.kind) == (TOO_LARGE, "too_large")


def test_short_content_length_reads_only_what_it_says(
    server: FixtureServer, fetcher: Fetcher
) -> None:
    def liar(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Length", "100")
        req.end_headers()
        for _ in range(40):  # 40 MiB after a length of 100
            req.wfile.write(bytes(MIB))

    server.add("/liar.xml", handler=liar)
    server.add("/ok.xml", b"ok")
    assert len(fetcher.fetch(server.url("/liar.xml")).body) == 100
    # The bytes past the length never leak into the next answer on that connection.
    assert fetcher.fetch(server.url("/ok.xml")).body == b"ok"


def test_body_over_the_cap_without_length(
    server: FixtureServer, fetcher: Fetcher, stop: threading.Event
) -> None:
    def endless(req: BaseHTTPRequestHandler) -> None:
        req.wfile.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
        block = b"a" * MIB
        for _ in range(300):
            req.wfile.write(block)
            if stop.is_set():
                return

    server.add("/feed.xml", handler=endless)
    assert str(_fails(fetcher, server.url("/feed.xml"))) == TOO_LARGE


def test_chunked_body_over_a_custom_cap(server: FixtureServer, fetcher: Fetcher) -> None:
    def chunked(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Transfer-Encoding", "chunked")
        req.end_headers()
        for _ in range(10):
            req.wfile.write(b"400\r\n" + b"b" * 1024 + b"\r\n")
        req.wfile.write(b"0\r\n\r\n")

    server.add("/big", handler=chunked)
    err = _fails(fetcher, server.url("/big"), max_bytes=5000)
    assert str(err) == "response too large (over 5000 bytes)"
    assert len(fetcher.fetch(server.url("/big"), max_bytes=10 * 1024).body) == 10 * 1024


# --- N3: private addresses --------------------------------------------------------------------


def test_private_host_refused_when_not_allowed(server: FixtureServer, fetcher: Fetcher) -> None:
    server.add("/page.html", b"<p>secret</p>")
    for url in (
        server.url("/page.html"),
        server.url("/page.html").replace("127.0.0.1", "localhost"),
    ):
        err = _fails(fetcher, url, allow_private=False)
        assert err.kind == "private"
        assert str(err) == "refused to fetch a local or private address (127.0.0.1)"
    assert server.hits["/page.html"] == 0
    # The feed itself on a local host is fine by default.
    assert fetcher.fetch(server.url("/page.html")).body == b"<p>secret</p>"


def test_peer_check_catches_what_the_lookup_missed(
    server: FixtureServer, fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even if a look-up said "public" (DNS rebinding), the connected peer is checked, also on a
    connection reused from the pool."""
    server.add("/page.html", b"<p>secret</p>")
    assert fetcher.fetch(server.url("/page.html")).status == 200  # leaves a pooled connection
    monkeypatch.setattr(reader.net.guard, "ensure_public_host", lambda host, port: None)
    for _ in range(2):  # reused connection, then a fresh one
        assert _fails(fetcher, server.url("/page.html"), allow_private=False).kind == "private"
    assert server.hits["/page.html"] == 1


@pytest.mark.parametrize(
    ("target", "address"),
    [
        ("http://127.0.0.2:{port}/x", "127.0.0.2"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://[::1]:{port}/x", "::1"),
        ("http://10.0.0.1/x", "10.0.0.1"),
        ("http://localhost:{port}/x", "127.0.0.1"),
    ],
)
def test_public_host_redirecting_to_private_is_refused(
    server: FixtureServer,
    fetcher: Fetcher,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    address: str,
) -> None:
    # Pretend the fixture server's address is a public one.
    monkeypatch.setattr(reader.net.http, "is_public", lambda addr: addr == "127.0.0.1")
    server.add("/feed.xml", status=302, headers={"Location": target.format(port=server.port)})
    err = _fails(fetcher, server.url("/feed.xml"))
    assert (str(err), err.kind) == (
        f"redirected to a local or private address ({address})",
        "private",
    )


def test_private_to_private_redirect_allowed_for_a_local_feed(
    server: FixtureServer, fetcher: Fetcher
) -> None:
    server.add("/feed.xml", status=302, headers={"Location": "/real.xml"})
    server.add("/real.xml", b"<rss/>")
    assert fetcher.fetch(server.url("/feed.xml")).body == b"<rss/>"
