"""Hostile feeds (RELIABILITY rows F1-F3, F9, H1 in feed bodies): refused or made harmless."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from typing import Any

import lxml.html
import pytest

from reader.core.feeds import prolog
from reader.core.feeds.parse import discover_feeds, parse_feed
from reader.core.render.sanitize import ALLOWED_TAGS, sanitize_html
from reader.errors import FeedError
from tests.conftest import FIXTURES
from tests.httpserver import FixtureServer

FEEDS = FIXTURES / "feeds"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
ENTITIES = "^feed declares XML entities$"


@pytest.fixture
def no_feedparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the document reaches feedparser (the guard must refuse it first)."""
    import feedparser

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the document reached feedparser")

    monkeypatch.setattr(feedparser, "parse", refuse)


def parse_bytes(body: bytes, content_type: str = "application/rss+xml") -> Any:
    return parse_feed(body, "https://hostile.example/feed", content_type, now=NOW)


# --- entities (F1, F2) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["billion_laughs_rss.xml", "billion_laughs_oneline_atom.xml", "billion_laughs_rdf.rdf"]
)
def test_billion_laughs_refused_before_parsing(name: str, no_feedparser: None) -> None:
    with pytest.raises(FeedError, match=ENTITIES):
        parse_bytes((FEEDS / name).read_bytes())


def quadratic_blowup(codec: str = "utf-8") -> bytes:
    """One 50 kB entity referenced 50,000 times (F2): feedparser alone grows to GBs."""
    entity = "A" * 50_000
    refs = "&a;" * 50_000
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{entity}">]>'
        f"<rss version='2.0'><channel><title>q</title><item><title>{refs}</title>"
        "</item></channel></rss>"
    )
    return doc.encode(codec)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_quadratic_blowup_refused_by_the_prolog_guard(codec: str, no_feedparser: None) -> None:
    body = quadratic_blowup(codec)
    with pytest.raises(FeedError, match=ENTITIES):
        parse_bytes(body)


@pytest.mark.parametrize(
    "body",
    [
        # the DOCTYPE's name hides behind a comment that holds "<a"
        b'<?xml version="1.0"?><!-- <a --><!DOCTYPE rss [<!ENTITY x "y">]><rss/>',
        # a quote in a comment inside the internal subset
        b"<!DOCTYPE rss [<!-- ' --><!ENTITY x \"y\">]><rss/>",
        # lower case, parameter entity, entity outside any DOCTYPE
        b'<!doctype rss [<!entity x "y">]><rss/>',
        b'<!DOCTYPE rss [<!ENTITY % p "y"> %p;]><rss/>',
        b'<!ENTITY x "y"><rss/>',
        # an unterminated DOCTYPE
        b'<!DOCTYPE rss [<!ENTITY x "' + b"y" * 1000,
        # declared UTF-16 in the header, no BOM, leading whitespace
        ' <!DOCTYPE rss [<!ENTITY x "y">]><rss/>'.encode("utf-16-le"),
        # UTF-7 (declared in the header only)
        b"+ADw-!DOCTYPE rss +AFs-+ADw-!ENTITY x +ACI-y+ACI-+AD4-+AF0-+AD4-+ADw-rss/+AD4-",
    ],
    ids=["comment-a", "quote-in-comment", "lowercase", "parameter", "outside-doctype",
         "unterminated", "utf16-header", "utf7"],
)  # fmt: skip
def test_entity_declarations_in_disguise_refused(body: bytes, no_feedparser: None) -> None:
    content_type = "application/xml; charset=utf-16" if b"\x00" in body else "application/xml"
    if body.startswith(b"+ADw-"):
        content_type = "application/xml; charset=utf-7"
    with pytest.raises(FeedError, match=ENTITIES):
        parse_bytes(body, content_type)


def test_entity_text_after_the_first_element_is_not_refused() -> None:
    body = (
        b'<rss version="2.0"><channel><title>XML tips</title><item><guid>1</guid>'
        b"<title>About &lt;!ENTITY&gt;</title><description><![CDATA[<!ENTITY x 'y'> is how "
        b"you declare one]]></description></item></channel></rss>"
    )
    (entry,) = parse_bytes(body).entries
    assert "declare one" in entry.summary_html


# --- XXE and external DTDs (F3) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("xxe_file.xml", ENTITIES),
        ("xxe_parameter.xml", ENTITIES),
        ("xxe_external_dtd.xml", "external document type definition"),
    ],
)
def test_xxe_to_a_local_file_refused(name: str, message: str, no_feedparser: None) -> None:
    with pytest.raises(FeedError, match=message):
        parse_bytes((FEEDS / name).read_bytes())


def test_xxe_to_an_http_url_is_never_fetched(server: FixtureServer) -> None:
    server.add("/x.dtd", body=b'<!ENTITY leak "LEAKED">', content_type="application/xml-dtd")
    server.add("/entity", body=b"LEAKED", content_type="text/plain")
    dtd, entity = server.url("/x.dtd"), server.url("/entity")
    bodies = [
        f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{dtd}"><rss version="2.0"><channel>'
        "<title>&leak;</title></channel></rss>",
        f'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//X//Y//EN" "{dtd}"><rss version="2.0">'
        "<channel><title>x</title></channel></rss>",
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e SYSTEM "{entity}">]><rss version="2.0">'
        "<channel><title>&e;</title></channel></rss>",
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % d SYSTEM "{dtd}"> %d;]>'
        '<rss version="2.0"><channel><title>&leak;</title></channel></rss>',
    ]
    for body in bodies:
        with pytest.raises(FeedError):
            parse_bytes(body.encode())
    assert server.hits["/x.dtd"] == 0
    assert server.hits["/entity"] == 0


def test_the_netscape_rss_091_dtd_is_allowed_and_not_fetched() -> None:
    feed = parse_bytes((FEEDS / "rss091.xml").read_bytes())
    assert feed.title == "Old Times"


def test_prolog_guard_reports_the_root() -> None:
    assert prolog.check(b'<?xml version="1.0"?><!-- c --><rdf:RDF/>').root == "rdf:RDF"
    assert prolog.check("<feed/>".encode("utf-16")).root == "feed"


# --- titles and authors (F9) ----------------------------------------------------------------

_TAG_LIKE = re.compile(r"<\s*[A-Za-z/!?]")


def test_titles_and_authors_are_plain_text_on_one_line() -> None:
    feed = parse_bytes((FEEDS / "titles.xml").read_bytes())
    texts = [feed.title] + [e.title for e in feed.entries] + [e.author for e in feed.entries]
    assert len(feed.entries) == 7
    for text in texts:
        assert not _TAG_LIKE.search(text), text
        assert "/dev/zero" not in text
        assert not any(ch in text for ch in "\u202e\x00\n\r\t")
        assert len(text) <= 1000
    titles = [e.title for e in feed.entries]
    assert titles[3] == "txt.exe right-to-left override"
    assert titles[4] == "line one line two line three"
    assert titles[6].endswith("…") and titles[6].startswith("AAAA")
    assert feed.entries[0].author == "EvilAuthor"
    assert feed.title == "Feed name second line"


def test_atom_text_bodies_are_escaped_never_markup() -> None:
    feed = parse_bytes((FEEDS / "atom_text_script.xml").read_bytes(), "application/atom+xml")
    (entry,) = feed.entries
    assert entry.title == "in a text title"  # the script's body is not text worth keeping
    assert entry.summary_html.startswith("<p>&lt;script&gt;alert(1)&lt;/script&gt;")
    assert "<script" not in entry.summary_html and "<img" not in entry.summary_html
    assert entry.content_html == (
        '<p>&lt;iframe src="javascript:alert(3)"&gt;&lt;/iframe&gt;<br>line two</p>'
    )


# --- XSS in bodies (H1) ---------------------------------------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<body onload=alert(1)>b</body>",
    '<a href="javascript:alert(1)">1</a>',
    '<a href="JaVaScRiPt:alert(1)">2</a>',
    '<a href=" \tjavascript:alert(1)">3</a>',
    '<a href="java&#x09;script:alert(1)">4</a>',
    '<a href="javascript&colon;alert(1)">5</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">6</a>',
    '<a href="&#x6A;avascript:alert(1)">7</a>',
    '<a href="jav&#x0A;ascript:alert(1)">8</a>',
    '<a href="vbscript:msgbox(1)">9</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">10</a>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<form action="javascript:alert(1)"><input type="submit"></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    '<div style="background:url(javascript:alert(1))">s</div>',
    '<div style="width:expression(alert(1))">e</div>',
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%">f</div>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<a href="ms-msdt:/id PCWDiagnostic">m</a>',
    '<img src="file:///etc/passwd">',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    "<style>@import 'javascript:alert(1)';</style>",
    '<img srcset="javascript:alert(1) 1x">',
    '<a href="feed:javascript:alert(1)">f</a>',
]
URL_ATTRIBUTES = {"href", "src", "cite", "action", "formaction", "data", "poster", "background"}


def assert_harmless(html: str) -> None:
    """The oracle: only allowlisted tags, no handlers/styles, only http(s)/mailto URLs."""
    assert sanitize_html(html, "https://hostile.example/") == html  # sanitizing twice: same
    if not html.strip():
        return
    for element in lxml.html.fragment_fromstring(html, create_parent="div").iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag == "div" or element.tag in ALLOWED_TAGS, element.tag
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (name, html)
            assert name.lower() not in {"style", "srcdoc", "srcset", "formaction"}, (name, html)
            if name.lower() in URL_ATTRIBUTES:
                assert re.match(r"^(https?://|mailto:)", value), (name, value, html)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_xss_payloads_do_not_survive_in_any_body(payload: str) -> None:
    cdata = payload.replace("]]>", "]]]]><![CDATA[>")
    rss_body = (
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>x</title><item><guid>1</guid><title>t</title><link>https://hostile.example/1</link>"
        f"<description>{_escaped(payload)}</description>"
        f"<content:encoded><![CDATA[{cdata}]]></content:encoded></item></channel></rss>"
    ).encode()
    atom_body = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><id>f</id><entry><id>1</id>'
        f'<title>t</title><summary type="html">{_escaped(payload)}</summary>'
        f'<content type="text">{_escaped(payload)}</content></entry></feed>'
    ).encode()
    import json

    json_body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "x",
            "items": [{"id": "1", "title": "t", "content_html": payload, "summary": payload}],
        }
    ).encode()
    bodies = [
        (rss_body, "application/rss+xml"),
        (atom_body, "application/atom+xml"),
        (json_body, "application/feed+json"),
    ]
    for body, content_type in bodies:
        (entry,) = parse_bytes(body, content_type).entries
        assert_harmless(entry.summary_html)
        assert_harmless(entry.content_html)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sanitize_html_alone_removes_payloads(payload: str) -> None:
    assert_harmless(sanitize_html(payload, "https://hostile.example/"))


# --- odd bytes that crash feedparser itself -------------------------------------------------


def test_character_references_to_no_character_are_recovered() -> None:
    body = (
        b'<rss version="2.0"><channel><title>a&#x110000;b&#xD800;c&#99999999;d</title>'
        b"<item><guid>1</guid><title>t&#x110000;</title></item></channel></rss>"
    )
    feed = parse_bytes(body)
    assert feed.title == "a\ufffdb\ufffdc\ufffdd"
    assert len(feed.entries) == 1


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0" encoding="\xff\xfe"?><rss version="2.0"><channel/></rss>',
        b'<?xml version="1.0" encoding="utf\x008"?><rss version="2.0"><channel/></rss>',
        b'<rss version="2.0"><channel><title>&#999999999999999999999999;</title></channel></rss>',
    ],
)
def test_bytes_that_crash_feedparser_become_feed_errors(body: bytes) -> None:
    try:
        parse_bytes(body)
    except FeedError as exc:
        assert str(exc)


def _mutate(rng: random.Random, body: bytes) -> bytes:
    tokens = [b"<", b">", b"&", b"]]>", b"<![CDATA[", b"\x00", b"\xff", b"&#0;", b"&#x110000;",
              b'"', b"<!--", b"<?", b"{", b"[", b"\xef\xbb\xbf", b"<!DOCTYPE x>", b"&lt;"]  # fmt: skip
    data = bytearray(body)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(data))
        choice = rng.random()
        if choice < 0.3:
            del data[pos : pos + rng.randint(1, 20)]
        elif choice < 0.6:
            data[pos:pos] = rng.choice(tokens)
        elif choice < 0.8 and data:
            data[min(pos, len(data) - 1)] = rng.randrange(256)
        else:
            del data[pos:]
    return bytes(data)


def test_mutated_feeds_never_raise_anything_but_feed_error() -> None:
    rng = random.Random(20261126)
    seeds = [p.read_bytes() for p in sorted(FEEDS.iterdir()) if p.stat().st_size < 20_000]
    types = ["application/xml", "text/html", "application/json", "", "text/xml; charset=utf-16"]
    for _ in range(400):
        body = _mutate(rng, rng.choice(seeds))
        content_type = rng.choice(types)
        try:
            feed = parse_bytes(body, content_type)
        except FeedError as exc:
            assert str(exc)
        else:
            assert all(entry.entry_id for entry in feed.entries)
        assert isinstance(discover_feeds(body, "https://hostile.example/", content_type), list)


@pytest.mark.parametrize(
    "body",
    [
        b'junk <!DOCTYPE rss SYSTEM "http://127.0.0.1:9/x.dtd"><rss version="2.0"/>',
        b'\n\n<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//X//EN" "file:///etc/passwd"><rss/>',
        b'<!DOCTYPE rss SYSTEM "http://my.netscape.com/publish/formats/rss-0.91.dtd.evil"><rss/>',
    ],
)
def test_external_dtds_refused_even_after_junk(body: bytes, no_feedparser: None) -> None:
    with pytest.raises(FeedError, match="external document type definition"):
        parse_bytes(body)


# --- prologs built to be slow or to hide an entity past the scan window ---------------------


@pytest.mark.parametrize(
    "body",
    [
        b" " * 2_000_000 + b"<!DOCTYPE x [<!ENTITY a 'b'>]><rss/>",
        b"x" * 2_000_000 + b"<!DOCTYPE x [<!ENTITY a 'b'>]><rss/>",
        b"<!DOCTYPE x [<!-- " + b" " * 2_000_000 + b" --><!ENTITY a 'b'>]><rss/>",
        b"<!DOCTYPE x [" + b"<!ELEMENT x ANY>" * 150_000 + b"<!ENTITY a 'b'>]><rss/>",
        b"<!DOCTYPE x [" + b"<!--" * 500_000,
        b"<!DOCTYPE x " + b"[" * 2_000_000,
    ],
    ids=["spaces", "junk", "long-comment", "many-declarations", "open-comments", "brackets"],
)
def test_overlong_prologs_refused(body: bytes, no_feedparser: None) -> None:
    # Each would take minutes with a backtracking scan; the scan is linear.
    with pytest.raises(FeedError, match=r"header is too long"):
        parse_bytes(body)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-16-le", "utf-32"])
def test_big_feeds_in_any_encoding_pass_the_guard(codec: str) -> None:
    body = ("<rss version='2.0'><channel><title>B</title>" + "<item>x</item>" * 100_000).encode(
        codec
    )
    assert len(body) > prolog.SCAN_LIMIT
    assert prolog.check(body).root == "rss"


def test_a_nul_after_the_first_angle_bracket_does_not_hide_entities(no_feedparser: None) -> None:
    with pytest.raises(FeedError, match=ENTITIES):
        parse_bytes(b"<\x00!DOCTYPE x [<!ENTITY a 'b'>]><rss/>")
