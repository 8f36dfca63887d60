"""The user's changes never wait on the database lock (a refresh may hold it for seconds).

Another connection holds a write transaction (``BEGIN IMMEDIATE``) while the user presses s and
m: the window shows the change at once, its event loop keeps running, and the change reaches the
store once the lock is released — also when the window is closed first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.store.db import Store
from reader.ui.article_list import READ_ROLE, STARRED_ROLE
from reader.ui.feed_tree import ALL, Selection
from reader.ui.main_window import MainWindow
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, settled, subscribe


def _key(qtbot: QtBot, window: MainWindow, key: str) -> None:
    qtbot.keyClick(window.article_list, key)


@contextmanager
def _write_lock(profile: Path) -> Iterator[sqlite3.Connection]:
    """A second connection holding the database's write lock until the block ends."""
    conn = sqlite3.connect(resolve(profile).database, isolation_level=None, timeout=0)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()


def _open_first(qtbot: QtBot, window: MainWindow) -> int:
    window.apply_settings(window.settings.with_changes(mark_read_delay_s=-1))
    window.feed_tree.select(ALL)
    window.article_list.select_row(0)
    window.article_list.setFocus()
    article_id = window.article_view.current_article_id()
    assert article_id is not None
    return article_id


def _role(window: MainWindow, article_id: int, role: int) -> object:
    row = window.article_model.row_of(article_id)
    assert row is not None
    return window.article_model.index(row, 0).data(role)


def test_star_and_read_while_the_database_is_locked(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/w.xml", "Writes", count=3)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/w.xml"))
        article_id = _open_first(qtbot, window)
        feed_id = window.feed_model.feeds()[0].id
        unread_before = window.feed_model.counts()[feed_id]
        with _write_lock(profile):
            _key(qtbot, window, "s")
            _key(qtbot, window, "m")
            # Shown at once, while the store still has the old state.
            assert _role(window, article_id, STARRED_ROLE) is True
            assert _role(window, article_id, READ_ROLE) is True
            assert window.feed_model.counts()[feed_id] == unread_before - 1
            assert window.writes.pending() == 2
            # The event loop keeps running: timers fire, s again reads the pending state.
            ticks: list[int] = []
            timer = QTimer()
            timer.timeout.connect(lambda: ticks.append(1))
            timer.start(10)
            qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=TIMEOUT)
            timer.stop()
            _key(qtbot, window, "s")
            _key(qtbot, window, "s")
            assert _role(window, article_id, STARRED_ROLE) is True
            current = window.navigation.current()
            assert current is not None and current.starred and current.read
            article = window.store.article(article_id)
            assert not article.starred and not article.read
            assert window.writes.pending() >= 1
        settled(qtbot, window)
        article = window.store.article(article_id)
        assert article.starred and article.read
        assert window.feed_model.counts()[feed_id] == unread_before - 1
        assert not window.navigation.pending_state


def test_changes_queued_behind_a_lock_are_written_when_the_window_closes(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/c.xml", "Close", count=2)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/c.xml"))
        article_id = _open_first(qtbot, window)
        with _write_lock(profile):
            _key(qtbot, window, "s")
            _key(qtbot, window, "m")
            assert window.writes.pending() == 2
        window.close()  # flushes the queue before the connections close
        assert window.writes.pending() == 0
    with Store(resolve(profile).database) as store:
        article = store.article(article_id)
        assert article.starred and article.read


def test_a_change_that_cannot_be_written_is_put_back_and_reported(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/f.xml", "Fails", count=2)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/f.xml"))
        article_id = _open_first(qtbot, window)
        window.writes._retry_for_s = 0.0  # give up at the first "locked"
        with _write_lock(profile):
            _key(qtbot, window, "s")
            assert _role(window, article_id, STARRED_ROLE) is True
            qtbot.waitUntil(window.writes.idle, timeout=TIMEOUT)
        assert _role(window, article_id, STARRED_ROLE) is False
        assert not window.store.article(article_id).starred
        message = window.statusBar().currentMessage()
        assert "Not saved" in message and "locked" in message
        starred = window.feed_model.index_of(Selection("smart", "starred")).siblingAtColumn(1)
        assert starred.data(Qt.ItemDataRole.DisplayRole) == ""  # the count is back to 0


def test_renaming_a_feed_while_locked_shows_at_once_and_is_written_later(
    qtbot: QtBot, profile: Path, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server, "/r.xml", "Rename", count=1)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/r.xml"))
        feed = window.feed_model.feeds()[0]
        window.feed_tree.select(Selection("feed", feed.id))
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mine", True))
        with _write_lock(profile):
            window.actions_["rename"].trigger()
            renamed = window.feed_model.feed(feed.id)
            assert renamed is not None and renamed.title == "Mine"
            assert window.store.feed(feed.id).title == "Rename"
        settled(qtbot, window)
        assert window.store.feed(feed.id).title == "Mine"
        assert window.feed_tree.current_selection() == Selection("feed", feed.id)


def test_counts_read_from_the_store_meanwhile_are_corrected_once_written(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/n.xml", "Counts", count=3)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/n.xml"))
        _open_first(qtbot, window)
        feed_id = window.feed_model.feeds()[0].id
        unread = window.feed_model.counts()[feed_id]
        with _write_lock(profile):
            _key(qtbot, window, "m")
            assert window.feed_model.counts()[feed_id] == unread - 1
            window.panes.reload_counts()  # a refresh reads the counts: the store has the old ones
            assert window.feed_model.counts()[feed_id] == unread
        settled(qtbot, window)
        assert window.feed_model.counts()[feed_id] == unread - 1
