"""Property-based tests of the URL rules (issue 9, "Done when"): which addresses are private,
which schemes may be fetched, and which feed addresses are accepted. The fetch rules run against
the real loopback server, which must never see a request that the rules refuse."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.urls import feed_url_problem
from reader.errors import FetchError
from reader.net.addresses import is_private_address, is_public
from reader.net.http import Fetcher
from tests.httpserver import FixtureServer
from tests.props import PROPERTY

NOT_PUBLIC = [
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8",
]  # fmt: skip


@st.composite
def private_address(draw: st.DrawFn) -> str:
    network = ipaddress.ip_network(draw(st.sampled_from(NOT_PUBLIC)))
    offset = draw(st.integers(0, network.num_addresses - 1))
    address = network[offset]
    if isinstance(address, ipaddress.IPv4Address) and draw(st.booleans()):
        return f"::ffff:{address}"  # the same address mapped into IPv6
    return str(address) + (draw(st.sampled_from(["", "%eth0"])) if address.version == 6 else "")


@PROPERTY
@given(private_address())
def test_property_private_loopback_and_link_local_addresses_are_never_public(address: str) -> None:
    assert not is_public(address)
    assert is_private_address(address)


@PROPERTY
@given(st.integers(1, 9), st.integers(0, 255), st.integers(0, 255), st.integers(1, 254))
def test_property_ordinary_public_addresses_are_public(a: int, b: int, c: int, d: int) -> None:
    address = f"{a}.{b}.{c}.{d}"
    assert is_public(address) and not is_private_address(address)


@PROPERTY
@given(st.text(max_size=40))
def test_property_names_are_not_addresses(text: str) -> None:
    try:
        ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        assert not is_public(text) and not is_private_address(text)


@PROPERTY
@given(st.text(max_size=60))
def test_property_accepted_feed_addresses_are_http_with_a_host(text: str) -> None:
    url, problem = feed_url_problem(text)
    assert bool(url) != bool(problem)
    if url:
        assert url.lower().startswith(("http://", "https://")), url
        assert not any(ch in url for ch in "\x00\r\n\t "), url


@PROPERTY
@given(
    st.sampled_from(["feed://", "feed:https://", "feed:http://"]),
    st.from_regex(r"[a-z]{1,10}\.example/[a-z]{0,8}", fullmatch=True),
)
def test_property_feed_scheme_maps_to_the_web(prefix: str, rest: str) -> None:
    url, problem = feed_url_problem(prefix + rest)
    assert problem == "" and url.endswith(rest) and url.startswith(("http://", "https://"))


@pytest.fixture(scope="module")
def module_server() -> Iterator[FixtureServer]:
    server = FixtureServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def fetcher() -> Iterator[Fetcher]:
    client = Fetcher(connect_timeout=2, read_timeout=2, deadline=4)
    try:
        yield client
    finally:
        client.close()


SCHEME = st.from_regex(r"[a-zA-Z][a-zA-Z0-9+.-]{0,10}", fullmatch=True).filter(
    lambda s: s.lower() not in ("http", "https")
)


@PROPERTY
@given(SCHEME, st.from_regex(r"[a-z/._-]{0,12}", fullmatch=True))
def test_property_other_schemes_are_never_fetched_nor_followed(
    module_server: FixtureServer, fetcher: Fetcher, scheme: str, rest: str
) -> None:
    before = len(module_server.requests)
    with pytest.raises(FetchError):
        fetcher.fetch(f"{scheme}://127.0.0.1:{module_server.port}/{rest}")
    assert len(module_server.requests) == before  # refused before any connection
    module_server.add("/hop", status=302, headers={"Location": f"{scheme}:{rest}"})
    with pytest.raises(FetchError):
        fetcher.fetch(module_server.url("/hop"))
    assert [path for path, _ in module_server.requests[before:]] == ["/hop"]


@PROPERTY
@given(
    st.integers(0, 255),
    st.integers(0, 255),
    st.integers(1, 254),
    st.from_regex(r"/[a-z]{0,8}", fullmatch=True),
)
def test_property_content_addresses_on_loopback_are_refused_before_connecting(
    module_server: FixtureServer, fetcher: Fetcher, b: int, c: int, d: int, path: str
) -> None:
    """An image or page a feed points at, on 127.x.y.z: never asked (allow_private=False)."""
    before = len(module_server.requests)
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(f"http://127.{b}.{c}.{d}:{module_server.port}{path}", allow_private=False)
    assert caught.value.kind == "private"
    assert len(module_server.requests) == before
