"""Per-feed settings in a real SQLite file: defaults, round trip, validation, migration from the
version before, and the retention they choose (by count or by days; unread and starred kept)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.feed_settings import FEED_REFRESH_CHOICES, VIEWS, FeedSettings, Notify
from reader.core.parsed import ParsedEntry
from reader.errors import NotFoundError
from reader.store import schema
from reader.store.db import Store


def _entries(
    count: int, now: datetime, *, step: timedelta = timedelta(days=1)
) -> list[ParsedEntry]:
    return [
        ParsedEntry(
            entry_id=f"e{i}",
            title=f"Entry {i}",
            link=f"https://example.org/{i}",
            published=now - i * step,
            summary_html=f"<p>{i}</p>",
        )
        for i in range(count)
    ]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "db.sqlite3")
    yield s  # type: ignore[misc]
    s.close()


def test_a_feed_without_settings_gets_the_defaults(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed.xml", "Example")
    assert store.feed_settings(feed.id) == FeedSettings()
    assert store.all_feed_settings() == {feed.id: FeedSettings()}
    with pytest.raises(NotFoundError):
        store.feed_settings(feed.id + 1)


def test_settings_round_trip_and_survive_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    chosen = FeedSettings(
        refresh_min=60, keep_days=7, keep_count=40, notify=Notify.ALWAYS, view="feed", title="Mine"
    )
    with Store(path) as store:
        feed = store.add_feed("https://example.org/feed.xml", "Example")
        other = store.add_feed("https://example.org/other.xml", "Other")
        assert store.set_feed_settings(feed.id, chosen) == chosen
    with Store(path) as store:
        assert store.feed_settings(feed.id) == chosen
        assert store.feed_settings(other.id) == FeedSettings()
        assert store.feed(feed.id).title == "Mine"  # the feed list shows the user's title
        assert store.feed_own_title(feed.id) == "Example"
        assert store.feed(feed.id).keep == 40
        store.set_feed_settings(feed.id, FeedSettings())
        assert store.feed(feed.id).title == "Example"
        assert store.feed_settings(feed.id) == FeedSettings()


def test_setting_an_unknown_feed_raises(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.set_feed_settings(99, FeedSettings(view="feed"))


@settings(max_examples=60, deadline=None)
@given(
    refresh=st.one_of(st.none(), st.integers(-(10**6), 10**6)),
    days=st.one_of(st.none(), st.integers(-(10**6), 10**6)),
    count=st.integers(-(10**6), 10**6),
    view=st.text(max_size=12),
    title=st.text(max_size=400),
)
def test_any_values_are_stored_repaired(
    tmp_path_factory: pytest.TempPathFactory,
    refresh: int | None,
    days: int | None,
    count: int,
    view: str,
    title: str,
) -> None:
    with Store(tmp_path_factory.mktemp("p") / "db.sqlite3") as store:
        feed = store.add_feed("https://example.org/feed.xml", "Example")
        raw = FeedSettings(refresh, days, count, True, view, title)
        stored = store.set_feed_settings(feed.id, raw)
        assert store.feed_settings(feed.id) == stored == raw.validated()
        assert stored.view in VIEWS
        assert stored.refresh_min is None or stored.refresh_min in FEED_REFRESH_CHOICES
        assert stored.keep_days is None or stored.keep_days >= 1
        assert stored.keep_count >= 0
        assert all(ch.isprintable() for ch in stored.title) and len(stored.title) <= 300


def test_a_database_of_the_version_before_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    before = len(schema.MIGRATIONS) - 1
    schema.migrate(conn, path, is_new=True, migrations=schema.MIGRATIONS[:before])
    conn.execute("INSERT INTO feeds (url, title, user_title, keep) VALUES ('u', 'T', 'Mine', 9)")
    conn.commit()
    conn.close()
    with Store(path) as store:
        (feed,) = store.feeds()
        assert store.feed_settings(feed.id) == FeedSettings(keep_count=9, title="Mine")


def _read_all(store: Store, feed_id: int) -> None:
    store.set_read([a.id for a in store.articles(feed_id=feed_id)], True)


def test_prune_by_days_keeps_starred_and_unread(store: Store) -> None:
    now = datetime.now(UTC)
    feed = store.add_feed("https://example.org/feed.xml", "Example")
    store.add_entries(feed.id, _entries(10, now), now=now)
    _read_all(store, feed.id)
    by_title = {a.title: a.id for a in store.articles(feed_id=feed.id)}
    store.set_starred(by_title["Entry 9"])
    store.set_read([by_title["Entry 8"]], False)
    store.set_feed_settings(feed.id, FeedSettings(keep_days=3))
    pruned = store.prune(feed.id)
    left = sorted(a.title for a in store.articles(feed_id=feed.id))
    # Entries 0-2 are less than 3 days old; 8 is unread and 9 starred.
    assert left == ["Entry 0", "Entry 1", "Entry 2", "Entry 8", "Entry 9"]
    assert len(pruned) == 5
    # Pruned entries do not come back as new when the feed still lists them.
    assert store.add_entries(feed.id, _entries(10, now), now=now) == []


def test_prune_by_count_follows_the_feed_settings(store: Store) -> None:
    now = datetime.now(UTC)
    feed = store.add_feed("https://example.org/feed.xml", "Example")
    store.add_entries(feed.id, _entries(10, now), now=now)
    _read_all(store, feed.id)
    store.set_starred(store.articles(feed_id=feed.id)[-1].id)  # the oldest
    store.set_feed_settings(feed.id, FeedSettings(keep_count=4))
    store.prune(feed.id)
    left = sorted(a.title for a in store.articles(feed_id=feed.id))
    assert left == ["Entry 0", "Entry 1", "Entry 2", "Entry 3", "Entry 9"]
    # Back to counting from days, with a count: the days rule no longer applies.
    store.set_feed_settings(feed.id, FeedSettings(keep_days=None, keep_count=500))
    assert store.prune(feed.id) == []


def test_removing_a_feed_removes_its_settings(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed.xml", "Example")
    store.set_feed_settings(feed.id, FeedSettings(view="original"))
    store.remove_feed(feed.id)
    again = store.add_feed("https://example.org/feed.xml", "Example")
    assert store.feed_settings(again.id) == FeedSettings()


def test_a_recovered_database_keeps_the_feed_settings(tmp_path: Path) -> None:
    from reader.store.recovery import recover

    path = tmp_path / "db.sqlite3"
    chosen = FeedSettings(
        refresh_min=30, keep_days=5, notify=Notify.ALWAYS, view="original", title="T"
    )
    with Store(path) as store:
        feed = store.add_feed("https://example.org/feed.xml", "Example")
        store.set_feed_settings(feed.id, chosen)
        ids = store.add_entries(feed.id, _entries(2000, datetime.now(UTC)), now=datetime.now(UTC))
        store.set_article_view(ids[0], "feed")
        leaves = store._conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'"
        ).fetchall()
    data = bytearray(path.read_bytes())
    page = (leaves[len(leaves) // 2][0] - 1) * 4096
    data[page : page + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    report = recover(path)
    assert report.problems  # the damage was seen
    with Store(path) as store:
        assert store.feed_settings(feed.id) == chosen
        assert store.article_view(ids[0]) == "feed"  # the first rows are before the damage
        assert store.article_view(ids[0]) == "feed"  # the first rows are before the damage


def test_an_article_view_is_kept_until_the_article_goes(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    now = datetime.now(UTC)
    with Store(path) as store:
        feed = store.add_feed("https://example.org/feed.xml", "Example")
        first, second = store.add_entries(feed.id, _entries(2, now), now=now)
        assert store.article_view(first) is None  # the feed's view
        store.set_article_view(first, "feed")
        store.set_article_view(999, "feed")  # no such article: nothing kept
        store.set_article_view(second, "bogus")  # no such view: nothing kept
    with Store(path) as store:
        assert store.article_view(first) == "feed"
        assert store.article_view(second) is None
        assert store.article_view(999) is None
        store.set_article_view(first, None)
        assert store.article_view(first) is None
        store.set_article_view(second, "reader")
        store.set_read([first, second], True)
        store.set_feed_settings(feed.id, FeedSettings(keep_count=0))
        assert sorted(store.prune(feed.id)) == sorted([first, second])
        count = store._conn.execute("SELECT count(*) FROM article_views").fetchone()[0]
        assert count == 0  # pruned with its article


@pytest.mark.parametrize(
    ("stored", "read"),
    [(0, Notify.DEFAULT), (1, Notify.ALWAYS), (2, Notify.NEVER), (7, Notify.DEFAULT)],
)
def test_the_notify_choice_reads_what_older_versions_stored(
    store: Store, tmp_path: Path, stored: int, read: Notify
) -> None:
    """The older yes/no stored 0 and 1: they read as "as in Settings" and "always"; a value
    from a future version reads as the default instead of failing."""
    feed = store.add_feed("https://example.org/feed.xml", "Example")
    store.set_feed_settings(feed.id, FeedSettings(view="feed"))
    with sqlite3.connect(tmp_path / "db.sqlite3") as raw:
        raw.execute("UPDATE feed_settings SET notify = ? WHERE feed_id = ?", (stored, feed.id))
    assert store.feed_settings(feed.id).notify is read
    assert store.set_feed_settings(feed.id, FeedSettings(notify=read)).notify is read
    assert store.feed_settings(feed.id).notify is read
