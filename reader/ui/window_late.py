"""The main window's parts the first frame does not show, made right after it (start-up time).

Before the first frame the window builds only what that frame shows: its frame, menu bar, panes
and their models (:mod:`reader.ui.main_window`). Everything else is made here, on the event
loop's turn after the first paint: the worker and its thread, the user's writes, navigation and
smart views, refresh and sync status with their timers, subscriptions, downloads, the tray and
notifications, the accessibility extras, and the wiring between them.

Reading any of ``MainWindow.LATE_PARTS`` on the window before then builds them at once (a test,
or a window that starts hidden in the tray and paints no frame), so nothing sees them missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtWidgets import QMainWindow, QStatusBar

from reader.ui import accessibility, sync_status
from reader.ui.background import Background
from reader.ui.enclosures import EnclosureDownloads
from reader.ui.lazy_qt import Qt
from reader.ui.navigation import Navigation
from reader.ui.refresh_status import RefreshStatus
from reader.ui.subscriptions import Subscriptions
from reader.ui.user_writes import UserWrites
from reader.ui.worker import Worker
from reader.ui.worker_host import WorkerHost
from reader.usecases.pool import window_pool as process_pool

if TYPE_CHECKING:
    from reader.paths import Paths
    from reader.settings import Settings
    from reader.store.cache import ArticleCache
    from reader.ui.article_list import ArticleListModel
    from reader.ui.article_pane import ArticlePane
    from reader.ui.article_table import ArticleListView
    from reader.ui.article_view import ArticleView
    from reader.ui.feed_tree import FeedTreeModel
    from reader.ui.feed_tree_view import FeedTreeView
    from reader.ui.first_paint import FirstPaint
    from reader.ui.i18n import Text
    from reader.ui.panes import Panes
    from reader.ui.sync_status import SyncStatus
    from reader.ui.window_actions import WindowActions


class Window(Protocol):
    """What this module uses of the main window, and the parts it gives it (named here: the
    window's helpers never import its module)."""

    paths: Paths
    settings: Settings
    panes: Panes
    reading: ArticlePane
    actions_: WindowActions
    first_paint: FirstPaint
    feed_model: FeedTreeModel
    feed_tree: FeedTreeView
    article_model: ArticleListModel
    article_list: ArticleListView
    worker: Worker
    host: WorkerHost
    writes: UserWrites
    navigation: Navigation
    refreshing: RefreshStatus
    subscriptions: Subscriptions
    downloads: EnclosureDownloads
    background: Background
    syncing: SyncStatus
    a11y: accessibility.Accessibility

    @property
    def cache(self) -> ArticleCache: ...
    def statusBar(self) -> QStatusBar: ...
    def show_status(self, text: Text, timeout_ms: int = 6000) -> None: ...
    def on_link_copied(self, _url: str) -> None: ...
    def on_worker_failed(self, what: str, words: str) -> None: ...
    def close(self) -> bool: ...


def build(window: Window, worker_options: dict[str, Any] | None) -> None:
    """Make the window's late parts, wire them, and bring them up to its settings and language."""
    window.actions_.finish()  # the menus' entries first: the late parts add to them
    # Parsing and simplifying run in a process pool: measured with bench/ui_latency.py, in
    # threads they held the GUI thread (GIL) for up to ~180 ms, in processes ~50 ms.
    options: dict[str, Any] = {"cpu_factory": process_pool}
    options.update(worker_options or {})
    paths, settings = window.paths, window.settings
    top = cast(QMainWindow, window)  # the same object: the parent of every part
    window.worker = Worker(
        paths.database, paths.cache, cache_max_mb=settings.cache_max_mb, **options
    )
    window.host = host = WorkerHost(window.worker, top)
    window.writes = writes = UserWrites(paths.database, top)
    panes, actions, view = window.panes, window.actions_, window.reading.view
    window.navigation = Navigation(
        panes, view, lambda: window.cache, host, writes, actions, settings, top
    )
    window.article_model.pinned = window.navigation.pending_state
    window.refreshing = RefreshStatus(panes, host, actions, top)
    window.statusBar().addPermanentWidget(window.refreshing.progress)
    window.statusBar().addPermanentWidget(window.refreshing.cancel_button)
    window.subscriptions = Subscriptions(panes, host, writes, actions, view, top)
    window.downloads = EnclosureDownloads(window.reading, panes, host, lambda: window.settings, top)
    window.background = Background(
        top, panes, window.refreshing, window.navigation, host, actions, writes=writes
    )
    _connect_signals(window)
    window.a11y = accessibility.Accessibility(top, panes, window.reading)
    window.refreshing.retranslate()
    apply_settings(window, settings)
    # A window that starts hidden in the tray paints no frame: the tray says so.
    window.background.started_hidden.connect(window.first_paint.emit_now)
    window.refreshing.start_timers()
    if window.reading.made is not None:  # made before these parts (on first use): wire it now
        on_view_made(window, window.reading.made)


def apply_settings(window: Window, new: Settings) -> None:
    """The late parts' share of the window's ``apply_settings``."""
    window.refreshing.settings_changed(new)
    window.background.settings_changed(new)
    window.navigation.settings_changed(new)


def on_view_made(window: Window, view: ArticleView) -> None:
    """Wire the article view (made right after the first frame) to the late parts."""
    view.welcome_action.connect(window.subscriptions.on_welcome_action)
    view.link_refused.connect(window.show_status)
    view.edition_requested.connect(window.navigation.switch_edition)
    view.link_copied.connect(window.on_link_copied)
    view.apply_settings(window.settings)


def _connect_signals(window: Window) -> None:
    """Every connection of the late parts, in one place."""
    navigation, subscriptions, refreshing = (
        window.navigation,
        window.subscriptions,
        window.refreshing,
    )
    window.reading.view_made.connect(lambda view: on_view_made(window, view))
    helpers: tuple[Any, ...] = (navigation, subscriptions, refreshing, window.downloads)
    for helper in (*helpers, window.background):
        helper.status_message.connect(window.show_status)
    window.feed_tree.enable_menus()
    window.feed_tree.customContextMenuRequested.connect(subscriptions.show_tree_menu)
    # Queued: the tree is rebuilt after the drop has finished, not inside it.
    window.feed_model.feed_dropped.connect(
        subscriptions.move_feed, Qt.ConnectionType.QueuedConnection
    )
    article_list = window.article_list
    article_list.article_selected.connect(navigation.open_article)
    article_list.enable_menus()
    article_list.customContextMenuRequested.connect(navigation.show_list_menu)
    article_list.doubleClicked.connect(lambda _i: navigation.open_in_browser())
    article_list.open_requested.connect(navigation.open_in_browser)
    refreshing.cancel_button.clicked.connect(window.host.cancel)
    _connect_worker(window, window.worker)
    _connect_actions(window)
    window.syncing = sync_status.attach(window)  # after the refresh's: F5 syncs once it is done


def _connect_worker(window: Window, w: Worker) -> None:
    """The worker's signals to the parts that show their results."""
    navigation, subscriptions, refreshing = (
        window.navigation,
        window.subscriptions,
        window.refreshing,
    )
    w.feed_refreshed.connect(refreshing.on_feed_refreshed)
    w.refresh_started.connect(refreshing.on_refresh_started)
    w.pages_progress.connect(refreshing.on_pages_progress)
    w.refresh_finished.connect(refreshing.on_refresh_finished)
    w.article_ready.connect(navigation.on_article_ready)
    w.subscribed.connect(subscriptions.on_subscribed)
    w.feeds_offered.connect(subscriptions.on_feeds_offered)
    w.imported.connect(subscriptions.on_imported)
    w.exported.connect(subscriptions.on_exported)
    w.failed.connect(window.on_worker_failed)
    w.failed.connect(subscriptions.on_worker_failed)
    w.failed.connect(refreshing.on_worker_failed)
    subscriptions.feed_view_changed.connect(navigation.feed_view_changed)
    w.started.connect(refreshing.on_worker_started)


def _connect_actions(window: Window) -> None:
    """Each menu action to what it does (the window's own ones are wired by the window)."""
    nav, subs, refreshing = window.navigation, window.subscriptions, window.refreshing
    triggers = {
        "refresh": refreshing.refresh_all,
        "refresh_feed": refreshing.refresh_selected,
        "cancel_refresh": window.host.cancel,
        "add": subs.add,
        "new_folder": subs.new_folder,
        "import_opml": subs.import_opml,
        "export_opml": subs.export_opml,
        "suggested": subs.add_suggested,
        # After the tray's own slot (Background connects it first): Quit really quits.
        "quit": window.close,
        "next": lambda: nav.step(1),
        "previous": lambda: nav.step(-1),
        "next_unread": lambda: nav.step(1, unread=True),
        "previous_unread": lambda: nav.step(-1, unread=True),
        "space": nav.space,
        "star": nav.toggle_star,
        "toggle_read": nav.toggle_read,
        "mark_all_read": nav.mark_all_read,
        "open_browser": nav.open_in_browser,
        "copy_link": nav.copy_link,
        "toggle_view": nav.toggle_view,
        "rename": subs.rename,
        "move": subs.move,
        "remove": subs.remove,
        "properties": subs.properties,
    }
    for name, slot in triggers.items():
        window.actions_[name].triggered.connect(slot)
