"""The article in the reader's language, against a multi-language site on the loopback server:
the edition is fetched and shown, the original kept for switching, broken editions fall back
quietly, and an edition on another host obeys the private-address rules like any page."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.parsed import DiscoveredFeed, SimplifiedArticle
from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.editions import Missing, fetch_edition, prefer_language
from reader.usecases.pages import simplify_page
from reader.usecases.refresh import Refresher
from tests.httpserver import FixtureServer
from tests.langsite import TEXT, other_host, serve_site

Setup = tuple[Refresher, Store, ArticleCache]


@pytest.fixture
def refresher(profile: Path) -> Iterator[Setup]:
    store = Store(profile / "broadsheet.sqlite3")
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    cache = ArticleCache(profile / "cache")
    refresher = Refresher(store, cache, fetcher, max_workers=2)
    yield refresher, store, cache
    refresher.close()
    fetcher.close()
    store.close()


def _read(setup: Setup, server: FixtureServer, language: str) -> tuple[int, SimplifiedArticle]:
    """Subscribe to the English feed with ``language`` wanted and simplify its one story."""
    ref, store, cache = setup
    ref.set_article_language(language)
    feed = ref.subscribe(serve_site(server))
    (article,) = store.articles(feed_id=feed.id)
    ref.simplify_article(article.id)
    shown = cache.get_article(article.id)
    assert shown is not None
    return article.id, shown


def test_the_hindi_edition_is_shown_and_the_english_kept(
    refresher: Setup, server: FixtureServer
) -> None:
    _, shown = _read(refresher, server, "hi")
    assert shown.lang == "hi"
    assert shown.title == TEXT["hi"][0]
    assert TEXT["hi"][1].split()[0] in shown.text
    assert [e.lang for e in shown.editions] == ["en"]
    assert TEXT["en"][1].split()[0] in shown.editions[0].text
    assert {tag for tag, _ in shown.alternates} >= {"en", "hi", "ar"}
    assert server.hits["/hi/story"] == 1 and server.hits["/ar/story"] == 0
    # the kept English edition's picture is cached too: switching offline shows it
    _, _, cache = refresher
    assert cache.has_image(server.url("/en/photo.png"))
    assert cache.has_image(server.url("/hi/photo.png"))


def test_original_turns_editions_off(refresher: Setup, server: FixtureServer) -> None:
    _, shown = _read(refresher, server, "original")
    assert shown.lang == "en" and shown.editions == ()
    assert server.hits["/hi/story"] == 0


def test_region_falls_back_to_the_language(refresher: Setup, server: FixtureServer) -> None:
    _, shown = _read(refresher, server, "ar-EG")
    assert shown.lang == "ar" and shown.direction == "rtl"


@pytest.mark.parametrize(("language", "path"), [("fr", "/fr/story"), ("es", "/es/story")])
def test_a_broken_edition_falls_back_to_the_original_quietly(
    refresher: Setup, server: FixtureServer, language: str, path: str
) -> None:
    article_id, shown = _read(refresher, server, language)
    assert server.hits[path] == 1
    assert shown.lang == "en" and shown.editions == ()
    assert refresher[1].article(article_id).simplified == "page"
    offered = {tag for tag, _ in shown.alternates}
    assert language not in offered and {"hi", "ar"} <= offered  # no longer offered


def test_switching_uses_the_cache_and_fetches_only_what_is_missing(
    refresher: Setup, server: FixtureServer
) -> None:
    ref, _, cache = refresher
    article_id, _ = _read(refresher, server, "hi")
    english_hits = server.hits["/en/story"]
    shown = ref.switch_edition(article_id, "en")
    assert shown is not None and shown.lang == "en"
    assert server.hits["/en/story"] == english_hits  # from the cache
    assert (cache.get_article(article_id) or shown).lang == "en"
    shown = ref.switch_edition(article_id, "ar")
    assert shown is not None and shown.lang == "ar" and server.hits["/ar/story"] == 1
    assert sorted(e.lang for e in shown.editions) == ["en", "hi"]
    shown = ref.switch_edition(article_id, "hi")
    assert shown is not None and shown.lang == "hi" and server.hits["/hi/story"] == 1
    assert ref.switch_edition(article_id, "fr") is None  # 404: still the Hindi edition ...
    assert "fr" not in dict(cache.get_article(article_id).alternates)  # ... not offering it
    assert (cache.get_article(article_id) or shown).lang == "hi"


def test_an_intranet_feed_may_use_its_edition_on_another_intranet_host(
    refresher: Setup, server: FixtureServer
) -> None:
    _, shown = _read(refresher, server, "de")
    assert shown.lang == "de" and shown.title == TEXT["de"][0]
    assert server.hits["/de/story"] == 1


def test_a_public_pages_edition_on_a_private_host_is_refused(server: FixtureServer) -> None:
    """A public feed's article (``allow_private`` False, as PrivateHosts gives it for a public
    feed host) may not reach a loopback edition, even on another host name; it keeps the page."""
    serve_site(server)
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    try:
        body = server.routes["/en/story"].body
        page = simplify_page(body, "text/html; charset=utf-8", "https://news.example/en/story")
        page = dataclasses.replace(page, alternates=(("de", other_host(server, "/de/story")),))

        def fetch(choice: tuple[str, str]) -> SimplifiedArticle | Missing:
            return fetch_edition(fetcher, simplify_page, None, choice, allow_private=False)

        shown = prefer_language(page, "https://news.example/en/story", "de", fetch)
    finally:
        fetcher.close()
    assert shown.alternates == () and shown.text == page.text  # refused for good: not offered
    assert server.hits["/de/story"] == 0


def test_subscribing_offers_the_feed_in_the_readers_language_first(
    refresher: Setup, server: FixtureServer
) -> None:
    ref, _, _ = refresher
    serve_site(server)
    offered: list[list[DiscoveredFeed]] = []

    def choose(found: list[DiscoveredFeed]) -> DiscoveredFeed:
        offered.append(found)
        return found[0]

    ref.set_article_language("hi")
    feed = ref.subscribe(server.url("/"), choose=choose)
    assert [f.lang for f in offered[0]] == ["hi", "en", "ar"]
    assert feed.url == server.url("/hi/rss")
