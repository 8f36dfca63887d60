"""Refreshing from the window: F5, refresh on start and every N minutes (monotonic clock), the
progress bar and Cancel in the status bar, per-feed error marks, and a summary at the end.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton

from reader.core.refresh_results import FeedResult, RefreshSummary
from reader.settings import Settings
from reader.ui.i18n import Text, translate

if TYPE_CHECKING:
    from reader.ui.panes import Panes
    from reader.ui.window_actions import WindowActions
    from reader.ui.worker_host import WorkerHost

log = logging.getLogger(__name__)


def clock() -> float:
    """Seconds on the monotonic clock: the automatic refresh never follows wall-clock jumps.

    On Linux CLOCK_BOOTTIME, which keeps counting while the machine sleeps (CLOCK_MONOTONIC
    stops), so a refresh that fell due during a suspend is seen as due on wake."""
    return time.clock_gettime(BOOTTIME) if BOOTTIME is not None else time.monotonic()


def wall_clock() -> float:
    """Seconds on the wall clock: only compared with :func:`clock` to notice a sleep."""
    return time.time()


BOOTTIME: int | None = getattr(time, "CLOCK_BOOTTIME", None)
CLOCK_SEES_SLEEP = BOOTTIME is not None
"""True where :func:`clock` counts a suspend; elsewhere a sleep is noticed by the wall clock."""
SLEEP_GAP_S = 120.0
"""Wall time that passed beyond the monotonic time between two ticks, more than this: the
machine slept (where the monotonic clock stops during a suspend) or the clock was set forward."""


TICK_MS = 30_000
"""How often the automatic refresh looks at the clock."""
LIST_RELOAD_MS = 2000
PROGRESS_MS = 100
"""The bar shows a new count at most this often (QProgressBar repaints at once, synchronously,
whenever its text changes: once per feed of a big refresh held the GUI thread up)."""
"""During a refresh, the article list shows new articles at most this often."""


class RefreshStatus(QObject):
    """Starts refreshes and shows their progress: its own progress bar and Cancel button (the
    window puts them in its status bar), words through :attr:`status_message`."""

    status_message = Signal(object, int)
    """Words for the status bar (:data:`~reader.ui.i18n.Text`: a function that makes them in the
    current language, or plain words) and how long they stay (ms, 0: until replaced)."""

    def __init__(
        self,
        panes: Panes,
        host: WorkerHost,
        actions: WindowActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panes = panes
        self._host = host
        self._actions = actions
        self.progress = QProgressBar()
        self.progress.setObjectName("refreshProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelRefresh")
        self.cancel_button.hide()
        self.running = False
        self._pages_phase = False
        self._refresh_on_start = False
        self.last_summary: RefreshSummary | None = None
        self._last_start = clock()
        self._last_tick = (clock(), wall_clock())
        self._slept = 0.0
        """Sleep noticed since the last refresh started (seconds the monotonic clock missed)."""
        self._worker_ready = False
        self._interval_min = 0
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(LIST_RELOAD_MS)
        self._list_timer.timeout.connect(self._reload_list)
        self._progress_value = 0
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_MS)
        # A method, not a lambda holding ``self``: Qt would keep that lambda, and through it this
        # object, alive as long as the timer, its child: an unparented status never died.
        self._progress_timer.timeout.connect(self._show_pending_progress)

    # -- timers --------------------------------------------------------------------------------
    def start_timers(self) -> None:
        """Start looking at the clock for the automatic refresh."""
        self._tick.start()

    def stop_timers(self) -> None:
        """Stop every timer (the window closes)."""
        self._tick.stop()
        self._list_timer.stop()
        self._progress_timer.stop()

    def settings_changed(self, settings: Settings) -> None:
        """A new refresh interval takes effect from now."""
        self._interval_min = settings.refresh_interval_min
        self._refresh_on_start = settings.refresh_on_start

    def on_worker_started(self) -> None:
        """The worker is ready: refresh now when the user asked for it at start."""
        self._worker_ready = True
        if self._refresh_on_start and self._panes.has_subscriptions():
            self.refresh_all()

    def _on_tick(self) -> None:
        """The scheduled refresh: the feeds due by the global interval or by their own (Feed
        properties). After a sleep of any length, once: the time since the last start is
        compared (a suspend the monotonic clock did not see is added), missed intervals are
        never counted; a backward jump never counts."""
        now, wall = clock(), wall_clock()
        gap = (wall - self._last_tick[1]) - (now - self._last_tick[0])
        self._last_tick = (now, wall)
        if gap > SLEEP_GAP_S and not CLOCK_SEES_SLEEP:
            self._slept += gap
        if self.running or not self._worker_ready or self._panes.closed:
            return
        # Imported here for start-up time: the refresh module loads the HTTP client.
        from reader.usecases.refresh import due_feeds, has_own_intervals

        minutes = self._interval_min
        global_due = bool(minutes) and now - self._last_start + self._slept >= minutes * 60
        store = self._panes.store
        own = has_own_intervals(store)
        if not own:  # every feed on the global schedule: all of them, when it is due
            if global_due:
                self._request(None)
            return
        due = due_feeds(store, global_min=minutes, global_due=global_due, when=datetime.now(UTC))
        if due:
            self._request(due)

    def check_now(self) -> None:
        """Look at the clock now (the session woke up, the window was shown again)."""
        self._on_tick()

    # -- starting ------------------------------------------------------------------------------
    def refresh_all(self) -> None:
        """F5: refresh every feed."""
        self._request(None)

    def refresh_selected(self) -> None:
        """Refresh the selected feed, or the feeds of the selected folder."""
        selection = self._panes.feed_tree.current_selection()
        if selection is None or selection.kind == "smart":
            self._request(None)
            return
        if selection.kind == "feed" and selection.feed_id is not None:
            self._request([selection.feed_id])
            return
        folder_ids = self._folder_and_children(selection.folder_id)
        ids = [f.id for f in self._panes.feed_model.feeds() if f.folder_id in folder_ids]
        if ids:
            self._request(ids)

    def _folder_and_children(self, folder_id: int | None) -> set[int | None]:
        wanted: set[int | None] = {folder_id}
        changed = True
        folders = self._panes.feed_model.folders()
        while changed:
            changed = False
            for folder in folders:
                if folder.parent_id in wanted and folder.id not in wanted:
                    wanted.add(folder.id)
                    changed = True
        return wanted

    def _request(self, feed_ids: list[int] | None) -> None:
        if self.running:
            self._say(lambda: self.tr("A refresh is already running."))
            return
        if not self._panes.has_subscriptions():
            self._say(lambda: self.tr("There are no subscriptions to refresh yet."))
            return
        if self._host.worker.start_failed or self._panes.store.readonly:  # nothing would answer
            self._say(lambda: self.tr("Background work could not start."))
            return
        self.running = True
        self._last_start = clock()
        self._slept = 0.0
        self._actions["refresh"].setEnabled(False)
        self._actions["refresh_feed"].setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._say(lambda: self.tr("Refreshing…"), 0)
        self._host.request_refresh.emit(feed_ids)

    # -- progress ------------------------------------------------------------------------------
    def on_refresh_started(self, total: int) -> None:
        """The worker began (``total`` feeds, 0 when not known yet)."""
        self.running = True
        self._pages_phase = False
        self._set_total(total)
        self.retranslate()
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()

    def on_feed_refreshed(self, result: FeedResult, done: int, total: int) -> None:
        """One feed is done: progress, its error mark, new articles shown soon."""
        self._set_total(max(total, 1))
        self._show_progress(done)
        self._panes.feed_model.set_feed_error(result.feed_id, result.error)
        if result.new_articles and not self._list_timer.isActive():
            # Counts and list catch up together, at most every LIST_RELOAD_MS: per-feed
            # updates would keep the GUI thread busy during a refresh of many feeds.
            self._list_timer.start()

    def on_pages_progress(self, done: int, total: int) -> None:
        """The articles' pages are being fetched: ``done`` of ``total`` (the feeds are done)."""
        if not self.running:
            return
        if not self._pages_phase:
            self._pages_phase = True
            self._progress_timer.stop()  # the new phase's first count shows at once
            self.retranslate()
            self.status_message.emit(self.tr("Fetching the new articles…"), 0)
        self.progress.setRange(0, max(total, done, 1))
        self._show_progress(done)

    def _show_progress(self, value: int) -> None:
        """``value`` on the bar now, or with the next tick when one was shown just before (the
        last one of a phase always at once)."""
        self._progress_value = value
        if not self._progress_timer.isActive() or value >= self.progress.maximum():
            self.progress.setValue(value)
            self._progress_timer.start()

    def _show_pending_progress(self) -> None:
        self.progress.setValue(self._progress_value)

    def _reload_list(self) -> None:
        self._panes.reload_counts()
        self._panes.reload_articles()

    def on_refresh_finished(self, summary: RefreshSummary) -> None:
        """Hide the progress, update the tree and the list, say what happened."""
        if self._panes.closed:  # a result still queued when the window closed: no store now
            return
        self.running = False
        self._pages_phase = False
        self.retranslate()
        self.last_summary = summary
        self._list_timer.stop()
        self._progress_timer.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self._actions["refresh"].setEnabled(True)
        self._actions["refresh_feed"].setEnabled(True)
        self._panes.update_feeds()
        self._panes.reload_articles()
        self._say(lambda: self.describe(summary), 15000)

    def on_worker_failed(self, what: str, words: str) -> None:
        """The refresh could not run in the worker: say why."""
        if what == "refresh":
            self._say(lambda: translate("MainWindow", "Refresh failed: %1").replace("%1", words))

    def _say(self, text: Text, timeout_ms: int = 6000) -> None:
        """Words for the status bar: a function that makes them again after a language switch."""
        self.status_message.emit(text, timeout_ms)

    def _set_total(self, total: int) -> None:
        """The bar's range, and its words counting ``total`` feeds ("%v of 1 feed")."""
        if self.progress.maximum() != total or self.progress.minimum() != 0:
            self.progress.setRange(0, total)
            self.progress.setFormat(translate("MainWindow", "%v of %n feeds", "", total))

    def retranslate(self) -> None:
        """The bar and the button in the current language (the bar's digits too)."""
        self.cancel_button.setText(translate("MainWindow", "Cancel"))
        self.progress.setLocale(QLocale())  # %v in the language's digits
        total = self.progress.maximum()
        if self._pages_phase:
            self.progress.setFormat(self.tr("Articles %v of %m"))
        else:
            self.progress.setFormat(translate("MainWindow", "%v of %n feeds", "", total))

    def describe(self, summary: RefreshSummary) -> str:
        """The status bar's words for a finished refresh: new articles, then the feeds that
        were updated, unchanged and failed, each counted apart with its real plural form."""
        new = self.tr("%n new article(s)", None, summary.new_articles)
        if summary.cancelled:
            return self.tr("Refresh cancelled: %1 kept.").replace("%1", new)
        updated = sum(1 for r in summary.results if r.error is None and r.new_articles)
        unchanged = sum(1 for r in summary.results if r.error is None and not r.new_articles)
        failed = len(summary.failed)
        parts = []
        if updated:
            parts.append(self.tr("%n feed(s) updated", None, updated))
        if unchanged:
            parts.append(self.tr("%n feed(s) unchanged", None, unchanged))
        if failed:
            parts.append(self.tr("%n feed(s) failed (see the marked feeds)", None, failed))
        text = self.tr("Refresh done: %1.").replace("%1", new)
        # one separator for the list of counts, translatable (Arabic uses its own comma)
        return " ".join([text, self.tr(", ").join(parts) + "."]) if parts else text
