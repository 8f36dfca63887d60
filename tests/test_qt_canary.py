"""RELIABILITY U1: PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_do_not_leak_none_references() -> None:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i))
    after = sys.getrefcount(None)
    assert after >= before - 100, f"refcount of None fell from {before} to {after}"
