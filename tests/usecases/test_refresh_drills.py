"""Drills on a refresh against the real 127.0.0.1 server: a feed's server points it at another
subscribed feed, hostile item sets, answers that look valid but are not."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler

import pytest

from reader.errors import DuplicateFeedError, FeedError, MultipleFeedsError
from tests.feedkit import RSS_TYPE, Item, page_with_alternates, rss, serve_feed
from tests.httpserver import FixtureServer
from tests.usecases.refreshkit import Env


@pytest.mark.parametrize("status", [301, 308, 302, 307])
def test_redirect_onto_another_subscribed_feed_stores_no_duplicate(
    env: Env, server: FixtureServer, status: int
) -> None:
    """A feed whose server sends it (permanently or not) to the address of another feed the
    user already reads: the feed keeps its address and its own articles, says why in words,
    and no article shows twice."""
    serve_feed(server, "/other.xml", "Other feed", 3)
    serve_feed(server, "/mine.xml", "Mine", 2)
    other = env.refresher.subscribe(server.url("/other.xml"))
    mine = env.refresher.subscribe(server.url("/mine.xml"))
    mine_before = sorted(a.title for a in env.store.articles(feed_id=mine.id))
    server.add("/mine.xml", status=status, headers={"Location": server.url("/other.xml")})
    summary = env.refresher.refresh(simplify=False)
    errors = {r.feed_id: r.error for r in summary.results}
    assert errors[other.id] is None
    error = errors[mine.id] or ""
    assert "Other feed" in error and "already subscribed" in error
    stored = env.store.feed(mine.id)
    assert stored.url == server.url("/mine.xml")
    assert stored.last_error == error
    assert sorted(a.title for a in env.store.articles(feed_id=mine.id)) == mine_before
    assert len(env.store.articles(feed_id=other.id)) == 3
    titles = [a.title for a in env.store.articles()]
    assert len(titles) == len(set(titles)) == 5


def test_redirect_onto_a_feed_no_longer_subscribed_moves(env: Env, server: FixtureServer) -> None:
    """Once the other feed is gone, the permanent redirect is followed as usual: noted, then
    followed when it repeats (RELIABILITY N6)."""
    serve_feed(server, "/other.xml", "Other feed", 3)
    serve_feed(server, "/mine.xml", "Mine", 2)
    other = env.refresher.subscribe(server.url("/other.xml"))
    mine = env.refresher.subscribe(server.url("/mine.xml"))
    server.add("/mine.xml", status=301, headers={"Location": server.url("/other.xml")})
    env.refresher.refresh(simplify=False)
    env.store.remove_feed(other.id)
    assert env.refresher.refresh(simplify=False).failed == ()
    assert env.store.feed(mine.id).url == server.url("/mine.xml")
    summary = env.refresher.refresh(simplify=False)
    assert summary.failed == ()
    assert env.store.feed(mine.id).url == server.url("/other.xml")
    assert env.store.feed(mine.id).last_error is None


@pytest.mark.parametrize("status", [302, 301])
def test_subscribing_an_alias_of_a_subscribed_feed_says_so(
    env: Env, server: FixtureServer, status: int
) -> None:
    """An address that redirects to a feed already subscribed is that feed: no second copy."""
    serve_feed(server, "/other.xml", "Other feed", 3)
    other = env.refresher.subscribe(server.url("/other.xml"))
    server.add("/alias.xml", status=status, headers={"Location": server.url("/other.xml")})
    with pytest.raises(DuplicateFeedError) as caught:
        env.refresher.subscribe(server.url("/alias.xml"))
    assert caught.value.feed_id == other.id
    assert [f.id for f in env.store.feeds()] == [other.id]
    assert len(env.store.articles()) == 3


def test_a_page_offering_twenty_thousand_feeds_offers_the_first_fifty(
    env: Env, server: FixtureServer
) -> None:
    """Autodiscovery on a page announcing 20,000 feeds: the first 50 (page order) to choose
    from, and how many the page offers; nothing subscribed."""
    links = [(f"/f{i}.xml", "application/rss+xml", f"Feed {i}") for i in range(20_000)]
    links.insert(3, ("/f1.xml", "application/rss+xml", "Feed 1 again"))  # counted once
    server.add("/", page_with_alternates(links))
    with pytest.raises(MultipleFeedsError) as caught:
        env.refresher.subscribe(server.url("/"))
    offered = caught.value
    assert [f.title for f in offered.feeds] == [f"Feed {i}" for i in range(50)]  # type: ignore[attr-defined]
    assert (offered.total, offered.more) == (20_000, 19_950)
    assert "20000 feeds" in str(offered)
    assert env.store.feeds() == []


def test_not_modified_to_a_first_request_is_an_error_in_words(
    env: Env, server: FixtureServer
) -> None:
    """An imported feed (never fetched) whose server answers every request 304 stayed empty
    with no error; subscribing said 'no feed found on this page'. A feed fetched before keeps
    everything on a 304 (test_reliability_kept)."""
    server.add("/never.xml", status=304)
    imported = env.store.add_feed(server.url("/never.xml"), "Imported")
    summary = env.refresher.refresh(simplify=False)
    error = summary.results[0].error or ""
    assert "304" in error and "broken" in error
    assert env.store.feed(imported.id).last_error == error
    env.store.remove_feed(imported.id)
    with pytest.raises(FeedError, match="304"):
        env.refresher.subscribe(server.url("/never.xml"))
    assert env.store.feeds() == []


def _rotating(server: FixtureServer, path: str, link: Callable[[int, int], str]) -> list[int]:
    """Serve at ``path`` a feed of 5 items whose guids change on every fetch and whose links
    are ``link(fetch, item)``; the list counting the fetches."""
    fetches = [0]

    def answer(req: BaseHTTPRequestHandler) -> None:
        fetches[0] += 1
        n = fetches[0]
        items = [Item(guid=f"g{n}-{i}", title=f"Story {i}", link=link(n, i)) for i in range(5)]
        body = rss("Rotating", items).encode()
        req.send_response(200)
        req.send_header("Content-Type", RSS_TYPE)
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body)

    server.add(path, handler=answer)
    return fetches


LINKS: dict[str, Callable[[int, int], str]] = {
    "tracking": lambda n, i: f"https://news.example/{i}?id={i}&utm_source=rss{n}&fbclid=x{n}",
    "fragment": lambda n, i: f"https://news.example/{i}#at-{n}",
    "scheme": lambda n, i: f"{'https' if n % 2 else 'http'}://news.example/{i}?utm_medium={n}",
}


@pytest.mark.parametrize("kind", sorted(LINKS))
def test_rotating_guids_with_rotating_tracking_links_do_not_flood(
    env: Env, server: FixtureServer, kind: str
) -> None:
    """A feed whose item ids change on every fetch, and whose links carry a fresh tracking
    parameter or fragment each time, grew by all its items a refresh (5 fetches: 5 -> 25
    articles); read state is carried over, and a pruned article does not come back."""
    _rotating(server, "/rot.xml", LINKS[kind])
    feed = env.refresher.subscribe(server.url("/rot.xml"))
    first = env.store.articles(feed_id=feed.id)
    env.store.set_read([first[0].id])
    for _ in range(4):
        env.refresher.refresh(simplify=False)
    after = env.store.articles(feed_id=feed.id)
    assert sorted(a.id for a in after) == sorted(a.id for a in first)
    assert [a.read for a in after if a.id == first[0].id] == [True]
    env.store.set_feed_keep(feed.id, 0)
    env.store.prune(feed.id)
    assert len(env.store.articles(feed_id=feed.id)) == 4
    env.refresher.refresh(simplify=False)
    assert len(env.store.articles(feed_id=feed.id)) == 4


def test_links_differing_in_a_real_query_stay_distinct(env: Env, server: FixtureServer) -> None:
    """Two items with one title whose links differ in a query that names the page are two
    articles, as before."""
    _rotating(server, "/q.xml", lambda n, i: f"https://news.example/item?id={n}")
    feed = env.refresher.subscribe(server.url("/q.xml"))
    assert len(env.store.articles(feed_id=feed.id)) == 5
    env.refresher.refresh(simplify=False)
    assert len(env.store.articles(feed_id=feed.id)) == 10


def test_a_feed_of_six_thousand_items_keeps_the_newest_five_thousand(
    env: Env, server: FixtureServer
) -> None:
    """A feed listing more items than any reader needs (a 15 MiB feed can list 150,000):
    the newest 5,000 stored, whatever the document order, and no more after another fetch."""
    start = datetime(2020, 1, 1, tzinfo=UTC)
    items = [
        Item(guid=f"g{i}", title=f"Item {i}", date=format_datetime(start + timedelta(hours=i)))
        for i in range(6_000)
    ]
    random.Random(7).shuffle(items)
    server.add("/many.xml", rss("Many", items), content_type=RSS_TYPE)
    feed = env.refresher.subscribe(server.url("/many.xml"))
    kept = {a.title for a in env.store.articles(feed_id=feed.id)}
    assert kept == {f"Item {i}" for i in range(1_000, 6_000)}
    env.refresher.refresh(simplify=False)
    assert {a.title for a in env.store.articles(feed_id=feed.id)} == kept


def test_two_feeds_moved_to_one_new_address_in_one_refresh(env: Env, server: FixtureServer) -> None:
    """Two subscriptions whose servers both move them (301) to one new address in the same
    refreshes: both note it, then the first moves and the second says it is already
    subscribed; no article twice."""
    serve_feed(server, "/new.xml", "New home", 3)
    serve_feed(server, "/one.xml", "One", 3, prefix="new-xml")
    serve_feed(server, "/two.xml", "Two", 3, prefix="new-xml")
    one = env.refresher.subscribe(server.url("/one.xml"))
    two = env.refresher.subscribe(server.url("/two.xml"))
    for path in ("/one.xml", "/two.xml"):
        server.add(path, status=301, headers={"Location": server.url("/new.xml")})
    assert env.refresher.refresh(simplify=False).failed == ()  # noted (RELIABILITY N6)
    assert {env.store.feed(f.id).url for f in (one, two)} == {f.url for f in (one, two)}
    assert len(env.store.articles()) == 6
    summary = env.refresher.refresh(simplify=False)
    errors = sorted((r.error or "") for r in summary.results)
    assert errors[0] == "" and "already subscribed" in errors[1]
    urls = {env.store.feed(f.id).url for f in (one, two)}
    assert server.url("/new.xml") in urls and len(urls) == 2
    assert len(env.store.articles()) == 6


@pytest.mark.parametrize("status", [200, 206])
def test_a_feed_cut_short_inside_an_item_changes_nothing_stored(
    env: Env, server: FixtureServer, status: int
) -> None:
    """A feed document that ends inside its last item (a file still being written, a cut
    body): its articles' full text was replaced by the cut one (1,349 -> 0 characters), with
    no error. Now nothing is updated and the feed says why; the next whole answer is read."""
    items = [
        Item(guid=f"g{i}", title=f"Story {i}", description=f"Full text {i}. " * 50)
        for i in range(3)
    ]
    body = rss("Cut", items)
    server.add("/cut.xml", body, content_type=RSS_TYPE)
    feed = env.refresher.subscribe(server.url("/cut.xml"))
    before = env.store.articles(feed_id=feed.id)
    for end in ("Full text 2. Full", "<item>", "<guid isPermaLink"):
        cut = body[: body.rindex(end) + len(end)]
        server.add("/cut.xml", cut, status=status, content_type=RSS_TYPE)
        summary = env.refresher.refresh(simplify=False)
        # A 206 is refused before parsing (tests/usecases/test_refresh_partial.py).
        words = "partial response" if status == 206 else "cut short"
        assert words in (summary.results[0].error or ""), end
        assert env.store.articles(feed_id=feed.id) == before
    whole = body.replace("</channel></rss>", "")  # only the document's end missing: read
    server.add("/cut.xml", whole.replace("Full text 1.", "Edited 1."), content_type=RSS_TYPE)
    assert env.refresher.refresh(simplify=False).results[0].error is None
    (edited,) = [a for a in env.store.articles(feed_id=feed.id) if a.title == "Story 1"]
    assert "Edited 1." in edited.summary_html


@pytest.mark.parametrize("spelling", ["/daily.xml?utm_source=share&utm_medium=x", "/daily.xml#top"])
def test_subscribing_a_tracking_spelling_of_a_subscribed_feed_says_so(
    env: Env, server: FixtureServer, spelling: str
) -> None:
    """A shared link to a subscribed feed, with tracking parameters: a second subscription
    before, showing every article twice."""
    serve_feed(server, "/daily.xml", "Daily", 2)
    daily = env.refresher.subscribe(server.url("/daily.xml"))
    with pytest.raises(DuplicateFeedError) as caught:
        env.refresher.subscribe(server.url(spelling))
    assert caught.value.feed_id == daily.id
    assert len(env.store.feeds()) == 1 and len(env.store.articles()) == 2
    serve_feed(server, "/daily.xml?edition=2", "Daily 2", 2, prefix="two")  # a real query
    assert env.refresher.subscribe(server.url("/daily.xml?edition=2")).id != daily.id
