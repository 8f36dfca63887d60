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


def test_the_menus_entries_and_shortcuts_come_right_after_the_first_frame(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = WindowActions(window)
    assert actions["next"].shortcuts() == []  # the first frame shows neither
    assert actions.menus["file"].actions() == []
    actions.finish()
    assert [k.toString() for k in actions["next"].shortcuts()] == ["J"]
    for name, entries in MENUS.items():
        shown = actions.menus[name].actions()
        assert [None if a.isSeparator() else a for a in shown] == [
            None if e is None else actions[e] for e in entries
        ]
    actions.finish()  # once only
    assert len(actions.menus["file"].actions()) == len(MENUS["file"])
