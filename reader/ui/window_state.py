"""The window's UI state (geometry, splitter sizes, column widths, visible panes, selection, the
article open and its list position) as strings in ``Settings.window``, so it survives a restart;
and, on a first start, a window and pane split made for the screen it opens on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from reader.settings import Settings
from reader.ui.article_list import ArticleListModel
from reader.ui.article_table import ArticleListView
from reader.ui.feed_tree import Selection
from reader.ui.feed_tree_view import FeedTreeView

log = logging.getLogger(__name__)

TREE_SHARE, TREE_MIN, TREE_MAX = 0.16, 180, 280
"""The subscriptions pane: this share of the window, within these bounds (px)."""
LIST_MIN = 420
"""The article list is never narrower than this on a first start (titles stay readable)."""
ARTICLE_MIN = 360
"""On a screen too small for whole lines, the article pane keeps at least this much."""
ARTICLE_SHARE = 0.45
"""The article pane takes this share of a wide window (at least its text column)."""
SMALL_SCREEN = 1600
"""Below this available width the first window fills the screen; above, it takes a share."""
WINDOW_SHARE = 0.86
FRAME_PX = 40
"""Room left for the window's title bar and frame (the geometry set is the inside)."""
HANDLE_PX = 6
"""The splitter's two handles, together."""


def first_layout(available: QRect, article_px: int) -> tuple[QRect, list[int]]:
    """The first window on a screen whose free area is ``available``: its geometry and the
    splitter's sizes (subscriptions, list, article), so that the article pane (which needs
    ``article_px`` for its text column at the chosen line width) shows whole lines of that
    width and the list keeps room for its titles."""
    small = available.width() < SMALL_SCREEN
    share = 1.0 if small else WINDOW_SHARE
    width = min(available.width(), max(round(available.width() * share), article_px + 700))
    height = round((available.height() - FRAME_PX) * (1.0 if small else WINDOW_SHARE))
    inner = width - HANDLE_PX
    tree = max(TREE_MIN, min(TREE_MAX, round(inner * TREE_SHARE)))
    article = max(article_px, round(inner * ARTICLE_SHARE))
    listed = inner - tree - article
    if listed < LIST_MIN:  # give the list back what the article pane has beyond its need
        article = max(article_px, article - (LIST_MIN - listed))
        listed = inner - tree - article
    if listed < LIST_MIN:  # then what the subscriptions can spare
        tree = max(TREE_MIN, tree - (LIST_MIN - listed))
        listed = inner - tree - article
    if listed < LIST_MIN:  # a small screen: shorter lines rather than no list
        article = max(ARTICLE_MIN, inner - tree - LIST_MIN)
        listed = inner - tree - article
    left = available.x() + (available.width() - width) // 2
    top = available.y() + FRAME_PX // 2 + (available.height() - FRAME_PX - height) // 2
    return QRect(left, top, width, height), [tree, max(listed, 1), article]


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


# A saved window smaller than this either way is damaged state, not a size anyone chose.
_SMALLEST_RESTORED = 120


def _bytes(text: str) -> QByteArray:
    return QByteArray.fromBase64(QByteArray(text.encode("ascii", "ignore")))


class WindowState:
    """Saves and restores the geometry of a top-level widget, a splitter, the article list's
    columns, whether the subscriptions are shown, and the tree's selection."""

    def __init__(
        self,
        top: QWidget,
        splitter: QSplitter,
        header: QHeaderView,
        show_feeds: QAction,
        tree: FeedTreeView,
        article_list: ArticleListView | None = None,
        current_article: Callable[[], int | None] | None = None,
    ) -> None:
        self._top = top
        self._splitter = splitter
        self._header = header
        self._show_feeds = show_feeds
        self._tree = tree
        self._list = article_list
        self._current_article = current_article

    def save(self) -> dict[str, str]:
        """The state, ready for ``Settings.window``."""
        state = {
            "geometry": _b64(self._top.saveGeometry()),
            "splitter": _b64(self._splitter.saveState()),
            "list_header": _b64(self._header.saveState()),
            "show_feeds": "1" if self._show_feeds.isChecked() else "0",
        }
        selection = self._tree.current_selection()
        if selection is not None:
            state["selection"] = f"{selection.kind}:{selection.key}"
        article_id = self._current_article() if self._current_article is not None else None
        if article_id is not None and self._list is not None:
            state["article"] = str(article_id)
            state["list_scroll"] = str(self._list.verticalScrollBar().value())
        return state

    def reopen_article(self, state: Mapping[str, str]) -> bool:
        """Select again the article that was open (the list shows it, the view opens it) and
        put the list back where it was scrolled; False when it is no longer listed."""
        article_id = _saved_number(state.get("article", ""), _LARGEST_ID)
        if self._list is None or article_id is None:
            return False
        model = self._list.model()
        row = model.row_of(article_id) if isinstance(model, ArticleListModel) else None
        if row is None:
            return False
        self._list.select_row(row)
        scroll = _saved_number(state.get("list_scroll", ""), _LARGEST_QT_INT)
        if scroll is not None:
            self._list.verticalScrollBar().setValue(scroll)
        return True

    def restore(self, state: Mapping[str, str], settings: Settings | None = None) -> None:
        """Put back what :meth:`save` saved; anything missing or broken is skipped. Without a
        saved geometry (a first start) the window and its panes are sized for the screen and
        the reading ``settings`` (see :func:`first_layout`); so is a saved geometry Qt refuses
        (one written by another platform plugin, or damaged) or one too small to use, not
        left at Qt's tiny default."""
        try:
            restored = "geometry" in state and self._top.restoreGeometry(_bytes(state["geometry"]))
            if restored and min(self._top.width(), self._top.height()) < _SMALLEST_RESTORED:
                restored = False  # damaged bytes Qt took for a 1x1 window
            if not restored and settings is not None:
                self.first_start(settings)
            if "splitter" in state:
                self._splitter.restoreState(_bytes(state["splitter"]))
            if "list_header" in state:
                self._header.restoreState(_bytes(state["list_header"]))
            if state.get("show_feeds") == "0":
                self._show_feeds.setChecked(False)
        except Exception:  # a bad saved state must never stop the window from opening
            log.exception("cannot restore the window state")

    def first_start(self, settings: Settings, available: QRect | None = None) -> None:
        """Size the window and its panes for the screen's free area (``available``, else the
        window's screen) and the reading font, as :func:`first_layout` says."""
        if available is None:
            available = self._top.screen().availableGeometry()
        # Start-up time: the page's geometry loads the article renderer, which only the first
        # start (no saved geometry) needs before the first frame.
        from PySide6.QtWidgets import QScrollBar  # its type: ~1.6 M instructions otherwise

        from reader.ui.page_layout import article_pane_px

        # A vertical scroll bar is as wide as the style's scroll bar extent; asking the style
        # (QStyle.PixelMetric) would build QStyle's Python type before the first frame.
        bar = QScrollBar().sizeHint().width()  # no parent: never shown in the window
        geometry, sizes = first_layout(available, article_pane_px(settings, bar))
        self._top.setGeometry(geometry)
        self._splitter.setSizes(sizes)


def saved_selection(state: Mapping[str, str]) -> Selection | None:
    """The tree selection saved last time, if any."""
    kind, _, key = state.get("selection", "").partition(":")
    if kind == "smart" and key in ("all", "unread", "starred", "podcasts"):
        return Selection(kind, key)
    number = _saved_number(key, _LARGEST_ID)
    if kind in ("feed", "folder") and number is not None:
        return Selection(kind, number)
    return None


_LARGEST_ID = 2**63 - 1
"""SQLite's largest integer: a larger id raised OverflowError in the query."""
_LARGEST_QT_INT = 2**31 - 1
"""Qt's int: a larger scroll position raised OverflowError in setValue."""


def _saved_number(text: str, largest: int) -> int | None:
    """A whole number saved in the state (ASCII digits up to ``largest``), else None: the
    settings file is the user's to edit or damage, and ``"\u00b2".isdigit()`` is True while
    ``int("\u00b2")`` raises."""
    if not (text.isascii() and text.isdecimal()):
        return None
    number = int(text)
    return number if number <= largest else None
