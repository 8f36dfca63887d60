"""The window's UI state (geometry, splitter sizes, column widths, visible panes, selection) as
base64 strings in ``Settings.window``, so it survives a restart.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from reader.ui.feed_tree import Selection

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _bytes(text: str) -> QByteArray:
    return QByteArray.fromBase64(QByteArray(text.encode("ascii", "ignore")))


def save_state(window: MainWindow) -> dict[str, str]:
    """The window's state, ready for ``Settings.window``."""
    state = {
        "geometry": _b64(window.saveGeometry()),
        "splitter": _b64(window.splitter.saveState()),
        "list_header": _b64(window.article_list.horizontalHeader().saveState()),
        "show_feeds": "1" if window.actions_["show_feeds"].isChecked() else "0",
    }
    selection = window.feed_tree.current_selection()
    if selection is not None:
        state["selection"] = f"{selection.kind}:{selection.key}"
    return state


def restore_state(window: MainWindow, state: dict[str, str]) -> None:
    """Put back what :func:`save_state` saved; anything missing or broken is skipped."""
    try:
        if "geometry" in state:
            window.restoreGeometry(_bytes(state["geometry"]))
        if "splitter" in state:
            window.splitter.restoreState(_bytes(state["splitter"]))
        if "list_header" in state:
            window.article_list.horizontalHeader().restoreState(_bytes(state["list_header"]))
        if state.get("show_feeds") == "0":
            window.actions_["show_feeds"].setChecked(False)
    except Exception:  # a bad saved state must never stop the window from opening
        log.exception("cannot restore the window state")


def saved_selection(state: dict[str, str]) -> Selection | None:
    """The tree selection saved last time, if any."""
    kind, _, key = state.get("selection", "").partition(":")
    if kind == "smart" and key in ("all", "unread", "starred"):
        return Selection(kind, key)
    if kind in ("feed", "folder") and key.isdigit():
        return Selection(kind, int(key))
    return None
