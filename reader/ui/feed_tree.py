"""The subscriptions pane's model: smart views (All, Unread, Starred, Podcasts), the user's
tags and saved searches, folders and feeds with unread counts; feeds are dragged onto folders.

How each row looks and what a screen reader hears of it (feed text from strangers shown as
plain text) is in :mod:`reader.ui.feed_tree_rows`; the view is :mod:`reader.ui.feed_tree_view`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtGui
from PySide6.QtCore import (
    QByteArray,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QStandardItem

from reader.core.models import Feed, Folder
from reader.ui.feed_tree_rows import (
    ID_ROLE,
    KIND_ROLE,
    InPlaceModel,
    decorate_feed,
    feed_name,
    painted_icons,
    speak_count,
    tree_row,
    view_icon,
)
from reader.ui.lazy_qt import Qt

if TYPE_CHECKING:
    # QIcon's Python type (its enums) is made when the tree is first filled, after the first
    # frame; until then the module only names it (start-up time). QtGui.QIcon makes one.
    # The same for QMimeData, made by the first drag.
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

VIEW_KINDS = ("tag", "search")
"""Smart views the user made: tags (by rules or by hand) and saved searches; their key is an id."""


# A NamedTuple, not a frozen dataclass: this module loads before the window's first frame,
# where a dataclass costs ~5 M instructions (~1 ms) to create and a NamedTuple a tenth of that.
class Selection(NamedTuple):
    """What a tree row stands for: a smart view, a folder or a feed."""

    kind: str
    key: int | str

    @property
    def feed_id(self) -> int | None:
        """The feed's id when this is a feed."""
        return int(self.key) if self.kind == "feed" else None

    @property
    def folder_id(self) -> int | None:
        """The folder's id when this is a folder."""
        return int(self.key) if self.kind == "folder" else None


ALL = Selection("smart", "all")
UNREAD = Selection("smart", "unread")
STARRED = Selection("smart", "starred")
PODCASTS = Selection("smart", "podcasts")
"""Articles that carry an audio file."""


FEED_MIME = "application/x-broadsheet-feed-id"


class FeedTreeModel(InPlaceModel):
    """Two columns: name (with icon) and unread count. Feeds can be dragged onto a folder (or
    the empty area, for the top level): the model never moves rows itself, it reports the wish
    with ``feed_dropped`` and the window moves the feed in the store, then rebuilds.

    Counts, names and marks change in place: the items' own signals are held back and the view
    hears one ``dataChanged`` per parent spanning the rows that changed (see
    :class:`~reader.ui.feed_tree_rows.InPlaceModel`).
    Each item carries its drag and drop flags (set in :func:`tree_row`), so the view never calls
    back into Python for them."""

    feed_dropped = Signal(int, object)
    """(feed id, folder id or None for the top level)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self._feeds: dict[int, Feed] = {}
        self._folders: dict[int, Folder] = {}
        self._items: dict[tuple[str, int | str], QStandardItem] = {}
        self._counts: dict[int, int] = {}
        self._starred = 0
        self._icons: dict[int, QIcon] = {}
        self._shown: dict[tuple[str, int | str], int] = {}
        self._smart_names = {
            "all": "All articles",
            "unread": "Unread",
            "starred": "Starred",
            "podcasts": "Podcasts",
        }
        self._views: list[tuple[str, int, str]] = []
        self._view_counts: dict[tuple[str, int | str], int] = {}

    # -- building ------------------------------------------------------------------------
    def set_smart_names(self, names: dict[str, str]) -> None:
        """Translated names of the smart views (called on language change)."""
        self._smart_names.update(names)
        with self._batch():
            for key, name in names.items():
                item = self._items.get(("smart", key))
                if item is not None:
                    item.setText(name)
                    self._touch(item)
            self._shown.clear()  # the counts again, in the new language's digits
            self._update_counts()

    def refresh_icons(self) -> None:
        """Paint the smart-view and folder icons again (they follow the palette)."""
        for (kind, key), item in self._items.items():
            if kind == "smart":
                item.setIcon(painted_icons().smart_icon(str(key)))
            elif kind == "folder":
                item.setIcon(painted_icons().folder_icon())

    def set_feed_icon(self, feed_id: int, icon: QIcon) -> None:
        """Use ``icon`` for the feed (from the cache) instead of its letter tile."""
        self._icons[feed_id] = icon
        item = self._items.get(("feed", feed_id))
        feed = self._feeds.get(feed_id)
        if item is not None and feed is not None and not feed.last_error:
            with self._batch():
                item.setIcon(icon)
                self._touch(item)

    def rebuild(
        self,
        folders: Iterable[Folder],
        feeds: Iterable[Feed],
        counts: dict[int, int],
        starred: int,
    ) -> None:
        """Replace the whole tree (after a structural change: add, remove, move, import)."""
        self.clear()
        self.setColumnCount(2)
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsDropEnabled)  # the top level
        self._touched.clear()
        self._items.clear()
        self._shown.clear()
        self._folders = {f.id: f for f in folders}
        self._feeds = {f.id: f for f in feeds}
        self._counts = dict(counts)
        self._starred = starred
        root = self.invisibleRootItem()
        for key in ("all", "unread", "starred", "podcasts"):
            root.appendRow(
                self._row("smart", key, self._smart_names[key], painted_icons().smart_icon(key))
            )
        for kind, view_id, name in self._views:
            root.appendRow(self._row(kind, view_id, name, view_icon(kind)))
        folder_items: dict[int, QStandardItem] = {}
        children: dict[int | None, list[Folder]] = {}
        for folder in self._folders.values():
            parent = folder.parent_id if folder.parent_id in self._folders else None
            children.setdefault(parent, []).append(folder)
        # Iterative walk: folder trees from OPML can be deep (RELIABILITY O4).
        stack: list[tuple[QStandardItem, int | None]] = [(root, None)]
        while stack:
            parent_item, parent_id = stack.pop()
            for folder in sorted(children.get(parent_id, []), key=lambda f: f.name.casefold()):
                row = self._row("folder", folder.id, folder.name, painted_icons().folder_icon())
                parent_item.appendRow(row)
                folder_items[folder.id] = row[0]
                stack.append((row[0], folder.id))
        for feed in self._feeds.values():
            parent_item = folder_items.get(feed.folder_id, root) if feed.folder_id else root
            parent_item.appendRow(self._row("feed", feed.id, feed_name(feed), QtGui.QIcon()))
            self._decorate_feed(feed)
        self._update_counts()

    def set_views(self, views: Sequence[tuple[str, int, str]]) -> None:
        """The user's smart views, (kind, id, name), shown after the built-in ones from the
        next :meth:`rebuild` on."""
        self._views = list(views)

    def views(self) -> list[tuple[str, int, str]]:
        """The user's smart views as last set."""
        return list(self._views)

    def set_view_counts(self, counts: dict[tuple[str, int | str], int]) -> None:
        """Unread counts of the user's smart views, keyed by (kind, id)."""
        self._view_counts = dict(counts)
        with self._batch():
            for kind, view_id, _name in self._views:
                self._set_count((kind, view_id), self._view_counts.get((kind, view_id), 0))

    def _row(self, kind: str, key: int | str, text: str, icon: QIcon) -> list[QStandardItem]:
        """A new row, its name item remembered by (kind, key)."""
        row = tree_row(kind, key, text, icon)
        self._items[(kind, key)] = row[0]
        return row

    def _decorate_feed(self, feed: Feed) -> None:
        item = self._items.get(("feed", feed.id))
        if item is not None:
            count = self._shown.get(("feed", feed.id), 0)
            decorate_feed(item, feed, self._icons.get(feed.id), count)
            self._touch(item)

    # -- updates -------------------------------------------------------------------------
    def update_feed(self, feed: Feed) -> None:
        """Show a feed's new title, error mark or icon without rebuilding the tree (a row whose
        name and error are as shown is not touched: after a refresh most feeds are)."""
        old = self._feeds.get(feed.id)
        if old is None:
            return
        self._feeds[feed.id] = feed
        if (feed_name(old), old.last_error) != (feed_name(feed), feed.last_error):
            with self._batch():
                self._decorate_feed(feed)

    def update_feeds(self, feeds: Iterable[Feed]) -> None:
        """:meth:`update_feed` for each of ``feeds``, the view told once per parent."""
        with self._batch():
            for feed in feeds:
                self.update_feed(feed)

    def set_feed_error(self, feed_id: int, error: str | None) -> None:
        """Mark a feed as failed (``error`` in words) or clear the mark."""
        feed = self._feeds.get(feed_id)
        if feed is None or feed.last_error == error:
            return  # unchanged (most feeds of a refresh): the row is not drawn again
        from dataclasses import replace  # here: ~0.5 ms of the start-up otherwise

        self.update_feed(replace(feed, last_error=error))

    def set_counts(self, counts: dict[int, int], starred: int) -> None:
        """New unread counts per feed, and the number of starred articles."""
        if counts == self._counts and starred == self._starred:
            return
        self._counts = dict(counts)
        self._starred = starred
        self._update_counts()

    def adjust_count(self, feed_id: int, delta: int) -> None:
        """One feed's unread count changed by ``delta`` (the window marked something)."""
        self._counts[feed_id] = max(0, self._counts.get(feed_id, 0) + delta)
        self._update_counts()

    def adjust_starred(self, delta: int) -> None:
        """The number of starred articles changed by ``delta``."""
        self._starred = max(0, self._starred + delta)
        with self._batch():
            self._set_count(("smart", "starred"), self._starred)

    def _update_counts(self) -> None:
        with self._batch():
            self._walk_counts()

    def _walk_counts(self) -> None:
        folder_totals: dict[int, int] = {}
        total = 0
        for feed in self._feeds.values():
            count = self._counts.get(feed.id, 0)
            total += count
            self._set_count(("feed", feed.id), count)
            folder_id = feed.folder_id
            seen: set[int] = set()
            while folder_id is not None and folder_id in self._folders and folder_id not in seen:
                seen.add(folder_id)
                folder_totals[folder_id] = folder_totals.get(folder_id, 0) + count
                folder_id = self._folders[folder_id].parent_id
        for folder_id in self._folders:
            self._set_count(("folder", folder_id), folder_totals.get(folder_id, 0))
        self._set_count(("smart", "all"), total)
        self._set_count(("smart", "unread"), total)
        self._set_count(("smart", "starred"), self._starred)
        for kind, view_id, _name in self._views:
            self._set_count((kind, view_id), self._view_counts.get((kind, view_id), 0))

    def _set_count(self, key: tuple[str, int | str], count: int) -> None:
        if self._shown.get(key) == count:
            return  # unchanged: no Qt calls (a refresh of many feeds updates counts often)
        item = self._items.get(key)
        if item is None:
            return
        self._shown[key] = count
        self._touch(item)
        parent = item.parent() or self.invisibleRootItem()
        count_item = parent.child(item.row(), 1)
        text = QLocale().toString(count) if count else ""
        if count_item is not None and count_item.text() != text:
            count_item.setText(text)
        speak_count(key, item, count)
        font = item.font()
        bold = count > 0 and key[0] not in ("smart", *VIEW_KINDS)
        if font.bold() != bold:
            font.setBold(bold)
            item.setFont(font)
            if count_item is not None:
                count_item.setFont(font)

    # -- drag and drop -------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        """Only our own feed ids."""
        return [FEED_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged feed's id."""
        from PySide6.QtCore import QMimeData  # dragging comes after the first frame

        data = QMimeData()
        for index in indexes:
            if index.data(KIND_ROLE) == "feed":
                data.setData(FEED_MIME, QByteArray(str(index.data(ID_ROLE)).encode("ascii")))
                break
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        """Feeds move."""
        return Qt.DropAction.MoveAction

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Report the move; False so the view never removes rows itself."""
        if not data.hasFormat(FEED_MIME):
            return False
        text = bytes(data.data(FEED_MIME).data()).decode("ascii", "ignore")
        if not text.isdecimal():
            return False
        kind = parent.data(KIND_ROLE) if parent.isValid() else None
        if kind not in (None, "folder"):
            return False
        folder_id = int(parent.data(ID_ROLE)) if kind == "folder" else None
        feed = self._feeds.get(int(text))
        if feed is not None and feed.folder_id != folder_id:
            self.feed_dropped.emit(feed.id, folder_id)
        return False

    # -- queries -------------------------------------------------------------------------
    def selection_at(self, index: QModelIndex | QPersistentModelIndex) -> Selection | None:
        """What the row at ``index`` stands for."""
        if not index.isValid():
            return None
        kind = index.data(KIND_ROLE)
        key = index.data(ID_ROLE)
        if kind is None or key is None:
            return None
        return Selection(str(kind), key if kind == "smart" else int(key))

    def index_of(self, selection: Selection) -> QModelIndex:
        """The index of a smart view, folder or feed (invalid when gone)."""
        item = self._items.get((selection.kind, selection.key))
        return item.index() if item is not None else QModelIndex()

    def counts(self) -> dict[int, int]:
        """Unread articles per feed, as shown."""
        return dict(self._counts)

    def starred_count(self) -> int:
        """Starred articles, as shown."""
        return self._starred

    def largest_count(self) -> int:
        """The largest count shown: All articles' (every feed and folder counts part of it),
        Starred's or a view's."""
        return max(self._shown.get(("smart", "all"), 0), self._starred, *self._view_counts.values())

    def feed(self, feed_id: int) -> Feed | None:
        """The feed as last loaded."""
        return self._feeds.get(feed_id)

    def feeds(self) -> list[Feed]:
        """All feeds as last loaded."""
        return list(self._feeds.values())

    def folders(self) -> list[Folder]:
        """All folders as last loaded."""
        return list(self._folders.values())

    def folder(self, folder_id: int) -> Folder | None:
        """A folder as last loaded."""
        return self._folders.get(folder_id)
