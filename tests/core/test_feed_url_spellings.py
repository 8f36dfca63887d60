"""One feed, one subscription, however its address is spelled: scheme and host case, a host
outside ASCII or in its xn-- form, the default port and a fragment do not make a second
subscription (typed twice, or imported from an OPML file that lists both spellings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cli import main as cli
from reader.core.render.sanitize import is_web_url
from reader.core.urls import canonical_url, feed_url_problem
from tests.feedkit import opml, serve_feed
from tests.httpserver import FixtureServer
from tests.props import PROPERTY

HOSTS = ["news.example", "b\u00fccher.example", "xn--bcher-kva.example", "127.0.0.1", "[::1]",
         "\u0645\u062b\u0627\u0644.example", "\uff45xample.org"]  # fmt: skip


def _respell(draw: st.DrawFn, url: str) -> str:
    """``url`` written another way that names the same feed."""
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    scheme = "".join(c.upper() if draw(st.booleans()) else c for c in scheme)
    if draw(st.booleans()):
        host = host.upper() if host.isascii() else host.title()
    if draw(st.booleans()) and ":" not in host.rpartition("]")[2]:
        host += ":443" if scheme.lower() == "https" else ":80"
    fragment = draw(st.sampled_from(["", "#", "#top"]))
    return f"{scheme}://{host}{slash}{path}{fragment}"


@st.composite
def spellings(draw: st.DrawFn) -> tuple[str, str]:
    scheme = draw(st.sampled_from(["http", "https"]))
    host = draw(st.sampled_from(HOSTS))
    path = draw(st.sampled_from(["/feed.xml", "/a/B?x=1&Y=2", "/%7Euser/rss", "/"]))
    url = f"{scheme}://{host}{path}"
    return url, _respell(draw, url)


@PROPERTY
@given(spellings())
def test_property_two_spellings_of_one_feed_normalize_the_same(pair: tuple[str, str]) -> None:
    one, other = (feed_url_problem(url)[0] for url in pair)
    assert one and one == other, pair
    assert canonical_url(one) == one and is_web_url(one)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example:443/Feed?Q=1#x", "https://news.example/Feed?Q=1"),
        ("http://B\u00dcCHER.example:8080/f", "http://xn--bcher-kva.example:8080/f"),
        ("https://user:PW@Example.org/f", "https://user:PW@example.org/f"),
        ("http://[::1]:80/f", "http://[::1]/f"),
    ],
)
def test_the_one_spelling(url: str, expected: str) -> None:
    assert feed_url_problem(url) == (expected, "")


def test_a_feed_added_and_imported_under_other_spellings_stays_one_subscription(
    profile: Path, server: FixtureServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_feed(server, "/feed.xml", "Once")
    url = server.url("/feed.xml")
    assert cli.main(["add", url]) == 0
    capsys.readouterr()
    assert cli.main(["add", url.replace("http://", "HTTP://") + "#latest"]) == 1
    assert "already subscribed" in capsys.readouterr().err
    variants = [url.upper().replace("/FEED.XML", "/feed.xml"), url + "#x", "feed:" + url]
    outlines = "".join(f'<outline text="v" xmlUrl="{v}"/>' for v in variants)
    (tmp_path / "subs.opml").write_bytes(opml(outlines))
    assert cli.main(["import", str(tmp_path / "subs.opml")]) == 0
    out = capsys.readouterr().out
    assert "Imported 0 feeds (1 already subscribed)." in out
    assert "2 duplicate feeds were merged" in out
    assert cli.main(["--json", "feeds"]) == 0
    assert [f["url"] for f in json.loads(capsys.readouterr().out)] == [url]
