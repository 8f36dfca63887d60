"""The actions, menus and toolbar on a plain QMainWindow (they need nothing of ours)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.window_actions import MENUS, SHORTCUTS, WindowActions


def test_actions_menus_and_labels_on_any_main_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = WindowActions(window)
    assert {a.objectName() for a in window.actions()} >= {f"action_{n}" for n in SHORTCUTS}
    menus = window.menuBar().findChildren(QMenu)
    assert {m.objectName() for m in menus} >= {f"menu_{name}" for name in MENUS}
    assert actions["move"].text() == "&Move to folder…"
    assert actions.label("move") == "Move to folder"
    rows = dict((text, keys) for keys, text in actions.shortcut_list())
    assert rows["Next article"] == "J"


def test_a_context_menu_of_actions(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = WindowActions(window)
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = actions.menu(["star", None, "copy_link"], parent)
    entries = menu.actions()
    assert [a.isSeparator() for a in entries] == [False, True, False]
    assert entries[0] is actions["star"] and entries[2] is actions["copy_link"]
