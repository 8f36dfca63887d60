"""Reading (open, mark read, move, star) with the real panes, view and user writes, without a
MainWindow: the navigation moves the list's selection, shows the article and says so by signal."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.settings import Settings
from reader.ui.feed_tree import Selection
from reader.ui.i18n import words
from reader.ui.navigation import Navigation
from tests.ui.helperkit import TIMEOUT, Parts


def _navigation(parts: Parts, **settings: object) -> Navigation:
    """The navigation wired the way the window wires it."""
    nav = Navigation(
        parts.panes,
        lambda: parts.view,
        lambda: parts.cache,
        parts.host,
        parts.writes,
        parts.actions,
        Settings().with_changes(**settings),
    )
    parts.panes.article_list.article_selected.connect(nav.open_article)
    parts.panes.article_model.pinned = nav.pending_state
    parts.panes.reload_tree()
    return nav


def test_step_selects_the_next_article_shows_it_and_marks_it_read(
    qtbot: QtBot, parts: Parts
) -> None:
    nav = _navigation(parts, mark_read_delay_s=0)
    panes = parts.panes
    first = panes.article_model.ids()[0]
    with qtbot.waitSignal(parts.host.request_simplify, timeout=TIMEOUT) as asked:
        nav.step(1)
    assert asked.args == [first]  # not simplified yet: the worker is asked to
    assert panes.article_list.current_row() == 0
    assert parts.view.current_article_id() == first
    assert "Summary of article 1" in parts.view.toPlainText()
    assert panes.unread_total == 3
    assert panes.feed_model.counts()[parts.news.id] == 2
    nav.step(1)
    assert panes.article_list.current_row() == 1
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert parts.store.article(first).read


def test_toggle_star_shows_at_once_is_written_and_said(qtbot: QtBot, parts: Parts) -> None:
    nav = _navigation(parts, mark_read_delay_s=-1)
    nav.step(1)
    article_id = parts.view.current_article_id()
    assert article_id is not None
    with qtbot.waitSignal(nav.status_message, timeout=TIMEOUT) as said:
        nav.toggle_star()
    assert [words(said.args[0]), said.args[1]] == ["Starred.", 6000]
    assert parts.panes.feed_model.starred_count() == 1
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert parts.store.article(article_id).starred
    assert not parts.store.article(article_id).read  # mark-read is off (-1)


def test_no_more_unread_is_said_and_the_selection_stays(qtbot: QtBot, parts: Parts) -> None:
    nav = _navigation(parts, mark_read_delay_s=-1)
    last = parts.panes.article_model.rowCount() - 1
    parts.panes.article_list.select_row(last)
    with qtbot.waitSignal(nav.status_message, timeout=TIMEOUT) as said:
        nav.step(1, unread=True)
    assert words(said.args[0]) == "No more unread articles here."
    assert parts.panes.article_list.current_row() == last


def test_mark_all_read_marks_the_list_and_the_store(qtbot: QtBot, parts: Parts) -> None:
    nav = _navigation(parts, mark_read_delay_s=-1)
    with qtbot.waitSignal(nav.status_message, timeout=TIMEOUT) as said:
        nav.mark_all_read()
    assert words(said.args[0]) == "All marked read."
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert parts.store.unread_counts() in ({}, {parts.news.id: 0, parts.blog.id: 0})
    qtbot.waitUntil(lambda: parts.panes.unread_total == 0, timeout=TIMEOUT)


def test_another_list_keeps_the_open_article_only_when_it_is_in_it(
    qtbot: QtBot, parts: Parts
) -> None:
    nav = _navigation(parts, mark_read_delay_s=-1)
    panes = parts.panes
    nav.step(1)  # the newest of All articles: one of News's
    shown = parts.view.current_article_id()
    assert shown is not None and parts.store.article(shown).feed_id == parts.news.id
    panes.show_selection(Selection("feed", parts.news.id))
    assert parts.view.current_article_id() == shown  # still there, and selected in the list
    assert panes.article_model.row_of(shown) == panes.article_list.current_row()
    panes.show_selection(Selection("feed", parts.blog.id))
    assert parts.view.current_article_id() is None  # not in Blog: the pane is emptied
    assert "Summary of article" not in parts.view.toPlainText()


def test_the_welcome_page_leaves_once_a_list_of_subscriptions_is_chosen(
    qtbot: QtBot, parts: Parts
) -> None:
    nav = _navigation(parts)
    parts.view.show_welcome()  # the profile was empty when the window opened
    parts.panes.show_selection(Selection("feed", parts.blog.id))
    assert "Welcome" not in parts.view.toPlainText()
    assert nav.current() is None
