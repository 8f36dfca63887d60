"""RELIABILITY U4: j/k through many articles while the worker simplifies them in the background.

The pane must always show the selected article: never one the worker finished meanwhile, never
the previous one. No sleeps: keys are sent back to back, and the worker's answers arrive when
they arrive.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.feed_tree import ALL
from tests.feedkit import RSS_TYPE, Item, article_page, rss
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, subscribe

COUNT = 120
START = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _serve(server: FixtureServer) -> None:
    items = []
    for i in range(COUNT):
        link = server.url(f"/nav/a{i}.html")
        items.append(
            Item(
                guid=f"nav-{i}",
                title=f"Navigation story {i}",
                link=link,
                description=f"Summary of navigation story {i}.",
                date=format_datetime(START + timedelta(minutes=i)),
            )
        )
        server.add(
            f"/nav/a{i}.html",
            article_page(f"Navigation story {i}", f"The full text of navigation story {i}."),
        )
    server.add("/nav.xml", rss("Navigation", items), content_type=RSS_TYPE)


def _shown_matches_selection(window: object) -> tuple[int | None, int | None, str]:
    w = window  # the MainWindow, untyped here to keep the helper small
    row = w.article_list.current_row()  # type: ignore[attr-defined]
    selected = w.article_model.article_id(row)  # type: ignore[attr-defined]
    shown = w.article_view.current_article_id()  # type: ignore[attr-defined]
    return selected, shown, w.article_view.toPlainText()  # type: ignore[attr-defined]


def test_j_and_k_through_many_articles_keep_the_pane_on_the_selected_one(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    _serve(server)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/nav.xml"))
        window.apply_settings(window.settings.with_changes(mark_read_delay_s=-1))
        window.feed_tree.select(ALL)
        ids = window.article_model.ids()
        assert len(ids) == COUNT
        window.article_list.select_row(0)
        window.article_list.setFocus()
        for row in range(1, COUNT):
            qtbot.keyClick(window.article_list, "j")
            selected, shown, text = _shown_matches_selection(window)
            assert selected == ids[row] and shown == ids[row]
            number = COUNT - 1 - row  # newest first
            assert f"Navigation story {number}" in text
        for row in range(COUNT - 2, COUNT - 40, -1):
            qtbot.keyClick(window.article_list, "k")
            selected, shown, text = _shown_matches_selection(window)
            assert selected == ids[row] and shown == ids[row]
        # The worker keeps delivering simplified articles: the pane stays on the selected one
        # and shows its own simplified text once that arrives.
        row = window.article_list.current_row()
        number = COUNT - 1 - row
        qtbot.waitUntil(
            lambda: (
                f"The full text of navigation story {number}." in window.article_view.toPlainText()
            ),
            timeout=TIMEOUT,
        )
        assert window.article_view.current_article_id() == ids[row]


def test_an_other_article_finished_by_the_worker_does_not_replace_the_pane(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    _serve(server)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/nav.xml"))
        window.feed_tree.select(ALL)
        ids = window.article_model.ids()
        window.article_list.select_row(3)
        assert window.article_view.current_article_id() == ids[3]
        for other in (ids[0], ids[1], ids[50], ids[-1]):
            window.worker.article_ready.emit(other)  # as if the worker finished it now
        QApplication.processEvents()  # queued deliveries run now
        assert window.article_view.current_article_id() == ids[3]
        assert f"Navigation story {COUNT - 1 - 3}" in window.article_view.toPlainText()
