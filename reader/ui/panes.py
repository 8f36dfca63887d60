"""The window's two left panes and their data: the subscriptions tree, the article list with its
search field, their models, unread counts and feed icons, kept in step with the store.

:class:`Panes` stands on its own: it takes the GUI's store, a way to reach the cache and the
article shown in the reading pane, and reports the unread total and reloaded lists by signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from reader.core.models import Feed, Folder
from reader.ui import widgets
from reader.ui.article_list import ArticleFilter, ArticleListModel
from reader.ui.article_table import ArticleListView
from reader.ui.feed_tree import ALL, FeedTreeModel, Selection
from reader.ui.feed_tree_view import FeedTreeView
from reader.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from reader.store.cache import ArticleCache
    from reader.store.db import Store

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
"""The list follows the search field this long after the last key."""


class Panes(QObject):
    """The subscriptions tree and the article list (with search), and what they show."""

    unread_changed = Signal(int)
    """The total of unread articles changed (the window shows it in its title)."""
    list_reloaded = Signal(object)
    """The list was read again; the article id (or None) that should stay selected."""
    list_replaced = Signal()
    """Another list is shown (another feed, view or search)."""

    def __init__(
        self,
        store: Callable[[], Store],
        cache: Callable[[], ArticleCache],
        current_article: Callable[[], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._cache = cache
        self._current_article = current_article
        self.closed = False
        """Set when the window closes: the store is no longer read for a new selection."""
        self.tree_pending = False
        """The tree is not filled yet (it is filled after the window's first frame)."""
        self.unread_total = 0
        self.counts_reads = 0
        self.order = "newest"
        """The list's sort order (one of ``Store``'s orders; see smart_views.Views)."""
        self.unread_only = False
        """List only unread articles, in any feed, folder or view."""
        self.saved_queries: dict[int, str] = {}
        """Saved search id -> its words (the tree shows saved searches as smart views)."""
        """How many times the counts were read from the store (see Navigation._write_state)."""
        self._icons_shown: dict[int, str] = {}
        """Feed id -> the icon address whose picture the tree shows."""
        self.feed_model = FeedTreeModel(self)
        self.feed_tree = FeedTreeView(self.feed_model)
        self.article_model = ArticleListModel(None, self, store_of=store)
        self.article_list = ArticleListView(self.article_model)
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.middle = self._make_middle()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.feed_tree.selection_changed.connect(self._on_tree_selection_changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self._search_timer.timeout.connect(self._apply_search)

    @property
    def store(self) -> Store:
        """The GUI thread's store (the window makes it when it is first needed)."""
        return self._store()

    def _make_middle(self) -> QWidget:
        """The search field above the article list, in one widget (the splitter's middle)."""
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
        return middle

    def retranslate(self) -> None:
        """The panes' words in the current language (the window's translation context)."""
        self.search.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Search titles and text (Ctrl+F)")
        )
        self.feed_model.set_smart_names(
            {
                "all": QCoreApplication.translate("MainWindow", "All articles"),
                "unread": QCoreApplication.translate("MainWindow", "Unread"),
                "starred": QCoreApplication.translate("MainWindow", "Starred"),
                "podcasts": QCoreApplication.translate("MainWindow", "Podcasts"),
            }
        )
        self.article_list.set_column_titles(
            [
                QCoreApplication.translate("MainWindow", "Title"),
                QCoreApplication.translate("MainWindow", "Feed"),
                QCoreApplication.translate("MainWindow", "Date"),
            ]
        )
        self.update_empty_text()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def has_subscriptions(self) -> bool:
        """Whether there is any feed (the tree may not be filled yet, see fill_pending_tree)."""
        return self.tree_pending or bool(self.feed_model.feeds())

    # -- the tree --------------------------------------------------------------------------------
    def reload_tree(
        self, *, load_list: bool = True, prefer: Selection | None = None, counts: bool = True
    ) -> None:
        """Rebuild the subscriptions tree, keeping the selection and open folders
        (``counts=False``: unread counts come later, see :meth:`reload_counts`)."""
        unread = self.store.unread_counts() if counts else {}
        starred = len(self.store.starred_ids()) if counts else 0
        selected = self._rebuild(
            self.store.folders(), self.store.feeds(), unread, starred, prefer=prefer
        )
        if counts:
            self.set_unread_total(sum(unread.values()))
        if load_list:
            self.show_selection(selected)

    def show_tree(self, folders: list[Folder], feeds: list[Feed]) -> None:
        """Show the tree with these folders and feeds (before the store has them)."""
        counts = self.feed_model.counts()
        selected = self._rebuild(folders, feeds, counts, self.feed_model.starred_count())
        self.show_selection(selected)

    def _rebuild(
        self,
        folders: list[Folder],
        feeds: list[Feed],
        unread: dict[int, int],
        starred: int,
        *,
        prefer: Selection | None = None,
    ) -> Selection:
        """Rebuild the tree and select again what was selected (or ``prefer``, or All) without
        telling the list; returns the selection."""
        selected = self.feed_tree.current_selection() or prefer
        expanded = self.feed_tree.expanded_folders()
        first = self.feed_model.rowCount() == 0
        selection_model = self.feed_tree.selectionModel()
        blocker = selection_model.blockSignals(True)
        try:
            self.feed_model.rebuild(folders, feeds, unread, starred)
            self.feed_tree.expand_folders(None if first else expanded)
            self.feed_tree.fit_columns()
            if selected is None or not self.feed_tree.select(selected):
                selected = ALL
                self.feed_tree.select(ALL)
        finally:
            selection_model.blockSignals(blocker)
        return selected

    def fill_pending_tree(self, prefer: Selection | None) -> None:
        """Fill the tree (selecting ``prefer``) and its icons, once, when it is pending."""
        if self.tree_pending:
            self.tree_pending = False
            self.reload_tree(load_list=False, prefer=prefer, counts=False)
            self.load_feed_icons(self.feed_model.feeds())
            self.update_empty_text()

    def update_feeds(self) -> None:
        """Show the feeds' new titles, error marks and icons (after a refresh)."""
        try:
            feeds = self.store.feeds()
        except Exception:
            log.exception("reading the feeds failed")
            return
        known = {f.id for f in self.feed_model.feeds()}
        if {f.id for f in feeds} != known:
            self.reload_tree()
            return
        self.feed_model.update_feeds(feeds)
        self.load_feed_icons(feeds)
        self.reload_counts()

    def load_feed_icons(self, feeds: list[Feed]) -> None:
        """Feed icons the worker cached, decoded off the GUI thread (a letter tile stays for
        the others, and for any icon that is not a picture we show). An icon already shown
        for the same address is not decoded and set again (after every refresh, each one was)."""
        from reader.ui.icons import request_feed_icons  # start-up time: icons load after it

        wanted = [
            (feed.id, feed.icon_url)
            for feed in feeds
            if feed.icon_url and self._icons_shown.get(feed.id) != feed.icon_url
        ]
        urls = dict(wanted)

        def deliver(feed_id: int, icon: QIcon) -> None:
            self._icons_shown[feed_id] = urls[feed_id]
            self.feed_model.set_feed_icon(feed_id, icon)

        if wanted:
            request_feed_icons(self._cache(), wanted, deliver)

    # -- counts ------------------------------------------------------------------------------------
    def reload_counts(self) -> None:
        """Fresh unread and starred counts in the tree (and the window title)."""
        self.counts_reads += 1
        counts = self.store.unread_counts()
        self.feed_model.set_counts(counts, len(self.store.starred_ids()))
        self.set_unread_total(sum(counts.values()))

    def set_unread_total(self, unread: int) -> None:
        """The total of unread articles is ``unread`` (emits :attr:`unread_changed`)."""
        self.unread_total = unread
        self.unread_changed.emit(unread)

    def adjust_unread(self, feed_id: int, delta: int) -> None:
        """One feed has ``delta`` more unread articles (shown before the store has it)."""
        self.feed_model.adjust_count(feed_id, delta)
        self.set_unread_total(max(0, self.unread_total + delta))

    # -- the list ----------------------------------------------------------------------------------
    def show_selection(self, selection: Selection) -> None:
        """List the articles of a smart view, folder or feed (keeping the open article when
        the list is the same one)."""
        if self.closed:
            return
        wanted = self.filter_of(selection, self.search.text().strip() or None)
        if wanted == self.article_model.filter and self.article_model.rowCount():
            self.reload_articles()
        else:
            self.article_model.load(wanted)
            self.list_replaced.emit()
        self.update_empty_text()

    def reload_articles(self) -> None:
        """Read the list again (new articles), keeping the current article and the scroll."""
        current = self._current_article()
        bar = self.article_list.verticalScrollBar()
        value = bar.value()
        self.article_model.reload()
        self.list_reloaded.emit(current)
        bar.setValue(value)

    def current_filter(self) -> ArticleFilter:
        """The article list's filter for the tree selection and the search text."""
        selection = self.feed_tree.current_selection() or ALL
        query = self.search.text().strip() or None
        return self.filter_of(selection, query)

    def filter_of(self, selection: Selection, query: str | None) -> ArticleFilter:
        """:func:`filter_for`, in the chosen order, unread only when that is on."""
        wanted = filter_for(selection, query, self.saved_queries)
        return wanted._replace(order=self.order, unread=wanted.unread or self.unread_only)

    def _on_tree_selection_changed(self, selection: Selection | None) -> None:
        self.show_selection(selection or ALL)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        if self.closed:  # a search typed (or cleared) just before the window closed
            return
        wanted = self.current_filter()
        if wanted != self.article_model.filter:
            self.article_model.load(wanted)
            self.update_empty_text()

    def update_empty_text(self) -> None:
        """What the empty list says: the selected feed's error, or how to get articles."""
        selection = self.feed_tree.current_selection()
        feed = self.feed_model.feed(selection.feed_id) if selection and selection.feed_id else None
        if feed is not None and feed.last_error:
            text = QCoreApplication.translate(
                "MainWindow", "This feed could not be read: %1"
            ).replace("%1", widgets.one_line(feed.last_error, 300))
        elif self.tree_pending:  # a first frame with feeds: its list is filled right after it
            text = ""
        elif not self.feed_model.feeds():
            text = QCoreApplication.translate(
                "WindowActions", "Subscribe to a feed or a site (Ctrl+N)"
            )
        elif self.search.text().strip():
            text = QCoreApplication.translate("MainWindow", "No articles match the search.")
        else:
            text = QCoreApplication.translate(
                "MainWindow", "No articles here yet. Refresh (F5) to fetch the latest ones."
            )
        self.article_list.empty_text = text
        if self.article_list.isVisible():  # (before the first frame: painted anyway)
            self.article_list.viewport().update()


def filter_for(
    selection: Selection, query: str | None, saved_queries: dict[int, str] | None = None
) -> ArticleFilter:
    """The article list's filter for a tree selection and a search text (a saved search's
    words, from ``saved_queries``, and the search field's both apply)."""
    if selection.kind == "tag":
        return ArticleFilter(tag_id=int(selection.key), query=query)
    if selection.kind == "search":
        saved = (saved_queries or {}).get(int(selection.key), "")
        return ArticleFilter(query=" ".join(w for w in (saved, query) if w) or None)
    if selection.kind == "smart":
        return ArticleFilter(
            unread=selection.key == "unread",
            starred=selection.key == "starred",
            audio=selection.key == "podcasts",
            query=query,
        )
    if selection.kind == "folder":
        return ArticleFilter(folder_id=selection.folder_id, query=query)
    return ArticleFilter(feed_id=selection.feed_id, query=query)
