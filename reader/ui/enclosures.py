"""The article page's files: Play opens the system's player, Download fetches into the
downloads folder through the worker, with progress, Cancel and the error in words.

:class:`EnclosureDownloads` takes the reading pane (its view is made later), the panes (for the
feed of an article), the worker host and the settings; it wires itself and talks back through
:attr:`status_message`. Download states are kept by file URL for the window's lifetime, so an
article opened again shows its file as downloading or downloaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from reader.core.models import Enclosure
from reader.settings import Settings, download_folder

if TYPE_CHECKING:
    from reader.core.render.enclosures import DownloadState
    from reader.ui.article_pane import ArticlePane
    from reader.ui.article_view import ArticleView
    from reader.ui.panes import Panes
    from reader.ui.worker_host import WorkerHost

log = logging.getLogger(__name__)


class EnclosureDownloads(QObject):
    """Play and Download of the files the article page lists."""

    status_message = Signal(str, int)
    """Words for the status bar, and how long to show them (ms)."""

    def __init__(
        self,
        reading: ArticlePane,
        panes: Panes,
        host: WorkerHost,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reading = reading
        self._panes = panes
        self._host = host
        self._settings = settings
        self.states: dict[str, DownloadState] = {}
        """Every download of this window by file URL (the view renders from it)."""
        reading.view_made.connect(self._on_reading_view_made)
        worker = host.worker
        worker.download_progress.connect(self._on_worker_download_progress)
        worker.download_finished.connect(self._on_worker_download_finished)
        worker.download_failed.connect(self._on_worker_download_failed)
        if reading.made is not None:  # made before these helpers (an empty profile's welcome)
            self._on_reading_view_made(reading.made)

    def _on_reading_view_made(self, view: ArticleView) -> None:
        view.downloads = self.states  # one dict, shared: the page renders from it
        view.enclosure_action.connect(self._on_view_enclosure_action)

    def _enclosure(self, position: str) -> tuple[Enclosure, int] | None:
        view = self._reading.made
        article = view.current_article() if view is not None else None
        if article is None or not position.isdecimal():
            return None
        index = int(position)
        if index >= len(article.enclosures):
            return None
        return article.enclosures[index], article.feed_id

    def _on_view_enclosure_action(self, action: str) -> None:
        verb, _, position = action.partition("/")
        found = self._enclosure(position)
        if found is None:
            return
        enclosure, feed_id = found
        if verb == "play":
            self.play(enclosure)
        elif verb == "download":
            self.download(enclosure, feed_id)
        elif verb == "cancel":
            self._host.worker.cancel_download(enclosure.url)

    def play(self, enclosure: Enclosure) -> None:
        """The system's player (or viewer) with the downloaded file, else with the URL."""
        from reader.core.render.sanitize import is_web_url  # start-up time: see _render

        state = self.states.get(enclosure.url)
        if state is not None and state.status == "done" and Path(state.path).is_file():
            target = QUrl.fromLocalFile(state.path)
        elif is_web_url(enclosure.url):
            target = QUrl(enclosure.url)
        else:
            return
        if not QDesktopServices.openUrl(target):
            self._say(self.tr("No program could be opened for this file."))

    def download(self, enclosure: Enclosure, feed_id: int) -> None:
        """Start downloading ``enclosure`` into the downloads folder."""
        state = self.states.get(enclosure.url)
        if state is not None and state.status == "active":
            return
        if self._host.worker.start_failed:
            self._say(self.tr("Downloads are not possible: background work did not start."))
            return
        feed = self._panes.feed_model.feed(feed_id)
        settings = self._settings()
        folder = download_folder(settings)
        self.states[enclosure.url] = _render().DownloadState("active")
        self._show()
        self._host.request_download.emit(
            enclosure.url, feed.url if feed else "", str(folder), settings.download_max_mb
        )
        words = self.tr("Downloading %1 to %2").replace("%1", _render().shown_name(enclosure.url))
        self._say(words.replace("%2", str(folder)))

    # -- the worker's answers ------------------------------------------------------------
    def _on_worker_download_progress(self, url: str, done: int, total: int | None) -> None:
        before = self.states.get(url)
        self.states[url] = _render().DownloadState("active", done, total)
        step = 10 * done // total if total else -1
        if before is None or (total and step != 10 * before.done // total):
            self._show()  # every tenth: the page is laid out again each time
        percent = f"{100 * done // total} %" if total else f"{done >> 20} MiB"
        words = self.tr("Downloading %1: %2").replace("%1", _render().shown_name(url))
        self._say(words.replace("%2", percent), 2000)

    def _on_worker_download_finished(self, url: str, path: str) -> None:
        self.states[url] = _render().DownloadState("done", path=path)
        self._show()
        self._say(self.tr("Downloaded to %1").replace("%1", path))

    def _on_worker_download_failed(self, url: str, words: str, cancelled: bool) -> None:
        if cancelled:
            self.states.pop(url, None)
            self._say(self.tr("Download cancelled."))
        else:
            self.states[url] = _render().DownloadState("failed", words=words)
            self._say(self.tr("Download failed: %1").replace("%1", words))
        self._show()

    def _show(self) -> None:
        """Render the page again when it lists a file whose state changed."""
        view = self._reading.made
        article = view.current_article() if view is not None else None
        if view is not None and article is not None and article.enclosures:
            view.apply_settings(self._settings())  # re-renders, keeping the scroll position

    def _say(self, text: str, timeout_ms: int = 6000) -> None:
        self.status_message.emit(text, timeout_ms)


def _render() -> ModuleType:
    """The renderer's file list (its states and names), imported on first use: start-up time
    (it loads the byline and sanitizer modules, which the first frame does not need)."""
    from reader.core.render import enclosures

    return enclosures
