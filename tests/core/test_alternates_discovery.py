"""Autodiscovery puts the feed in the reader's language first (hreflang, address, title)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.feeds.discovery import by_language, discover_feeds, feed_language
from reader.core.parsed import DiscoveredFeed

RSS = "application/rss+xml"


def test_hreflang_is_read_and_orders_the_feeds() -> None:
    page = (
        b'<html><head><link rel="alternate" type="application/rss+xml" hreflang="en" href="/en.xml">'
        b'<link rel="alternate" type="application/rss+xml" hreflang="hi-IN" href="/hi.xml">'
        b"</head><body></body></html>"
    )
    found = discover_feeds(page, "https://site.example/")
    assert [f.lang for f in found] == ["en", "hi-in"]
    assert [f.url for f in by_language(found, "hi")] == [
        "https://site.example/hi.xml",
        "https://site.example/en.xml",
    ]


def test_addresses_and_titles_name_languages() -> None:
    found = [
        DiscoveredFeed("https://site.example/rss", "Top stories", RSS),
        DiscoveredFeed("https://site.example/news/ar/rss.xml", "", RSS),
        DiscoveredFeed("https://site.example/feed?lang=fr", "", RSS),
        DiscoveredFeed("https://hi.site.example/feed", "", RSS),
        DiscoveredFeed("https://site.example/feeds/2", "BBC News हिन्दी", RSS),
        DiscoveredFeed("https://site.example/feeds/3", "News in Urdu", RSS),
    ]
    assert [feed_language(f) for f in found] == ["", "ar", "fr", "hi", "hi", "ur"]
    ordered = by_language(found, "hi")
    assert [f.url for f in ordered[:2]] == [found[3].url, found[4].url]
    assert by_language(found, "") == found
    assert by_language(found, "original") == found


_FEEDS = st.lists(
    st.builds(DiscoveredFeed, st.text(max_size=40), st.text(max_size=30), st.just(RSS)),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(_FEEDS, st.sampled_from(["hi", "en-GB", "ar", "", "original", "x"]))
def test_ordering_is_a_permutation_with_the_wanted_language_first(
    found: list[DiscoveredFeed], wanted: str
) -> None:
    found = [*found, DiscoveredFeed(f"https://site.example/{wanted}/rss", "", RSS)]
    ordered = by_language(found, wanted)
    assert sorted(map(repr, ordered)) == sorted(map(repr, found))
    base = wanted.lower().split("-")[0]
    matches = [feed_language(f).split("-")[0] == base and len(base) >= 2 for f in ordered]
    assert matches == sorted(matches, reverse=True)  # every match before every other feed
