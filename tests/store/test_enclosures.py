"""Enclosures in the store: written with their article, replaced on update, read back with
it, deleted with it, filtered by the "Podcasts" view, and copied by recovery."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.models import Enclosure
from reader.core.parsed import ParsedEntry
from reader.store import recovery
from reader.store.db import Store

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
EPISODE = Enclosure("https://cdn.example.org/ep1.mp3", "audio/mpeg", 12_345_678, 3_723)
PDF = Enclosure("https://example.org/slides.pdf", "application/pdf", None, None)


def entry(n: int, *files: Enclosure) -> ParsedEntry:
    return ParsedEntry(
        entry_id=f"urn:entry:{n}",
        title=f"Episode {n}",
        link=f"https://example.org/{n}",
        published=NOW - timedelta(hours=n),
        summary_html=f"<p>Show notes {n}</p>",
        enclosures=files,
    )


@pytest.fixture
def store(profile: Path) -> Store:
    s = Store(profile / "data" / "broadsheet.sqlite3")
    yield s  # type: ignore[misc]
    s.close()


def test_enclosures_are_stored_and_read_with_the_article(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed.xml")
    [first, second] = store.add_entries(feed.id, [entry(1, EPISODE, PDF), entry(2)], now=NOW)
    assert store.article(first).enclosures == (EPISODE, PDF)
    assert store.article(second).enclosures == ()
    listed = {a.id: a.enclosures for a in store.articles_by_ids([second, first])}
    assert listed == {first: (EPISODE, PDF), second: ()}
    assert [a.enclosures for a in store.articles(feed_id=feed.id)] == [(EPISODE, PDF), ()]


def test_an_updated_entry_replaces_its_enclosures(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed.xml")
    [article_id] = store.add_entries(feed.id, [entry(1, EPISODE, PDF)], now=NOW)
    store.set_read([article_id])
    fixed = Enclosure("https://cdn.example.org/ep1-fixed.mp3", "audio/mpeg", 99, 60)
    # Only the files changed: the article is rewritten, the user's state is not.
    assert store.add_entries(feed.id, [entry(1, fixed)], now=NOW) == []
    again = store.article(article_id)
    assert again.enclosures == (fixed,)
    assert again.read
    store.add_entries(feed.id, [entry(1)], now=NOW)
    assert store.article(article_id).enclosures == ()


def test_enclosures_go_with_their_article(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed.xml")
    store.add_entries(feed.id, [entry(1, EPISODE)], now=NOW)
    store.remove_feed(feed.id)
    assert store._conn.execute("SELECT count(*) FROM enclosures").fetchone()[0] == 0


def test_podcasts_view_lists_articles_with_audio(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed.xml")
    video = Enclosure("https://example.org/v.mp4", "video/mp4")
    ids = store.add_entries(
        feed.id, [entry(1, PDF, EPISODE), entry(2, PDF), entry(3, video), entry(4)], now=NOW
    )
    assert store.article_ids(audio=True) == [ids[0]]
    assert [a.id for a in store.articles(audio=True)] == [ids[0]]


def test_absurd_declared_numbers_are_dropped_not_fatal(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed.xml")
    huge = Enclosure("https://example.org/x.mp3", "audio/mpeg", 10**30, -5)
    [article_id] = store.add_entries(feed.id, [entry(1, huge)], now=NOW)
    stored = store.article(article_id).enclosures[0]
    assert (stored.url, stored.size, stored.duration) == (huge.url, None, None)


def test_recovery_copies_the_enclosures(profile: Path) -> None:
    path = profile / "data" / "broadsheet.sqlite3"
    store = Store(path)
    feed = store.add_feed("https://example.org/feed.xml")
    [article_id] = store.add_entries(feed.id, [entry(1, EPISODE, PDF)], now=NOW)
    store.close()
    report = recovery.recover(path)
    assert report.rows["enclosures"] == 2
    again = Store(path)
    try:
        assert again.article(article_id).enclosures == (EPISODE, PDF)
    finally:
        again.close()
