"""The fetcher prepares a GET as requests did (reader.net.wire): the same request line, the same
credentials header and the same redirect targets, checked against requests itself."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
import requests
import requests.utils
from hypothesis import given
from hypothesis import strategies as st

from reader.errors import FetchError
from reader.net import wire
from reader.net.http import Fetcher
from tests.httpserver import FixtureServer
from tests.props import PROPERTY

# Path and query text with what makes quoting interesting: escapes (valid, of unreserved and
# reserved characters, broken), reserved and unsafe ASCII, spaces and non-ASCII letters.
PIECES = st.sampled_from(
    ["%41", "%7e", "%2F", "%25", "%zz", "%4", "%", "%%", "a", "Z", "0", "-", ".", "_", "~", "/",
     "?", "#", "&", "=", "+", ";", ":", "@", "!", "$", "'", "(", ")", "*", ",", "[", "]", " ",
     '"', "<", ">", "{", "}", "|", "\\", "^", "`", "é", "日", "ß", "\u00a0"]
)  # fmt: skip
TEXT = st.lists(PIECES, max_size=12).map("".join)
HOSTS = st.sampled_from(
    ["example.org", "EXAMPLE.org", "127.0.0.1", "[::1]", "bücher.example", "xn--bcher-kva.example",
     "ex_ample.org", "a.b.c.example"]
)  # fmt: skip


@PROPERTY
@given(TEXT)
def test_property_requote_uri_is_requests_requote_uri(text: str) -> None:
    url = "http://example.org/" + text
    assert wire.requote_uri(url) == requests.utils.requote_uri(url)


@st.composite
def urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP"]))
    auth = draw(st.sampled_from(["", "user:pass@", "us%20er:p%40ss@", "user@", ":pw@", "u:@"]))
    port = draw(st.sampled_from(["", ":8080", ":80", ":65535"]))
    return f"{scheme}://{auth}{draw(HOSTS)}{port}/{draw(TEXT)}"


def _requests_prepared(url: str) -> tuple[str, str | None] | None:
    try:
        prepared = requests.Request("GET", url).prepare()
    except (requests.exceptions.RequestException, ValueError):
        return None
    return str(prepared.url), prepared.headers.get("Authorization")


@PROPERTY
@given(urls())
def test_property_a_get_is_prepared_as_requests_prepared_it(url: str) -> None:
    expected = _requests_prepared(url)
    try:
        target = wire.prepare(url)
    except FetchError:
        assert expected is None, url
        return
    assert expected is not None, url
    assert (target.url, target.authorization) == expected
    assert wire.request_uri(target.url) == requests.Request("GET", url).prepare().path_url


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    server = FixtureServer().start()
    try:
        yield server
    finally:
        server.stop()


def test_credentials_in_a_feed_address_are_sent_as_basic_authorization(
    server: FixtureServer,
) -> None:
    server.add("/private.xml", body=b"<rss/>", content_type="application/rss+xml")
    fetcher = Fetcher(connect_timeout=2, read_timeout=2, deadline=4)
    try:
        fetcher.fetch(f"http://me:s%40cret@127.0.0.1:{server.port}/private.xml?a=%7e b")
    finally:
        fetcher.close()
    path, headers = server.requests[-1]
    assert headers["authorization"] == "Basic bWU6c0BjcmV0"  # me:s@cret
    assert path == "/private.xml?a=~%20b"  # re-quoted as requests did


def test_the_feed_fetcher_does_not_load_requests() -> None:
    """Feeds and pages go through urllib3 directly: a refresh never pays requests' import."""
    code = (
        "import sys; import reader.cli.commands, reader.usecases.refresh; "
        "print(sorted(m for m in ('requests', 'chardet', 'http.cookiejar') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
