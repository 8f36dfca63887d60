"""Hostile feed text in the window (RELIABILITY F9), the error reporter, and the app's start."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.ui import widgets
from reader.ui.crash import ErrorReporter
from reader.ui.dialogs import FeedPropertiesDialog
from reader.ui.feed_tree import ALL, Selection
from tests.feedkit import RSS_TYPE, Item, rss, serve_feed
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, refresh, subscribe

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = '<img src="/dev/zero"> <b>Bold</b> \u202eevil'


def test_hostile_feed_text_stays_plain(qtbot: QtBot, profile: Path, server: FixtureServer) -> None:
    server.add(
        "/h.xml",
        rss(HOSTILE, [Item(guid="1", title=HOSTILE, link="", description="x")]),
        content_type=RSS_TYPE,
    )
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/h.xml"))
        feed = window.feed_model.feeds()[0]
        index = window.feed_model.index_of(Selection("feed", feed.id))
        assert "<img" not in str(index.data(Qt.ItemDataRole.ToolTipRole)).replace("&lt;img", "")
        window.feed_model.set_feed_error(feed.id, '<img src="/dev/zero"> server answered 500')
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        assert "&lt;img" in tip and "<img" not in tip
        dialog = FeedPropertiesDialog(window.store.feed(feed.id), 1, window)
        labels = dialog.findChildren(QLabel)
        assert labels and all(
            label.textFormat() == Qt.TextFormat.PlainText
            for label in labels
            if "img" in label.text()
        )
        window.feed_tree.select(ALL)
        window.article_list.select_row(0)
        window.grab()  # paints the tree, the list and the view with the hostile text


def test_open_in_browser_and_copy_link(
    qtbot: QtBot, profile: Path, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = serve_feed(server, "/o.xml", "Open", count=2)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/o.xml"))
        window.article_list.select_row(0)
        window.article_list.setFocus()
        qtbot.keyClick(window.article_list, "o")
        qtbot.keyClick(window.article_list, Qt.Key.Key_Return)
        assert opened == [items[1].link, items[1].link]
        window.actions_["copy_link"].trigger()
        from PySide6.QtGui import QGuiApplication

        assert QGuiApplication.clipboard().text() == items[1].link
        assert QUrl(opened[0]).scheme() == "http"


def test_font_size_keys(qtbot: QtBot, profile: Path) -> None:
    with open_window(qtbot, profile) as window:
        start = window.settings.font_size
        window.actions_["bigger"].trigger()
        assert window.settings.font_size > start
        window.actions_["smaller"].trigger()
        window.actions_["smaller"].trigger()
        assert window.settings.font_size < start
        window.actions_["default_size"].trigger()
        assert window.settings.font_size == 18
        keys = {s.toString() for s in window.actions_["bigger"].shortcuts()}
        assert "Ctrl++" in keys


def test_opened_article_shows_feed_text_then_the_simplified_one(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/u.xml", "Urgent", count=3, pages=True)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/u.xml"))  # stored, not simplified yet
        window.article_list.select_row(0)
        article_id = window.article_view.current_article_id()
        assert article_id is not None
        assert "Summary of Urgent story 2." in window.article_view.toPlainText()
        qtbot.waitUntil(
            lambda: "The full text of Urgent story 2 is here." in window.article_view.toPlainText(),
            timeout=TIMEOUT,
        )


def test_settings_dialog_applies_changes_live(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.settings_dialog import SettingsDialog

    def change_and_close(dialog: SettingsDialog) -> int:
        dialog.settings_changed.emit(dialog.settings().with_changes(reading_mode="sepia"))
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", change_and_close)
    with open_window(qtbot, profile) as window:
        window.actions_["settings"].trigger()
        assert window.settings.reading_mode == "sepia"
    from reader.settings import load_settings

    assert load_settings(resolve(profile).settings_file).reading_mode == "sepia"


def test_automatic_refresh_follows_the_monotonic_clock(
    qtbot: QtBot, profile: Path, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server, "/t.xml", "Timer", count=1)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/t.xml"))
        window.apply_settings(window.settings.with_changes(refresh_interval_min=15))
        import reader.ui.refresh_status as status

        now = status.clock()
        monkeypatch.setattr(status, "clock", lambda: now + 10 * 60)
        window.refreshing._on_tick()
        assert not window.refreshing.running  # 10 minutes: not yet
        monkeypatch.setattr(status, "clock", lambda: now + 16 * 60)
        with qtbot.waitSignal(window.worker.refresh_finished, timeout=TIMEOUT):
            window.refreshing._on_tick()
        qtbot.waitUntil(lambda: not window.refreshing.running, timeout=TIMEOUT)
        summary = refresh(qtbot, window)  # and F5 still works afterwards
        assert summary is not None


def test_error_reporter_logs_and_reports_once(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    reporter = ErrorReporter(tmp_path / "broadsheet.log")
    reporter.show_dialogs = False
    reporter.install()
    try:
        with caplog.at_level(logging.ERROR):
            for _ in range(2):
                try:
                    raise ValueError("boom")
                except ValueError:
                    sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
            thread = threading.Thread(target=lambda: 1 / 0, name="failing")
            thread.start()
            thread.join()
        qtbot.waitUntil(lambda: len(reporter.shown) == 2, timeout=TIMEOUT)
    finally:
        reporter.uninstall()
    assert reporter.shown == ["ValueError: boom", "ZeroDivisionError: division by zero"]
    assert sum("unexpected error" in r.message for r in caplog.records) == 3


def test_the_app_starts_shows_its_window_and_logs(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BROADSHEET_BENCH_STARTUP="1")
    env.pop("BROADSHEET_PROFILE", None)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--profile", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "shown" in done.stdout and "filled" in done.stdout
    log = (tmp_path / "log" / "broadsheet.log").read_text(encoding="utf-8")
    assert "starting the window" in log and "window closed" in log
    assert (tmp_path / "config" / "settings.json").exists()


def test_refresh_on_start_and_cache_limit(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    from reader.settings import Settings, save_settings

    serve_feed(server, "/r.xml", "Restart", count=2)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/r.xml"))
    save_settings(resolve(profile).settings_file, Settings(refresh_on_start=True))
    hits = server.hits["/r.xml"]
    with open_window(qtbot, profile) as window:
        qtbot.waitUntil(lambda: server.hits["/r.xml"] > hits, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not window.refreshing.running, timeout=TIMEOUT)
        window.apply_settings(window.settings.with_changes(cache_max_mb=100))
        services = window.worker.services
        assert services is not None
        qtbot.waitUntil(lambda: services.cache.max_bytes == 100 * 1024 * 1024)
        assert window.cache.max_bytes == 100 * 1024 * 1024


def test_damaged_database_is_recovered_not_started_empty(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from reader.core.parsed import ParsedEntry
    from reader.store.db import Store
    from reader.ui import recovery_ui
    from reader.ui.main_window import MainWindow

    paths = resolve(profile).ensure()
    with Store(paths.database) as store:
        feed = store.add_feed("https://example.org/feed", "Kept feed")
        now = datetime.now(UTC)
        entries = [
            ParsedEntry(f"e{i}", f"Headline {i} " + "words " * 20, f"https://example.org/{i}")
            for i in range(3000)
        ]
        store.add_entries(feed.id, entries, now=now)
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(paths.database.read_bytes())
    middle = (pages // 2) * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096
    paths.database.write_bytes(bytes(data))
    asked: list[str] = []
    monkeypatch.setattr(recovery_ui, "ask", lambda _p, words, _b: asked.append(words) or "recover")
    monkeypatch.setattr(widgets, "information", lambda *a, **k: None)
    from reader.errors import DamagedDatabase

    # Found before the window reads anything (issue 9.6); app_gui then offers the repair.
    with pytest.raises(DamagedDatabase) as caught:
        MainWindow(paths, start_worker=False, worker_options={"cpu_factory": lambda: None})
    assert recovery_ui.repair(paths.database, str(caught.value))
    assert asked and "damaged" in asked[0]
    assert list(paths.data.glob("broadsheet.sqlite3.damaged-*"))  # kept aside, not deleted
    with Store(paths.database) as repaired:
        assert [f.title for f in repaired.feeds()] == ["Kept feed"]
        assert repaired.integrity_check() == []
