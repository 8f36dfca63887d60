"""Syncing from the window: "Sync now", the Accounts dialog, and the sync's progress and Cancel
in the status bar. The sync itself runs in the worker thread (reader.ui.sync_jobs); the window
never waits on it.

F5 (and the refresh on start and every N minutes) refreshes the local feeds, then syncs the
accounts when there are any: one key brings everything up to date. "Refresh this feed" does not
sync. After a sync the tree is rebuilt (the server's folders and feeds) and the list reloaded;
the new articles' pages are simplified by the same queue as after a refresh.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from reader.core.refresh_results import RefreshSummary

if TYPE_CHECKING:
    from reader.paths import Paths
    from reader.ui.accounts_dialog import AccountsDialog
    from reader.ui.panes import Panes
    from reader.ui.remote_subscriptions import RemoteSubscriptions
    from reader.ui.subscriptions import Subscriptions
    from reader.ui.sync_jobs import AccountAnswer, SyncReport
    from reader.ui.window_actions import WindowActions
    from reader.ui.worker import Worker
    from reader.ui.worker_host import WorkerHost

log = logging.getLogger(__name__)


class SyncStatus(QObject):
    """Starts syncs and shows their progress: its own bar and Cancel button (the window puts
    them in its status bar), words through :attr:`status_message`."""

    status_message = Signal(str, int)
    """Words for the status bar and how long they stay (ms, 0: until replaced)."""

    def __init__(
        self,
        panes: Panes,
        host: WorkerHost,
        actions: WindowActions,
        config: str,
        parent: QObject | None = None,
    ) -> None:
        """``config``: the profile's config folder (the credentials file lives there)."""
        super().__init__(parent)
        self._panes = panes
        self._host = host
        self._actions = actions
        self._config = config
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(host.cancel)
        # A widget hears the language change (a QObject does not): relabel through it.
        self.cancel_button.installEventFilter(self)
        self.running = False
        self.last_report: SyncReport | None = None
        self.dialog: AccountsDialog | None = None
        self.remote: RemoteSubscriptions | None = None
        """Subscription changes on the accounts' servers (their answers come here too)."""
        self._stage = ""
        self._whole_refresh = False
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Relabel the bar and the button when the language changes."""
        if watched is self.cancel_button and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- starting ------------------------------------------------------------------------------
    def has_accounts(self) -> bool:
        """Whether the profile has a remote account (read on the window's connection)."""
        from reader.store.sync_state import SyncState  # start-up time: asked after the frame

        try:
            return bool(SyncState(self._panes.store).accounts())
        except Exception:  # the store is closing or damaged: nothing to sync then
            log.warning("reading the accounts failed", exc_info=True)
            return False

    def sync_now(self) -> None:
        """Sync every account (the menu's "Sync now")."""
        if self.running or self._host.worker.refreshing:
            self.status_message.emit(self.tr("A refresh or a sync is already running."), 6000)
            return
        if not self.has_accounts():
            self.status_message.emit(
                self.tr("No sync accounts yet: add one with File > Sync accounts…"), 8000
            )
            return
        if self._host.worker.start_failed or self._panes.store.readonly:
            self.status_message.emit(self.tr("Background work could not start."), 6000)
            return
        self.running = True
        self._stage = ""
        # A refresh asked now would wait behind the sync and then sync again: not offered.
        for name in ("sync_now", "refresh", "refresh_feed"):
            self._actions[name].setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status_message.emit(self.tr("Syncing…"), 0)
        self._host.request_sync.emit(self._config, None)

    def on_refresh_started(self, total: int) -> None:
        """A refresh began; ``total`` 0 means every feed (F5, on start, every N minutes)."""
        self._whole_refresh = total == 0

    def on_refresh_finished(self, summary: RefreshSummary) -> None:
        """After a refresh of every feed, the accounts' turn."""
        whole, self._whole_refresh = self._whole_refresh, False
        idle = not self.running and not self._panes.closed
        if whole and idle and not summary.cancelled and self.has_accounts():
            self.sync_now()

    def open_accounts(self) -> None:
        """The Accounts dialog (not modal to the app: the window keeps working)."""
        from reader.ui.accounts_dialog import AccountsDialog  # only when asked: start-up time

        if self.dialog is None:
            self.dialog = AccountsDialog(self._panes.feed_tree.window())
            self.dialog.requested.connect(
                lambda job, args: self._host.request_account.emit(self._config, job, args)
            )
        self.dialog.show()
        self.dialog.activateWindow()  # brings it forward when it was open already
        self.dialog.refresh_list()

    def _on_account_answer(self, answer: AccountAnswer) -> None:
        if self.remote is not None and self.remote.on_answer(answer):
            return
        if self.dialog is not None:
            self.dialog.on_answer(answer)
        if answer.job in ("add", "remove") and answer.error is None and not self._panes.closed:
            self._panes.reload_tree()  # a removed account's feeds are gone

    # -- progress ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The button's and the bar's words in the current language."""
        self.cancel_button.setText(self.tr("Cancel sync"))
        formats = {
            "push": self.tr("Sending changes %v of %m"),
            "items": self.tr("Articles %v of %m"),
            "pages": self.tr("Pages %v of %m"),
        }
        self.progress.setFormat(formats.get(self._stage, "%p%"))

    def on_progress(self, stage: str, done: int, total: int) -> None:
        """The worker's progress: (stage, done, in all; 0 in all: unchanged)."""
        if not self.running:
            return
        if stage != self._stage:
            self._stage = stage
            self.retranslate()
            self.progress.setRange(0, 1)
            if stage == "pages":
                self.status_message.emit(self.tr("Fetching the new articles…"), 0)
        total = total or self.progress.maximum()
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)

    def on_finished(self, report: SyncReport) -> None:
        """Hide the progress, show the synced folders and feeds, say what happened."""
        self.running = False
        self.last_report = report
        self._stage = ""
        self.progress.hide()
        self.cancel_button.hide()
        for name in ("sync_now", "refresh", "refresh_feed"):
            self._actions[name].setEnabled(True)
        if self._panes.closed:
            return
        self._panes.reload_tree()
        self.status_message.emit(self.describe(report), 15000)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh_list()

    def describe(self, report: SyncReport) -> str:
        """The status bar's words for a finished sync."""
        if report.error:
            return self.tr("Sync failed: %1").replace("%1", report.error)
        new = sum(len(s.new_ids) for s in report.summaries)
        articles = self.tr("%n new article(s)", None, new)
        if report.cancelled:
            return self.tr("Sync cancelled: %1 kept.").replace("%1", articles)
        failed = [s for s in report.summaries if s.error]
        if failed:
            first = failed[0]
            from reader.ui.sync_jobs import fill  # loaded with the sync already

            return fill(self.tr("Sync of %1 failed: %2"), first.title, first.error or "")
        return self.tr("Sync done: %1.").replace("%1", articles)


class Window(Protocol):
    """What :func:`attach` uses of the main window (named here: no import of its module)."""

    panes: Panes
    host: WorkerHost
    actions_: WindowActions
    paths: Paths
    worker: Worker
    subscriptions: Subscriptions

    def statusBar(self) -> QStatusBar: ...
    def show_status(self, text: str, timeout_ms: int = 6000) -> None: ...


def attach(window: Window) -> SyncStatus:
    """Make the window's SyncStatus and wire it: status bar, menu actions, worker signals."""
    # Parented to the window's worker host: it lives and dies with the window.
    config = str(window.paths.config)
    status = SyncStatus(window.panes, window.host, window.actions_, config, window.host)
    window.statusBar().addPermanentWidget(status.progress)
    window.statusBar().addPermanentWidget(status.cancel_button)
    status.status_message.connect(window.show_status)
    window.actions_["sync_now"].triggered.connect(status.sync_now)
    window.actions_["accounts"].triggered.connect(status.open_accounts)
    worker = window.worker
    worker.sync_progress.connect(status.on_progress)
    worker.sync_finished.connect(status.on_finished)
    worker.refresh_started.connect(status.on_refresh_started)
    worker.refresh_finished.connect(status.on_refresh_finished)
    # Feeds and folders of an account change on its server; the answers come as account jobs.
    # Imported here for start-up time: the account forms and sync jobs wait for the first frame.
    from reader.ui.remote_subscriptions import RemoteSubscriptions, connect_remote

    status.remote = RemoteSubscriptions(window.panes, window.host, config, status)
    status.remote.status_message.connect(window.show_status)
    worker.account_answer.connect(status._on_account_answer)
    connect_remote(window.subscriptions, status.remote)
    return status
