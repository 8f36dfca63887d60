"""Feed-controlled text is shown literally everywhere (RELIABILITY F9)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from reader.ui import widgets
from reader.ui.widgets import PlainLabel, clean_text, make_message_box, set_plain_tooltip

PAYLOADS = [
    '<img src="/dev/zero">',
    "<b>bold</b>",
    "evil\u202etxt.exe",
    "A" * 10_240,
    "nul\x00byte",
    "line one\nline two",
    "<qt><a href='file:///etc/passwd'>x</a>",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_plain_label(qtbot: Any, payload: str) -> None:
    label = PlainLabel(payload)
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText)  # cannot be switched to rich text
    label.setText(payload)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "\x00" not in label.text() and "\u202e" not in label.text()
    assert len(label.text()) <= widgets.MAX_TEXT
    if len(payload) < 100:
        assert label.text() == clean_text(payload)
    label.show()
    label.grab()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_plain_tooltip_renders_literally(qtbot: Any, payload: str) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    set_plain_tooltip(widget, payload)
    tip = widget.toolTip()
    assert "<img" not in tip and "<b>" not in tip and "<a " not in tip
    doc = QTextDocument()
    doc.setHtml(tip)
    shown = doc.toPlainText()
    expected = clean_text(payload)
    if len(payload) < 100:
        assert shown.replace("\u2028", "\n") == expected
    else:
        assert shown.endswith("…")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_message_box_is_plain(qtbot: Any, payload: str) -> None:
    box = make_message_box(QMessageBox.Icon.Warning, None, payload, payload, detail=payload)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "\x00" not in box.windowTitle() and "\n" not in box.windowTitle()
    assert box.text() == clean_text(payload)
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert informative is not None
    assert informative.textFormat() == Qt.TextFormat.PlainText
    box.show()
    box.grab()


def test_one_line_and_elide(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    assert widgets.one_line("a\n b\t\tc\x00") == "a b c"
    short = widgets.elide("A very long feed title " * 50, widget, 200)
    assert short.endswith("…") and "\n" not in short


def test_helpers_return_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes.value)
    assert widgets.question(None, "<b>t</b>", "<img src='/dev/zero'>") is True
    widgets.information(None, "t", "x")
    widgets.warning(None, "t", "x")
    widgets.critical(None, "t", "x", "detail")
