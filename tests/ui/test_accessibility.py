"""The main window through Qt's accessibility API, as a screen reader sees it (issue 12.3).

Every assertion goes through ``QAccessible.queryAccessibleInterface`` on the real widgets of a
real window (offscreen), over a feed served by the loopback server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.core.render.palette import READING_COLOURS, contrast_ratio
from reader.ui import i18n
from reader.ui.accessibility import FocusFrame
from reader.ui.article_list import spoken_date
from reader.ui.main_window import MainWindow
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, refresh, settled, subscribe

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


def accessible(widget: QWidget) -> QAccessibleInterface:
    """The interface a screen reader gets for ``widget``."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid(), widget
    return face


def cells(face: QAccessibleInterface) -> list[QAccessibleInterface]:
    """The cells of a table or tree interface, row by row."""
    found = []
    for k in range(face.childCount()):
        child = face.child(k)
        if child is not None and child.role() in (QAccessible.Role.Cell, QAccessible.Role.TreeItem):
            found.append(child)
    return found


@pytest.fixture
def window(qtbot: QtBot, profile: Path, server: FixtureServer) -> Iterator[MainWindow]:
    """A window subscribed to one feed of three articles, refreshed."""
    serve_feed(server, "/news.xml", "Daily", count=3, pages=True)
    with open_window(qtbot, profile) as win:
        subscribe(qtbot, win, server.url("/news.xml"))
        refresh(qtbot, win)
        qtbot.waitUntil(lambda: win.article_model.rowCount() == 3, timeout=TIMEOUT)
        yield win


def test_every_pane_and_control_has_a_name(window: MainWindow) -> None:
    panes = [window.feed_tree, window.search, window.article_list, window.article_view]
    for pane in panes:
        face = accessible(pane)
        assert face.text(NAME).strip(), pane.objectName()
        assert face.text(DESCRIPTION).strip(), pane.objectName()
    chrome = [window.menuBar(), window.actions_.toolbar, window.statusBar()]
    chrome += [window.refreshing.progress, window.refreshing.cancel_button, window.splitter]
    for widget in chrome:
        assert accessible(widget).text(NAME).strip(), widget
    # Whatever Tab can reach in the window is named (a new control without a name fails here).
    unnamed = [
        w.metaObject().className() + ":" + w.objectName()
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not accessible(w).text(NAME).strip()
    ]
    assert unnamed == []


def test_names_follow_the_interface_language(window: MainWindow, qapp: QApplication) -> None:
    english = accessible(window.feed_tree).text(NAME)
    try:
        i18n.install_language(qapp, "fr")
        QApplication.processEvents()
        french = accessible(window.feed_tree).text(NAME)
        assert french and french != english
        assert accessible(window.article_list).text(NAME) != "Articles"
        assert cells(accessible(window.article_list))[0].text(NAME).endswith(", non lu")
        assert "Daily, 3 non lus" in [c.text(NAME) for c in cells(accessible(window.feed_tree))]
    finally:
        i18n.install_language(qapp, "en")
        QApplication.processEvents()
    assert accessible(window.feed_tree).text(NAME) == english


def _row_text(window: MainWindow, title: str) -> str:
    for cell in cells(accessible(window.article_list)):
        if cell.text(NAME).startswith(title):
            return cell.text(NAME)
    raise AssertionError(f"no row for {title!r}")


def test_rows_say_title_feed_date_unread_and_starred(window: MainWindow, qtbot: QtBot) -> None:
    row = _row_text(window, "Daily story 2")
    article = window.article_model.article(0)
    assert article is not None and article.title == "Daily story 2"
    # The full date ("Thursday, 12 November 2026 11:00"), not the list's "3 d".
    when = spoken_date(article.published)
    assert "2026" in when
    assert row == f"Daily story 2, Daily, {when}, unread"
    description = cells(accessible(window.article_list))[0].text(DESCRIPTION)
    assert "Summary of Daily story" in description


def test_star_and_read_state_change_the_row_text(window: MainWindow, qtbot: QtBot) -> None:
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, "j")  # opens the first (newest) article
    qtbot.waitUntil(lambda: window.article_view.current_article() is not None, timeout=TIMEOUT)
    article = window.article_view.current_article()
    assert article is not None
    start = f"{article.title}, Daily, {spoken_date(article.published)}"
    state = lambda: _row_text(window, article.title).removeprefix(start)  # noqa: E731
    qtbot.waitUntil(lambda: state() == ", read", timeout=TIMEOUT)  # read on opening
    qtbot.keyClick(window.article_list, "s")
    qtbot.waitUntil(lambda: state() == ", read, starred", timeout=TIMEOUT)
    qtbot.keyClick(window.article_list, "m")
    qtbot.waitUntil(lambda: state() == ", unread, starred", timeout=TIMEOUT)
    settled(qtbot, window)


def test_tree_rows_say_their_unread_counts(window: MainWindow) -> None:
    names = [cell.text(NAME) for cell in cells(accessible(window.feed_tree))]
    assert "Daily, 3 unread" in names
    assert "Unread, 3 unread" in names
    assert "3 unread" in names  # the count column


def test_tab_follows_the_panes(window: MainWindow, qtbot: QtBot) -> None:
    window.feed_tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.feed_tree, timeout=TIMEOUT)
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [window.search, window.article_list, window.article_view]
    assert window.a11y.panes_in_tab_order() == [window.feed_tree, *seen]
    # Back: Shift+Tab (inside the article it first walks the article's links, as browsers do).
    window.article_list.setFocus()
    for wanted in (window.search, window.feed_tree):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is wanted


def test_the_article_pane_reads_headline_then_body(window: MainWindow, qtbot: QtBot) -> None:
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, "j")
    qtbot.waitUntil(lambda: window.article_view.current_article() is not None, timeout=TIMEOUT)
    article = window.article_view.current_article()
    assert article is not None
    qtbot.waitUntil(lambda: "The full text" in window.article_view.toPlainText(), timeout=TIMEOUT)
    face = accessible(window.article_view)
    assert face.text(DESCRIPTION) == article.title
    text_face = face.textInterface()
    assert text_face is not None
    text = text_face.text(0, text_face.characterCount())
    assert 0 <= text.index(article.title) < text.index("The full text")


@pytest.mark.parametrize("mode", sorted(READING_COLOURS))
def test_focus_frame_is_visible_in_every_mode(mode: str) -> None:
    c = READING_COLOURS[mode]
    assert contrast_ratio(c.focus, c.window) >= 3.0, mode
    assert contrast_ratio(c.focus, c.background) >= 3.0, mode


def test_focus_frame_follows_the_focused_pane(window: MainWindow, qtbot: QtBot) -> None:
    frame = window.a11y.frame
    for pane in (window.feed_tree, window.search, window.article_list, window.article_view):
        pane.setFocus()
        qtbot.waitUntil(lambda p=pane: frame.target is p and frame.isVisible(), timeout=TIMEOUT)
        assert frame.geometry().size() == pane.size()
    window.article_list.setFocus()
    qtbot.waitUntil(lambda: frame.target is window.article_list, timeout=TIMEOUT)
    window.actions_["focus"].trigger()  # focus mode hides the list: no frame left behind
    qtbot.waitUntil(lambda: not window.article_list.isVisible(), timeout=TIMEOUT)
    target = frame.target
    assert not frame.isVisible() or (target is not None and target.isVisible())
    window.actions_["focus"].trigger()


def test_status_messages_reach_the_screen_reader(window: MainWindow) -> None:
    window.show_status("Link copied.")
    assert accessible(window.statusBar()).text(DESCRIPTION) == "Link copied."
    window.statusBar().clearMessage()
    assert accessible(window.statusBar()).text(DESCRIPTION).startswith("Messages about")


def test_every_action_is_reachable_from_the_keyboard(window: MainWindow) -> None:
    """Each action has a shortcut, or sits in a menu (with an Alt letter) of the menu bar whose
    own title has one."""
    in_menus: set[str] = set()
    for menu in window.actions_.menus.values():
        assert "&" in menu.title(), menu.title()
        for action in menu.actions():
            if not action.isSeparator():
                assert "&" in action.text(), action.text()
                in_menus.add(action.objectName())
    unreachable = [
        name
        for name, action in window.actions_.actions.items()
        if not action.shortcuts() and action.objectName() not in in_menus
    ]
    assert unreachable == []
    # The panes' own menus open from the keyboard too (the Menu key), like a right click.
    for pane in (window.feed_tree, window.article_list):
        assert pane.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


@pytest.mark.parametrize("mode", sorted(READING_COLOURS))
def test_focus_frame_is_painted_in_every_mode(
    window: MainWindow, qtbot: QtBot, qapp: QApplication, mode: str
) -> None:
    from reader.ui import themes

    frame = window.a11y.frame
    try:
        themes.apply_theme(qapp, mode)
        window.article_list.setFocus()
        qtbot.waitUntil(lambda: frame.target is window.article_list, timeout=TIMEOUT)
        image = window.grab(frame.geometry()).toImage()
        top = image.pixelColor(image.width() // 2, 0).name()
        left = image.pixelColor(0, image.height() // 2).name()
        assert top == left == READING_COLOURS[mode].focus
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast_ratio(top, qapp.palette().color(role).name()) >= 3.0, role
    finally:
        themes.apply_theme(qapp, "light")


def test_dialogs_show_the_focus_too(window: MainWindow, qtbot: QtBot) -> None:
    from reader.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    for control in (
        dialog.mode_radio["contrast"],
        dialog.size_slider,
        dialog.general_box.language_choice,
    ):
        control.setFocus()
        frame = dialog.findChild(FocusFrame)
        qtbot.waitUntil(lambda c=control, f=frame: f is not None and f.target is c, timeout=TIMEOUT)
    # A keyboard user in the dialog hears every control by a name (its label).
    unnamed = [
        w.objectName() or w.metaObject().className()
        for w in dialog.findChildren(QWidget)
        if w.isVisibleTo(dialog)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not accessible(w).text(NAME).strip()
    ]
    assert unnamed == []
    dialog.close()


def test_an_empty_list_says_why(window: MainWindow, qtbot: QtBot) -> None:
    window.search.setFocus()
    qtbot.keyClicks(window.search, "zzzqqq")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 0, timeout=TIMEOUT)
    face = accessible(window.article_list)
    qtbot.waitUntil(
        lambda: face.text(DESCRIPTION) == "No articles match the search.", timeout=TIMEOUT
    )
    window.search.clear()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: face.text(DESCRIPTION).startswith("Newest first"), timeout=TIMEOUT)
