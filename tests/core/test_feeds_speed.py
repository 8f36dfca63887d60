"""The speed-ups of the feed parser change no result (reader.core.feeds.parse)."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urljoin

from reader.core.feeds import parse as feeds
from reader.core.feeds.parse import parse_feed

NOW = datetime(2026, 10, 5, 12, 0, tzinfo=UTC)
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/news/">
  <title>Based</title><id>urn:based</id><updated>2026-10-01T00:00:00Z</updated>
  <link href="index.html"/>
  <entry xml:base="/blog/2026/">
    <title>One</title><id>urn:one</id><updated>2026-10-01T00:00:00Z</updated>
    <link href="posts/one.html"/>
    <content type="html">&lt;p&gt;&lt;a href="img/a.png"&gt;a&lt;/a&gt;
      &lt;img src="../b.png"&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Two</title><id>urn:two</id><updated>2026-10-02T00:00:00Z</updated>
    <link href="two.html"/><summary type="html">&lt;b onclick="x()"&gt;b&lt;/b&gt;</summary>
  </entry>
</feed>"""


def test_xml_base_resolves_links_and_bodies_on_every_parse() -> None:
    results = [
        parse_feed(ATOM.encode(), "http://example.org/feed.atom", "application/atom+xml", now=NOW)
        for _ in range(3)  # the second and third parse read the memoized URL joins
    ]
    assert results[0] == results[1] == results[2]
    # bodies: against xml:base (feedparser), not against the entry link (our sanitizer)
    parsed = results[0]
    assert parsed.site_url == "http://example.org/news/index.html"
    one, two = parsed.entries
    assert one.link == "http://example.org/blog/2026/posts/one.html"
    assert 'href="http://example.org/blog/2026/img/a.png"' in one.content_html
    assert 'src="http://example.org/blog/b.png"' in one.content_html
    assert "script" not in one.content_html and "alert" not in one.content_html
    assert two.link == "http://example.org/news/two.html"
    assert two.summary_html == "<b>b</b>"  # feedparser's sanitizer is off; nh3 cleaned it


def test_memoized_join_gives_the_original_result_for_short_and_long_strings() -> None:
    calls: list[tuple[str, str | None]] = []

    def join(base: str, uri: str | None = None) -> str:
        calls.append((base, uri))
        return urljoin(base, uri or "")

    memo = feeds._memoized(join)
    long_uri = "x" * (feeds._URL_CACHE_MAX_CHARS + 1)
    for _ in range(2):
        assert memo("http://a.example/b/", "c") == "http://a.example/b/c"
        assert memo("http://a.example/b/", long_uri) == "http://a.example/b/" + long_uri
        assert memo("http://a.example/b/") == "http://a.example/b/"
    assert calls.count(("http://a.example/b/", "c")) == 1  # cached
    assert calls.count(("http://a.example/b/", long_uri)) == 2  # too long to keep
