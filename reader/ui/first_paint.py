"""Start-up work that waits for the first frame: :class:`FirstPaint` says when a widget has been
painted once.

The window shows itself first, then fills its list, makes the article view and starts the
worker: the reader sees a window at once, and the slower imports and reads follow. The signal
comes on the event loop's next turn after the first paint, so the frame is on screen already.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Watches a widget until its first paint, then emits :attr:`painted` once and stops
    watching."""

    painted = Signal()
    """The widget has been painted once (emitted on the event loop's next turn after it)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._pending = True
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The first paint of the widget: stop watching, and emit on the next turn (the filter
        never takes the event)."""
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self.emit_now()
        return False

    def emit_now(self) -> None:
        """No frame is coming (the window starts hidden): stop watching and emit
        :attr:`painted` on the next turn all the same; nothing when it was emitted already."""
        if self._pending:
            self._pending = False
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
