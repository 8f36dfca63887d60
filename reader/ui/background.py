"""The reader in the background: the tray icon, closing to the tray, starting hidden, the
autostart entry, and one grouped notification per refresh that brought something new.

:class:`Background` is one of the window's helpers: it takes the collaborators it uses (the
window it hides and raises, the panes, the refresh status, the navigation) and says what
happened through :attr:`status_message`.
"""

from __future__ import annotations

import html
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from reader.core.feed_settings import FeedSettings, notifies
from reader.core.refresh_results import RefreshSummary
from reader.errors import ReaderError
from reader.settings import Settings
from reader.ui import memory, notify, tray
from reader.ui.feed_tree import ALL

if TYPE_CHECKING:
    from reader.store.db import Store
    from reader.ui.navigation import Navigation
    from reader.ui.panes import Panes
    from reader.ui.refresh_status import RefreshStatus
    from reader.ui.user_writes import UserWrites
    from reader.ui.window_actions import WindowActions
    from reader.ui.worker_host import WorkerHost

log = logging.getLogger(__name__)


class Background(QObject):
    """Tray, close-to-tray, start hidden, autostart and notifications for one window."""

    status_message = Signal(str, int)
    """Words for the status bar and how long they stay (ms)."""
    notified = Signal(str, str)
    """A notification went out (summary, body): for the tests and the log."""
    started_hidden = Signal()
    """The window starts hidden, only its tray icon shown: it will have no first frame."""

    def __init__(
        self,
        window: QMainWindow,
        panes: Panes,
        refreshing: RefreshStatus,
        navigation: Navigation,
        host: WorkerHost,
        actions: WindowActions,
        writes: UserWrites | None = None,
    ) -> None:
        """``writes`` takes the rules' notification queue off the GUI thread (without it,
        rule matches are not notified)."""
        super().__init__(window)
        self._window = window
        self._panes = panes
        self._refreshing = refreshing
        self._navigation = navigation
        self._writes = writes
        self.settings = Settings()
        """The window hands its settings over through :meth:`settings_changed`."""
        self.quitting = False
        self.paused = False
        self.has_tray = tray.tray_available()
        # A process that may live for days in the tray: few allocator arenas, set before the
        # worker's threads start (see reader.ui.memory).
        memory.limit_arenas()
        self.notifier = notify.DesktopNotifier(self)
        self.notifier.clicked.connect(self.open_article)
        self._newest: int | None = None
        """The article the last notification was about (the fallback balloon's click)."""
        self.tray: tray.Tray | None = None
        if self.has_tray:
            self._make_tray()
        panes.unread_changed.connect(self._on_unread_changed)
        host.worker.refresh_finished.connect(self.on_refresh_finished)
        # Connected before the window's own slots (it builds its helpers first): the menu's
        # Quit and a damaged database really close the window, never into the tray.
        actions["quit"].triggered.connect(self._set_quitting)
        host.worker.failed.connect(self._on_worker_failed)
        window.installEventFilter(self)

    def _make_tray(self) -> None:
        from reader.ui import icons

        self.tray = tray.Tray(icons.app_icon(), self)
        self.tray.open_requested.connect(self.raise_window)
        self.tray.refresh_requested.connect(self._refreshing.refresh_all)
        self.tray.mark_all_read_requested.connect(self.mark_all_read)
        self.tray.pause_toggled.connect(self._set_paused)
        self.tray.quit_requested.connect(self.quit)
        self.tray.icon.messageClicked.connect(lambda: self.open_article(self._newest))

    # -- settings -------------------------------------------------------------------------------
    @property
    def closes_to_tray(self) -> bool:
        """Closing the window hides it: the setting is on and there is a tray to go to."""
        return self.has_tray and self.settings.close_to_tray

    def settings_changed(self, new: Settings) -> None:
        """Show or take away the icon; write or remove the autostart entry."""
        old, self.settings = self.settings, new
        if self.tray is not None:
            self.tray.show(new.close_to_tray or new.start_hidden)
        if new.autostart != old.autostart or (new.autostart and not tray.autostart_is_on()):
            try:
                tray.set_autostart(new.autostart)
            except OSError as exc:
                text = self.tr("Could not change the start with the session: %1")
                self.status_message.emit(text.replace("%1", str(exc)), 8000)

    def show_at_start(self) -> None:
        """Show the window, or with "start hidden" and a tray, only the icon (the window's
        after-first-frame work, starting the worker, still runs)."""
        if not (self.settings.start_hidden and self.tray is not None):
            self._window.show()
            return
        self.tray.show(True)
        # The window starts its worker after its first frame; hidden it has none, so it is
        # told to run that work without one.
        self.started_hidden.emit()

    # -- the window -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window hides it in the tray (unless quitting or there is no tray)."""
        if watched is self._window and event.type() == QEvent.Type.Close:
            if self.closes_to_tray and not self._must_close():
                event.ignore()
                self._window.hide()
                return True
            self.quitting = True
            if self.tray is not None:
                self.tray.hide_menu()
                self.tray.show(False)
            self.notifier.close()
        elif watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self._window and event.type() == QEvent.Type.Show:
            # Back from the tray: a refresh due while hidden (or asleep) is looked at now.
            QTimer.singleShot(0, self._refreshing.check_now)
        return False

    def _must_close(self) -> bool:
        """Quit asked for, the store released for a repair, or the session ending (a refused
        close would hold up the logout)."""
        app = QGuiApplication.instance()
        saving = isinstance(app, QGuiApplication) and app.isSavingSession()
        return self.quitting or saving or bool(getattr(self._window, "closed", False))

    def _set_quitting(self) -> None:
        self.quitting = True

    def _on_worker_failed(self, what: str, _words: str) -> None:
        if what == "damaged":  # the window closes for the repair, not into the tray
            self.quitting = True

    def raise_window(self) -> None:
        """Show the window (from the tray) in front."""
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def quit(self) -> None:
        """Really close (the tray's Quit): the window's closing saves and stops everything."""
        self.quitting = True
        hidden = not self._window.isVisible()
        self._window.close()
        if hidden:  # a hidden window's closing is not "the last window closed": end here
            QGuiApplication.quit()

    def mark_all_read(self) -> None:
        """The tray's Mark all read: every article, whatever the window shows."""
        self._panes.show_selection(ALL)
        self._navigation.mark_all_read()

    def open_article(self, article_id: int | None) -> None:
        """A notification was clicked: the window in front with that article open."""
        self.raise_window()
        if article_id is None or self._panes.closed:
            return
        self._panes.show_selection(ALL)
        row = self._panes.article_model.row_of(article_id)
        if row is not None:  # selected in the list, which opens it
            self._panes.article_list.select_row(row)
        else:
            self._navigation.open_article(article_id)

    def _on_unread_changed(self, unread: int) -> None:
        if self.tray is not None:
            self.tray.set_unread(unread)

    def _set_paused(self, paused: bool) -> None:
        self.paused = paused

    def retranslate(self) -> None:
        """The tray menu's words in the current language."""
        if self.tray is not None:
            self.tray.retranslate()

    # -- notifications --------------------------------------------------------------------------
    def on_refresh_finished(self, summary: RefreshSummary) -> None:
        """One grouped notification for what the refresh brought (never one per article): the
        feeds that notify and what the "notify" rules matched. The rules' queue is taken (off
        the GUI thread) even when nothing is said, so it never piles up for later. Hidden in
        the tray, the memory the refresh used is given back once the window's own slots ran."""
        if not self._window.isVisible():
            QTimer.singleShot(0, self.release_memory)
        if self._writes is None:
            self._notify(summary, [])
            return
        taken: list[int] = []

        def take(store: Store) -> None:
            taken.extend(store.take_rule_notifications())

        try:
            self._writes.submit(
                "take rule notifications",
                take,
                on_done=lambda: self._notify(summary, taken),
                on_failed=lambda _words: self._notify(summary, []),
            )
        except RuntimeError:  # the window's writer is closed: the window is going
            return

    def release_memory(self) -> None:
        """Free the window's SQLite page cache and hand the allocator's free pages back."""
        if not self._panes.closed:
            try:
                self._panes.store.release_memory()
            except ReaderError as exc:  # only memory: never worth more than a line in the log
                log.info("the page cache was not freed: %s", exc)
        memory.release_free_memory()

    def _notify(self, summary: RefreshSummary, matched: list[int]) -> None:
        if not self._should_notify(datetime.now()):
            return
        news = self._news(summary)
        matches = self._matched_titles(matched)
        if not news and not matched:
            return
        self._newest = matched[-1] if matched else self._newest_article([n.feed_id for n in news])
        title, body = notify.grouped_text(news, matches, len(matched))
        if not self.notifier.send(title, body, self._newest) and self.tray is not None:
            self.tray.icon.showMessage(
                title, balloon_text(body), QSystemTrayIcon.MessageIcon.Information
            )
        self.notified.emit(title, body)

    def _news(self, summary: RefreshSummary) -> list[notify.NewInFeed]:
        """The feeds with new articles whose own setting (or the global one) says notify."""
        fresh = [r for r in summary.results if r.error is None and r.new_articles > 0]
        if not fresh:
            return []
        try:
            own = self._panes.store.all_feed_settings()
        except ReaderError as exc:  # every feed as the global setting says
            log.warning("feed settings for the notification: %s", exc)
            own = {}
        muted = set(self.settings.notify_muted_feeds)
        default = FeedSettings()
        return [
            notify.NewInFeed(r.feed_id, r.title or r.url, r.new_articles)
            for r in fresh
            if r.feed_id not in muted
            and notifies(own.get(r.feed_id, default).notify, self.settings.notify)
        ]

    def _matched_titles(self, article_ids: list[int]) -> list[str]:
        """The titles of the newest few articles a "notify" rule matched (ids oldest first)."""
        newest = article_ids[::-1][: notify.NAMED_FEEDS]
        if not newest:
            return []
        try:
            return [a.title or a.link for a in self._panes.store.articles_by_ids(newest)]
        except ReaderError as exc:  # the matches are still counted
            log.warning("articles matched by rules: %s", exc)
            return []

    def _should_notify(self, now: datetime) -> bool:
        """Paused from the tray, quiet hours or a closed window silence everything (the
        global switch is each feed's default, see :meth:`_news`)."""
        s = self.settings
        if self.paused or self._panes.closed:
            return False
        return not (s.quiet_hours and notify.in_quiet_hours(now, s.quiet_from_h, s.quiet_to_h))

    def _newest_article(self, feed_ids: list[int]) -> int | None:
        """The newest unread article of ``feed_ids`` (what a click opens)."""
        newest = None
        for feed_id in feed_ids:
            try:
                found = self._panes.store.articles(feed_id=feed_id, unread=True, limit=1)
            except Exception as exc:  # a store error must not lose the notification
                log.warning("newest article of feed %s: %s", feed_id, exc)
                continue
            if found and (newest is None or found[0].first_seen > newest.first_seen):
                newest = found[0]
        return newest.id if newest is not None else None


def balloon_text(body: str) -> str:
    """The escaped ``body`` for the tray's balloon: Qt's own balloon (X11 without a
    notification service) reads rich text, the native ones (Windows, macOS) plain text."""
    if QGuiApplication.platformName() == "xcb":
        return "<p>" + body + "</p>"
    return html.unescape(body)
