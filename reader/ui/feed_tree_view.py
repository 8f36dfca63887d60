"""The subscriptions pane's view: selection by what a row stands for, open folders, and column
widths that do not measure every row (see :class:`~reader.ui.feed_tree.FeedTreeModel`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from reader.ui.feed_tree import FeedTreeModel, Selection
from reader.ui.lazy_qt import Qt

log = logging.getLogger(__name__)


class FeedTreeView(QTreeView):
    """The tree of subscriptions; emits what the user selected."""

    selection_changed = Signal(object)
    """A :class:`Selection` (or None)."""

    def __init__(self, model: FeedTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedTree")
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIndentation(14)
        self.setIconSize(QSize(18, 18))
        self.setAllColumnsShowFocus(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self._model = model
        self._count_digits = 0
        """The digits of the largest count the count column was sized for."""
        self.fit_columns()
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)
        model.modelReset.connect(self._reconnect)
        model.dataChanged.connect(self._fit_larger_counts)

    def enable_menus(self) -> None:
        """The tree's context menu (``customContextMenuRequested``) and a drag that moves a feed
        rather than copying it, set up after the first frame: both are Qt enums."""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def _reconnect(self) -> None:
        self.fit_columns()

    def fit_columns(self) -> None:
        """Names take the width, counts only what they need (again after every rebuild)."""
        header = self.header()
        if header.count() < 2:
            return
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed count column: ResizeToContents would measure every row again on each count
        # change, which made a refresh of 200 feeds hold the GUI thread for half a second.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        if not self._model.rowCount():  # no count to show yet: QFont's type (7 M) can wait
            header.resizeSection(1, self.fontMetrics().horizontalAdvance("00000") + 10)
            return
        # Wide enough for the largest count, in the language's digits and grouping ("100,000"),
        # and for at least five digits.
        self._count_digits = len(str(self._model.largest_count()))
        widest = QLocale().toString(int("9" * max(5, self._count_digits)))
        bold = QtGui.QFont(self.font())
        bold.setBold(True)
        header.resizeSection(1, QtGui.QFontMetrics(bold).horizontalAdvance(widest) + 10)

    def _fit_larger_counts(self) -> None:
        """Size the count column again when the largest count gained or lost a digit."""
        if len(str(self._model.largest_count())) != self._count_digits:
            self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        """Repaint the drawn icons in the new palette (light/dark switch)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._model.refresh_icons()
        elif event.type() == QEvent.Type.FontChange:
            self.fit_columns()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selection_changed.emit(self._model.selection_at(current))

    def current_selection(self) -> Selection | None:
        """The selected smart view, folder or feed."""
        return self._model.selection_at(self.currentIndex())

    def select(self, selection: Selection) -> bool:
        """Select a row by what it stands for; False when it is gone."""
        index = self._model.index_of(selection)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def expanded_folders(self) -> list[int]:
        """Ids of the folders that are open."""
        return [
            f.id
            for f in self._model.folders()
            if self.isExpanded(self._model.index_of(Selection("folder", f.id)))
        ]

    def expand_folders(self, folder_ids: Iterable[int] | None = None) -> None:
        """Open these folders (all when None)."""
        wanted = None if folder_ids is None else set(folder_ids)
        for folder in self._model.folders():
            if wanted is None or folder.id in wanted:
                self.setExpanded(self._model.index_of(Selection("folder", folder.id)), True)
