"""Refreshing from the window: F5, refresh on start and every N minutes (monotonic clock), the
progress bar and Cancel in the status bar, per-feed error marks, and a summary at the end.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from reader.core.models import FeedResult, RefreshSummary
from reader.settings import Settings
from reader.ui.i18n import translate

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def clock() -> float:
    """Seconds on the monotonic clock: the automatic refresh never follows wall-clock jumps."""
    return time.monotonic()


TICK_MS = 30_000
"""How often the automatic refresh looks at the clock."""
LIST_RELOAD_MS = 2000
"""During a refresh, the article list shows new articles at most this often."""


class RefreshStatus(QObject):
    """Starts refreshes and shows their progress in a :class:`MainWindow`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.running = False
        self.last_summary: RefreshSummary | None = None
        self._last_start = clock()
        self._worker_ready = False
        self._interval_min = 0
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(LIST_RELOAD_MS)
        self._list_timer.timeout.connect(self._reload_list)

    # -- timers --------------------------------------------------------------------------------
    def start_timers(self) -> None:
        """Start looking at the clock for the automatic refresh."""
        self._tick.start()

    def stop_timers(self) -> None:
        """Stop every timer (the window closes)."""
        self._tick.stop()
        self._list_timer.stop()

    def settings_changed(self, settings: Settings) -> None:
        """A new refresh interval takes effect from now."""
        self._interval_min = settings.refresh_interval_min

    def on_worker_started(self) -> None:
        """The worker is ready: refresh now when the user asked for it at start."""
        self._worker_ready = True
        if self.w.settings.refresh_on_start and self.w.has_subscriptions():
            self.refresh_all()

    def _on_tick(self) -> None:
        minutes = self._interval_min
        if not minutes or self.running or not self._worker_ready:
            return
        if clock() - self._last_start >= minutes * 60:
            self.refresh_all()

    # -- starting ------------------------------------------------------------------------------
    def refresh_all(self) -> None:
        """F5: refresh every feed."""
        self._request(None)

    def refresh_selected(self) -> None:
        """Refresh the selected feed, or the feeds of the selected folder."""
        selection = self.w.feed_tree.current_selection()
        if selection is None or selection.kind == "smart":
            self._request(None)
            return
        if selection.kind == "feed" and selection.feed_id is not None:
            self._request([selection.feed_id])
            return
        folder_ids = self._folder_and_children(selection.folder_id)
        ids = [f.id for f in self.w.feed_model.feeds() if f.folder_id in folder_ids]
        if ids:
            self._request(ids)

    def _folder_and_children(self, folder_id: int | None) -> set[int | None]:
        wanted: set[int | None] = {folder_id}
        changed = True
        folders = self.w.feed_model.folders()
        while changed:
            changed = False
            for folder in folders:
                if folder.parent_id in wanted and folder.id not in wanted:
                    wanted.add(folder.id)
                    changed = True
        return wanted

    def _request(self, feed_ids: list[int] | None) -> None:
        if self.running:
            self.w.show_status(lambda: self.tr("A refresh is already running."))
            return
        if not self.w.has_subscriptions():
            self.w.show_status(lambda: self.tr("There are no subscriptions to refresh yet."))
            return
        self.running = True
        self._last_start = clock()
        self.w.actions_["refresh"].setEnabled(False)
        self.w.actions_["refresh_feed"].setEnabled(False)
        self.w.progress.setRange(0, 0)
        self.w.progress.show()
        self.w.cancel_button.show()
        self.w.show_status(lambda: self.tr("Refreshing…"), 0)
        self.w.host.request_refresh.emit(feed_ids)

    # -- progress ------------------------------------------------------------------------------
    def on_refresh_started(self, total: int) -> None:
        """The worker began (``total`` feeds, 0 when not known yet)."""
        self.running = True
        self.w.progress.setRange(0, total)
        self.w.progress.setFormat(translate("MainWindow", "%v of %n feeds", "", total))
        self.w.progress.setValue(0)
        self.w.progress.show()
        self.w.cancel_button.show()

    def on_feed_refreshed(self, result: FeedResult, done: int, total: int) -> None:
        """One feed is done: progress, its error mark, new articles shown soon."""
        if self.w.progress.maximum() != max(total, 1):
            self.w.progress.setFormat(translate("MainWindow", "%v of %n feeds", "", total))
        self.w.progress.setRange(0, max(total, 1))
        self.w.progress.setValue(done)
        self.w.feed_model.set_feed_error(result.feed_id, result.error)
        if result.new_articles and not self._list_timer.isActive():
            # Counts and list catch up together, at most every LIST_RELOAD_MS: per-feed
            # updates would keep the GUI thread busy during a refresh of many feeds.
            self._list_timer.start()

    def _reload_list(self) -> None:
        self.w.reload_counts()
        self.w.reload_articles()

    def on_refresh_finished(self, summary: RefreshSummary) -> None:
        """Hide the progress, update the tree and the list, say what happened."""
        self.running = False
        self.last_summary = summary
        self._list_timer.stop()
        self.w.progress.hide()
        self.w.cancel_button.hide()
        self.w.actions_["refresh"].setEnabled(True)
        self.w.actions_["refresh_feed"].setEnabled(True)
        self.w.update_feeds()
        self.w.reload_articles()
        self.w.show_status(lambda: self.describe(summary), 15000)

    def describe(self, summary: RefreshSummary) -> str:
        """The status bar's words for a finished refresh."""
        if summary.cancelled:
            return self.tr("Refresh cancelled: %n new articles kept.", "", summary.new_articles)
        feeds = self.tr("%n feeds refreshed", "", len(summary.results))
        new = self.tr("%n new articles", "", summary.new_articles)
        text = self.tr("%1, %2.").replace("%1", feeds).replace("%2", new)
        if summary.failed:
            failed = self.tr("%n failed (see the marked feeds).", "", len(summary.failed))
            text += " " + failed
        return text
