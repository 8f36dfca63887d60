"""Importing OPML moves nothing silently and leaves no empty folder (issue 11)."""

from __future__ import annotations

from pathlib import Path

from reader.net.http import Fetcher
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.usecases.refresh import Refresher
from tests.feedkit import opml


def test_feeds_already_subscribed_stay_put_and_no_empty_folder_is_left(profile: Path) -> None:
    store = Store(profile / "broadsheet.sqlite3")
    fetcher = Fetcher(connect_timeout=3, read_timeout=5, deadline=10)
    refresher = Refresher(store, ArticleCache(profile / "cache"), fetcher)
    try:
        mine = store.add_folder("Mine")
        kept = store.add_feed("https://example.org/a.xml", "A", folder_id=mine.id)
        store.add_folder("Empty before")  # the user's own empty folder is theirs to keep
        data = opml(
            '<outline text="Other"><outline text="Deeper"><outline text="A" type="rss"'
            ' xmlUrl="https://example.org/a.xml"/></outline></outline>'
            '<outline text="New"><outline text="B" type="rss" xmlUrl="https://example.org/b.xml"/>'
            "</outline>"
        )
        report = refresher.import_opml(data)
        assert (report.added, report.duplicates) == (1, 1)
        assert store.feed(kept.id).folder_id == mine.id  # not moved
        names = sorted(f.name for f in store.folders())
        assert names == ["Empty before", "Mine", "New"]  # "Other" and "Deeper" are gone
        assert refresher.import_opml(data, folder="Again").added == 0
        assert "Again" not in {f.name for f in store.folders()}
    finally:
        refresher.close()
        fetcher.close()
        store.close()
