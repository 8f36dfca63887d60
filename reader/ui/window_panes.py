"""The panes' data: rebuilding the subscriptions tree, the article list for the tree's
selection and the search text, unread counts and feed icons. A mixin of :class:`MainWindow`,
so the rest of the window (and its helpers) call ``window.reload_tree()`` and the like.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from reader.core.models import Feed, Folder
from reader.ui import i18n, widgets
from reader.ui.article_list import ArticleFilter, ArticleListModel
from reader.ui.article_table import ArticleListView
from reader.ui.feed_tree import ALL, FeedTreeModel, FeedTreeView, Selection

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit, QWidget

    from reader.store.cache import ArticleCache
    from reader.store.db import Store
    from reader.ui.article_view import ArticleView
    from reader.ui.navigation import Navigation
    from reader.ui.user_writes import Change, UserWrites
    from reader.ui.window_actions import WindowActions

log = logging.getLogger(__name__)


class PanesMixin:
    """Keeps the tree, the list and their counts in step with the store."""

    store: Store
    cache: ArticleCache
    closed: bool
    feed_model: FeedTreeModel
    feed_tree: FeedTreeView
    article_model: ArticleListModel
    article_list: ArticleListView
    article_view: ArticleView
    search: QLineEdit
    navigation: Navigation
    writes: UserWrites
    actions_: WindowActions
    _search_timer: QTimer
    unread_total: int = 0
    counts_reads: int = 0
    """How many times the counts were read from the store (see Navigation._write_state)."""

    if TYPE_CHECKING:  # QWidget's, at run time

        def setWindowTitle(self, title: str) -> None: ...

    def reload_tree(
        self, *, load_list: bool = True, prefer: Selection | None = None, counts: bool = True
    ) -> None:
        """Rebuild the subscriptions tree, keeping the selection and open folders
        (``counts=False``: unread counts come later, see :meth:`reload_counts`)."""
        selected = self.feed_tree.current_selection() or prefer
        expanded = self.feed_tree.expanded_folders()
        first = self.feed_model.rowCount() == 0
        selection_model = self.feed_tree.selectionModel()
        blocker = selection_model.blockSignals(True)
        unread = self.store.unread_counts() if counts else {}
        try:
            self.feed_model.rebuild(
                self.store.folders(),
                self.store.feeds(),
                unread,
                len(self.store.starred_ids()) if counts else 0,
            )
            self.feed_tree.expand_folders(None if first else expanded)
            self.feed_tree.fit_columns()
            if selected is None or not self.feed_tree.select(selected):
                selected = ALL
                self.feed_tree.select(ALL)
        finally:
            selection_model.blockSignals(blocker)
        if counts:
            self.show_unread_in_title(sum(unread.values()))
        if load_list:
            self._show_selection(selected)

    def _show_selection(self, selection: Selection) -> None:
        """List the articles of a smart view, folder or feed (keeping the open article when
        the list is the same one)."""
        if self.closed:
            return
        wanted = filter_for(selection, self.search.text().strip() or None)
        if wanted == self.article_model.filter and self.article_model.rowCount():
            self.reload_articles()
        else:
            self.article_model.load(wanted)
            self.navigation.list_reloaded(keep=None)
        self._update_empty_text()

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
        for feed in feeds:
            self.feed_model.update_feed(feed)
        self.load_feed_icons(feeds)
        self.reload_counts()

    def load_feed_icons(self, feeds: list[Feed]) -> None:
        """Feed icons the worker cached (a letter tile stays for the others)."""
        from reader.store.cache import image_key
        from reader.ui.icons import image_icon

        for feed in feeds:
            if not feed.icon_url:
                continue
            try:
                data = self.cache.image(image_key(feed.icon_url))
            except Exception:
                data = None
            icon = image_icon(data) if data else None
            if icon is not None:
                self.feed_model.set_feed_icon(feed.id, icon)

    def reload_articles(self) -> None:
        """Read the list again (new articles), keeping the current article and the scroll."""
        current = self.article_view.current_article_id()
        bar = self.article_list.verticalScrollBar()
        value = bar.value()
        self.article_model.reload()
        self.navigation.list_reloaded(keep=current)
        bar.setValue(value)

    def reload_counts(self) -> None:
        """Fresh unread and starred counts in the tree (and the window title)."""
        self.counts_reads += 1
        counts = self.store.unread_counts()
        self.feed_model.set_counts(counts, len(self.store.starred_ids()))
        self.show_unread_in_title(sum(counts.values()))

    def show_unread_in_title(self, unread: int) -> None:
        """ "Broadsheet (12)": the unread count where the task switcher shows it."""
        self.unread_total = unread
        title = QCoreApplication.translate("MainWindow", "Broadsheet")
        self.setWindowTitle(f"{title} ({i18n.number(unread)})" if unread else title)

    def action_label(self, name: str) -> str:
        """The words of a menu action, without its "&" and "…" (names a change that failed)."""
        return self.actions_[name].text().replace("&", "").rstrip("…").strip()

    def move_feed(self, feed_id: int, folder_id: int | None) -> None:
        """A feed dropped on a folder (or the top level): show it there, write it later."""
        feeds = [
            replace(f, folder_id=folder_id) if f.id == feed_id else f
            for f in self.feed_model.feeds()
        ]
        self.edit_subscriptions(
            self.action_label("move"),
            lambda store: store.move_feed(feed_id, folder_id),
            folders=self.feed_model.folders(),
            feeds=feeds,
        )

    def edit_subscriptions(
        self,
        label: str,
        change: Change,
        *,
        folders: list[Folder] | None = None,
        feeds: list[Feed] | None = None,
    ) -> None:
        """Queue a change of the subscriptions; show ``folders``/``feeds`` (what the tree looks
        like after it) at once when given. When written the tree is read again from the store;
        when it fails, too, and the reason is shown in words."""
        if folders is not None and feeds is not None:
            self.show_tree(folders, feeds)

        def failed(words: str) -> None:
            self.reload_tree()
            widgets.warning(
                cast("QWidget", self),
                QCoreApplication.translate("Subscriptions", "Broadsheet"),
                QCoreApplication.translate("Subscriptions", "That did not work."),
                words,
            )

        self.writes.submit(label, change, on_done=self.reload_tree, on_failed=failed)

    def show_tree(self, folders: list[Folder], feeds: list[Feed]) -> None:
        """Show the tree with these folders and feeds (before the store has them)."""
        selected = self.feed_tree.current_selection()
        expanded = self.feed_tree.expanded_folders()
        selection_model = self.feed_tree.selectionModel()
        blocker = selection_model.blockSignals(True)
        try:
            counts = self.feed_model.counts()
            self.feed_model.rebuild(folders, feeds, counts, self.feed_model.starred_count())
            self.feed_tree.expand_folders(expanded)
            self.feed_tree.fit_columns()
            if selected is None or not self.feed_tree.select(selected):
                selected = ALL
                self.feed_tree.select(ALL)
        finally:
            selection_model.blockSignals(blocker)
        self._show_selection(selected)

    def current_filter(self) -> ArticleFilter:
        """The article list's filter for the tree selection and the search text."""
        selection = self.feed_tree.current_selection() or ALL
        query = self.search.text().strip() or None
        return filter_for(selection, query)

    def _on_tree_selection_changed(self, selection: Selection | None) -> None:
        self._show_selection(selection or ALL)

    def _update_empty_text(self) -> None:
        """What the empty list says: the selected feed's error, or how to get articles."""
        selection = self.feed_tree.current_selection()
        feed = self.feed_model.feed(selection.feed_id) if selection and selection.feed_id else None
        if feed is not None and feed.last_error:
            text = QCoreApplication.translate(
                "MainWindow", "This feed could not be read: %1"
            ).replace("%1", widgets.one_line(feed.last_error, 300))
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

    def _apply_search(self) -> None:
        self._search_timer.stop()
        wanted = self.current_filter()
        if wanted != self.article_model.filter:
            self.article_model.load(wanted)
            self._update_empty_text()
            self.navigation.list_reloaded(keep=None)


def filter_for(selection: Selection, query: str | None) -> ArticleFilter:
    """The article list's filter for a tree selection and a search text."""
    if selection.kind == "smart":
        return ArticleFilter(
            unread=selection.key == "unread", starred=selection.key == "starred", query=query
        )
    if selection.kind == "folder":
        return ArticleFilter(folder_id=selection.folder_id, query=query)
    return ArticleFilter(feed_id=selection.feed_id, query=query)
