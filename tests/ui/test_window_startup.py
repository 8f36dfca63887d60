"""Start-up: the first frame loads none of the worker's heavy libraries (DESIGN.md "Threads").

The window runs in a child process (this test process has them all loaded already) in the
mode bench/startup.py uses: at the first paint it prints which of them are in ``sys.modules``,
then, once the list is filled, closes itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer

ROOT = Path(__file__).resolve().parents[2]
CHILD = (
    "import sys; from reader.app import main; raise SystemExit(main(['--profile', sys.argv[1]]))"
)


def _first_frame(profile: Path) -> tuple[str, list[str]]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["BROADSHEET_BENCH_STARTUP"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(profile)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr[-2000:]
    heavy = next(line.split()[1] for line in lines if line.startswith("heavy "))
    types = next(line.split()[1] for line in lines if line.startswith("types "))
    return heavy if types == "-" else f"{heavy} types {types}", lines


def test_the_first_frame_loads_no_heavy_library(profile: Path) -> None:
    heavy, lines = _first_frame(profile)
    assert heavy == "-", f"loaded before the first frame: {heavy}"
    assert any(line.startswith("shown ") for line in lines)


def test_the_garbage_collector_is_paused_only_until_the_first_frame(profile: Path) -> None:
    _heavy, lines = _first_frame(profile)
    assert "gc shown 0" in lines  # paused while the window was being built
    assert "gc filled 1" in lines  # and running again once it had painted


def test_the_first_frame_loads_no_heavy_library_with_articles(
    profile: Path, server: FixtureServer
) -> None:
    from reader.cli.main import main as cli_main
    from reader.paths import resolve
    from reader.store.db import Store

    serve_feed(server, "/s.xml", "Start", count=5)
    paths = resolve(profile).ensure()
    with Store(paths.database) as store:
        store.add_feed(server.url("/s.xml"), "Start")
    assert cli_main(["--profile", str(profile), "refresh"]) == 0
    heavy, lines = _first_frame(profile)
    assert heavy == "-", f"loaded before the first frame: {heavy}"
    assert any(line.startswith("filled ") for line in lines)
    assert "qt-enums 0" in lines  # reader.ui.lazy_qt: Qt's enums wait for the first frame
    # The database is opened and checked before it, but the Store's class and its query
    # modules are made after it (reader.store.opening).
    assert "store-class 0" in lines
    # A later start (the geometry saved; the first one measures the reading font): QFont's
    # type (~7 M instructions) waits for the first row.
    _heavy, again = _first_frame(profile)
    assert "qfont 0" in again


@pytest.mark.parametrize(
    ("code", "rtl"), [("ar", "1"), ("fa", "1"), ("he", "1"), ("ur", "1"), ("de", "0")]
)
def test_a_right_to_left_language_mirrors_the_first_frame_without_qts_enums(
    profile: Path, server: FixtureServer, code: str, rtl: str
) -> None:
    # Qt turns the layout around from its own translation ("QT_LAYOUT_DIRECTION"); setting the
    # direction from Python builds all of Qt's enums (~20 ms). Ours says it for Urdu.
    # A profile with a feed: an empty one's first frame draws the tree's icons (Qt's enums).
    from reader.paths import resolve
    from reader.store.db import Store

    serve_feed(server, "/s.xml", "Start", count=2)
    paths = resolve(profile).ensure()
    with Store(paths.database) as store:
        store.add_feed(server.url("/s.xml"), "Start")
    paths.settings_file.write_text(json.dumps({"language": code}), encoding="utf-8")
    _heavy, lines = _first_frame(profile)
    assert f"rtl {rtl}" in lines
    assert "qt-enums 0" in lines


def test_the_tree_and_the_article_pane_are_made_right_after_the_first_frame(
    qtbot: QtBot, profile: Path
) -> None:
    from reader.paths import resolve
    from reader.store.db import Store
    from reader.ui.article_view import ArticleView
    from reader.ui.main_window import MainWindow

    paths = resolve(profile).ensure()
    with Store(paths.database) as store:
        store.add_feed("http://127.0.0.1:9/feed.xml", "Somewhere")
    window = MainWindow(paths, start_worker=False, worker_options={"cpu_factory": lambda: None})
    qtbot.addWidget(window)
    try:
        assert window.reading.made is None  # a blank stand-in for the first frame
        assert window.feed_model.feeds() == []  # the tree is filled after it, too
        assert window.panes.has_subscriptions()
        assert window.article_list.empty_text == ""  # not "Subscribe to a feed": it has one
        slot = window.splitter.widget(2)
        assert slot is not None and slot.objectName() == "articleViewSlot"
        window.resize(1200, 800)
        window.show()
        qtbot.waitUntil(lambda: window.reading.made is not None, timeout=10_000)
        assert isinstance(window.splitter.widget(2), ArticleView)
        assert window.splitter.widget(2) is window.article_view
        assert window.splitter.sizes()[2] > 300  # it took the stand-in's place and size
        assert [feed.title for feed in window.feed_model.feeds()] == ["Somewhere"]
        assert window.article_list.empty_text.startswith("No articles here yet.")
    finally:
        window.close()


def test_the_list_reads_the_store_it_waits_for(qtbot: QtBot, profile: Path) -> None:
    """The window's Store is made on first use (after the first frame): a list asked for
    before anything else used the store still reads it, through the same Store."""
    from datetime import UTC, datetime

    from reader.core.parsed import ParsedEntry
    from reader.paths import resolve
    from reader.store.db import Store
    from reader.ui.feed_tree import ALL

    paths = resolve(profile).ensure()
    now = datetime.now(UTC)
    with Store(paths.database) as store:
        feed = store.add_feed("http://127.0.0.1:9/feed.xml", "Somewhere")
        entries = [
            ParsedEntry(
                entry_id=str(i), title=f"Story {i}", link=f"http://127.0.0.1:9/{i}", published=now
            )
            for i in (1, 2)
        ]
        store.add_entries(feed.id, entries, now=now)
    window = MainWindow(paths, start_worker=False, worker_options={"cpu_factory": lambda: None})
    qtbot.addWidget(window)
    try:
        window.panes.show_selection(ALL)
        assert window.article_model.rowCount() == 2
        assert window.panes.store is window.store
        assert window.store.has_feeds()
    finally:
        window.close()


def test_the_welcome_page_is_in_the_first_frame_of_an_empty_profile(
    qtbot: QtBot, profile: Path
) -> None:
    from reader.paths import resolve
    from reader.ui.main_window import MainWindow

    window = MainWindow(
        resolve(profile), start_worker=False, worker_options={"cpu_factory": lambda: None}
    )
    qtbot.addWidget(window)
    try:
        assert window.reading.made is not None
        assert "Welcome to Broadsheet" in window.article_view.toPlainText()
    finally:
        window.close()


def _shown_with_pane(qtbot: QtBot, profile: Path) -> MainWindow:
    from reader.paths import resolve

    window = MainWindow(
        resolve(profile), start_worker=False, worker_options={"cpu_factory": lambda: None}
    )
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: window.reading.made is not None, timeout=10_000)
    return window


def test_the_pane_sizes_survive_a_restart_with_the_late_article_pane(
    qtbot: QtBot, profile: Path
) -> None:
    from reader.paths import resolve
    from reader.store.db import Store

    with Store(resolve(profile).ensure().database) as store:
        store.add_feed("http://127.0.0.1:9/feed.xml", "Somewhere")
    window = _shown_with_pane(qtbot, profile)
    window.splitter.setSizes([300, 500, 380])
    sizes = window.splitter.sizes()
    window.close()
    again = _shown_with_pane(qtbot, profile)
    try:
        assert again.splitter.sizes() == sizes
    finally:
        again.close()


def test_no_stray_widget_is_drawn_over_the_window(qtbot: QtBot, profile: Path) -> None:
    """Every widget shown directly on the window is one of its parts: a helper widget made only
    to measure something (a scroll bar's width) must not end up drawn over the menu bar."""
    from PySide6.QtWidgets import QDockWidget, QMenuBar, QStatusBar, QToolBar, QWidget

    from reader.ui.accessibility import FocusFrame  # laid over the focused widget on purpose

    window = _shown_with_pane(qtbot, profile)
    try:
        qtbot.waitUntil(lambda: window.started_up, timeout=10_000)
        parts = (QMenuBar, QStatusBar, QToolBar, QDockWidget, FocusFrame)
        stray = [
            type(child).__name__
            for child in window.children()
            if isinstance(child, QWidget)
            and child.isVisible()
            and not child.isWindow()
            and child is not window.centralWidget()
            and not isinstance(child, parts)
        ]
        assert stray == []
    finally:
        window.close()
