"""The main window: subscriptions | article list | article view, wired to the worker.

The GUI thread reads through its own Store connection (WAL); the user's small changes are written
by :class:`~reader.ui.user_writes.UserWrites` in a thread; network and parsing run in the worker."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import partial
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter

from reader.paths import Paths
from reader.settings import Settings, load_settings
from reader.ui import i18n, themes, widgets
from reader.ui.article_pane import ArticlePane
from reader.ui.feed_tree import ALL
from reader.ui.first_paint import LATE_MODULES, FirstPaint, run_in_turns
from reader.ui.lazy_qt import Qt
from reader.ui.panes import Panes
from reader.ui.window_actions import WindowActions
from reader.ui.window_database import WindowDatabase
from reader.ui.window_settings import SettingsFile
from reader.ui.window_state import WindowState, saved_selection

if TYPE_CHECKING:
    from reader.store.cache import ArticleCache
    from reader.store.db import Store
    from reader.ui.accessibility import Accessibility
    from reader.ui.article_view import ArticleView
    from reader.ui.background import Background
    from reader.ui.enclosures import EnclosureDownloads
    from reader.ui.navigation import Navigation
    from reader.ui.refresh_status import RefreshStatus
    from reader.ui.subscriptions import Subscriptions
    from reader.ui.sync_status import SyncStatus
    from reader.ui.user_writes import UserWrites
    from reader.ui.worker import Worker
    from reader.ui.worker_host import WorkerHost

log = logging.getLogger(__name__)

MIB = 1024 * 1024
LATE_PARTS = frozenset(
    ("worker", "host", "writes", "navigation", "refreshing", "subscriptions", "downloads")
) | frozenset(("background", "syncing", "a11y"))
"""The window's attributes reader.ui.window_late makes (after the first frame, or on first use
before it)."""
WORKER_START_DELAY_MS = 50


class MainWindow(QMainWindow):
    """One profile's window: builds panes and helpers, wires them, owns start-up and closing."""

    reopen_requested = Signal()
    """The database was repaired: open a new window on the same profile."""
    first_frame = Signal()
    """The window has painted once (start-up work that could wait runs now)."""
    ready = Signal()
    """The parts the first frame does not show are made and wired (see :attr:`is_ready`)."""
    started = Signal()
    """The start-up work after the first frame is done: tree, counts and list filled, the
    worker on its way (see :attr:`started_up`)."""

    # Made right after the first frame, or on first use before it (reader.ui.window_late).
    worker: Worker
    host: WorkerHost
    writes: UserWrites
    navigation: Navigation
    refreshing: RefreshStatus
    subscriptions: Subscriptions
    downloads: EnclosureDownloads
    background: Background
    syncing: SyncStatus
    a11y: Accessibility

    def __init__(
        self,
        paths: Paths,
        *,
        start_worker: bool = True,
        worker_options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.closed = False
        self._shut_down = False
        self.is_ready = self._building_late = False
        self.started_up = False
        """The work after the first frame is done (it runs one step per event-loop turn)."""
        self._worker_options = worker_options
        self.paths = paths.ensure()
        self.settings: Settings = load_settings(paths.settings_file)
        self.settings_file = SettingsFile(paths.settings_file, self.show_status)
        # Checked before any query (fully when reader.store.health says so); on a full disk or
        # a read-only profile: read-only, said in a banner (issue 9.9).
        self.database = WindowDatabase(paths.database)
        self._cache: ArticleCache | None = None  # opened on first use (see cache)
        self.setObjectName("mainWindow")
        self._build_panes()
        self.actions_ = WindowActions(self)
        self.live_status = i18n.LiveStatus(self.statusBar(), lambda t: widgets.one_line(t, 400))
        header = self.article_list.horizontalHeader()
        self.state = WindowState(self, self.splitter, header, self.actions_["show_feeds"],
                                 self.feed_tree, self.article_list,
                                 self.reading.current_article_id)  # fmt: skip
        # The tree (with its icons from the cache) and the list are filled right after the
        # first frame, so a big profile does not delay it; an empty profile shows its welcome
        # page in the first frame.
        self.panes.tree_pending = self.database.has_feeds()
        self._connect_signals()
        self.retranslate_ui()
        self.apply_settings(self.settings, initial=True)
        self.state.restore(self.settings.window, self.settings)
        if not self.panes.tree_pending:
            self.panes.reload_tree(load_list=False, counts=False)
            self.article_view.show_welcome()
        self._start_worker_after_frame = start_worker and not self.database.readonly
        if self.database.limited:  # read-only: a banner says why (issue 9.9)
            from reader.ui.recovery_ui import limited_banner  # only then: start-up time

            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, limited_banner(self.database.limited))
        # Start-up work waits for the first frame; a window that starts hidden in the tray has
        # none, and the tray says so (Background.started_hidden, wired in window_late).
        self.first_paint = FirstPaint(self)
        self.first_paint.painted.connect(self._after_first_frame)
        self._built = True

    if not TYPE_CHECKING:  # hidden from mypy, which would type every unknown attribute as Any

        def __getattr__(self, name: str) -> Any:
            """A late part (LATE_PARTS) asked for before the first frame: made now."""
            if name in LATE_PARTS and self.__dict__.get("_built") and not self._building_late:
                self.make_ready()
                return self.__dict__[name]
            raise AttributeError(name)

    @property
    def store(self) -> Store:
        """The GUI thread's store (made right after the first frame: see WindowDatabase)."""
        return self.database.store

    def make_ready(self) -> None:
        """Make the parts the first frame does not show, once (normally right after it)."""
        if self.is_ready or self._building_late:
            return
        self._building_late = True
        from reader.ui import window_late  # after the first frame: start-up time

        try:
            window_late.build(self, self._worker_options)
        finally:
            self._building_late = False
        self.is_ready = True
        self.ready.emit()

    def show_at_start(self) -> None:
        """Show the window, or with "start hidden" only the tray icon (made now, then)."""
        if self.settings.start_hidden:
            self.background.show_at_start()
        else:
            self.show()

    def _build_panes(self) -> None:
        """Tree | search and list | article pane, in a splitter."""
        self.splitter = QSplitter()  # side by side (Qt's enums wait for the first frame)
        self.splitter.setObjectName("mainSplitter")
        # A blank stand-in for the first frame; the real view is made right after it.
        self.reading = ArticlePane(self.splitter, lambda: self.cache, self)
        self.panes = Panes(
            lambda: self.store, lambda: self.cache, self.reading.current_article_id, self
        )
        self.splitter.insertWidget(0, self.panes.feed_tree)
        self.splitter.insertWidget(1, self.panes.middle)
        # The panes' widgets under the names the rest of the app and the tests know them by.
        p = self.panes
        self.feed_model, self.feed_tree, self.search = p.feed_model, p.feed_tree, p.search
        self.article_model, self.article_list = p.article_model, p.article_list
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 440, 710])
        self.setCentralWidget(self.splitter)

    def _after_first_frame(self) -> None:
        """After the first frame: make the late parts, fill the tree and the list, then start
        the worker (its imports and the database check must not delay the window). One step
        per event-loop turn, so none holds the GUI thread long; :attr:`started` at the end."""
        if self.closed:
            return
        self.first_frame.emit()
        steps: list[Callable[[], object]] = [
            *(partial(importlib.import_module, name) for name in LATE_MODULES),
            lambda: self.store,  # its class and queries
            themes.use_clear_edges,  # not needed by the first frame (start-up time)
            self.make_ready,
            self._set_icon,
            self._fill_tree,
            lambda: self.article_view,  # made now, after the first frame
            self._fill_counts,
            self._fill_list,
        ]
        run_in_turns(steps, self, cancelled=lambda: self.closed, done=self._started)

    def _set_icon(self) -> None:
        from reader.ui import icons

        self.setWindowIcon(icons.app_icon())

    def _fill_counts(self) -> None:
        if not self.database.closed:
            self.panes.reload_counts()

    def _fill_list(self) -> None:
        if self.article_model.rowCount() == 0:
            self.panes.show_selection(self.feed_tree.current_selection() or ALL)
        self.state.reopen_article(self.settings.window)

    def _started(self) -> None:
        self.started_up = True
        if self._start_worker_after_frame and not self.host.worker_thread.isRunning():
            QTimer.singleShot(WORKER_START_DELAY_MS, self, self._start_worker)
        self.started.emit()

    def _fill_tree(self) -> None:
        """The subscriptions as saved (selection, icons), once, after the first frame."""
        if not self.database.closed:
            self.panes.fill_pending_tree(saved_selection(self.settings.window))

    def _start_worker(self) -> None:
        if not self.closed and not self.host.worker_thread.isRunning():
            self.host.start()

    @property
    def cache(self) -> ArticleCache:
        """The article and image cache (its module is not needed for the first frame)."""
        if self._cache is None:
            from reader.store.cache import ArticleCache

            self._cache = ArticleCache(self.paths.cache, max_bytes=self.settings.cache_max_mb * MIB)
        return self._cache

    @property
    def article_view(self) -> ArticleView:
        """The article pane (made on first use; normally right after the first frame)."""
        return self.reading.view()

    # -- wiring -------------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        """The window's own connections (those of its late parts are in window_late)."""
        self.panes.unread_changed.connect(self._on_panes_unread_changed)
        a = self.actions_
        triggers = {
            "search": self.panes.focus_search,
            "bigger": lambda: self.apply_settings(self.settings.bigger_font()),
            "smaller": lambda: self.apply_settings(self.settings.smaller_font()),
            "default_size": lambda: self.apply_settings(self.settings.default_font()),
            "settings": self.open_settings,
            "shortcuts": lambda: _dialogs().show_shortcuts(self.actions_.shortcut_list(), self),
            "about": lambda: _dialogs().show_about(self.paths.data, self),
        }
        for name, slot in triggers.items():
            a[name].triggered.connect(slot)
        a["show_feeds"].toggled.connect(self.feed_tree.setVisible)
        a["focus"].toggled.connect(self._set_focus_mode)

    def changeEvent(self, event: QEvent) -> None:
        """Relabel everything when the language changes (not a window whose building failed)."""
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible string of the window, in the current language."""
        self._on_panes_unread_changed(self.panes.unread_total)
        self.actions_.retranslate()
        if self.is_ready:
            self.refreshing.retranslate()
        self.panes.retranslate()
        self.live_status.retranslate()

    def _on_panes_unread_changed(self, unread: int) -> None:
        """ "Broadsheet (12)": the unread count where the task switcher shows it."""
        title = self.tr("Broadsheet")
        self.setWindowTitle(f"{title} ({i18n.number(unread)})" if unread else title)

    # -- settings -------------------------------------------------------------------------------
    def apply_settings(self, new: Settings, *, initial: bool = False) -> None:
        """Apply settings at once (theme, language, reading view, timers) and save them."""
        old = self.settings
        self.settings = new
        themes.apply_look(new, old, initial=initial)
        if self.reading.made is not None:
            self.reading.made.apply_settings(new)
        if self.is_ready:
            from reader.ui import window_late  # start-up time: loaded with the late parts

            window_late.apply_settings(self, new)
        if new.cache_max_mb != old.cache_max_mb:
            if self._cache is not None:
                self._cache.max_bytes = new.cache_max_mb * MIB
            if self.is_ready:
                self.host.request_cache_limit.emit(new.cache_max_mb)
        if not initial:
            self.settings_file.changed(new, old)

    def save_settings(self) -> None:
        """Write the settings file (errors go to the status bar, never raise)."""
        self.settings_file.save(self.settings)

    def open_settings(self) -> None:
        """The settings dialog; every change applies at once (the window's own state kept)."""
        self.settings_file.open_dialog(self.settings, self, self._apply_from_dialog)

    def _apply_from_dialog(self, new: Settings) -> None:
        self.apply_settings(new.with_changes(window=self.settings.window))

    def _set_focus_mode(self, on: bool) -> None:
        self.feed_tree.setVisible(not on and self.actions_["show_feeds"].isChecked())
        self.panes.middle.setVisible(not on)

    def show_status(self, text: i18n.Text, timeout_ms: int = 6000) -> None:
        """A short message in the status bar (plain text: it may carry feed text); a function
        that words it is called again after a language switch."""
        self.live_status.show(text, timeout_ms)

    def on_link_copied(self, _url: str) -> None:
        """The article view copied a link: say so."""
        self.show_status(lambda: self.tr("Link copied."))

    def on_worker_failed(self, what: str, words: str) -> None:
        """The worker's own failures (each helper says those of its requests)."""
        if what == "damaged":
            from reader.ui.recovery_ui import offer_recovery  # only then: start-up time

            db, reopen = self.paths.database, self.reopen_requested.emit
            offer_recovery(db, self.release_database, self, reopen, words)
            self.close()
        elif what == "start":
            widgets.critical(
                self, self.tr("Broadsheet"), self.tr("Background work could not start."), words
            )

    def release_database(self) -> None:
        """Stop the worker and close the GUI's connection (before a repair of the file)."""
        self._mark_closed()
        if self.is_ready:
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
        self._mark_closed()
        if self.is_ready:  # closed before the first frame: no worker, no queued writes
            self.navigation.flush()
        self._fill_tree()  # closed before the first frame: keep the saved selection
        self.settings = self.settings.with_changes(window=self.state.save())
        self.save_settings()
        if self.is_ready:
            if not self.host.shutdown(2000):
                log.error("the worker thread did not stop")
            # The user's queued changes: the worker's lock is gone now, so this is quick.
            self.writes.close(5.0)
            # Signals still queued for the window (a late feed_refreshed) must not touch the
            # store.
            self.host.drop_results()
        self._close_store()
        event.accept()

    def _mark_closed(self) -> None:
        """From now on nothing reads the store for the panes or starts a refresh."""
        self.closed = True
        self.panes.closed = True
        if self.is_ready:
            self.refreshing.stop_timers()
            self.navigation.views.stop_counting()  # a count on its way is dropped

    def _close_store(self) -> None:
        """Detach the list from the GUI's connection and close it (once)."""
        self.article_model.set_store(None)
        self.database.close()


def _dialogs() -> ModuleType:
    """The dialogs' module, loaded when a dialog is first asked for (start-up time)."""
    from reader.ui import help_dialogs as dialogs

    return dialogs
