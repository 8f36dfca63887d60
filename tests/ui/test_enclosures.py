"""The window with podcasts: the article page lists the files, Download fetches one from the
loopback server into the chosen folder (progress, then "Downloaded"), Play opens the downloaded
file, a failed download says why, and the Podcasts view lists the articles with audio."""

from __future__ import annotations

import html
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

import reader.ui.enclosures as ui_enclosures
from reader.core.models import Article, Enclosure
from reader.settings import Settings, download_folder
from reader.ui.feed_tree import ALL, PODCASTS
from reader.ui.settings_dialog import SettingsDialog
from tests.feedkit import RSS_TYPE
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, subscribe, titles

EPISODE = bytes(range(256)) * 2048  # 512 KiB


def podcast_feed(server: FixtureServer) -> str:
    mp3 = html.escape(server.url("/media/episode-1.mp3"))
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
        "<channel><title>Night Radio</title><link>https://example.org/</link>"
        "<item><title>Episode one</title><guid>urn:ep:1</guid><description>Notes</description>"
        f'<enclosure url="{mp3}" type="audio/mpeg" length="{len(EPISODE)}"/>'
        "<itunes:duration>1:02:03</itunes:duration>"
        "<pubDate>Tue, 10 Nov 2026 10:00:00 GMT</pubDate></item>"
        "<item><title>Plain post</title><guid>urn:post:2</guid><description>Words</description>"
        "<pubDate>Mon, 09 Nov 2026 10:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    )


def open_episode(qtbot: Any, window: Any) -> Article:
    window.feed_tree.select(PODCASTS)
    qtbot.waitUntil(lambda: titles(window) == ["Episode one"], timeout=TIMEOUT)
    window.article_list.select_row(0)
    view = window.article_view
    qtbot.waitUntil(lambda: "episode-1.mp3" in view.toPlainText(), timeout=TIMEOUT)
    article = view.current_article()
    assert article is not None
    return article


def test_download_then_play_the_file(
    qtbot: Any,
    profile: Path,
    server: FixtureServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server.add("/pod.xml", podcast_feed(server), content_type=RSS_TYPE)
    server.add("/media/episode-1.mp3", EPISODE, content_type="audio/mpeg", ranges=True)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        ui_enclosures.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    folder = tmp_path / "My Downloads"
    with open_window(qtbot, profile) as window:
        window.apply_settings(window.settings.with_changes(download_folder=str(folder)))
        subscribe(qtbot, window, server.url("/pod.xml"))
        article = open_episode(qtbot, window)
        assert article.enclosures == (
            Enclosure(server.url("/media/episode-1.mp3"), "audio/mpeg", len(EPISODE), 3723),
        )
        view = window.article_view
        text = view.toPlainText()
        assert "Attachments" in text and "Audio · 512 KB · 1:02:03" in text
        assert "Play" in text and "Download" in text
        # Play before any download: the system's player gets the address.
        view.anchorClicked.emit(QUrl("broadsheet:play/0"))
        assert [u.toString() for u in opened] == [server.url("/media/episode-1.mp3")]

        with qtbot.waitSignal(window.worker.download_finished, timeout=TIMEOUT) as done:
            view.anchorClicked.emit(QUrl("broadsheet:download/0"))
        saved = folder / "episode-1.mp3"
        assert done.args == [server.url("/media/episode-1.mp3"), str(saved)]
        assert saved.read_bytes() == EPISODE
        qtbot.waitUntil(lambda: "Downloaded" in view.toPlainText(), timeout=TIMEOUT)
        assert "Download failed" not in view.toPlainText()

        view.anchorClicked.emit(QUrl("broadsheet:play/0"))
        assert opened[-1] == QUrl.fromLocalFile(str(saved))

        # The Podcasts view holds only the article with audio; All holds both.
        window.feed_tree.select(ALL)
        qtbot.waitUntil(lambda: len(titles(window)) == 2, timeout=TIMEOUT)


def test_a_refused_download_says_why_on_the_page(
    qtbot: Any, profile: Path, server: FixtureServer, tmp_path: Path
) -> None:
    server.add("/pod.xml", podcast_feed(server), content_type=RSS_TYPE)
    server.add("/media/episode-1.mp3", status=302, headers={"Location": "file:///etc/passwd"})
    with open_window(qtbot, profile) as window:
        folder = tmp_path / "dl"
        window.apply_settings(window.settings.with_changes(download_folder=str(folder)))
        subscribe(qtbot, window, server.url("/pod.xml"))
        open_episode(qtbot, window)
        view = window.article_view
        with qtbot.waitSignal(window.worker.download_failed, timeout=TIMEOUT) as failed:
            view.anchorClicked.emit(QUrl("broadsheet:download/0"))
        assert failed.args[1] == "redirected to an unsupported address (file:)"
        assert failed.args[2] is False
        qtbot.waitUntil(
            lambda: (
                "Download failed: redirected to an unsupported address (file:)"
                in view.toPlainText()
            ),
            timeout=TIMEOUT,
        )
        assert list(folder.iterdir()) == []  # no part file left behind


def test_hostile_file_names_are_plain_text_on_the_page(
    qtbot: Any, profile: Path, server: FixtureServer
) -> None:
    hostile = server.url("/%3Cimg%20src=x%20onerror=alert(1)%3E%E2%80%AEgpj.exe")
    feed = podcast_feed(server).replace(
        html.escape(server.url("/media/episode-1.mp3")), html.escape(hostile)
    )
    server.add("/pod.xml", feed, content_type=RSS_TYPE)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/pod.xml"))
        window.feed_tree.select(PODCASTS)
        qtbot.waitUntil(lambda: titles(window) == ["Episode one"], timeout=TIMEOUT)
        window.article_list.select_row(0)
        view = window.article_view
        qtbot.waitUntil(lambda: "Attachments" in view.toPlainText(), timeout=TIMEOUT)
        text = view.toPlainText()
        assert "<img src=x onerror=alert(1)>" in text  # shown, not interpreted
        assert "\u202e" not in text  # the bidi override is gone
        assert view.resource_log == [] or all(a.startswith("cache:") for a, _ in view.resource_log)


def test_cancel_on_the_page_stops_the_download(
    qtbot: Any, profile: Path, server: FixtureServer, tmp_path: Path
) -> None:
    release = threading.Event()

    def stalls(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Length", str(len(EPISODE)))
        req.end_headers()
        req.wfile.write(EPISODE[:4096])
        req.wfile.flush()
        release.wait(15)
        req.close_connection = True

    server.add("/pod.xml", podcast_feed(server), content_type=RSS_TYPE)
    server.add("/media/episode-1.mp3", handler=stalls)
    folder = tmp_path / "dl"
    try:
        with open_window(qtbot, profile) as window:
            window.apply_settings(window.settings.with_changes(download_folder=str(folder)))
            subscribe(qtbot, window, server.url("/pod.xml"))
            open_episode(qtbot, window)
            view = window.article_view
            with qtbot.waitSignal(window.worker.download_progress, timeout=TIMEOUT):
                view.anchorClicked.emit(QUrl("broadsheet:download/0"))
            qtbot.waitUntil(lambda: "Cancel" in view.toPlainText(), timeout=TIMEOUT)
            with qtbot.waitSignal(window.worker.download_failed, timeout=TIMEOUT) as failed:
                view.anchorClicked.emit(QUrl("broadsheet:cancel/0"))
            assert failed.args[1:] == ["download cancelled", True]
            qtbot.waitUntil(lambda: "Cancel" not in view.toPlainText(), timeout=TIMEOUT)
            assert "Download" in view.toPlainText()
            assert list(folder.iterdir()) == []
    finally:
        release.set()


def test_the_downloads_folder_is_picked_in_settings(qtbot: Any, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.general_box.download_button.text() == str(download_folder(Settings())).replace(
        "&", "&&"
    )
    chosen = str(tmp_path / "Pods & casts")
    with qtbot.waitSignal(dialog.settings_changed) as changed:
        dialog.general_box.set_download_folder(chosen)
    assert changed.args[0].download_folder == chosen
    assert download_folder(changed.args[0]) == tmp_path / "Pods & casts"
    assert dialog.general_box.download_button.text() == chosen.replace("&", "&&")
