"""The refresh honours each feed's interval and retention, against a real HTTP server on
127.0.0.1 and a real profile: a scheduled run skips the feeds not due (the server sees no
request for them), a manual refresh of such a feed fetches it, and pruning after a refresh
follows the feed's retention, starred articles kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reader.core.feed_settings import FeedSettings, is_due
from reader.usecases.refresh import due_feeds, has_own_intervals
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.usecases.refreshkit import Env

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_is_due_rule() -> None:
    assert is_due(None, 30, NOW)
    assert not is_due(NOW - timedelta(minutes=10), 30, NOW)
    assert is_due(NOW - timedelta(minutes=30), 30, NOW)
    assert is_due(NOW - timedelta(minutes=29, seconds=30), 30, NOW)  # checked late in a run
    assert not is_due(None, 0, NOW)  # only when the user asks
    assert is_due(NOW + timedelta(hours=1), 30, NOW)  # the clock went back: rather fetch


def test_scheduled_refresh_skips_feeds_not_due_but_a_manual_one_fetches(
    env: Env, server: FixtureServer
) -> None:
    serve_feed(server, "/hourly.xml", "Hourly", 2)
    serve_feed(server, "/global.xml", "Global", 2)
    serve_feed(server, "/manual.xml", "Manual", 2)
    hourly = env.refresher.subscribe(server.url("/hourly.xml"))
    follows = env.refresher.subscribe(server.url("/global.xml"))
    manual = env.refresher.subscribe(server.url("/manual.xml"))
    env.store.set_feed_settings(hourly.id, FeedSettings(refresh_min=60))
    env.store.set_feed_settings(manual.id, FeedSettings(refresh_min=0))
    assert has_own_intervals(env.store)
    env.refresher.refresh(simplify=False)  # all three checked just now
    checked = datetime.now(UTC)
    hits = dict(server.hits)

    # Ten minutes later the global schedule (every 5 minutes) is due: only the feed that
    # follows it is fetched; the hourly one is not due and the manual one never is.
    later = checked + timedelta(minutes=10)
    due = due_feeds(env.store, global_min=5, global_due=True, when=later)
    assert due == [follows.id]
    env.refresher.refresh(due, simplify=False)
    assert server.hits["/global.xml"] == hits["/global.xml"] + 1
    assert server.hits["/hourly.xml"] == hits["/hourly.xml"]
    assert server.hits["/manual.xml"] == hits["/manual.xml"]

    # An hour later the hourly one is due by itself, with the global schedule off.
    assert due_feeds(
        env.store, global_min=0, global_due=False, when=checked + timedelta(hours=1)
    ) == [hourly.id]
    # The user asks for the manual feed: it is fetched although it is never due.
    summary = env.refresher.refresh([manual.id], simplify=False)
    assert [r.feed_id for r in summary.results] == [manual.id]
    assert server.hits["/manual.xml"] == hits["/manual.xml"] + 1


def test_gone_feeds_are_never_due(env: Env, server: FixtureServer) -> None:
    server.add("/gone.xml", b"", status=410)
    serve_feed(server, "/ok.xml", "Ok", 1)
    ok = env.refresher.subscribe(server.url("/ok.xml"))
    gone = env.store.add_feed(server.url("/gone.xml"), "Gone")
    env.refresher.refresh([gone.id], simplify=False)
    assert env.store.feed(gone.id).gone
    assert due_feeds(env.store, global_min=15, global_due=True, when=NOW) == [ok.id]
    assert not has_own_intervals(env.store)


def test_refresh_prunes_by_the_feeds_retention_and_keeps_starred(
    env: Env, server: FixtureServer
) -> None:
    serve_feed(server, "/daily.xml", "Daily", 6)  # dated 10-15 Nov 2026
    feed = env.refresher.subscribe(server.url("/daily.xml"))
    articles = env.store.articles(feed_id=feed.id)
    env.store.set_read([a.id for a in articles], True)
    oldest = min(articles, key=lambda a: a.published)
    env.store.set_starred(oldest.id)
    env.store.set_feed_settings(feed.id, FeedSettings(keep_count=2))
    env.refresher.refresh([feed.id], simplify=False)
    left = env.store.articles(feed_id=feed.id)
    assert len(left) == 3
    assert oldest.id in {a.id for a in left}
    # By days: every read, unstarred article older than a day goes (the feed's are from 2026-11).
    env.store.set_feed_settings(feed.id, FeedSettings(keep_days=1))
    serve_feed(server, "/daily.xml", "Daily", 7)  # one more entry: the feed changed
    env.refresher.refresh([feed.id], simplify=False)
    left = env.store.articles(feed_id=feed.id)
    assert oldest.id in {a.id for a in left}
    assert all(a.id == oldest.id or not a.read for a in left)
