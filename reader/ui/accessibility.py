"""What a screen reader and a keyboard user get from the main window, wired in one place.

:class:`Accessibility` gives every pane and control of a :class:`QMainWindow` an accessible name
and description in the interface language (again on every language change), sets the tab order
to follow the panes (subscriptions -> search -> article list -> article), says what the article
pane shows (its headline as the description; the text itself is read in document order:
source, headline, byline, body) and what an empty list means, and draws a focus frame
(:class:`FocusFrame`) in the reading mode's focus colour, which reaches 3:1 in every mode
(``reader.core.render.palette``). It uses only the Qt API of the window (menu bar, tool bars,
status bar) and the panes it is given.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMainWindow,
    QMenuBar,
    QProgressBar,
    QToolBar,
    QWidget,
)

from reader.ui import themes
from reader.ui.lazy_qt import Qt
from reader.ui.widgets import one_line

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane
    from reader.ui.article_view import ArticleView
    from reader.ui.panes import Panes

log = logging.getLogger(__name__)

_PLACING = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide)

FRAME_PX = 2
"""The focus frame's width: a 2 px line is what WCAG 2.4.13 (focus appearance) asks for."""


def label(widget: QWidget, name: str, description: str) -> None:
    """Give ``widget`` an accessible name and description (only when they changed: each set
    sends the screen reader an event)."""
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)


class FocusFrame(QWidget):
    """A frame drawn over the widget that has the keyboard focus, in the focus colour of the
    reading mode; it never takes the mouse or the focus. It is the window's child (laid over
    the widget), so a framed widget that goes away never takes the frame with it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        """Frame ``widget`` (None: hide)."""
        for watched in self._watched:
            watched.removeEventFilter(self)
        self._watched = []
        if self.target is not None:
            self.target.destroyed.disconnect(self._on_target_destroyed)
        self.target = widget
        if widget is None:
            self.hide()
            return
        widget.destroyed.connect(self._on_target_destroyed)
        # The widget and its ancestors: a splitter moves the pane, not the field inside it.
        ancestor: QWidget | None = widget
        while ancestor is not None and ancestor is not self.parentWidget():
            ancestor.installEventFilter(self)
            self._watched.append(ancestor)
            ancestor = ancestor.parentWidget()
        self._place()

    def _on_target_destroyed(self) -> None:
        self.target = None
        self._watched = []
        self.hide()

    def _place(self) -> None:
        target, window = self.target, self.parentWidget()
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        self.setGeometry(QRect(target.mapTo(window, QPoint(0, 0)), target.size()))
        self.raise_()
        self.show()
        self.update()

    def colour_name(self) -> str:
        """The frame's colour now (``#rrggbb``)."""
        return themes.focus_colour(themes.current_mode()).name()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the frame over its widget when it (or a pane around it) moves or hides."""
        if event.type() in _PLACING:
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:
        """Repaint in the new colour when the reading mode (the palette) changes."""
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """A rectangle along the widget's edge."""
        painter = QPainter(self)
        pen = QPen(themes.focus_colour(themes.current_mode()), FRAME_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FRAME_PX // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()


class Accessibility(QObject):
    """Names, descriptions, tab order and the focus frame of a main window's panes."""

    def __init__(self, window: QMainWindow, panes: Panes, reading: ArticlePane) -> None:
        super().__init__(window)
        self._window = window
        self._panes = panes
        self._reading = reading
        self.frame = FocusFrame(window)
        # Tab leaves the list for the next pane (a table view would move between its cells).
        panes.article_list.setTabKeyNavigation(False)
        panes.feed_tree.setTabKeyNavigation(False)
        window.setTabOrder(panes.feed_tree, panes.search)
        window.setTabOrder(panes.search, panes.article_list)
        reading.view_made.connect(self._on_reading_view_made)
        model = panes.article_model
        # After the event: the panes set the empty list's words right after they reload it.
        model.modelReset.connect(lambda: QTimer.singleShot(0, self._describe_list))
        model.rowsInserted.connect(self._describe_list)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        window.installEventFilter(self)
        window.statusBar().messageChanged.connect(self._on_status_message_changed)
        self.retranslate()
        if reading.made is not None:
            self._on_reading_view_made(reading.made)
        # Made after the window's first frame: frame the widget that has the focus already.
        self._on_app_focus_changed(None, QApplication.focusWidget())

    def panes_in_tab_order(self) -> list[QWidget]:
        """The panes, in the order Tab visits them."""
        order: list[QWidget] = [self._panes.feed_tree, self._panes.search, self._panes.article_list]
        if self._reading.made is not None:
            order.append(self._reading.made)
        return order

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Relabel after a language change (the window receives it; this object does not)."""
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Every accessible name and description, in the current language."""
        translate = QCoreApplication.translate
        p = self._panes
        label(
            p.feed_tree,
            translate("Accessibility", "Subscriptions"),
            translate("Accessibility", "Smart views, folders and feeds with their unread articles"),
        )
        label(
            p.search,
            translate("Accessibility", "Search"),
            translate("Accessibility", "Search the titles and text of the articles (Ctrl+F)"),
        )
        label(p.middle, translate("Accessibility", "Article list and search"), "")
        self._describe_list()
        window = self._window
        central = window.centralWidget()
        if central is not None:
            label(central, translate("Accessibility", "Reading panes"), "")
        label(
            window.menuBar(),
            translate("Accessibility", "Menu bar"),
            translate(
                "Accessibility", "Every action of Broadsheet: press Alt, then the arrow keys"
            ),
        )
        main_bar = translate("Accessibility", "Refresh, subscribe, mark read")
        for bar in window.findChildren(QToolBar):
            # The main toolbar's buttons; another bar (a read-only banner) speaks for itself.
            described = (
                main_bar if bar.objectName() == "mainToolbar" else bar.accessibleDescription()
            )
            label(bar, bar.windowTitle() or translate("Accessibility", "Toolbar"), described)
        status = window.statusBar()
        label(
            status,
            translate("Accessibility", "Status"),
            status.currentMessage()
            or translate("Accessibility", "Messages about refreshing and what was done"),
        )
        for progress in status.findChildren(QProgressBar):
            label(
                progress,
                translate("Accessibility", "Refresh progress"),
                translate("Accessibility", "Feeds refreshed so far"),
            )
        for button in status.findChildren(QAbstractButton):
            label(
                button,
                button.text().replace("&", ""),
                translate("Accessibility", "Stop the refresh"),
            )
        if self._reading.made is not None:
            self._describe_article(self._reading.made)

    def _on_status_message_changed(self, text: str) -> None:
        """A status message is the status bar's description, and a screen reader is told
        (the words are otherwise only painted)."""
        status = self._window.statusBar()
        if text:
            # Start-up time: QAccessible's class and enums (~2 ms) wait for the first message.
            from PySide6.QtGui import QAccessible, QAccessibleEvent

            status.setAccessibleDescription(text)
            QAccessible.updateAccessibility(QAccessibleEvent(status, QAccessible.Event.Alert))
        else:
            self.retranslate()

    def _describe_list(self, *_args: object) -> None:
        """The list's description: how to use it, or why it is empty (the view paints that
        text, which a screen reader cannot see)."""
        translate = QCoreApplication.translate
        view = self._panes.article_list
        if self._panes.article_model.rowCount() == 0 and view.empty_text:
            description = view.empty_text
        else:
            description = translate(
                "Accessibility", "Newest first. J and K move, S stars, M marks read, O opens"
            )
        label(view, translate("Accessibility", "Articles"), description)

    def _on_reading_view_made(self, view: ArticleView) -> None:
        self._window.setTabOrder(self._panes.article_list, view)
        view.textChanged.connect(lambda: self._describe_article(view))
        self._describe_article(view)

    def _describe_article(self, view: ArticleView) -> None:
        """The article pane's description is the headline of the article it shows."""
        translate = QCoreApplication.translate
        article = view.current_article()
        headline = one_line(article.title, 300) if article is not None else ""
        label(
            view,
            view.accessibleName() or translate("Accessibility", "Article"),
            headline or translate("Accessibility", "No article open"),
        )

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Frame the widget with the focus when it is in this window or in one of its dialogs
        (not the menu bar: its open menu shows where the focus is)."""
        if new is None or isinstance(new, (FocusFrame, QMenuBar)):
            return
        window = new.window()
        if window is self._window:
            self.frame.follow(new)
        elif self._owns(window):
            self._dialog_frame(window).follow(new)

    def _owns(self, window: QWidget) -> bool:
        """Whether ``window`` is a dialog of this main window (its parent chain leads here)."""
        parent = window.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False

    def _dialog_frame(self, dialog: QWidget) -> FocusFrame:
        """The focus frame of a dialog (made on its first focus; it goes with the dialog)."""
        frame = dialog.findChild(
            FocusFrame, "focusFrame", Qt.FindChildOption.FindDirectChildrenOnly
        )
        return frame if isinstance(frame, FocusFrame) else FocusFrame(dialog)
