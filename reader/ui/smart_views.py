"""How the list is viewed: sort orders (menu and clickable header, remembered in the profile),
"unread only" in any feed, folder or view, saved searches and tags as smart views in the tree
(with unread counts), tagging by hand, and the rule editor's menu entry.

:class:`Views` takes the panes, the user writes and the actions; small comforts (keys, undo)
are in :mod:`reader.ui.comforts`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from reader.ui.article_list import DATE, FEED, TITLE
from reader.ui.comforts import Comforts
from reader.ui.feed_tree import ALL, Selection
from reader.ui.lazy_qt import Qt
from reader.ui.view_counter import ViewCounter, ViewCounts

if TYPE_CHECKING:
    from reader.store.db import Store
    from reader.ui.panes import Panes
    from reader.ui.user_writes import Change, UserWrites
    from reader.ui.window_actions import WindowActions

log = logging.getLogger(__name__)

ORDERS = ("newest", "oldest", "title", "feed", "author")
COUNTS_DELAY_MS = 400
"""The views' counts follow the feeds' counts this long after the last change (one FTS5 query
per saved search, in the counter's thread: not once per feed during a refresh)."""
_COLUMN_ORDER = {TITLE: "title", FEED: "feed"}


class Views(QObject):
    """Sort, unread only, saved searches and tags as smart views, tagging, the rules dialog."""

    status_message = Signal(object, int)
    """Words for the status bar and how long they stay (ms)."""

    def __init__(
        self, panes: Panes, writes: UserWrites, actions: WindowActions, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self._panes = panes
        self._writes = writes
        self._actions = actions
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.reload_counts)
        self.counter = ViewCounter(panes.store.path, self._show_counts, self)
        self._make_actions(actions.window)
        self._load_settings()
        self.reload_views(rebuild=False)
        header = panes.article_list.horizontalHeader()
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._on_header_clicked)
        panes.unread_changed.connect(lambda _n: self._counts_timer.start())
        panes.search.textChanged.connect(self._on_search_changed)
        actions.window.installEventFilter(self)
        self.comforts = Comforts(panes, writes, actions, self.remove_view, self)
        self.comforts.status_message.connect(self.status_message)
        self.retranslate()

    @property
    def store(self) -> Store:
        """The GUI's store (reads; writes go through the user writes)."""
        return self._panes.store

    def _make_actions(self, window: QWidget) -> None:
        self.sort_group = QActionGroup(self)
        self.sort_actions: dict[str, QAction] = {}
        self.sort_menu = QMenu(window)
        self.sort_menu.setObjectName("menu_sort")
        for order in ORDERS:
            action = QAction(self.sort_group)
            action.setCheckable(True)
            action.setObjectName(f"action_sort_{order}")
            action.triggered.connect(lambda _c=False, o=order: self.set_order(o))
            self.sort_actions[order] = action
            self.sort_menu.addAction(action)
        self.unread_only = self._action(window, "unread_only", "Shift+U")
        self.unread_only.setCheckable(True)
        self.unread_only.toggled.connect(self.set_unread_only)
        self.save_search_action = self._action(window, "save_search", "Ctrl+S")
        self.save_search_action.triggered.connect(self.save_search)
        self.save_search_action.setEnabled(False)
        self.tag_action = self._action(window, "tag", "T")
        self.tag_action.triggered.connect(self.tag_current)
        self.rules_action = self._action(window, "rules", "Ctrl+R")
        self.rules_action.triggered.connect(self.open_rules)
        menus = self._actions.menus
        view = menus["view"]
        first = view.actions()[0]  # sorting and filtering lead the View menu
        view.insertMenu(first, self.sort_menu)
        view.insertAction(first, self.unread_only)
        view.insertSeparator(first)
        menus["article"].addSeparator()
        menus["article"].addAction(self.tag_action)
        menus["article"].addAction(self.save_search_action)
        menus["feeds"].addSeparator()
        menus["feeds"].addAction(self.rules_action)

    @staticmethod
    def _action(window: QWidget, name: str, keys: str) -> QAction:
        action = QAction(window)
        action.setObjectName(f"action_{name}")
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Relabel on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Every text in the current language."""
        names = {
            "newest": self.tr("Newest first"),
            "oldest": self.tr("Oldest first"),
            "title": self.tr("By title"),
            "feed": self.tr("By feed"),
            "author": self.tr("By author"),
        }
        for order, action in self.sort_actions.items():
            action.setText(names[order])
        self.sort_menu.setTitle(self.tr("S&ort articles"))
        self.unread_only.setText(self.tr("&Unread only"))
        self.save_search_action.setText(self.tr("Save this search as a &view…"))
        self.tag_action.setText(self.tr("&Tag…"))
        self.rules_action.setText(self.tr("R&ules…"))

    # -- sort and unread only ------------------------------------------------------------
    def _load_settings(self) -> None:
        try:
            saved = self.store.view_settings()
        except Exception:  # no view settings must never stop the window
            log.exception("reading the view settings failed")
            saved = {}
        order = saved.get("order", "newest")
        self._panes.order = order if order in ORDERS else "newest"
        self._panes.unread_only = saved.get("unread_only") == "1"
        self.sort_actions[self._panes.order].setChecked(True)
        blocker = self.unread_only.blockSignals(True)
        self.unread_only.setChecked(self._panes.unread_only)
        self.unread_only.blockSignals(blocker)
        self._show_indicator()

    def set_order(self, order: str) -> None:
        """Sort the list by ``order`` (one of :data:`ORDERS`) and remember it."""
        if order not in ORDERS:
            return
        self.sort_actions[order].setChecked(True)
        if order == self._panes.order:
            return
        self._panes.order = order
        self._remember("order", order)
        self._show_indicator()
        self._reshow()

    def set_unread_only(self, on: bool) -> None:
        """List only unread articles (in whatever is selected) and remember it."""
        if self.unread_only.isChecked() != on:
            self.unread_only.setChecked(on)  # comes back here through toggled
            return
        if on == self._panes.unread_only:
            return
        self._panes.unread_only = on
        self._remember("unread_only", "1" if on else "0")
        self._reshow()

    def _reshow(self) -> None:
        panes = self._panes
        panes.show_selection(panes.feed_tree.current_selection() or ALL)

    def _remember(self, key: str, value: str) -> None:
        self._writes.submit(
            self.tr("Remember the view"), lambda store: store.set_view_setting(key, value)
        )

    def _on_header_clicked(self, column: int) -> None:
        if column == DATE:
            self.set_order("oldest" if self._panes.order == "newest" else "newest")
        elif column in _COLUMN_ORDER:
            self.set_order(_COLUMN_ORDER[column])

    def _show_indicator(self) -> None:
        header = self._panes.article_list.horizontalHeader()
        order = self._panes.order
        column = {"newest": DATE, "oldest": DATE, "title": TITLE, "feed": FEED}.get(order)
        header.setSortIndicatorShown(column is not None)
        if column is not None:
            descending = order == "newest"
            header.setSortIndicator(
                column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            )

    # -- smart views ---------------------------------------------------------------------
    def reload_views(self, *, rebuild: bool = True) -> None:
        """Read the saved searches and tags again and show them in the tree."""
        try:
            searches = self.store.saved_searches()
            tags = self.store.tags()
        except Exception:
            log.exception("reading the smart views failed")
            return
        self._panes.saved_queries = {s.id: s.query for s in searches}
        views = [("search", s.id, s.name) for s in searches]
        views += [("tag", t.id, t.name) for t in tags]
        self._panes.feed_model.set_views(views)
        if rebuild and not self._panes.tree_pending:
            self._panes.reload_tree(load_list=False)
        self.reload_counts()

    def reload_counts(self) -> None:
        """Unread counts of the saved searches and tags, fresh from the store: counted in a
        thread of their own (:mod:`reader.ui.view_counter`), shown when they arrive."""
        if self._panes.closed:  # a count still due when the window closed: no store now
            return
        self.counter.request()

    def _show_counts(self, counts: ViewCounts) -> None:
        if not self._panes.closed:
            self._panes.feed_model.set_view_counts(counts)

    def stop_counting(self) -> None:
        """The window closes (or lets its database go): no more counts, none shown."""
        self._counts_timer.stop()
        self.counter.stop()

    def _on_search_changed(self, text: str) -> None:
        self.save_search_action.setEnabled(bool(text.strip()))

    def save_search(self) -> None:
        """Keep the search field's words as a smart view in the tree."""
        query = self._panes.search.text().strip()
        if not query:
            return
        name, ok = QInputDialog.getText(
            self._actions.window,
            self.tr("Save search"),
            self.tr("Name of the view:"),
            QLineEdit.EchoMode.Normal,
            query,
        )
        if not ok:
            return

        def saved() -> None:
            self._panes.search.clear()
            self.reload_views()
            self.status_message.emit(self.tr("Search saved as a view."), 4000)

        self._write(self.tr("Save search"), lambda s: s.save_search(name, query), saved)

    def tag_current(self) -> None:
        """Give the article in the list a tag (an existing one or a new one)."""
        panes = self._panes
        article_id = panes.article_model.article_id(panes.article_list.current_row())
        if article_id is None:
            return
        names = [t.name for t in self.store.tags()]
        name, ok = QInputDialog.getItem(
            self._actions.window, self.tr("Tag"), self.tr("Tag:"), names, 0, True
        )
        if not ok or not " ".join(name.split()):
            return

        def tagged() -> None:
            self.reload_views()
            self.status_message.emit(self.tr("Tagged “%1”.").replace("%1", name.strip()), 4000)

        self._write(self.tr("Tag"), lambda s: s.tag_articles([article_id], name), tagged)

    def remove_view(self, selection: Selection) -> bool:
        """Delete key / menu: forget a saved search or a tag (the articles stay)."""
        if selection.kind == "search":
            view_id = int(selection.key)
            self._write(self.tr("Remove view"), lambda s: s.remove_saved_search(view_id), None)
        elif selection.kind == "tag":
            view_id = int(selection.key)
            self._write(self.tr("Remove view"), lambda s: s.remove_tag(view_id), None)
        else:
            return False
        return True

    def _write(self, label: str, change: Change, done: Callable[[], None] | None) -> None:
        def on_done() -> None:
            (done or self.reload_views)()

        def failed(words: str) -> None:
            self.status_message.emit(f"{label}: {words}", 8000)

        self._writes.submit(label, change, on_done=on_done, on_failed=failed)

    def open_rules(self) -> None:
        """The rule editor; afterwards the tree shows tags the rules made."""
        from reader.ui.rules_dialog import RulesDialog  # only when asked: start-up time

        dialog = RulesDialog(self.store, self._writes, self._actions.window)
        dialog.exec()
        self.reload_views()
        self._panes.reload_counts()
        self._panes.reload_articles()
