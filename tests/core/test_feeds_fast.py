"""The lxml fast path gives exactly what feedparser gives (reader.core.feeds.fast, issue 14).

A differential test: every feed document is parsed twice, once as the app does (fast path when
it accepts the document) and once with feedparser only (``fast=False``), and the two ParsedFeeds
must be equal in every stored field. Documents come from tests/fixtures, the feeds the test kit
and the refresh bench serve, and hypothesis (RSS 2.0, RSS 1.0 and Atom 1.0 built from tricky
pieces: CDATA, entities, xml:base, namespaces, missing guids, odd dates, relative links, HTML in
titles, content:encoded vs description, Atom text/html/xhtml, several links, enclosures, media).
"""

from __future__ import annotations

import dataclasses
import html
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.feeds import fast, parse
from reader.core.parsed import ParsedFeed
from reader.errors import FeedError

NOW = datetime(2026, 10, 5, 12, 0, tzinfo=UTC)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
ROOT = Path(__file__).resolve().parents[2]
URL = "https://news.example/feeds/main.xml"


def both(
    body: bytes, url: str = URL, content_type: str = "application/rss+xml"
) -> tuple[object, object]:
    """(the app's result, feedparser's result), warnings aside; a FeedError as its words."""
    results: list[object] = []
    for use_fast in (True, False):
        try:
            feed = parse.parse_feed(body, url, content_type, now=NOW, fast=use_fast)
        except FeedError as err:
            results.append(("FeedError", str(err)))
        else:
            results.append(dataclasses.replace(feed, warnings=()))
    return results[0], results[1]


def accepted(body: bytes, url: str = URL, content_type: str = "application/rss+xml") -> bool:
    """Whether the fast path reads the document itself."""
    document, _ = parse.prepare(body, content_type)
    return fast.read(document, url) is not None


def assert_same(body: bytes, url: str = URL, content_type: str = "application/rss+xml") -> None:
    ours, feedparsers = both(body, url, content_type)
    assert ours == feedparsers, body.decode("utf-8", "replace")[:3000]


# -- real documents ------------------------------------------------------------------------
@pytest.mark.parametrize("path", sorted(FIXTURES.iterdir()), ids=lambda p: p.name)
@pytest.mark.parametrize(
    "url", [URL, "http://other.example/x/y/", "", "ftp://files.example/f/", "javascript:x()"]
)
def test_every_fixture_feed_gives_the_same_result(path: Path, url: str) -> None:
    assert_same(path.read_bytes(), url)


def test_the_fast_path_reads_the_common_formats_itself() -> None:
    # A differential test is only worth something when the fast path is actually taken.
    for name in ("rss20.xml", "rss092.xml", "rss10.rdf", "atom10.xml", "dates.xml", "ids.xml"):
        assert accepted((FIXTURES / name).read_bytes()), name


def test_the_bench_and_test_kit_feeds_give_the_same_result() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import refresh as bench  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    site = bench.Site.__new__(bench.Site)
    site.bases, site.items = ["http://127.0.0.1:8/"], 20
    body = site._feed(7).encode()
    assert accepted(body)
    assert_same(body, "http://127.0.0.1:8/feeds/7.xml")
    from tests import feedkit

    items = [
        feedkit.Item(f"g{i}", f"Story {i} & co", f"https://example.org/{i}", f"<p>Sum {i}</p>",
                     f"<p>Full <a href='/x'>{i}</a></p>" if i % 2 else "")
        for i in range(5)
    ]  # fmt: skip
    body = feedkit.rss("Kit <feed>", items).encode()
    assert accepted(body)
    assert_same(body)


# -- generated documents ---------------------------------------------------------------------
TEXTS = [
    "Plain words", "A &amp; B", "<![CDATA[<b>bold</b> & more]]>", "  spaced \n out  ", "",
    "&lt;p&gt;para &lt;a href=\"rel/x.html\"&gt;link&lt;/a&gt; &lt;img src=\"/i.png\"&gt;&lt;/p&gt;",
    "<![CDATA[<p><img src='i.png'> <a href=''>empty</a> <a href='javascript:x()'>js</a></p>]]>",
    "Caf\u00e9 &#8212; &#x201C;quoted&#x201D;", "&#150; cp1252 dash", "\u00c3\u00a9 mojibake",
    "x &lt; y &gt; z", "&lt;script&gt;alert(1)&lt;/script&gt;", "a ]]&gt; b", "\u0645\u0631\u062d\u0628\u0627",
    "&amp;nbsp; &amp;copy; &amp;bogus;", "&lt;b&gt;unclosed", "<![CDATA[&lt;i&gt;twice&lt;/i&gt;]]>",
    "&lt;p/&gt;&lt;br/&gt;x&lt;!-- c --&gt;", "tab\there", "emoji \U0001f600 zwj \u200d",
    "&lt;blockquote cite=\"../q\"&gt;q&lt;/blockquote&gt;", "&lt;a href=\"?a=1&amp;amp;b=2\"&gt;q&lt;/a&gt;",
]  # fmt: skip
URLS = [
    "http://news.example/a", "/abs/path", "rel/path.html", "", "  https://news.example/sp  ",
    "?q=1&amp;b=2", "javascript:alert(1)", "mailto:x@news.example", "//proto.example/x",
    "urn:uuid:1234", "tag:news.example,2024:1", "12345", "http://news.example/a?b=1&amp;c;=2",
    "ftp://files.example/f", "../up.html", "#frag",
]  # fmt: skip
DATES = [
    "Tue, 10 Jun 2003 04:00:00 GMT", "2003-12-13T18:30:02Z", "2003-12-13T18:30:02+01:00",
    "10 Jun 2003", "not a date", "", "2003-02-30", "2003-12-13 18:30", "20031213T183002Z",
    "Sun, 31 Dec 2099 00:00:00 GMT", "13.12.2003", "Tue, 10 Jun 2003 04:00:00 +2500", "2003",
]  # fmt: skip
NS = (
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" '
    'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:x="http://unknown.example/ns" '
    'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
)
text = st.one_of(
    st.sampled_from(TEXTS),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30).map(html.escape),
)
url = st.sampled_from(URLS)
date = st.sampled_from(DATES)
base = st.one_of(st.just(""), st.sampled_from(URLS).map(lambda u: f' xml:base="{u}"'))
kind = st.sampled_from(["", ' type="text"', ' type="html"', ' type="xhtml"', ' type="text/html"'])
xhtml = st.sampled_from([
    '<div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <a href="rel/a">a</a><br/></p></div>',
    '<div xmlns="http://www.w3.org/1999/xhtml">one</div><div xmlns="http://www.w3.org/1999/xhtml">two</div>',
    '<p xmlns="http://www.w3.org/1999/xhtml" class="c">x &amp; <img src="i.png"/></p>',
    '<x:div xmlns:x="http://www.w3.org/1999/xhtml" xml:base="/b/"><x:a href="z">z</x:a></x:div>',
])  # fmt: skip


def _tagged(tag: str) -> st.SearchStrategy[str]:
    return st.tuples(base, text).map(lambda p: f"<{tag}{p[0]}>{p[1]}</{tag}>")


RSS_PARTS = st.one_of(
    _tagged("title"),
    _tagged("description"),
    _tagged("content:encoded"),
    _tagged("dc:title"),
    _tagged("dc:description"),
    _tagged("media:title"),
    _tagged("itunes:summary"),
    st.tuples(base, url).map(lambda p: f"<link{p[0]}>{p[1]}</link>"),
    st.tuples(st.sampled_from(["", ' isPermaLink="false"', ' isPermaLink="true"']), url).map(
        lambda p: f"<guid{p[0]}>{p[1]}</guid>"
    ),
    date.map(lambda d: f"<pubDate>{d}</pubDate>"),
    date.map(lambda d: f"<dc:date>{d}</dc:date>"),
    text.map(lambda t: f"<author>{t}</author>"),
    text.map(lambda t: f"<dc:creator>{t}</dc:creator>"),
    st.sampled_from(["jo@news.example (Jo Smith)", "Jo <jo@news.example>", "jo@news.example"]).map(
        lambda t: f"<author>{html.escape(t)}</author>"
    ),
    st.tuples(
        url,
        st.sampled_from(["image/png", "audio/mpeg", "IMAGE/JPEG", ""]),
        st.sampled_from(["12", "0", "", "-3", "1 MB"]),
    ).map(lambda p: f'<enclosure url="{p[0]}" type="{p[1]}" length="{p[2]}"/>'),
    st.tuples(
        url, st.sampled_from(["image", "video", ""]), st.sampled_from(["", ' fileSize="99"'])
    ).map(
        lambda p: (
            f'<media:content url="{p[0]}" medium="{p[1]}"{p[2]} duration="61" type="video/mp4">'
            "<media:title>m</media:title></media:content>"
        )
    ),
    st.sampled_from(["1:02", "3723", "01:02:03", "x", "", "61.5"]).map(
        lambda d: f"<itunes:duration>{d}</itunes:duration>"
    ),
    url.map(lambda u: f'<media:group><media:thumbnail url="{u}"/></media:group>'),
    url.map(lambda u: f"<media:thumbnail>{u}</media:thumbnail>"),
    st.tuples(url, st.sampled_from(["alternate", "enclosure", "self"])).map(
        lambda p: f'<atom:link rel="{p[1]}" href="{p[0]}" type="image/png"/>'
    ),
    st.sampled_from(
        [
            "<category>c</category>",
            "<comments>c.html</comments>",
            '<x:thing a="1">t</x:thing>',
            "<x:title>not a title</x:title>",
            "<source url='http://s.example/'>S</source>",
            '<itunes:image href="cover.png"/>',
            "<itunes:duration>1:02</itunes:duration>",
            '<itunes:duration a="1">9</itunes:duration>',
            "<Title>Upper</Title>",
            "<description type='text/plain'>typed</description>",
        ]
    ),
)
ATOM_PARTS = st.one_of(
    st.tuples(base, kind, text).map(lambda p: f"<title{p[0]}{p[1]}>{p[2]}</title>"),
    st.tuples(base, kind, text).map(lambda p: f"<summary{p[0]}{p[1]}>{p[2]}</summary>"),
    st.tuples(base, kind, text).map(lambda p: f"<content{p[0]}{p[1]}>{p[2]}</content>"),
    st.tuples(base, xhtml).map(lambda p: f'<content{p[0]} type="xhtml">{p[1]}</content>'),
    st.tuples(base, xhtml).map(lambda p: f'<title{p[0]} type="xhtml">{p[1]}</title>'),
    st.tuples(
        url,
        st.sampled_from(
            ["", ' rel="alternate"', ' rel="enclosure"', ' rel="self"', ' rel="related"']
        ),
        st.sampled_from(["", ' type="text/html"', ' type="image/png"', ' type="audio/mpeg"']),
    ).map(lambda p: f'<link href="{p[0]}"{p[1]}{p[2]}/>'),
    url.map(lambda u: f"<id>{u}</id>"),
    date.map(lambda d: f"<updated>{d}</updated>"),
    date.map(lambda d: f"<published>{d}</published>"),
    st.tuples(text, st.sampled_from(["", "<email>jo@news.example</email>"])).map(
        lambda p: f"<author><name>{p[0]}</name>{p[1]}<uri>/me</uri></author>"
    ),
    st.sampled_from(
        [
            '<category term="t"/>',
            "<author><email>only@news.example</email></author>",
            '<media:thumbnail url="t.png"/>',
            '<content src="http://news.example/c"/>',
            "<source><title>S</title></source>",
            "<dc:creator>DC</dc:creator>",
        ]
    ),
)


def rss(channel: str, items: list[list[str]]) -> bytes:
    body = "".join(f"<item>{''.join(parts)}</item>" for parts in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {NS}><channel>{channel}{body}</channel></rss>'.encode()


CHANNEL = st.lists(
    st.one_of(
        _tagged("title"),
        st.tuples(base, url).map(lambda p: f"<link{p[0]}>{p[1]}</link>"),
        _tagged("description"),
        url.map(lambda u: f"<image><url>{u}</url><title>I</title><link>/</link></image>"),
        url.map(lambda u: f'<itunes:image href="{u}"/>'),
        _tagged("itunes:summary"),
        url.map(lambda u: f'<atom:link href="{u}" rel="self"/>'),
        url.map(lambda u: f'<atom:link href="{u}"/>'),
        st.just("<language>en</language>"),
    ),
    max_size=4,
).map("".join)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CHANNEL, st.lists(st.lists(RSS_PARTS, max_size=7), min_size=1, max_size=3), url)
def test_generated_rss_gives_the_same_result(
    channel: str, items: list[list[str]], where: str
) -> None:
    assert_same(rss(channel, items), "https://news.example/feeds/" + where.strip().lstrip("/"))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.tuples(
        base, _tagged("title"), st.lists(ATOM_PARTS.filter(lambda p: "<title" not in p), max_size=3)
    ),
    st.lists(st.lists(ATOM_PARTS, max_size=7), min_size=1, max_size=3),
)
def test_generated_atom_gives_the_same_result(
    head: tuple[str, str, list[str]], entries: list[list[str]]
) -> None:
    feed_base, title, parts = head
    body = "".join(f"<entry>{''.join(p)}</entry>" for p in entries)
    doc = (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f'xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f"{feed_base}>{title}{''.join(parts)}{body}</feed>"
    )
    assert_same(doc.encode(), URL, "application/atom+xml")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(RSS_PARTS.filter(lambda p: "atom:" not in p and "media:g" not in p), max_size=6),
        min_size=1,
        max_size=3,
    )
)
def test_generated_rdf_gives_the_same_result(items: list[list[str]]) -> None:
    body = "".join(
        f'<item rdf:about="http://news.example/{i}">{"".join(p)}</item>'
        for i, p in enumerate(items)
    )
    doc = (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:x="http://unknown.example/ns" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
        '<channel rdf:about="http://news.example/"><title>R</title><link>http://news.example/</link>'
        f"</channel>{body}</rdf:RDF>"
    )
    assert_same(doc.encode(), URL, "application/rdf+xml")


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from(["rss20.xml", "atom10.xml", "rss10.rdf"]))
def test_mutated_fixtures_give_the_same_result(rng: random.Random, name: str) -> None:
    # Bytes cut, doubled or flipped: whatever the fast path accepts, it reads as feedparser does.
    body = bytearray((FIXTURES / name).read_bytes())
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(body))
        action = rng.choice(["cut", "dup", "flip"])
        if action == "cut":
            del body[i : i + rng.randint(1, 20)]
        elif action == "dup":
            body[i:i] = body[i : i + rng.randint(1, 40)]
        else:
            body[i] = rng.choice(b"<>&\"' abc/\x00\xc3\xa9")
    assert_same(bytes(body))


def test_parsed_feed_fields_are_all_compared() -> None:
    # The comparison is dataclass equality: a new stored field is compared without a change here.
    assert {f.name for f in dataclasses.fields(ParsedFeed)} >= {"title", "site_url", "entries"}


# -- the shortcuts change nothing ------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_plain_html_bodies_skip_the_sanitizer_with_the_same_result(value: str) -> None:
    from reader.core.feeds.entries import body_html
    from reader.core.render.sanitize import sanitize_html

    assert body_html(value, "text/html", URL) == (
        sanitize_html(value, base_url=URL) if value else ""
    )


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.sampled_from(URLS),
        st.from_regex(
            r"https?://[a-z0-9.-]{1,12}(:[0-9]{1,5})?(/[a-zA-Z0-9._~%/-]{0,20})?", fullmatch=True
        ),
    ),
    st.sampled_from([URL, "http://x.example/a/b/", ""]),
)
def test_the_plain_url_join_shortcut_is_feedparsers_join(uri: str, base_url: str) -> None:
    from feedparser.urls import _urljoin

    from reader.core.feeds import fpcompat

    assert fpcompat.urljoin(base_url, uri) == _urljoin(base_url, uri)
    assert fpcompat.safe_absolute_uri(base_url, uri) == __import__(
        "feedparser.urls"
    ).urls.make_safe_absolute_uri(base_url, uri)


# -- for callers with worker processes ---------------------------------------------------------
def test_parse_without_feedparser_answers_when_the_fast_path_reads_it() -> None:
    for name in ("rss20.xml", "atom10.xml", "jsonfeed11.json"):
        body = (FIXTURES / name).read_bytes()
        assert parse.parse_without_feedparser(body, URL, now=NOW) == parse.parse_feed(
            body, URL, now=NOW
        )
    for name in ("rss091.xml", "truncated_with_entries.xml", "illegal_chars.xml"):
        assert parse.parse_without_feedparser((FIXTURES / name).read_bytes(), URL, now=NOW) is None
    with pytest.raises(FeedError):
        parse.parse_without_feedparser((FIXTURES / "login_page.html").read_bytes(), URL, now=NOW)


def test_a_plain_feed_is_read_without_importing_feedparser(tmp_path: Path) -> None:
    import subprocess

    code = (
        "import sys; from datetime import datetime, UTC; "
        "from reader.core.feeds.parse import parse_without_feedparser as p; "
        "body = open(sys.argv[1], 'rb').read(); "
        "assert p(body, 'https://x.example/f', now=datetime.now(UTC)) is not None; "
        "assert 'feedparser' not in sys.modules, 'feedparser was imported'"
    )
    feed = b'<rss version="2.0"><channel><title>T</title><item><title>A</title>'
    feed += b"<link>https://x.example/a</link><description>Plain words.</description>"
    feed += b"<guid>https://x.example/a</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>"
    feed += b"</item></channel></rss>"
    path = tmp_path / "plain-feed.xml"
    path.write_bytes(feed)
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
