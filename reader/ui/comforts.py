"""Small comforts of the window: Delete removes and F2 renames what the tree has selected, Escape
clears the search, and "Mark all read" can be undone (Ctrl+Z, or an Undo button in the status bar
for a few seconds).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPushButton

from reader.ui.feed_tree import VIEW_KINDS, Selection
from reader.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from reader.ui.panes import Panes
    from reader.ui.user_writes import UserWrites
    from reader.ui.window_actions import WindowActions

log = logging.getLogger(__name__)

UNDO_SHOWN_MS = 8000
"""How long the Undo button stays in the status bar after "Mark all read"."""


class Comforts(QObject):
    """Tree keys, Escape in the search field, and undoing "Mark all read"."""

    status_message = Signal(object, int)
    """Words for the status bar and how long they stay (ms)."""

    def __init__(
        self,
        panes: Panes,
        writes: UserWrites,
        actions: WindowActions,
        remove_view: Callable[[Selection], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panes = panes
        self._writes = writes
        self._actions = actions
        self._remove_view = remove_view
        self._undo_ids: list[int] = []
        # Keys of one widget, not window-wide shortcuts: Delete in the search field or the
        # article list must never remove a feed.
        panes.feed_tree.installEventFilter(self)
        panes.search.installEventFilter(self)
        window = actions.window
        self.undo_action = QAction(window)
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        window.addAction(self.undo_action)
        actions.menus["article"].addAction(self.undo_action)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        window.statusBar().addPermanentWidget(self.undo_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SHOWN_MS)
        self._undo_timer.timeout.connect(self._forget_undo)
        # Connected before the window connects its own slot, so the unread ids are read first.
        actions["mark_all_read"].triggered.connect(self._before_mark_all_read)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F2 and Delete on the tree, Escape in the search field; relabel on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, plain = event.key(), not event.modifiers()
            if (
                watched is self._panes.feed_tree
                and plain
                and key in (Qt.Key.Key_F2, Qt.Key.Key_Delete)
            ):
                self.rename() if key == Qt.Key.Key_F2 else self.remove()
                return True
            search = self._panes.search
            if watched is search and plain and key == Qt.Key.Key_Escape and search.text():
                search.clear()
                return True
        return False

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.undo_action.setText(self.tr("&Undo mark all read"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Mark those articles unread again (Ctrl+Z)"))

    # -- tree keys -----------------------------------------------------------------------
    def rename(self) -> None:
        """F2 on the tree: rename the selected feed or folder."""
        selection = self._panes.feed_tree.current_selection()
        if selection is not None and selection.kind in ("feed", "folder"):
            self._actions["rename"].trigger()

    def remove(self) -> None:
        """Delete on the tree: remove the selected feed, folder, saved search or tag."""
        selection = self._panes.feed_tree.current_selection()
        if selection is None:
            return
        if selection.kind in VIEW_KINDS:
            self._remove_view(selection)
        elif selection.kind in ("feed", "folder"):
            self._actions["remove"].trigger()

    # -- undo "mark all read" ------------------------------------------------------------
    def _before_mark_all_read(self) -> None:
        """Remember which listed articles are unread, then offer Undo. They are read in the
        writer thread (a list of 1,000,000 takes a second the window must not wait), queued
        before the write itself and after the read/unread changes still on their way."""
        unread_ids = self._panes.article_model.ids_job(unread_now=True)
        found: list[list[int]] = []

        def offer() -> None:
            if not found or not found[0]:
                return
            self._undo_ids = found[0]
            self.undo_action.setEnabled(True)
            self.undo_button.show()
            self._undo_timer.start()

        def failed(words: str) -> None:
            log.warning("reading the unread articles failed (%s): no undo", words)

        self._writes.submit(
            self.tr("Undo"), lambda store: found.append(unread_ids(store)),
            on_done=offer, on_failed=failed,
        )  # fmt: skip

    def _forget_undo(self) -> None:
        self._undo_timer.stop()
        self._undo_ids = []
        self.undo_action.setEnabled(False)
        self.undo_button.hide()

    def undo(self) -> None:
        """Ctrl+Z / Undo: the articles "Mark all read" changed are unread again."""
        ids = self._undo_ids
        self._forget_undo()
        if not ids:
            return
        label = self.tr("Undo")

        def done() -> None:
            self._panes.reload_articles()
            self._panes.reload_counts()
            self.status_message.emit(self.tr("Unread again: %1").replace("%1", str(len(ids))), 4000)

        def failed(words: str) -> None:
            self.status_message.emit(f"{label}: {words}", 8000)

        # Queued after "Mark all read" in the same writer: it lands after it.
        self._writes.submit(
            label, lambda store: store.set_read(ids, False), on_done=done, on_failed=failed
        )
