"""The first-frame signal, without a MainWindow: nothing before the widget is painted, one
``painted`` after its first paint, none after later paints."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui.first_paint import FirstPaint


def test_painted_once_after_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    first = FirstPaint(widget)
    heard: list[bool] = []
    first.painted.connect(lambda: heard.append(True))
    qtbot.wait(50)
    assert heard == []  # not shown, so not painted
    with qtbot.waitSignal(first.painted, timeout=10_000):
        widget.show()
    widget.repaint()
    widget.update()
    qtbot.wait(50)
    assert heard == [True]


def test_emit_now_without_a_paint_then_never_again(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    first = FirstPaint(widget)
    heard: list[bool] = []
    first.painted.connect(lambda: heard.append(True))
    with qtbot.waitSignal(first.painted, timeout=10_000):
        first.emit_now()  # hidden: no frame will come
    first.emit_now()
    widget.show()
    widget.repaint()
    qtbot.wait(50)
    assert heard == [True]
