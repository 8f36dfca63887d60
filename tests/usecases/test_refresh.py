"""The use cases (reader.usecases.refresh.Refresher) against a real HTTP server and a real profile."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from reader.core.feeds.parse import parse_feed
from reader.core.parsed import DiscoveredFeed
from reader.errors import DuplicateFeedError, FeedError, MultipleFeedsError, OpmlError
from reader.store.cache import image_key
from reader.usecases.subscribe import normalize_url
from tests.feedkit import (
    BILLION_LAUGHS,
    PNG,
    RSS_TYPE,
    Item,
    article_page,
    opml,
    page_with_alternates,
    rss,
    serve_feed,
)
from tests.httpserver import FixtureServer
from tests.usecases.refreshkit import Env


@pytest.fixture
def env(profile: Path) -> Iterator[Env]:
    e = Env(profile, max_workers=4)
    yield e
    e.close()


# -- subscribe -----------------------------------------------------------------------------
def test_subscribe_by_feed_url_stores_its_first_articles(env: Env, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Daily", 3)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    assert feed.url == server.url("/feed.xml")
    assert feed.title == "Daily"
    articles = env.store.articles(feed_id=feed.id)
    assert sorted(a.title for a in articles) == [f"Daily story {i}" for i in range(3)]
    assert all(a.simplified is None for a in articles)  # no page fetched while subscribing
    assert server.hits["/feed-xml/article0.html"] == 0


def test_subscribe_by_page_url_with_one_alternate(env: Env, server: FixtureServer) -> None:
    serve_feed(server, "/blog/rss", "Blog", 2)
    server.add("/", page_with_alternates([("/blog/rss", "application/rss+xml", "Blog feed")]))
    feed = env.refresher.subscribe(server.url("/"), folder="Tech")
    assert feed.url == server.url("/blog/rss")
    assert feed.folder_id is not None
    assert [f.name for f in env.store.folders() if f.id == feed.folder_id] == ["Tech"]
    assert len(env.store.articles(feed_id=feed.id)) == 2


def test_subscribe_by_page_url_with_several_alternates(env: Env, server: FixtureServer) -> None:
    serve_feed(server, "/rss.xml", "Posts", 2)
    serve_feed(server, "/comments.xml", "Comments", 1)
    server.add(
        "/",
        page_with_alternates(
            [
                ("/rss.xml", "application/rss+xml", "Posts"),
                ("/comments.xml", "application/rss+xml", "Comments"),
            ]
        ),
    )
    with pytest.raises(MultipleFeedsError) as caught:
        env.refresher.subscribe(server.url("/"))
    offered = caught.value.feeds
    assert [f.url for f in offered if isinstance(f, DiscoveredFeed)] == [
        server.url("/rss.xml"),
        server.url("/comments.xml"),
    ]
    assert env.store.feeds() == []

    def pick_second(feeds: list[DiscoveredFeed]) -> DiscoveredFeed:
        return feeds[1]

    feed = env.refresher.subscribe(server.url("/"), choose=pick_second)
    assert feed.url == server.url("/comments.xml")


def test_subscribe_to_a_page_without_feeds_says_so(env: Env, server: FixtureServer) -> None:
    server.add("/", "<html><head><title>x</title></head><body><p>No feeds here.</p></body></html>")
    with pytest.raises(FeedError, match="no feed found on this page"):
        env.refresher.subscribe(server.url("/"))
    assert env.store.feeds() == []


def test_subscribing_twice_says_so_for_the_feed_and_its_page(
    env: Env, server: FixtureServer
) -> None:
    serve_feed(server, "/feed.xml", "Daily", 1)
    server.add("/", page_with_alternates([("/feed.xml", "application/rss+xml", "Daily")]))
    first = env.refresher.subscribe(server.url("/feed.xml"))
    with pytest.raises(DuplicateFeedError) as caught:
        env.refresher.subscribe(server.url("/feed.xml"))
    assert caught.value.feed_id == first.id
    with pytest.raises(DuplicateFeedError):
        env.refresher.subscribe(server.url("/"))
    assert len(env.store.feeds()) == 1


def test_normalize_url() -> None:
    assert normalize_url(" example.org/feed ") == "https://example.org/feed"
    assert normalize_url("feed://example.org/rss") == "https://example.org/rss"
    assert normalize_url("feed:https://example.org/rss") == "https://example.org/rss"
    assert normalize_url("http://example.org/") == "http://example.org/"


# -- refresh -------------------------------------------------------------------------------
def test_one_bad_feed_never_stops_the_others(env: Env, server: FixtureServer) -> None:
    serve_feed(server, "/good.xml", "Good", 3)
    server.add("/missing.xml", "gone fishing", status=404)
    server.add("/page.html", "<html><body><h1>Log in</h1><p>Please log in.</p></body></html>")
    server.add(
        "/truncated.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Tru',
        content_type=RSS_TYPE,
    )
    server.add("/laughs.xml", BILLION_LAUGHS, content_type=RSS_TYPE)
    urls = {
        "good": server.url("/good.xml"),
        "missing": server.url("/missing.xml"),
        "dead": "http://nonexistent.invalid/feed.xml",
        "page": server.url("/page.html"),
        "truncated": server.url("/truncated.xml"),
        "laughs": server.url("/laughs.xml"),
    }
    ids = {name: env.store.add_feed(url, name).id for name, url in urls.items()}
    seen: list[tuple[int, int]] = []
    summary = env.refresher.refresh(
        simplify=False, on_feed=lambda r, done, total: seen.append((done, total))
    )
    assert sorted(seen) == [(i, 6) for i in range(1, 7)]
    errors = {r.feed_id: r.error for r in summary.results}
    assert errors[ids["good"]] is None
    assert summary.new_articles == 3
    assert len(env.store.articles(feed_id=ids["good"])) == 3
    assert "404" in (errors[ids["missing"]] or "")
    assert errors[ids["dead"]]
    assert "not a feed" in (errors[ids["page"]] or "")
    assert errors[ids["truncated"]]
    assert "entities" in (errors[ids["laughs"]] or "")
    assert len(summary.failed) == 5
    for name in ("missing", "dead", "page", "truncated", "laughs"):
        stored = env.store.feed(ids[name])
        assert stored.last_error == errors[ids[name]]
        assert env.store.articles(feed_id=ids[name]) == []


def _conditional(body: str) -> object:
    def handler(req: BaseHTTPRequestHandler) -> None:
        if req.headers.get("If-None-Match") == '"v1"':
            req.send_response(304)
            req.send_header("ETag", '"v1"')
            req.end_headers()
            return
        data = body.encode()
        req.send_response(200)
        req.send_header("Content-Type", RSS_TYPE)
        req.send_header("ETag", '"v1"')
        req.send_header("Last-Modified", "Tue, 10 Nov 2026 10:00:00 GMT")
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)

    return handler


def test_second_refresh_is_a_conditional_get_and_adds_nothing(
    env: Env, server: FixtureServer
) -> None:
    items = [
        Item(guid=f"g{i}", title=f"Story {i}", link=f"https://example.org/{i}") for i in range(4)
    ]
    server.add("/feed.xml", handler=_conditional(rss("Cond", items)))  # type: ignore[arg-type]
    feed = env.store.add_feed(server.url("/feed.xml"), "Cond")
    first = env.refresher.refresh(simplify=False)
    assert first.new_articles == 4
    assert env.store.feed(feed.id).etag == '"v1"'
    second = env.refresher.refresh(simplify=False)
    assert second.results[0].not_modified
    assert second.new_articles == 0
    last_headers = [h for p, h in server.requests if p == "/feed.xml"][-1]
    assert last_headers.get("if-none-match") == '"v1"'
    assert len(env.store.articles(feed_id=feed.id)) == 4
    assert env.store.feed(feed.id).last_error is None


def test_permanent_redirect_updates_the_stored_url_when_it_repeats(
    env: Env, server: FixtureServer
) -> None:
    """RELIABILITY N6: one 301 reads the new address but keeps the subscribed one; the same
    301 at the next refresh moves the feed."""
    serve_feed(server, "/new.xml", "Moved", 2)
    server.add("/old.xml", status=301, headers={"Location": server.url("/new.xml")})
    feed = env.store.add_feed(server.url("/old.xml"), "Moved")
    summary = env.refresher.refresh(simplify=False)
    assert summary.failed == ()
    assert len(env.store.articles(feed_id=feed.id)) == 2  # read from where it points
    assert env.store.feed(feed.id).url == server.url("/old.xml")
    summary = env.refresher.refresh(simplify=False)
    assert summary.failed == ()
    assert env.store.feed(feed.id).url == server.url("/new.xml")
    assert summary.results[0].url == server.url("/new.xml")
    assert env.store.noted_moves() == {}


def test_a_301_that_does_not_repeat_never_moves_the_feed(env: Env, server: FixtureServer) -> None:
    """A 301 followed by an ordinary answer is forgotten, so a later single 301 does not count
    as its repeat; a 301 that points elsewhere the second time is a first one again."""
    serve_feed(server, "/a.xml", "A", 1)
    serve_feed(server, "/b.xml", "B", 1, prefix="b")
    serve_feed(server, "/feed.xml", "Home", 1, prefix="home")
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    url = server.url("/feed.xml")

    def answer(target: str | None) -> None:
        if target is None:
            serve_feed(server, "/feed.xml", "Home", 1, prefix="home")
        else:
            server.add("/feed.xml", status=301, headers={"Location": server.url(target)})
        assert env.refresher.refresh(simplify=False).failed == ()

    for target in ("/a.xml", None, "/a.xml", "/b.xml"):
        answer(target)
        assert env.store.feed(feed.id).url == url, target
    assert env.store.noted_moves() == {feed.id: server.url("/b.xml")}
    answer("/b.xml")  # the same 301 twice in a row: now it moves
    assert env.store.feed(feed.id).url == server.url("/b.xml")


def test_a_noted_301_outlives_the_store_and_goes_with_its_feed(tmp_path: Path) -> None:
    """The note is in the database (a command-line refresh is a new process each time); a
    removed feed's note is removed with it."""
    from reader.store.db import Store

    path = tmp_path / "moves.sqlite3"
    with Store(path) as store:
        feed = store.add_feed("https://example.org/feed.xml", "F")
        store.note_move(feed.id, "https://example.org/new.xml", datetime.now(UTC))
    with Store(path) as store:
        assert store.noted_moves() == {feed.id: "https://example.org/new.xml"}
        store.remove_feed(feed.id)
        assert store.noted_moves() == {}


def test_410_marks_the_feed_gone_and_keeps_its_articles(env: Env, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Soon gone", 2)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    server.add("/feed.xml", "gone", status=410)
    summary = env.refresher.refresh(simplify=False)
    assert summary.failed and "410" in (summary.failed[0].error or "")
    stored = env.store.feed(feed.id)
    assert stored.gone
    assert len(env.store.articles(feed_id=feed.id)) == 2
    hits = server.hits["/feed.xml"]
    assert env.refresher.refresh(simplify=False).results == ()  # gone feeds are not asked again
    assert server.hits["/feed.xml"] == hits


def test_read_and_starred_survive_a_refresh_that_rewrites_the_text(
    env: Env, server: FixtureServer
) -> None:
    items = [Item(guid="a", title="Original", description="First text")]
    server.add("/feed.xml", rss("Edits", items), content_type=RSS_TYPE)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    (article,) = env.store.articles(feed_id=feed.id)
    env.store.set_read([article.id])
    env.store.set_starred(article.id)
    items = [Item(guid="a", title="Corrected", description="Second text")]
    server.add("/feed.xml", rss("Edits", items), content_type=RSS_TYPE)
    summary = env.refresher.refresh(simplify=False)
    assert summary.new_articles == 0
    (after,) = env.store.articles(feed_id=feed.id)
    assert after.id == article.id
    assert after.title == "Corrected"
    assert "Second text" in after.summary_html
    assert after.read and after.starred


def test_retry_later_is_recorded_as_an_error(env: Env, server: FixtureServer) -> None:
    server.add("/busy.xml", "slow down", status=429, headers={"Retry-After": "3600"})
    feed = env.store.add_feed(server.url("/busy.xml"), "Busy")
    first = env.refresher.refresh(simplify=False)
    assert first.failed
    assert env.store.feed(feed.id).last_error
    hits = server.hits["/busy.xml"]
    second = env.refresher.refresh(simplify=False)
    assert second.failed and second.failed[0].error
    assert server.hits["/busy.xml"] == hits  # the host is held back: no request


def test_unexpected_exception_is_recorded_as_internal_error(
    env: Env, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server, "/good.xml", "Good", 2)
    serve_feed(server, "/buggy.xml", "Buggy", 2)
    good = env.store.add_feed(server.url("/good.xml"), "Good")
    buggy = env.store.add_feed(server.url("/buggy.xml"), "Buggy")
    # The refresh parses in its fetching threads, importing the parser when it first needs it.
    import reader.core.feeds.parse as feeds

    real = feeds.parse_without_feedparser

    def parse(body: bytes, url: str, content_type: str = "", **kw: object) -> object:
        if "buggy" in url:
            raise RuntimeError("boom")
        return real(body, url, content_type, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(feeds, "parse_without_feedparser", parse)
    summary = env.refresher.refresh(simplify=False)
    errors = {r.feed_id: r.error for r in summary.results}
    assert errors[good.id] is None
    assert (errors[buggy.id] or "").startswith("internal error")
    assert env.store.feed(buggy.id).last_error == errors[buggy.id]


def test_cancel_stops_submitting_and_keeps_what_is_done(
    profile: Path, server: FixtureServer
) -> None:
    e = Env(profile, max_workers=1)
    try:
        for i in range(6):
            serve_feed(server, f"/f{i}.xml", f"Feed {i}", 1)
            e.store.add_feed(server.url(f"/f{i}.xml"), f"Feed {i}")
        cancel = threading.Event()
        summary = e.refresher.refresh(
            simplify=True, cancel=cancel, on_feed=lambda r, done, total: cancel.set()
        )
        assert summary.cancelled
        assert 1 <= len(summary.results) < 6
        assert summary.new_articles >= 1
        assert summary.simplified == 0
    finally:
        e.close()


# -- simplify ------------------------------------------------------------------------------
def test_refresh_simplifies_new_articles_into_the_cache(env: Env, server: FixtureServer) -> None:
    server.add("/img/photo.png", PNG, content_type="image/png")
    image = server.url("/img/photo.png")
    items = [
        Item(
            guid="p1", title="With page", link=server.url("/a/1.html"), description="Short summary."
        ),
        Item(
            guid="p2",
            title="Broken page",
            link=server.url("/a/2.html"),
            description="Only the summary.",
        ),
    ]
    server.add(
        "/a/1.html",
        article_page("With page", "The whole story is told on the page.", image=image),
    )
    server.add("/a/2.html", "not here", status=404)
    server.add("/feed.xml", rss("News", items), content_type=RSS_TYPE)
    feed = env.store.add_feed(server.url("/feed.xml"), "News")
    done: list[tuple[int, str]] = []
    summary = env.refresher.refresh(on_article=lambda aid, source: done.append((aid, source)))
    assert summary.simplified == 2 and summary.simplify_failed == 0
    by_title = {a.title: a for a in env.store.articles(feed_id=feed.id)}
    page, broken = by_title["With page"], by_title["Broken page"]
    assert page.simplified == "page" and broken.simplified == "feed"
    assert sorted(done) == sorted([(page.id, "page"), (broken.id, "feed")])
    cached = env.cache.get_article(page.id)
    assert cached is not None and "whole story is told" in cached.text
    assert "tracking" not in cached.html and "Most read" not in cached.text
    fallback = env.cache.get_article(broken.id)
    assert fallback is not None and "Only the summary" in fallback.text
    assert env.cache.has_image(image)
    assert env.cache.image(image_key(image)) == PNG
    assert [a.title for a in env.store.search("whole story")] == ["With page"]


def test_feed_content_wins_when_the_page_gives_less(env: Env, server: FixtureServer) -> None:
    long_content = "".join(
        f"<p>Full feed paragraph {i} with plenty of words in it.</p>" for i in range(40)
    )
    items = [
        Item(guid="c", title="Rich feed", link=server.url("/short.html"), content=long_content)
    ]
    server.add("/short.html", article_page("Rich feed", "Tiny page.", paragraphs=2))
    server.add("/feed.xml", rss("Rich", items), content_type=RSS_TYPE)
    feed = env.store.add_feed(server.url("/feed.xml"), "Rich")
    env.refresher.refresh()
    (article,) = env.store.articles(feed_id=feed.id)
    assert article.simplified == "feed"
    cached = env.cache.get_article(article.id)
    assert cached is not None and "Full feed paragraph 39" in cached.text


def test_article_without_page_or_text_is_recorded_failed(env: Env, server: FixtureServer) -> None:
    server.add("/feed.xml", rss("Bare", [Item(guid="b", title="Bare")]), content_type=RSS_TYPE)
    feed = env.store.add_feed(server.url("/feed.xml"), "Bare")
    summary = env.refresher.refresh()
    assert summary.simplify_failed == 1
    (article,) = env.store.articles(feed_id=feed.id)
    assert article.simplified == "failed"
    assert not env.cache.has_article(article.id)


def test_prioritized_article_jumps_the_queue(profile: Path, server: FixtureServer) -> None:
    e = Env(profile, max_workers=1, prefetch_images=False)
    try:
        serve_feed(server, "/feed.xml", "Queue", 6, pages=True)
        feed = e.store.add_feed(server.url("/feed.xml"), "Queue")
        order: list[int] = []
        target: list[int] = []

        def on_article(article_id: int, source: str) -> None:
            order.append(article_id)
            if len(order) == 1:
                queued_last = max(e.store.article_ids(feed_id=feed.id))
                target.append(queued_last)
                e.refresher.prioritize(target[0])

        summary = e.refresher.refresh(on_article=on_article)
        assert summary.simplified == 6
        assert order[0] != target[0]
        assert order[1] == target[0]
    finally:
        e.close()


def test_simplify_article_now(env: Env, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Now", 1, pages=True)
    feed = env.refresher.subscribe(server.url("/feed.xml"))
    (article,) = env.store.articles(feed_id=feed.id)
    result = env.refresher.simplify_article(article.id)
    assert result is not None and "The full text of Now story 0" in result.text
    assert env.store.article(article.id).simplified == "page"
    assert env.cache.has_article(article.id)


def test_public_feed_cannot_make_us_fetch_local_pages(env: Env, server: FixtureServer) -> None:
    # A feed on a public host whose article link points at our loopback server.
    items = serve_feed(server, "/feed.xml", "Public", 1, pages=True)
    feed = env.store.add_feed("http://93.184.215.14/feed.xml", "Public")
    now = datetime.now(UTC)
    parsed = parse_feed(rss("Public", items).encode(), feed.url, RSS_TYPE, now=now)
    (new_id,) = env.store.add_entries(feed.id, parsed.entries, now=now)
    env.refresher.simplify_article(new_id)
    assert server.hits["/feed-xml/article0.html"] == 0
    assert env.store.article(new_id).simplified == "feed"


def test_process_pool_parses_and_simplifies(profile: Path, server: FixtureServer) -> None:
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))
    e = Env(profile, cpu=pool)
    try:
        serve_feed(server, "/feed.xml", "Pool", 3, pages=True)
        server.add("/bad.xml", '<?xml version="1.0"?><rss><channel><tit', content_type=RSS_TYPE)
        feed = e.store.add_feed(server.url("/feed.xml"), "Pool")
        bad = e.store.add_feed(server.url("/bad.xml"), "Bad")
        summary = e.refresher.refresh()
        errors = {r.feed_id: r.error for r in summary.results}
        assert errors[feed.id] is None and errors[bad.id]
        assert summary.simplified == 3
        assert {a.simplified for a in e.store.articles(feed_id=feed.id)} == {"page"}
    finally:
        e.close()
        pool.shutdown()


# -- OPML ----------------------------------------------------------------------------------
def test_opml_import_export_round_trip(env: Env, tmp_path: Path) -> None:
    data = opml(
        '<outline text="Top" type="rss" xmlUrl="https://example.org/top.xml"/>'
        '<outline text="News"><outline text="World" type="rss" xmlUrl="https://example.org/w.xml"'
        ' htmlUrl="https://example.org/"/><outline text="Deep"><outline text="Inner" type="rss"'
        ' xmlUrl="https://example.org/inner.xml"/></outline></outline>'
        '<outline text="Evil" type="rss" xmlUrl="javascript:alert(1)"/>'
    )
    report = env.refresher.import_opml(data)
    assert report.added == 3 and report.duplicates == 0
    assert len(report.skipped) == 1
    exported = env.refresher.export_opml()
    other = Env(tmp_path / "other")
    try:
        again = other.refresher.import_opml(exported)
        assert again.added == 3
        before = {(f.url, f.title) for f in env.store.feeds()}
        after = {(f.url, f.title) for f in other.store.feeds()}
        assert before == after
        assert {f.name for f in other.store.folders()} == {"News", "Deep"}
        assert env.refresher.import_opml(exported).duplicates == 3
    finally:
        other.close()


def test_malformed_opml_imports_nothing(env: Env) -> None:
    with pytest.raises(OpmlError):
        env.refresher.import_opml(b"this is not XML <<<")
    assert env.store.feeds() == []


class _BrokenPool(Executor):
    """A process pool that cannot start processes (as in a badly frozen app)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        raise BrokenProcessPool("cannot start a process")


def test_broken_process_pool_falls_back_to_this_process(
    profile: Path, server: FixtureServer
) -> None:
    e = Env(profile, cpu=_BrokenPool())
    try:
        serve_feed(server, "/feed.xml", "Fallback", 2, pages=True)
        feed = e.store.add_feed(server.url("/feed.xml"), "Fallback")
        summary = e.refresher.refresh()
        assert summary.failed == () and summary.new_articles == 2
        assert {a.simplified for a in e.store.articles(feed_id=feed.id)} == {"page"}
    finally:
        e.close()


def test_page_that_fails_for_a_while_is_tried_again(env: Env, server: FixtureServer) -> None:
    answers = [503]

    def flaky(req: BaseHTTPRequestHandler) -> None:
        status = answers.pop() if answers else 200
        body = (
            b"busy"
            if status != 200
            else article_page("Flaky", "The page worked the second time.").encode()
        )
        req.send_response(status)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body)

    server.add("/flaky.html", handler=flaky)
    items = [Item(guid="f", title="Flaky", link=server.url("/flaky.html"), description="Sum.")]
    server.add("/feed.xml", rss("Flaky", items), content_type=RSS_TYPE)
    feed = env.store.add_feed(server.url("/feed.xml"), "Flaky")
    first = env.refresher.refresh()
    (article,) = env.store.articles(feed_id=feed.id)
    assert first.simplified == 1
    assert article.simplified is None  # not recorded: tried again next time
    cached = env.cache.get_article(article.id)
    assert cached is not None and "Sum." in cached.text  # meanwhile the feed's text
    env.refresher.refresh()
    assert env.store.article(article.id).simplified == "page"
    again = env.cache.get_article(article.id)
    assert again is not None and "worked the second time" in again.text


def test_refresh_skips_feeds_removed_meanwhile(env: Env, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Stays", 1)
    feed = env.store.add_feed(server.url("/feed.xml"), "Stays")
    summary = env.refresher.refresh([feed.id, 9999, feed.id], simplify=False)
    assert [r.feed_id for r in summary.results] == [feed.id]


def test_cancel_during_the_pages_keeps_what_is_done(profile: Path, server: FixtureServer) -> None:
    e = Env(profile, max_workers=1, prefetch_images=False)
    try:
        serve_feed(server, "/feed.xml", "Many", 8, pages=True)
        feed = e.store.add_feed(server.url("/feed.xml"), "Many")
        cancel = threading.Event()
        summary = e.refresher.refresh(cancel=cancel, on_article=lambda aid, src: cancel.set())
        assert summary.cancelled and summary.new_articles == 8
        assert 1 <= summary.simplified < 8
        states = [a.simplified for a in e.store.articles(feed_id=feed.id)]
        assert states.count("page") == summary.simplified and states.count(None) >= 1
    finally:
        e.close()


def test_pages_fetched_per_feed_and_refresh_are_bounded(
    profile: Path, server: FixtureServer
) -> None:
    e = Env(profile, new_per_feed=3, backlog=2, prefetch_images=False)
    try:
        serve_feed(server, "/feed.xml", "Archive", 8, pages=True)
        feed = e.store.add_feed(server.url("/feed.xml"), "Archive")
        first = e.refresher.refresh()
        assert first.new_articles == 8 and first.simplified == 3 + 2
        second = e.refresher.refresh()  # nothing new: the older ones, two at a time
        assert second.simplified == 2
        states = [a.simplified for a in e.store.articles(feed_id=feed.id)]
        assert states.count("page") == 7 and states.count(None) == 1
    finally:
        e.close()
