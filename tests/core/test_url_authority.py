"""The URL rule and the parsers after it agree on where an address's host is, for every character
a user name, password or host may hold: nh3 (the WHATWG parser) keeps what the rule accepts, and
urllib3 (which fetches) connects to the host the rule checked. For http(s) the WHATWG parser
ends the authority at a backslash as at a slash; Python's urlsplit does not, so
``https://user:p\\w@h.example`` was accepted (host ``h.example``) but dropped by nh3 (host
``user``, port ``p``), and ``http://127.0.0.1\\@public.example/`` named one host to the rule and
another to urllib3."""

from __future__ import annotations

from urllib.parse import urlsplit

import nh3
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.render.sanitize import _clean_once, is_web_url
from reader.core.urls import feed_url_problem
from tests.props import PROPERTY

_SPECIAL = "\\/@:?#[]%^|`{}<>\"' \u00e9\u200b.-_~!$&()*+,;=\x7f"
# The delimiters several times over, so that most examples hold one of them.
_PART = st.text(alphabet=st.sampled_from([*_SPECIAL, "a", "b", "1", *"\\\\\\@@::"]), max_size=4)
_HOST = st.sampled_from(["h.example", "127.0.0.1", "[::1]", "a", "b\u00fccher.example"])


def _kept_by_nh3(url: str) -> bool:
    escaped = url.replace("&", "&amp;").replace('"', "&quot;")
    return "href" in nh3.clean(f'<a href="{escaped}">x</a>', url_schemes={"http", "https"})


def _urllib3_host(url: str) -> str | None:
    from urllib3.util import parse_url

    try:
        host = parse_url(url).host
    except ValueError:
        return None
    return host.strip("[]").lower() if host else None


@st.composite
def authority(draw: st.DrawFn) -> str:
    """http(s) addresses whose user name, password, host and port hold odd characters."""
    scheme = draw(st.sampled_from(["http://", "https://"]))
    user = draw(_PART)
    password = draw(st.one_of(st.none(), _PART))
    userinfo = user + ("" if password is None else ":" + password)
    at = draw(st.sampled_from(["@", "", "@"]))
    host = draw(_HOST) + draw(st.one_of(st.just(""), _PART))
    port = draw(st.sampled_from(["", ":80", ":", ":8a"]))
    path = draw(st.sampled_from(["", "/", "/p?q#f", "\\x"]))
    return scheme + (userinfo + at if at else "") + host + port + path


@pytest.mark.parametrize(
    "url",
    [
        "https://user:p\\w@h.example",
        "https://u\\@h.example/",
        "http://127.0.0.1\\@public.example/",
        "https://u:p\\@h.example/",
    ],
)
def test_a_backslash_before_the_host_is_refused(url: str) -> None:
    assert not is_web_url(url)
    assert feed_url_problem(url)[0] == ""
    once = _clean_once(f'<a href="{url}">x</a>', "https://base.example/")
    assert "href" not in once
    assert _clean_once(once, "https://base.example/") == once


@pytest.mark.parametrize(
    "url", ["https://u:p@h.example/a\\b", "https://h.example/?q=a\\b", "https://h.example/#\\"]
)
def test_a_backslash_after_the_host_is_kept(url: str) -> None:
    assert is_web_url(url)


@PROPERTY
@given(authority())
def test_property_the_rule_nh3_and_urllib3_agree_on_the_host(url: str) -> None:
    if not is_web_url(url):
        return
    assert _kept_by_nh3(url), url
    assert _urllib3_host(url) in (_ascii(urlsplit(url).hostname or ""), None), url


def _ascii(host: str) -> str:
    """``host`` as urllib3 writes it (IDNA for a name outside ASCII)."""
    import idna

    return host if host.isascii() else idna.encode(host, uts46=True).decode("ascii")
