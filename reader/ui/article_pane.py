"""The reading pane's place in the window: a plain widget of the pane's colour for the first
frame, replaced by the real :class:`~reader.ui.article_view.ArticleView` on first use.

The view (a QTextBrowser and the renderer) costs start-up time; the window asks for it right after
its first frame, or at once when something needs it (an empty profile's welcome page).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSplitter, QWidget

if TYPE_CHECKING:
    from reader.store.cache import ArticleCache
    from reader.ui.article_view import ArticleView

log = logging.getLogger(__name__)


class ArticlePane(QObject):
    """Holds the splitter slot of the article view and makes the view on first use."""

    view_made = Signal(object)
    """The :class:`ArticleView` was just made (connect its signals, apply the settings)."""

    def __init__(
        self, splitter: QSplitter, cache: Callable[[], ArticleCache], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._splitter = splitter
        self._cache = cache
        self._view: ArticleView | None = None
        self._slot = QWidget()
        self._slot.setObjectName("articleViewSlot")
        self._slot.setBackgroundRole(QPalette.ColorRole.Base)
        self._slot.setAutoFillBackground(True)
        splitter.addWidget(self._slot)

    @property
    def made(self) -> ArticleView | None:
        """The view when it was made already, else None (nothing is made for asking)."""
        return self._view

    def view(self) -> ArticleView:
        """The article view, made now if it was not yet."""
        if self._view is None:
            self._view = self._make()
            self.view_made.emit(self._view)
        return self._view

    def current_article_id(self) -> int | None:
        """The article shown (None before the view is made: nothing is open then)."""
        return self._view.current_article_id() if self._view is not None else None

    def _make(self) -> ArticleView:
        from reader.ui.article_view import ArticleView  # on first use: not needed at start

        view = ArticleView(self._cache())
        index = self._splitter.indexOf(self._slot)
        sizes = self._splitter.sizes()
        self._splitter.replaceWidget(index, view)
        self._splitter.setStretchFactor(index, 2)
        if any(sizes):
            self._splitter.setSizes(sizes)
        self._slot.deleteLater()
        return view
