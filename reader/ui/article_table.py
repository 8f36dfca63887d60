"""The article list's view: two-line rows (title, then the summary's first words), an unread dot,
a star for starred articles, the feed and a relative date in their own columns.

Everything painted here is plain text drawn with QPainter: feed text is never interpreted.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from reader.ui.article_list import (
    DATE,
    FEED,
    FEED_ROLE,
    READ_ROLE,
    SNIPPET_ROLE,
    STARRED_ROLE,
    TITLE,
    ArticleListModel,
)
from reader.ui.lazy_qt import ALIGN_HCENTER, ALIGN_TOP, TEXT_WORD_WRAP, Qt

if TYPE_CHECKING:
    # QPainter is made through QtGui: PySide6 builds its Python type (~5 M instructions)
    # on first use, and the first frame paints no row. QFont likewise (~7 M).
    from PySide6.QtGui import QFont, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

log = logging.getLogger(__name__)

UNREAD_DOT = QColor("#1e88e5")
STAR = QColor("#f2a900")
PAD = 7
GUTTER = 18


def _muted(palette: QPalette, selected: bool) -> QColor:
    if selected:
        colour = palette.color(QPalette.ColorRole.HighlightedText)
        colour.setAlphaF(0.8)
        return colour
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    # Halfway between text and background keeps >= 4.5:1 on both light and dark palettes.
    return QColor(
        (text.red() * 2 + base.red()) // 3,
        (text.green() * 2 + base.green()) // 3,
        (text.blue() * 2 + base.blue()) // 3,
    )


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of the first strong character of ``text`` (left to right when none)."""
    for ch in text[:200]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def draw_line(
    painter: QPainter, rect: QRect, text: str, font: QFont, *, ui_rtl: bool, right: bool = False
) -> None:
    """Draw ``text`` on one line, elided at its own end, aligned to the UI's leading edge
    (or to the trailing edge when ``right``), laid out in the text's own direction."""
    metrics = QtGui.QFontMetrics(font)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width()))
    to_right = ui_rtl != right
    align = (Qt.AlignmentFlag.AlignRight if to_right else Qt.AlignmentFlag.AlignLeft) | (
        Qt.AlignmentFlag.AlignVCenter
    )
    painter.setFont(font)
    painter.setLayoutDirection(text_direction(elided))
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignAbsolute), elided)


class ArticleDelegate(QStyledItemDelegate):
    """Paints the title column on two lines; the other columns on one, vertically centred."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text plus padding."""
        metrics = QtGui.QFontMetrics(option.font)
        base = super().sizeHint(option, index)
        return QSize(base.width(), metrics.height() * 2 + PAD * 2 + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background and selection from the style; text, dot and star drawn here."""
        # Imported at the first paint: creating QStyle's Python type (its ~30 enums) costs
        # ~5 ms, which the window's first frame (an empty list) does not need.
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        # Not initStyleOption: it asks the model (Python) for ten roles per cell, and the
        # style only draws the row's background and selection here (bench/gui_stalls.py: list
        # repaints were the GUI thread's longest turns during a refresh and mark all read).
        opt = QStyleOptionViewItem(option)
        opt.index = index.sibling(index.row(), index.column())  # a QModelIndex
        widget = opt.widget
        style = widget.style() if widget is not None else None
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        fg = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        unread = index.data(READ_ROLE) is False
        ui_rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        font = QtGui.QFont(opt.font)
        font.setBold(False)
        painter.save()
        try:
            if index.column() == TITLE:
                self._paint_title(painter, rect, index, text, font, fg, palette, selected, unread)
            else:
                painter.setPen(
                    fg if index.column() == DATE and unread else _muted(palette, selected)
                )
                inner = rect.adjusted(PAD, 0, -PAD, 0)
                draw_line(painter, inner, text, font, ui_rtl=ui_rtl, right=index.column() == DATE)
        finally:
            painter.restore()

    def _paint_title(
        self,
        painter: QPainter,
        rect: QRect,
        index: QModelIndex | QPersistentModelIndex,
        text: str,
        font: QFont,
        fg: QColor,
        palette: QPalette,
        selected: bool,
        unread: bool,
    ) -> None:
        metrics = QtGui.QFontMetrics(font)
        line = metrics.height()
        top = rect.top() + PAD
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if unread:
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fg if selected else UNREAD_DOT)
            cx = rect.right() - GUTTER // 2 - 2 if rtl else rect.left() + GUTTER // 2 + 2
            painter.drawEllipse(cx - 4, top + line // 2 - 4, 8, 8)
        left = rect.left() + (PAD if rtl else GUTTER + 2)
        right = rect.right() - (GUTTER + 2 if rtl else PAD)
        starred = bool(index.data(STARRED_ROLE))
        star_size = max(12, line - 4)
        title_right = right - (star_size + 6 if starred and not rtl else 0)
        title_left = left + (star_size + 6 if starred and rtl else 0)
        bold = QtGui.QFont(font)
        bold.setBold(unread)
        painter.setPen(fg)
        width = max(10, title_right - title_left)
        draw_line(painter, QRect(title_left, top, width, line), text, bold, ui_rtl=rtl)
        if starred:
            x = title_left - star_size - 6 if rtl else title_right + 6
            from reader.ui import icons

            painter.drawPixmap(x, top + 2, icons.star_pixmap(star_size, STAR))
        second = " · ".join(
            part
            for part in (str(index.data(FEED_ROLE) or ""), str(index.data(SNIPPET_ROLE) or ""))
            if part
        )
        if second:
            painter.setPen(_muted(palette, selected))
            swidth = max(10, right - left)
            draw_line(painter, QRect(left, top + line + 2, swidth, line), second, font, ui_rtl=rtl)


class ArticleListView(QTableView):
    """The article table; emits the id of the article the user moved to."""

    article_selected = Signal(object)
    """The current article id (or None when the list is empty)."""
    open_requested = Signal()
    """Return or Enter on the list: open the article in the browser."""

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Our own viewport: the first plain QWidget Qt made and handed to Python (its default
        # viewport, asked for when the empty list paints its hint) builds every QtWidgets type
        # (~70 M instructions) before the first frame.
        self._viewport = QWidget()
        self._viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self._viewport.setAutoFillBackground(True)
        self.setViewport(self._viewport)
        self.setObjectName("articleList")
        self.setModel(model)
        self._model = model
        # The header reads its titles from a model Qt made: ours has no ``headerData``, as
        # Qt's calls to it hand Python a ``Qt.Orientation``, which builds all of Qt's enums
        # (~119 M instructions, ~20 ms) before the first frame. Same columns as ``model``.
        self._titles = QStandardItemModel(0, model.columnCount(), self)
        self._titles.setHorizontalHeaderLabels(model.column_titles)
        self.horizontalHeader().setModel(self._titles)
        self.setItemDelegate(ArticleDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FEED, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FEED, 130)
        header.resizeSection(DATE, 70)
        header.setMinimumSectionSize(40)
        # The feed's name is on each row's second line; its own column is there on request.
        self.setColumnHidden(FEED, True)
        self.empty_text = ""
        """Shown in the empty list (set by the window, translated)."""
        self.update_row_height()
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def enable_menus(self) -> None:
        """The list's and its header's context menus (the list's: ``customContextMenuRequested``),
        set up after the first frame: their policy is one of Qt's enums."""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

    def set_column_titles(self, titles: Sequence[str]) -> None:
        """Translated column titles, in the header and the model."""
        self._model.set_headers(titles)
        self._titles.setHorizontalHeaderLabels(list(titles))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return/Enter opens the article in the browser (not a window-wide shortcut, so the
        search field keeps its Return)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_header_menu(self, pos: QPoint) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for column in (FEED, DATE):
            title = self._model.column_titles[column]
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def paintEvent(self, event: QPaintEvent) -> None:
        """An empty list says why, instead of showing nothing."""
        super().paintEvent(event)
        if self._model.rowCount() or not self.empty_text:
            return
        painter = QtGui.QPainter(self._viewport)
        colour = self.palette().color(QPalette.ColorRole.Text)
        colour.setAlphaF(0.6)
        painter.setPen(colour)
        area = self._viewport.rect().adjusted(24, 24, -24, -24)
        painter.drawText(area, ALIGN_HCENTER | ALIGN_TOP | TEXT_WORD_WRAP, self.empty_text)
        painter.end()

    def update_row_height(self) -> None:
        """Two lines of the current font plus padding (after a font change)."""
        metrics = self.fontMetrics()  # self.font() would build QFont's type
        self.verticalHeader().setDefaultSectionSize(metrics.height() * 2 + PAD * 2 + 2)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.article_selected.emit(
            self._model.article_id(current.row()) if current.isValid() else None
        )

    def current_row(self) -> int:
        """The current row, or -1."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Make ``row`` current and visible."""
        index = self._model.index(row, TITLE)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
