"""The smart views' counts off the GUI thread (reader.ui.view_counter): right after a refresh and
after mark all read, a count asked for while one runs made once more, and a result still on its
way when the window closes dropped."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.store.db import Store
from reader.ui.feed_tree import Selection
from reader.ui.view_counter import ViewCounter, ViewCounts, count_views
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.ui.helperkit import NOW, entry
from tests.ui.windowkit import TIMEOUT, open_window, refresh, settled, subscribe


def _store(profile: Path) -> Store:
    store = Store(resolve(profile).ensure().database)
    feed = store.add_feed("https://news.example/feed.xml", "News")
    ids = store.add_entries(feed.id, [entry(1), entry(2), entry(3)], now=NOW)
    store.save_search("Twos", "number 2")
    store.tag_articles(ids[:2], "Later")
    return store


def test_counts_arrive_on_the_gui_thread_as_the_store_has_them(qtbot: QtBot, profile: Path) -> None:
    store = _store(profile)
    got: list[tuple[ViewCounts, bool]] = []
    owner = QObject()
    counter = ViewCounter(store.path, lambda c: got.append((c, _on_gui_thread())), owner)
    try:
        counter.request()
        qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
        tag = store.tags()[0].id
        assert got == [({("search", 1): 1, ("tag", tag): 2}, True)]
        assert got[0][0] == count_views(store)
        store.set_read(store.article_ids(), True)
        counter.request()
        qtbot.waitUntil(lambda: len(got) == 2, timeout=TIMEOUT)
        assert got[1][0] == {("search", 1): 0}  # nothing unread (a tag with none is left out)
    finally:
        counter.stop()
        store.close()


def _on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_a_count_asked_for_while_one_runs_is_made_once_more_after_it(
    qtbot: QtBot, profile: Path
) -> None:
    store = _store(profile)
    got: list[ViewCounts] = []
    owner = QObject()
    counter = ViewCounter(store.path, got.append, owner)
    try:
        counter.request()
        store.set_read(store.article_ids(), True)  # changed while the first count may run
        counter.request()
        counter.request()
        qtbot.waitUntil(lambda: not counter.busy(), timeout=TIMEOUT)
        assert 1 <= len(got) <= 2
        assert got[-1] == {("search", 1): 0}  # the last count saw the change
    finally:
        counter.stop()
        store.close()


def test_a_result_on_its_way_when_the_counter_stops_is_dropped(qtbot: QtBot, profile: Path) -> None:
    store = _store(profile)
    got: list[ViewCounts] = []
    owner = QObject()
    counter = ViewCounter(store.path, got.append, owner)
    counter.request()
    assert counter._executor is not None
    counter._executor.submit(lambda: None).result(timeout=30)  # the count is done: its result
    counter.stop()  # is queued for the GUI thread, which had no turn since
    counter.request()  # and nothing is counted after the stop
    qtbot.wait(200)
    assert got == [] and counter.stopped
    store.close()


def test_smart_view_counts_right_after_a_refresh_and_after_mark_all_read_and_none_after_close(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/a.xml", "Alpha", count=1)
    with open_window(qtbot, profile) as window:
        window.apply_settings(window.settings.with_changes(refresh_on_start=False))
        subscribe(qtbot, window, server.url("/a.xml"))
        model = window.feed_model
        with Store(resolve(profile).database, check=False) as writer:
            search = writer.save_search("Stories", "story")
        window.navigation.views.reload_views()
        row = Selection("search", search.id)

        def shown() -> str:
            return str(model.index_of(row).siblingAtColumn(1).data())

        qtbot.waitUntil(lambda: shown() == "1", timeout=TIMEOUT)
        serve_feed(server, "/a.xml", "Alpha", count=4)
        refresh(qtbot, window)
        qtbot.waitUntil(lambda: shown() == "4", timeout=TIMEOUT)
        window.actions_["mark_all_read"].trigger()  # All articles is selected
        settled(qtbot, window)
        qtbot.waitUntil(lambda: shown() == "", timeout=TIMEOUT)
        counter = window.navigation.views.counter
        counter.request()  # a count still on its way when the window closes
        window.close()
        assert counter.stopped
        qtbot.wait(200)  # its result, if any, reaches nothing
