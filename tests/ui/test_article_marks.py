"""Read and starred marks with the real panes and user writes, without a MainWindow: a mark shows
in the list at once, is pinned until written, reaches the store, and is put back (and said) when
the write fails."""

from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot

from reader.ui.article_list import READ_ROLE, STARRED_ROLE
from reader.ui.article_marks import ArticleMarks
from reader.ui.feed_tree import ALL
from reader.ui.i18n import words
from tests.ui.helperkit import TIMEOUT, Parts


def _marks(parts: Parts) -> ArticleMarks:
    """The marks wired the way the navigation wires them, the list showing every article."""
    marks = ArticleMarks(parts.panes, parts.writes, parts.actions)
    parts.panes.article_model.pinned = marks.pending_state
    parts.panes.reload_tree()
    parts.panes.show_selection(ALL)
    return marks


def _role(parts: Parts, article_id: int, role: int) -> object:
    row = parts.panes.article_model.row_of(article_id)
    assert row is not None
    return parts.panes.article_model.index(row, 0).data(role)


def test_read_and_star_show_at_once_and_reach_the_store(qtbot: QtBot, parts: Parts) -> None:
    marks = _marks(parts)
    article = parts.store.article(parts.panes.article_model.ids()[0])
    unread = parts.panes.unread_total
    marks.set_read(article, True)
    marks.set_starred(article, True)
    assert marks.pending_state == {article.id: {"read": True, "starred": True}}
    assert _role(parts, article.id, READ_ROLE) is True
    assert _role(parts, article.id, STARRED_ROLE) is True
    assert parts.panes.unread_total == unread - 1
    assert parts.panes.feed_model.starred_count() == 1
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert marks.pending_state == {}
    stored = parts.store.article(article.id)
    assert stored.read and stored.starred


def test_a_mark_that_cannot_be_written_is_put_back_and_said(qtbot: QtBot, parts: Parts) -> None:
    marks = _marks(parts)
    article = parts.store.article(parts.panes.article_model.ids()[0])
    parts.writes._retry_for_s = 0.0  # give up at the first "locked"
    lock = sqlite3.connect(parts.paths.database, isolation_level=None, timeout=0)
    try:
        lock.execute("BEGIN IMMEDIATE")
        with qtbot.waitSignal(marks.status_message, timeout=TIMEOUT) as said:
            marks.set_starred(article, True)
            assert _role(parts, article.id, STARRED_ROLE) is True
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert "Not saved" in words(said.args[0]) and said.args[1] == 15000
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert _role(parts, article.id, STARRED_ROLE) is False
    assert parts.panes.feed_model.starred_count() == 0
    assert marks.pending_state == {}
    assert not parts.store.article(article.id).starred


def test_mark_all_read_marks_the_list_at_once_and_the_store(qtbot: QtBot, parts: Parts) -> None:
    marks = _marks(parts)
    ids = parts.panes.article_model.ids()
    marks.mark_all_read()
    assert all(_role(parts, article_id, READ_ROLE) is True for article_id in ids)
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert all(parts.store.article(article_id).read for article_id in ids)
    qtbot.waitUntil(lambda: parts.panes.unread_total == 0, timeout=TIMEOUT)


def test_save_view_writes_the_article_view(qtbot: QtBot, parts: Parts) -> None:
    marks = _marks(parts)
    article_id = parts.panes.article_model.ids()[0]
    marks.save_view(article_id, "feed")
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert parts.store.article_view(article_id) == "feed"
