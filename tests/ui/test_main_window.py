"""End to end: the window on a temporary profile against the local HTTP server."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.settings import load_settings
from reader.ui.feed_tree import Selection
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, refresh, settled, subscribe, titles


def test_first_run_shows_the_welcome_page(qtbot: QtBot, profile: Path) -> None:
    with open_window(qtbot, profile) as window:
        assert window.feed_model.feeds() == []
        assert window.article_view.current_article_id() is None
        assert "Welcome" in window.article_view.toPlainText()
        assert window.article_model.rowCount() == 0


def test_add_refresh_open_read_settings_and_restart(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/news.xml", "Daily", count=4, pages=True)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/news.xml"))
        feed = window.feed_model.feeds()[0]
        assert feed.title == "Daily"
        assert window.feed_tree.current_selection() == Selection("feed", feed.id)
        assert titles(window) == [f"Daily story {i}" for i in (3, 2, 1, 0)]
        summary = refresh(qtbot, window)
        assert summary is not None
        assert window.article_model.rowCount() == 4
        assert not window.refreshing.progress.isVisible()
        # Open the newest article: its simplified text replaces the feed's summary.
        window.article_list.select_row(0)
        article_id = window.article_view.current_article_id()
        assert article_id is not None

        def simplified_shown() -> None:
            assert "The full text of Daily story 3 is here." in window.article_view.toPlainText()

        qtbot.waitUntil(simplified_shown, timeout=TIMEOUT)
        settled(qtbot, window)
        assert window.store.article(article_id).read  # opening marks read (delay 0)
        assert (
            window.feed_model.index_of(Selection("feed", feed.id)).siblingAtColumn(1).data() == "3"
        )
        # Reading settings through the window (as the settings dialog does).
        changed = window.settings.with_changes(reading_mode="dark", font_size=22, language="fr")
        window.apply_settings(changed)
        window.actions_["bigger"].trigger()
        assert window.settings.font_size == 24
    saved = load_settings(resolve(profile).settings_file)
    assert (saved.reading_mode, saved.font_size, saved.language) == ("dark", 24, "fr")
    assert "geometry" in saved.window
    with open_window(qtbot, profile) as again:
        assert again.settings.reading_mode == "dark"
        assert again.settings.font_size == 24
        assert again.feed_tree.current_selection() == Selection("feed", feed.id)
        assert again.article_model.rowCount() == 4


def test_the_window_process_pool_simplifies_articles(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    from reader.usecases.pool import window_pool as process_pool

    serve_feed(server, "/pool.xml", "Pool", count=2, pages=True)
    with open_window(qtbot, profile, worker_options={"cpu_factory": process_pool}) as window:
        subscribe(qtbot, window, server.url("/pool.xml"))
        summary = refresh(qtbot, window)
        assert summary is not None and summary.simplified == 2  # type: ignore[attr-defined]
        window.article_list.select_row(0)
        assert "The full text of Pool story 1 is here." in window.article_view.toPlainText()
