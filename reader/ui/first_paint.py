"""Start-up work that waits for the first frame: :class:`FirstPaint` says when a widget has been
painted once.

The window shows itself first, then fills its list, makes the article view and starts the
worker: the reader sees a window at once, and the slower imports and reads follow. The signal
comes on the event loop's next turn after the first paint, so the frame is on screen already.

That work runs one step per turn (:func:`run_in_turns`): in one turn it held the GUI thread
~230 ms on a profile of 1,000,000 articles (bench/scale.py, window start); between the steps
the loop paints and takes input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

LATE_MODULES = (
    "reader.usecases.pool",
    "reader.ui.worker",
    "reader.ui.navigation",
    "reader.ui.refresh_status",
    "reader.ui.subscriptions",
    "reader.ui.background",
    "reader.ui.window_late",
    "reader.ui.icons",
    "reader.ui.article_view",
)
"""What the work after the first frame imports, one module per event-loop turn (each 2-35 ms;
all in one turn they were ~140 ms)."""


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


def run_in_turns(
    steps: Iterable[Callable[[], object]],
    context: QObject,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    done: Callable[[], None] | None = None,
) -> None:
    """Run the first of ``steps`` now and each next one on a later turn of the event loop,
    then ``done``. Nothing more runs once ``cancelled()`` is true or ``context`` is destroyed.
    A step that raises does not stop the others (its error reaches Qt's handler as any slot's
    would)."""
    pending = iter(steps)

    def turn() -> None:
        if cancelled():
            return
        step = next(pending, None)
        if step is None:
            if done is not None:
                done()
            return
        try:
            step()
        finally:
            QTimer.singleShot(0, context, turn)

    turn()
