"""The real collaborators of the window's helpers, built without a MainWindow: a store with two
feeds in a temporary profile, the cache, the panes, the worker host (its thread not started, so
its requests can be watched), the user writes, the actions on a plain QMainWindow, the article
view. A helper that needs more than these is in the wrong room.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from reader.core.models import Feed, Folder
from reader.core.parsed import ParsedEntry
from reader.paths import Paths, resolve
from reader.store.cache import ArticleCache
from reader.store.db import Store
from reader.ui.article_view import ArticleView
from reader.ui.panes import Panes
from reader.ui.user_writes import UserWrites
from reader.ui.window_actions import WindowActions
from reader.ui.worker import Worker
from reader.ui.worker_host import WorkerHost

TIMEOUT = 10_000
NOW = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


def entry(n: int) -> ParsedEntry:
    """A feed entry numbered ``n`` (newer for smaller ``n``)."""
    return ParsedEntry(
        entry_id=f"urn:entry:{n}",
        title=f"Article number {n}",
        link=f"https://example.org/{n}",
        published=NOW - timedelta(hours=n),
        summary_html=f"<p>Summary of article {n}</p>",
    )


@dataclass
class Parts:
    """The collaborators, as the window would hand them over."""

    paths: Paths
    store: Store
    cache: ArticleCache
    top: QMainWindow
    actions: WindowActions
    panes: Panes
    view: ArticleView
    host: WorkerHost
    writes: UserWrites
    folder: Folder
    news: Feed
    blog: Feed


def build_parts(qtbot: QtBot, profile: Path) -> Iterator[Parts]:
    """A filled store and the real collaborators around it; everything is closed afterwards."""
    paths = resolve(profile).ensure()
    store = Store(paths.database)
    folder = store.add_folder("Reading")
    news = store.add_feed("https://news.example/feed.xml", "News")
    blog = store.add_feed("https://blog.example/feed.xml", "Blog", folder_id=folder.id)
    store.add_entries(news.id, [entry(1), entry(2), entry(3)], now=NOW)
    store.add_entries(blog.id, [entry(4)], now=NOW)
    cache = ArticleCache(paths.cache)
    top = QMainWindow()
    qtbot.addWidget(top)
    actions = WindowActions(top)
    actions.finish()  # as the window does right after its first frame
    view = ArticleView(cache)
    qtbot.addWidget(view)
    panes = Panes(lambda: store, lambda: cache, view.current_article_id)
    qtbot.addWidget(panes.feed_tree)
    qtbot.addWidget(panes.middle)
    host = WorkerHost(Worker(paths.database, paths.cache, cpu_factory=lambda: None))
    writes = UserWrites(paths.database)
    try:
        yield Parts(
            paths, store, cache, top, actions, panes, view, host, writes, folder, news, blog
        )
    finally:
        writes.close(5.0)
        host.shutdown(2000)
        panes.closed = True
        panes.article_model.set_store(None)
        store.close()
