"""The attribute guard (RELIABILITY drill): one element with thousands of attributes made both
XML readers quadratic (a 1 MB feed, one <item> with 100,000 attributes: 58 s to subscribe and
refresh). Such a feed is refused in words; real feeds, and text that looks like attributes,
are not."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reader.core.feeds.attributes import MANY_ATTRIBUTES_MESSAGE, MAX_ATTRIBUTES
from reader.core.feeds.parse import parse_feed
from reader.errors import FeedError
from tests.feedkit import RSS_TYPE, Item, rss
from tests.httpserver import FixtureServer
from tests.props import PROPERTY_SLOW
from tests.usecases.refreshkit import Env

NOW = datetime(2026, 11, 10, tzinfo=UTC)
ATOM = "http://www.w3.org/2005/Atom"


def _attributes(count: int, quote: str, spacing: str) -> str:
    return "".join(f"{spacing}a{i}{spacing}={spacing}{quote}v{i}{quote}" for i in range(count))


def _feed(where: str, attributes: str, *, broken: bool = False) -> bytes:
    tail = "" if broken else "</channel></rss>"  # not well-formed: feedparser's loose parser
    on = {w: (attributes if w == where else "") for w in ("channel", "item", "title", "enc")}
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel{on["channel"]}>'
        f"<title>T</title><item{on['item']}><guid>g1</guid><title{on['title']}>Hello</title>"
        f'<enclosure url="https://example.org/a.mp3" type="audio/mpeg" length="1"{on["enc"]}/>'
        f"</item>{tail}"
    ).encode()


@PROPERTY_SLOW
@given(
    count=st.one_of(
        st.integers(0, MAX_ATTRIBUTES), st.integers(MAX_ATTRIBUTES + 1, MAX_ATTRIBUTES + 3_000)
    ),
    where=st.sampled_from(["channel", "item", "title", "enc"]),
    quote=st.sampled_from(['"', "'"]),
    spacing=st.sampled_from([" ", "\n", "\t "]),
    broken=st.booleans(),
)
@example(count=MAX_ATTRIBUTES - 3, where="enc", quote='"', spacing=" ", broken=False)
@example(count=MAX_ATTRIBUTES - 2, where="enc", quote="'", spacing=" ", broken=True)
@example(count=MAX_ATTRIBUTES, where="item", quote='"', spacing="\n", broken=False)
@example(count=MAX_ATTRIBUTES + 1, where="title", quote='"', spacing=" ", broken=True)
def test_refused_exactly_when_one_element_has_too_many_attributes(
    count: int, where: str, quote: str, spacing: str, broken: bool
) -> None:
    body = _feed(where, _attributes(count, quote, spacing), broken=broken)
    own = 3 if where == "enc" else 0  # the enclosure's url, type and length
    if count + own > MAX_ATTRIBUTES:
        with pytest.raises(FeedError, match=MANY_ATTRIBUTES_MESSAGE):
            parse_feed(body, "https://example.org/f", RSS_TYPE, now=NOW)
    else:
        parsed = parse_feed(body, "https://example.org/f", RSS_TYPE, now=NOW)
        assert [e.title for e in parsed.entries] == ["Hello"]


def test_attribute_lookalikes_in_text_are_not_counted() -> None:
    """``a=b`` pairs in a CDATA section (also inside an HTML tag there), a comment, an escaped
    body or a long attribute value are text, not attributes."""
    pairs = " ".join(f'k{i}="v"' for i in range(2_000))
    html_tag = f"<![CDATA[<p>a</p>]]><![CDATA[<div {pairs}>body</div>]]>"
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><!-- '
        + pairs
        + f" --><item><guid>g</guid><title>Hi</title><description><![CDATA[{pairs}]]>"
        + "</description></item><item><guid>i</guid><title>Hu</title><description>"
        + html_tag
        + "</description></item><item><guid>h</guid><title>Ho</title><description>"
        + pairs.replace('"', "&quot;")
        + f"</description><link>https://example.org/?{'&amp;'.join(['x=1'] * 2000)}</link>"
        + f'<enclosure url="https://example.org/x.mp3" type="audio/mpeg" length="1" title="{pairs.replace(chr(34), "")}"/>'
        + "</item></channel></rss>"
    ).encode()
    parsed = parse_feed(body, "https://example.org/f", RSS_TYPE, now=NOW)
    assert [e.title for e in parsed.entries] == ["Hi", "Hu", "Ho"]
    assert "body" in parsed.entries[1].summary_html


def test_atom_entry_with_thousands_of_attributes_is_refused() -> None:
    body = (
        f'<?xml version="1.0"?><feed xmlns="{ATOM}"><title>A</title>'
        f"<entry{_attributes(5_000, chr(34), ' ')}><id>x</id><title>t</title></entry></feed>"
    ).encode()
    with pytest.raises(FeedError, match=MANY_ATTRIBUTES_MESSAGE):
        parse_feed(body, "https://example.org/f", "application/atom+xml", now=NOW)


def test_a_refresh_that_turns_into_an_attribute_bomb_keeps_the_articles(
    profile: Path, server: FixtureServer
) -> None:
    env = Env(profile, max_workers=2)
    try:
        items = [Item(guid=f"g{i}", title=f"Story {i}") for i in range(3)]
        server.add("/f.xml", rss("F", items), content_type=RSS_TYPE)
        feed = env.refresher.subscribe(server.url("/f.xml"))
        before = env.store.articles(feed_id=feed.id)
        server.add("/f.xml", _feed("item", _attributes(20_000, '"', " ")), content_type=RSS_TYPE)
        result = env.refresher.refresh(simplify=False).results[0]
        assert result.error is not None and MANY_ATTRIBUTES_MESSAGE in result.error
        assert env.store.articles(feed_id=feed.id) == before
    finally:
        env.close()
