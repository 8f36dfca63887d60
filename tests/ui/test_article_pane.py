"""The article pane's slot: blank until asked, then the real view in its place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter
from pytestqt.qtbot import QtBot

from reader.ui.article_pane import ArticlePane
from reader.ui.article_view import ArticleView


def test_the_view_is_made_once_in_the_slot(qtbot: QtBot) -> None:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("list"))
    pane = ArticlePane(splitter, lambda: None)
    assert pane.made is None and pane.current_article_id() is None
    slot = splitter.widget(1)
    assert slot is not None and slot.objectName() == "articleViewSlot"
    with qtbot.waitSignal(pane.view_made) as made:
        view = pane.view()
    assert made.args == [view]
    assert isinstance(splitter.widget(1), ArticleView)
    assert pane.view() is view and pane.made is view
