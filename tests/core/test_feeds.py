"""reader.core.feeds.parse: every feed format, encodings, errors in words, ids, images, autodiscovery.

Hostile input (entities, XXE, XSS, titles) is in test_feeds_hostile.py; dates in test_dates.py.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from reader.core.feeds import parse as feeds
from reader.core.feeds.entries import fallback_id
from reader.core.feeds.parse import discover_feeds, looks_like_html, parse_feed
from reader.core.parsed import ParsedFeed
from reader.errors import FeedError
from tests.conftest import FIXTURES

FEEDS = FIXTURES / "feeds"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def parse(name: str, url: str = "", content_type: str = "application/xml") -> ParsedFeed:
    """Parse a fixture as if fetched from ``url``."""
    body = (FEEDS / name).read_bytes()
    return parse_feed(body, url or f"https://fixture.example/feeds/{name}", content_type, now=NOW)


def rss(items: str, channel: str = "<title>T</title>", declaration: str = "") -> bytes:
    """A small RSS 2.0 document."""
    return (f'{declaration}<rss version="2.0"><channel>{channel}{items}</channel></rss>').encode()


# --- formats --------------------------------------------------------------------------------


def test_rss_091_with_netscape_dtd_is_read() -> None:
    feed = parse("rss091.xml")
    assert feed.kind == "rss"
    assert feed.title == "Old Times"
    assert feed.site_url == "http://oldtimes.example.com/"
    assert feed.icon_url == "http://oldtimes.example.com/logo.gif"
    assert [e.title for e in feed.entries] == ["First story & more", "Second story"]
    assert feed.entries[0].summary_html == "The <b>first</b> story."
    assert "Café" in feed.entries[1].summary_html
    assert feed.warnings == ()


def test_rss_092_enclosure_image_and_entry_without_title_or_link() -> None:
    feed = parse("rss092.xml")
    first, second = feed.entries
    assert first.image_url == "http://ninetytwo.example.com/pic.jpg"
    assert second.title == "" and second.link == ""
    assert second.entry_id.startswith("hash:")
    assert "only a description" in second.summary_html


def test_rss_10_rdf() -> None:
    feed = parse("rss10.rdf")
    assert feed.kind == "rss"
    assert feed.title == "RDF Site"
    one, two = feed.entries
    assert one.entry_id == "http://rdf.example.org/one"
    assert one.author == "Ada Lovelace"
    assert one.published == datetime(2024, 3, 1, 11, 0, tzinfo=UTC)
    assert two.published == datetime(2024, 3, 2, tzinfo=UTC)


def test_rss_20_relative_urls_entities_content_and_media() -> None:
    feed = parse("rss20.xml", url="https://news.example.com/feeds/main.xml")
    assert feed.title == "Example & Co: news"
    assert feed.site_url == "https://news.example.com/"
    cafe, second = feed.entries
    assert cafe.entry_id == "tag:example.com,2024:cafe"
    assert cafe.title == "Café opens — 5 < 6 & more"  # entities decoded, markup never kept
    assert cafe.link == "https://news.example.com/posts/cafe"
    assert cafe.author == "Jane Doe"
    assert cafe.published == datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert cafe.published_raw == "Tue, 05 Mar 2024 09:30:00 +0100"
    assert 'href="https://news.example.com/more"' in cafe.summary_html
    assert 'src="https://news.example.com/feeds/images/cup.jpg"' in cafe.content_html
    assert 'href="https://news.example.com/about"' in cafe.content_html
    assert cafe.image_url == "https://news.example.com/thumbs/cafe.jpg"
    assert second.image_url == "https://cdn.example.com/second.png"
    assert second.content_html == ""


def test_atom_10_xml_base_and_content_types() -> None:
    feed = parse("atom10.xml", content_type="application/atom+xml")
    assert feed.kind == "atom"
    assert feed.title == "The Atom Blog"  # type="html" title -> plain text
    assert feed.site_url == "https://blog.example.net/"
    assert feed.icon_url == "https://blog.example.net/favicon.ico"
    one, two = feed.entries
    assert one.link == "https://blog.example.net/2024/05/one"
    assert one.author == "Sam Atom"
    assert one.published == datetime(2024, 5, 1, 18, 30, 2, tzinfo=UTC)
    assert one.summary_html == "<p>Plain &lt;summary&gt; text &amp; more</p>"
    assert 'href="https://blog.example.net/2024/05/two"' in one.content_html
    assert 'src="https://blog.example.net/2024/05/pic.png"' in one.content_html
    assert two.title == "Entry two"
    assert two.published == datetime(2024, 5, 3, 12, 0, tzinfo=UTC)  # updated, -04:00
    assert two.content_html == "<p>HTML content</p>"


def test_json_feed_10() -> None:
    feed = parse("jsonfeed10.json", url="https://json.example.org/feed.json")
    assert feed.kind == "json"
    assert feed.title == "JSON One"
    assert feed.site_url == "https://json.example.org/"
    assert feed.icon_url == "https://json.example.org/favicon.png"
    first, second = feed.entries
    assert first.entry_id == "1"
    assert first.link == "https://json.example.org/posts/1"
    assert first.author == "Old Style"
    assert first.published == datetime(2024, 1, 15, 15, 0, tzinfo=UTC)
    assert 'href="https://json.example.org/x"' in first.content_html
    assert first.summary_html == "<p>A summary</p>"
    assert first.image_url == "https://json.example.org/images/1.png"
    assert second.content_html == "<p>Text only &lt;not html&gt;</p><p>Second paragraph</p>"
    assert second.published == datetime(2024, 1, 16, 10, 0, tzinfo=UTC)


def test_json_feed_11_bad_items_dropped_with_a_warning() -> None:
    feed = parse("jsonfeed11.json", content_type="application/feed+json")
    # an item with only an id is kept (issue 11): news all the same, titled from text or date
    assert [e.entry_id for e in feed.entries] == [
        "https://json11.example.org/a", "42", "1e+308", "empty"
    ]  # fmt: skip
    a, b, c, empty = feed.entries
    assert a.author == "Author A"
    assert a.image_url == "https://cdn.example.org/a.jpg"
    assert b.title == "B"  # an object as title counts as missing: titled from its text
    assert b.published is None  # 1e308 as a date
    assert "script" not in b.content_html and "<p>B</p>" in b.content_html
    assert c.title == "Huge id"
    assert (empty.title, empty.link, empty.content_html) == ("", "", "")
    assert any("dropped" in w for w in feed.warnings)


@pytest.mark.parametrize("content_type", ["", "text/plain", "application/json"])
def test_json_feed_detected_by_its_first_byte(content_type: str) -> None:
    body = (
        b'\xef\xbb\xbf \n{"version": "https://jsonfeed.org/version/1.1", "title": "B", "items": []}'
    )
    feed = parse_feed(body, "https://j.example/f", content_type, now=NOW)
    assert (feed.kind, feed.title, feed.entries) == ("json", "B", ())


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"version": "https://jsonfeed.org/version/1", "items": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}",
        b'{"version": "https://example.com/not-json-feed", "items": []}',
        b'{"title": "no version", "items": []}',
        b'{"version": "https://jsonfeed.org/version/1.1", "items": {"not": "a list"}}',
        b'[{"version": "https://jsonfeed.org/version/1.1"}]',
        b'"just a string"',
        b"\xff\xfe{\x00",
    ],
    ids=["garbage", "deep", "deep-item", "other-version", "no-version", "items-object",
         "list", "string", "utf16-junk"],
)  # fmt: skip
def test_json_that_is_not_a_json_feed(body: bytes) -> None:
    with pytest.raises(FeedError, match="not a valid JSON Feed"):
        parse_feed(body, "https://j.example/f", "application/feed+json", now=NOW)


def test_json_garbage_fixture() -> None:
    with pytest.raises(FeedError, match="not a valid JSON Feed"):
        parse("json_garbage.json", content_type="application/json")


def test_json_feed_duplicate_ids_made_distinct() -> None:
    items = [{"id": "x", "title": f"t{i}", "url": f"https://j.example/{i}"} for i in range(3)]
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": items})
    feed = parse_feed(body.encode(), "https://j.example/f", "application/feed+json", now=NOW)
    ids = [e.entry_id for e in feed.entries]
    assert len(set(ids)) == 3 and ids[0] == "x"


# --- encodings (N9, F4) ---------------------------------------------------------------------

TITLE = "Café ünïcode — “quotes”"


def _encoded(declared: str, codec: str) -> bytes:
    declaration = f'<?xml version="1.0" encoding="{declared}"?>' if declared else ""
    item = f"<item><guid>1</guid><title>{TITLE}</title><link>https://e.example/1</link></item>"
    return rss(item, f"<title>{TITLE}</title>", declaration).decode().encode(codec)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (_encoded("utf-8", "utf-8"), "application/rss+xml; charset=windows-1252"),
        (_encoded("utf-8", "utf-8"), "text/xml; charset=windows-1252"),
        (_encoded("windows-1252", "cp1252"), "application/rss+xml; charset=utf-8"),
        (_encoded("", "cp1252"), "application/rss+xml; charset=utf-8"),
        (_encoded("utf-8", "utf-8"), "text/xml"),
        (_encoded("", "utf-8"), "text/xml"),
        (_encoded("utf-8", "utf-16"), "application/xml"),  # BOM says 16, declaration says 8
    ],
    ids=["utf8-as-cp1252", "utf8-as-cp1252-textxml", "cp1252-as-utf8", "cp1252-as-utf8-nodecl",
         "textxml-no-charset", "textxml-no-charset-nodecl", "utf16-bom-declares-utf8"],
)  # fmt: skip
def test_wrong_or_missing_charset_still_decodes_titles(body: bytes, content_type: str) -> None:
    feed = parse_feed(body, "https://e.example/feed", content_type, now=NOW)
    assert feed.title == TITLE
    assert [e.title for e in feed.entries] == [TITLE]


@pytest.mark.parametrize("name", ["utf16_no_bom.xml", "bom_contradicts_declaration.xml"])
def test_utf16_without_bom_and_bom_contradicting_declaration(name: str) -> None:
    feed = parse(name)
    assert feed.title == TITLE
    assert feed.entries[0].title == TITLE


def test_illegal_xml_characters_entries_recovered() -> None:
    feed = parse("illegal_chars.xml")
    assert feed.title == TITLE  # U+0013 and NUL dropped
    assert len(feed.entries) == 1
    assert feed.warnings  # bozo logged as a warning, not a failure


def test_invalid_utf8_replaced_not_mojibake() -> None:
    feed = parse("invalid_utf8.xml")
    assert feed.title.startswith("Café ") and feed.title.endswith("— “quotes”")
    assert any("UTF-8" in w for w in feed.warnings)


# --- not a feed (F5, N7) --------------------------------------------------------------------


@pytest.mark.parametrize("body", [b"", b"   \r\n\t ", b"\xef\xbb\xbf"])
def test_empty_response(body: bytes) -> None:
    with pytest.raises(FeedError, match=r"^empty response$"):
        parse_feed(body, "https://e.example/f", "application/rss+xml", now=NOW)


def test_empty_fixture() -> None:
    with pytest.raises(FeedError, match=r"^empty response$"):
        parse("empty.xml")


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "application/rss+xml", ""])
def test_html_page_is_not_a_feed(content_type: str) -> None:
    with pytest.raises(FeedError, match=r"^not a feed \(the server sent a web page\)$"):
        parse("login_page.html", content_type=content_type)


def test_feed_served_as_text_html_is_still_a_feed() -> None:
    feed = parse("rss20.xml", content_type="text/html; charset=utf-8")
    assert len(feed.entries) == 2


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", "", True),
        (b"<!-- portal --><HTML><HEAD></HEAD></HTML>", "application/xml", True),
        (b"<head><title>Login</title></head>", "", True),
        (b"hello", "text/html", True),
        (b'<?xml version="1.0"?><rss version="2.0"/>', "text/html", False),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', "text/html", False),
        (b"<rdf:RDF xmlns:rdf='x'/>", "text/html", False),
        (b'{"version": "https://jsonfeed.org/version/1"}', "text/html", False),
        (b"<svg/>", "image/svg+xml", False),
    ],
)
def test_looks_like_html(body: bytes, content_type: str, expected: bool) -> None:
    assert looks_like_html(body, content_type) is expected


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("not_a_feed.svg", "image/svg+xml"), ("sitemap.xml", "application/xml")],
)
def test_xml_that_is_not_a_feed(name: str, content_type: str) -> None:
    with pytest.raises(FeedError, match=r"^not a feed$"):
        parse(name, content_type=content_type)


@pytest.mark.parametrize(
    ("start", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"%PDF-1.4\n", "a PDF"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        (b"ID3\x03\x00", "an MP3 audio file"),
        (b"\x00\x00\x00\x20ftypisom", "an MP4 video or audio file"),
        (b"OggS\x00\x02", "an Ogg audio or video file"),
    ],
)
@pytest.mark.parametrize("content_type", ["application/rss+xml", "application/octet-stream", ""])
def test_a_file_served_as_a_feed_says_what_it_is(
    start: bytes, words: str, content_type: str
) -> None:
    """An image, a PDF, an archive or an episode at a feed's address (a moved feed's URL now
    serving a placeholder picture, a mistyped enclosure address) said only 'not a feed'."""
    with pytest.raises(FeedError) as caught:
        parse_feed(start + bytes(200), "https://e.example/f", content_type, now=NOW)
    assert str(caught.value) == f"not a feed (the server sent {words})"


def test_text_that_is_not_xml() -> None:
    with pytest.raises(FeedError, match=r"^not a feed$"):
        parse_feed(b"Service Unavailable", "https://e.example/f", "text/plain", now=NOW)


def test_truncated_xml_without_entries_is_an_error() -> None:
    with pytest.raises(FeedError, match=r"^the feed is not valid XML$"):
        parse("truncated_no_entries.xml")


def test_truncated_xml_with_entries_keeps_them_and_warns() -> None:
    feed = parse("truncated_with_entries.xml")
    assert [e.title for e in feed.entries] == ["Kept one", "Kept two"]
    assert any("not well-formed" in w for w in feed.warnings)


def test_every_truncation_of_a_feed_either_parses_or_says_why() -> None:
    body = (FEEDS / "rss20.xml").read_bytes()
    for cut in range(0, len(body), 23):
        try:
            feed = parse_feed(body[:cut], "https://e.example/f", "application/xml", now=NOW)
        except FeedError as exc:
            assert str(exc)  # words, not a traceback
        else:
            assert all(e.entry_id for e in feed.entries)


def test_a_valid_feed_without_entries_is_not_an_error() -> None:
    feed = parse_feed(rss(""), "https://e.example/f", "application/rss+xml", now=NOW)
    assert feed.title == "T" and feed.entries == ()


# --- ids (F7) -------------------------------------------------------------------------------


def test_ids_are_distinct_and_stable() -> None:
    first = parse("ids.xml")
    again = parse("ids.xml")
    ids = [e.entry_id for e in first.entries]
    assert ids == [e.entry_id for e in again.entries]
    assert len(ids) == len(set(ids)) == 11
    same = [e for e in first.entries if e.title.endswith(" same")]
    assert len({e.entry_id for e in same}) == 3
    assert same[1].entry_id.startswith(same[0].entry_id + "#")
    only_link = next(e for e in first.entries if e.title == "Only a link")
    assert only_link.entry_id == fallback_id("https://ids.example/only-link", "Only a link")
    neither = [e for e in first.entries if e.title == "Neither link nor guid"]
    assert len({e.entry_id for e in neither}) == 2
    assert all(e.entry_id.startswith("hash:") for e in neither)
    blank = next(e for e in first.entries if e.title == "Blank guid")
    assert blank.entry_id.startswith("hash:")
    permalink = next(e for e in first.entries if e.title == "Permalink guid")
    assert permalink.link == permalink.entry_id == "https://ids.example/permalink"
    twins = [e for e in first.entries if e.title == "Twin"]
    assert len({e.entry_id for e in twins}) == 2


def test_an_overlong_guid_is_hashed() -> None:
    body = rss(f"<item><guid>{'g' * 5000}</guid><title>x</title></item>")
    (entry,) = parse_feed(body, "https://e.example/f", "", now=NOW).entries
    assert entry.entry_id.startswith("hash:") and len(entry.entry_id) < 100


# --- images ---------------------------------------------------------------------------------


def test_image_url_is_http_only() -> None:
    items = (
        '<item><guid>1</guid><title>a</title><enclosure url="file:///etc/passwd" type="image/png"/>'
        '<enclosure url="javascript:alert(1)" type="image/png"/>'
        '<enclosure url="https://e.example/song.mp3" type="audio/mpeg"/></item>'
        '<item><guid>2</guid><title>b</title><enclosure url="/rel.png" type="image/png"/></item>'
    )
    body = rss(items).replace(b"<rss ", b'<rss xmlns:media="http://search.yahoo.com/mrss/" ')
    first, second = parse_feed(body, "https://e.example/feed", "", now=NOW).entries
    assert first.image_url == ""
    assert second.image_url == "https://e.example/rel.png"


# --- autodiscovery --------------------------------------------------------------------------

PAGE = b"""<!DOCTYPE html><html><head>
<base href="https://cdn.example.org/blog/">
<link rel="stylesheet" href="style.css">
<link rel="alternate" type="application/rss+xml" title="RSS &amp; more" href="rss.xml">
<link rel="ALTERNATE feed" type="Application/Atom+XML; charset=utf-8" href="/atom.xml" title="Atom">
<link rel="alternate" type="application/feed+json" href="feed://json.example.org/feed.json">
<link rel="alternate" type="application/json" href="feed:https://json2.example.org/f.json">
<link rel="alternate" type="application/rdf+xml" href="index.rdf">
<link rel="alternate" type="application/rss+xml" href="rss.xml" title="duplicate">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/rss+xml" title="&lt;img src=x&gt;">
</head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>"""


def test_discover_feeds_every_type_resolved_deduplicated_in_order() -> None:
    found = discover_feeds(PAGE, "https://www.example.org/blog/post", "text/html")
    assert [(f.url, f.type) for f in found] == [
        ("https://cdn.example.org/blog/rss.xml", "application/rss+xml"),
        ("https://cdn.example.org/atom.xml", "application/atom+xml"),
        ("https://json.example.org/feed.json", "application/feed+json"),
        ("https://json2.example.org/f.json", "application/json"),
        ("https://cdn.example.org/blog/index.rdf", "application/rdf+xml"),
        ("https://cdn.example.org/late.xml", "application/rss+xml"),
    ]
    assert found[0].title == "RSS & more"
    assert found[1].title == "Atom"


def test_discover_without_base_uses_the_page_url() -> None:
    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="../f.xml"></head></html>'
    found = discover_feeds(page, "https://a.example/x/y/page.html")
    assert [f.url for f in found] == ["https://a.example/x/f.xml"]


def test_discover_ignores_a_non_http_base() -> None:
    page = (
        b'<html><head><base href="file:///etc/"><link rel="alternate" '
        b'type="application/rss+xml" href="passwd"></head></html>'
    )
    found = discover_feeds(page, "https://a.example/")
    assert [f.url for f in found] == ["https://a.example/passwd"]


@pytest.mark.parametrize("body", [b"", b"   ", b"\x00\x01\x02", b"<html></html>", b"not html"])
def test_discover_nothing(body: bytes) -> None:
    assert discover_feeds(body, "https://a.example/") == []


def test_discover_with_a_charset_lxml_does_not_know() -> None:
    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="/f"></head></html>'
    found = discover_feeds(page, "https://a.example/", "text/html; charset=x-no-such-thing")
    assert [f.url for f in found] == ["https://a.example/f"]


def test_public_names_kept() -> None:
    assert set(feeds.__all__) == {
        "discover_feeds", "looks_like_html", "parse_feed", "parse_without_feedparser"
    }  # fmt: skip


# --- scale (F10) ----------------------------------------------------------------------------


@pytest.mark.slow
def test_fifty_thousand_entries() -> None:
    item = (
        "<item><title>Entry {i}</title><link>https://big.example/p/{i}</link>"
        "<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>"
        "<description>&lt;p&gt;Summary {i} &lt;a href=&quot;/x/{i}&quot;&gt;link&lt;/a&gt;"
        "&lt;/p&gt;</description></item>\n"
    )
    body = rss("".join(item.format(i=i) for i in range(50_000)))
    assert 10_000_000 < len(body) < 12_000_000  # RELIABILITY row F10: 50,000 entries, 11 MB
    feed = parse_feed(body, "https://big.example/feed", "application/rss+xml", now=NOW)
    assert len(feed.entries) == 50_000
    assert len({e.entry_id for e in feed.entries}) == 50_000
    assert feed.entries[-1].summary_html.endswith("</p>")


def test_html_named_entities_undeclared_in_xml_are_decoded() -> None:
    body = rss(
        "<item><title>&hellip;&copy; &#8217;&#x2019;</title><link>/a</link>"
        "<description>&lt;p&gt;&amp;eacute; &eacute;&lt;/p&gt;</description></item>",
        "<title>Caf&eacute; &mdash; y</title>",
    )
    feed = parse_feed(body, "https://e.example/f", "application/rss+xml", now=NOW)
    assert feed.title == "Café — y"
    (entry,) = feed.entries
    assert entry.title == "…© ’’"
    assert entry.summary_html == "<p>é é</p>"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"])
def test_json_feed_in_any_unicode_encoding(codec: str) -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Ünï",
            "items": [{"id": "1", "title": "é"}],
        }
    ).encode(codec)
    feed = parse_feed(body, "https://j.example/f", "", now=NOW)
    assert (feed.kind, feed.title, feed.entries[0].title) == ("json", "Ünï", "é")


def test_an_xhtml_page_with_its_dtd_is_a_web_page_not_a_dtd_problem() -> None:
    page = (
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
        b'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Portal</title></head></html>'
    )
    with pytest.raises(FeedError, match=r"^not a feed \(the server sent a web page\)$"):
        parse_feed(page, "https://e.example/f", "application/xml", now=NOW)
