"""The main window: subscriptions | article list | article view, the worker, and the app's start.

The GUI thread only draws and reacts. It reads through its own Store connection (WAL: reads never
wait for a writer); the user's small changes (read, star, rename, move, remove) show at once and
are written by :class:`~reader.ui.user_writes.UserWrites` in a thread of their own, so the window
never waits on the database lock the worker may hold; everything that touches the network or
parses (refresh, subscribe, import, simplify) runs in the worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.paths import Paths
from reader.settings import Settings, load_settings, save_settings
from reader.ui import i18n, themes, widgets
from reader.ui.article_list import ArticleListModel
from reader.ui.article_table import ArticleListView
from reader.ui.feed_tree import ALL, FeedTreeModel, FeedTreeView
from reader.ui.navigation import Navigation
from reader.ui.pool import process_pool
from reader.ui.refresh_status import RefreshStatus
from reader.ui.subscriptions import Subscriptions
from reader.ui.user_writes import UserWrites
from reader.ui.window_actions import WindowActions
from reader.ui.window_panes import PanesMixin
from reader.ui.window_state import restore_state, save_state, saved_selection
from reader.ui.worker import Worker, WorkerHost

if TYPE_CHECKING:
    from reader.store.cache import ArticleCache
    from reader.ui.article_view import ArticleView

log = logging.getLogger(__name__)

MIB = 1024 * 1024
THEME_APPLIED = "broadsheetThemeApplied"
"""Application property: app_gui applied the settings' theme before making the window."""
WORKER_START_DELAY_MS = 50


class MainWindow(PanesMixin, QMainWindow):
    """Broadsheet's window on one profile."""

    reopen_requested = Signal()
    """The database was repaired: open a new window on the same profile."""
    first_frame = Signal()
    """The window has painted once (start-up work that could wait runs now)."""

    def __init__(
        self,
        paths: Paths,
        *,
        start_worker: bool = True,
        worker_options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        # Threads hand the GIL to each other every 1 ms instead of 5: with the refresh's
        # threads busy, the GUI thread then waits far less for its turn (bench/ui_latency.py:
        # p99 gap 16 ms instead of 21, longest 25-81 ms instead of 73-89).
        sys.setswitchinterval(0.001)
        self.closed = False
        self._store_closed = False
        self._shut_down = False
        self._first_frame_pending = False
        self._start_worker_after_frame = False
        from reader.store.db import Store

        self.paths = paths.ensure()
        self.settings: Settings = load_settings(paths.settings_file)
        # The worker's connection runs PRAGMA quick_check in its thread right after the window
        # is shown (a damaged database is reported then); this one skips it to start fast.
        self.store = Store(paths.database, check=False)
        self._cache: ArticleCache | None = None  # opened on first use (see cache)
        self.setObjectName("mainWindow")
        # -- panes ---------------------------------------------------------------------------
        self.feed_model = FeedTreeModel(self)
        self.feed_tree = FeedTreeView(self.feed_model)
        self.article_model = ArticleListModel(self.store, self)
        self.article_list = ArticleListView(self.article_model)
        # The article pane is blank until an article is opened: a plain widget of its colour
        # stands in for the first frame and the real view (QTextBrowser, the renderer) is
        # made right after it, or at once when something asks for it (see article_view).
        self._article_view: ArticleView | None = None
        self._view_slot = QWidget()
        self._view_slot.setObjectName("articleViewSlot")
        self._view_slot.setBackgroundRole(QPalette.ColorRole.Base)
        self._view_slot.setAutoFillBackground(True)
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        search_box = QWidget()
        search_layout = QVBoxLayout(search_box)
        search_layout.setContentsMargins(6, 6, 6, 6)
        search_layout.addWidget(self.search)
        middle_layout.addWidget(search_box)
        middle_layout.addWidget(self.article_list)
        self.middle = middle
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.feed_tree)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self._view_slot)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 440, 710])
        self.setCentralWidget(self.splitter)
        self.actions_ = WindowActions(self)
        # -- status bar -----------------------------------------------------------------------
        self.progress = QProgressBar()
        self.progress.setObjectName("refreshProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelRefresh")
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.live_status = i18n.LiveStatus(self.statusBar(), lambda t: widgets.one_line(t, 400))
        # -- worker ---------------------------------------------------------------------------
        # Parsing and simplifying run in a process pool: measured with bench/ui_latency.py, in
        # threads they held the GUI thread (GIL) for up to ~180 ms, in processes ~50 ms.
        options: dict[str, Any] = {"cpu_factory": process_pool}
        options.update(worker_options or {})
        self.worker = Worker(
            paths.database, paths.cache, cache_max_mb=self.settings.cache_max_mb, **options
        )
        self.host = WorkerHost(self.worker, self)
        # -- behaviour --------------------------------------------------------------------------
        self.writes = UserWrites(paths.database, self)
        self.navigation = Navigation(self)
        self.article_model.pinned = self.navigation.pending_state
        self.refreshing = RefreshStatus(self)
        self.subscriptions = Subscriptions(self)
        self.settings_dialog: QDialog | None = None

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._connect_signals()
        self.retranslate_ui()
        self.apply_settings(self.settings, initial=True)
        restore_state(self, self.settings.window)
        # The tree (with its icons from the cache) and the list are filled right after the
        # first frame, so a big profile does not delay it; an empty profile shows its welcome
        # page in the first frame.
        self._tree_pending = bool(self.store.feeds())
        if not self._tree_pending:
            self.reload_tree(load_list=False, counts=False)
            self.article_view.show_welcome()
        if os.environ.get("BROADSHEET_SMOKE", "show") != "show":
            # reader/ui/smoke.py fails when it polls before the pane exists (it expects the
            # QTextBrowser as soon as the window is visible): made at once for its modes.
            _ = self.article_view
        self._first_frame_pending = True
        self._start_worker_after_frame = start_worker
        self.installEventFilter(self)
        self.refreshing.start_timers()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the first frame: fill the list, then start the worker (its imports and the
        database check must not delay the window). The filter is removed at once."""
        if watched is self and event.type() == QEvent.Type.Paint and self._first_frame_pending:
            self._first_frame_pending = False
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_frame)
        return False

    def _after_first_frame(self) -> None:
        if self.closed:
            return
        self.first_frame.emit()
        from reader.ui import icons

        self.setWindowIcon(icons.app_icon())
        self._fill_tree()
        _ = self.article_view  # made now, after the first frame
        self.reload_counts()
        if self.article_model.rowCount() == 0:
            self._show_selection(self.feed_tree.current_selection() or ALL)
        if self._start_worker_after_frame and not self.host.worker_thread.isRunning():
            QTimer.singleShot(WORKER_START_DELAY_MS, self._start_worker)

    def has_subscriptions(self) -> bool:
        """Whether there is any feed (the tree may not be filled yet, see _fill_tree)."""
        return self._tree_pending or bool(self.feed_model.feeds())

    def _fill_tree(self) -> None:
        """The subscriptions as saved (selection, icons), once, after the first frame."""
        if self._tree_pending and not self._store_closed:
            self._tree_pending = False
            self.reload_tree(
                load_list=False, prefer=saved_selection(self.settings.window), counts=False
            )
            self.load_feed_icons(self.feed_model.feeds())

    def _start_worker(self) -> None:
        if not self.closed and not self.host.worker_thread.isRunning():
            self.host.start()

    @property
    def cache(self) -> ArticleCache:  # type: ignore[override]
        """The article and image cache (its module is not needed for the first frame)."""
        if self._cache is None:
            from reader.store.cache import ArticleCache

            self._cache = ArticleCache(self.paths.cache, max_bytes=self.settings.cache_max_mb * MIB)
        return self._cache

    @property
    def article_view(self) -> ArticleView:  # type: ignore[override]
        """The article pane (made on first use; normally right after the first frame)."""
        if self._article_view is None:
            self._article_view = self._make_article_view()
        return self._article_view

    def _make_article_view(self) -> ArticleView:
        from reader.ui.article_view import ArticleView

        view = ArticleView(self.cache)
        sizes = self.splitter.sizes()
        self.splitter.replaceWidget(2, view)
        self.splitter.setStretchFactor(2, 2)
        if any(sizes):
            self.splitter.setSizes(sizes)
        self._view_slot.deleteLater()
        view.welcome_action.connect(self.subscriptions.on_welcome_action)
        view.link_refused.connect(self.show_status)
        view.link_copied.connect(lambda _url: self.show_status(lambda: self.tr("Link copied.")))
        view.apply_settings(self.settings)
        return view

    # -- wiring -------------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        """Every connection of the window, in one place."""
        a = self.actions_
        self.feed_tree.selection_changed.connect(self._on_tree_selection_changed)
        self.feed_tree.customContextMenuRequested.connect(self.subscriptions.show_tree_menu)
        # Queued: the tree is rebuilt after the drop has finished, not inside it.
        self.feed_model.feed_dropped.connect(self.move_feed, Qt.ConnectionType.QueuedConnection)
        self.article_list.article_selected.connect(self.navigation.open_article)
        self.article_list.customContextMenuRequested.connect(self.navigation.show_list_menu)
        self.article_list.doubleClicked.connect(lambda _i: self.navigation.open_in_browser())
        self.article_list.open_requested.connect(self.navigation.open_in_browser)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self._search_timer.timeout.connect(self._apply_search)
        self.cancel_button.clicked.connect(self.host.cancel)
        w = self.worker
        w.feed_refreshed.connect(self.refreshing.on_feed_refreshed)
        w.refresh_started.connect(self.refreshing.on_refresh_started)
        w.refresh_finished.connect(self.refreshing.on_refresh_finished)
        w.article_ready.connect(self.navigation.on_article_ready)
        w.subscribed.connect(self.subscriptions.on_subscribed)
        w.feeds_offered.connect(self.subscriptions.on_feeds_offered)
        w.imported.connect(self.subscriptions.on_imported)
        w.exported.connect(self.subscriptions.on_exported)
        w.failed.connect(self._on_worker_failed)
        w.started.connect(self.refreshing.on_worker_started)
        triggers = {
            "refresh": self.refreshing.refresh_all,
            "refresh_feed": self.refreshing.refresh_selected,
            "cancel_refresh": self.host.cancel,
            "add": self.subscriptions.add,
            "new_folder": self.subscriptions.new_folder,
            "import_opml": self.subscriptions.import_opml,
            "export_opml": self.subscriptions.export_opml,
            "suggested": self.subscriptions.add_suggested,
            "quit": self.close,
            "next": lambda: self.navigation.step(1),
            "previous": lambda: self.navigation.step(-1),
            "next_unread": lambda: self.navigation.step(1, unread=True),
            "previous_unread": lambda: self.navigation.step(-1, unread=True),
            "space": self.navigation.space,
            "star": self.navigation.toggle_star,
            "toggle_read": self.navigation.toggle_read,
            "mark_all_read": self.navigation.mark_all_read,
            "open_browser": self.navigation.open_in_browser,
            "copy_link": self.navigation.copy_link,
            "search": self.focus_search,
            "bigger": lambda: self.apply_settings(self.settings.bigger_font()),
            "smaller": lambda: self.apply_settings(self.settings.smaller_font()),
            "default_size": lambda: self.apply_settings(self.settings.default_font()),
            "settings": self.open_settings,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
            "rename": self.subscriptions.rename,
            "move": self.subscriptions.move,
            "remove": self.subscriptions.remove,
            "properties": self.subscriptions.properties,
        }
        for name, slot in triggers.items():
            a[name].triggered.connect(slot)
        a["show_feeds"].toggled.connect(self.feed_tree.setVisible)
        a["focus"].toggled.connect(self._set_focus_mode)

    # -- language -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Relabel everything when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible string of the window, in the current language."""
        self.show_unread_in_title(self.unread_total)
        self.actions_.retranslate()
        self.search.setPlaceholderText(self.tr("Search titles and text (Ctrl+F)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setLocale(QLocale())  # %v in the language's digits
        self.progress.setFormat(self.tr("%v of %n feeds", "", self.progress.maximum()))
        self.live_status.retranslate()
        self.feed_model.set_smart_names(
            {
                "all": self.tr("All articles"),
                "unread": self.tr("Unread"),
                "starred": self.tr("Starred"),
            }
        )
        self.article_model.set_headers([self.tr("Title"), self.tr("Feed"), self.tr("Date")])
        self._update_empty_text()

    # -- settings -------------------------------------------------------------------------------
    def apply_settings(self, new: Settings, *, initial: bool = False) -> None:
        """Apply settings at once (theme, language, reading view, timers) and save them."""
        old = self.settings
        self.settings = new
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # At start app_gui has applied the theme already (before any widget existed):
            # applying it again would send every widget of the window a palette change.
            applied = (
                bool(app.property(THEME_APPLIED)) and themes.current_mode() == new.reading_mode
            )
            if (initial and not applied) or new.reading_mode != old.reading_mode:
                themes.apply_theme(app, new.reading_mode)
            if (initial and new.language != i18n.current_language()) or (
                not initial and new.language != old.language
            ):
                i18n.install_language(app, new.language)
        if self._article_view is not None:
            self._article_view.apply_settings(new)
        self.refreshing.settings_changed(new)
        if new.cache_max_mb != old.cache_max_mb:
            self.cache.max_bytes = new.cache_max_mb * MIB
            self.host.request_cache_limit.emit(new.cache_max_mb)
        if not initial and new != old:
            self.save_settings()
            if new.font_size != old.font_size:
                self.show_status(lambda: self.tr("Text size: %n px", "", new.font_size))

    def save_settings(self) -> None:
        """Write the settings file (errors go to the status bar, never raise)."""
        try:
            save_settings(self.paths.settings_file, self.settings)
        except OSError as exc:
            log.warning("cannot save settings: %s", exc)
            words = str(exc)
            self.show_status(
                lambda: self.tr("Could not save the settings: %1").replace("%1", words)
            )

    def open_settings(self) -> None:
        """The settings dialog; every change applies at once."""
        from reader.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.settings_changed.connect(
            lambda s: self.apply_settings(s.with_changes(window=self.settings.window))
        )
        self.settings_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.settings_dialog = None

    # -- the panes ------------------------------------------------------------------------------
    def handle_open_requests(self, requests: list[Any]) -> None:
        """Carry out ``broadsheet FILE_OR_URL`` (desktop entry): import or subscribe."""
        from pathlib import Path

        for request in requests:
            if request.kind == "opml":
                self.subscriptions.import_file(Path(request.target))
            elif request.kind == "feed":
                self.subscriptions.subscribe(request.target)
            else:
                self.show_status(str(request.target))

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _set_focus_mode(self, on: bool) -> None:
        self.feed_tree.setVisible(not on and self.actions_["show_feeds"].isChecked())
        self.middle.setVisible(not on)

    def show_status(self, text: i18n.Text, timeout_ms: int = 6000) -> None:
        """A short message in the status bar (plain text: it may carry feed text); a function
        that words it is called again after a language switch."""
        self.live_status.show(text, timeout_ms)

    def _on_worker_failed(self, what: str, words: str) -> None:
        if what == "subscribe":
            self.subscriptions.on_subscribe_failed(words)
        elif what in ("import", "export"):
            widgets.warning(self, self.tr("Broadsheet"), self._failed_title(what), words)
        elif what == "damaged":
            from reader.ui.recovery_ui import handle_damaged_database

            handle_damaged_database(self, words)
        elif what == "start":
            widgets.critical(
                self, self.tr("Broadsheet"), self.tr("Background work could not start."), words
            )
        elif what == "refresh":
            self.show_status(lambda: self.tr("Refresh failed: %1").replace("%1", words))

    def writes_settled(self) -> None:
        """A queued change reached the store: when none is left, show the store's counts."""
        if not self.closed and not self.writes.pending():
            self.reload_counts()

    def write_failed(self, label: str, words: str) -> None:
        """A change could not be written (the window showed it already and put it back)."""
        self.show_status(
            lambda: self.tr("Not saved: %1 (%2)").replace("%1", label).replace("%2", words), 15000
        )

    def _failed_title(self, what: str) -> str:
        if what == "import":
            return self.tr("The OPML file could not be imported.")
        return self.tr("The subscriptions could not be exported.")

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts."""
        from reader.ui.dialogs import ShortcutsDialog

        ShortcutsDialog(self.actions_.shortcut_list(), self).exec()

    def show_about(self) -> None:
        """Help > About."""
        from reader import __version__

        widgets.information(
            self,
            self.tr("About Broadsheet"),
            self.tr("Broadsheet %1, a desktop news reader.").replace("%1", __version__),
            self.tr("Data: %1").replace("%1", str(self.paths.data)),
        )

    def open_url(self, url: str) -> bool:
        """Open an http(s) address in the system browser."""
        from reader.core.render.sanitize import is_web_url

        if not is_web_url(url):
            self.show_status(lambda: self.tr("This article has no web address."))
            return False
        return bool(QDesktopServices.openUrl(QUrl(url)))

    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard."""
        QGuiApplication.clipboard().setText(text)

    def release_database(self) -> None:
        """Stop the worker and close the GUI's connection (before a repair of the file)."""
        self.closed = True
        self.refreshing.stop_timers()
        self.host.shutdown(2000)
        self.writes.close(5.0)
        self._close_store()

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's state, stop the worker (<= ~2 s), close the database."""
        if self._shut_down:
            event.accept()
            return
        self._shut_down = True
        self.closed = True
        self.refreshing.stop_timers()
        self.navigation.flush()
        self._fill_tree()  # closed before the first frame: keep the saved selection
        self.settings = self.settings.with_changes(window=save_state(self))
        self.save_settings()
        stopped = self.host.shutdown(2000)
        if not stopped:
            log.error("the worker thread did not stop")
        # The user's queued changes: the worker's lock is gone now, so this is quick.
        self.writes.close(5.0)
        # Signals still queued for the window (a late feed_refreshed) must not touch the store.
        for signal in (
            self.worker.feed_refreshed,
            self.worker.refresh_finished,
            self.worker.article_ready,
            self.worker.subscribed,
            self.worker.imported,
            self.worker.exported,
            self.worker.failed,
            self.worker.feeds_offered,
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()
        self._close_store()
        event.accept()

    def _close_store(self) -> None:
        """Detach the list from the GUI's connection and close it (once)."""
        self.article_model.set_store(None)
        if not self._store_closed:
            self._store_closed = True
            try:
                self.store.close()
            except Exception:
                log.exception("closing the store failed")

    def sizeHint(self) -> QSize:
        """A comfortable first size."""
        return QSize(1400, 900)


def run_gui(args: list[str]) -> int:
    """Open the window (``broadsheet [--profile DIR] [FILE_OR_URL...]``); returns the exit status."""
    from reader.ui.app_gui import run

    return run(args)
