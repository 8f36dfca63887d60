"""The window's UI state (geometry, splitter sizes, column widths, visible panes, selection) as
base64 strings in ``Settings.window``, so it survives a restart.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from reader.ui.feed_tree import Selection
from reader.ui.feed_tree_view import FeedTreeView

log = logging.getLogger(__name__)


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


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
    ) -> None:
        self._top = top
        self._splitter = splitter
        self._header = header
        self._show_feeds = show_feeds
        self._tree = tree

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
        return state

    def restore(self, state: dict[str, str]) -> None:
        """Put back what :meth:`save` saved; anything missing or broken is skipped."""
        try:
            if "geometry" in state:
                self._top.restoreGeometry(_bytes(state["geometry"]))
            if "splitter" in state:
                self._splitter.restoreState(_bytes(state["splitter"]))
            if "list_header" in state:
                self._header.restoreState(_bytes(state["list_header"]))
            if state.get("show_feeds") == "0":
                self._show_feeds.setChecked(False)
        except Exception:  # a bad saved state must never stop the window from opening
            log.exception("cannot restore the window state")


def saved_selection(state: dict[str, str]) -> Selection | None:
    """The tree selection saved last time, if any."""
    kind, _, key = state.get("selection", "").partition(":")
    if kind == "smart" and key in ("all", "unread", "starred"):
        return Selection(kind, key)
    if kind in ("feed", "folder") and key.isdecimal():
        return Selection(kind, int(key))
    return None
