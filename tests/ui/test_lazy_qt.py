"""reader.ui.lazy_qt: the stand-in for Qt's enum namespace, and the plain numbers used before the
window's first frame, are Qt's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui import i18n, lazy_qt
from reader.ui.i18n import writes_right_to_left
from tests.ui.windowkit import open_window


def test_the_plain_numbers_are_qts() -> None:
    assert Qt.ItemDataRole.DisplayRole == lazy_qt.DISPLAY_ROLE
    assert Qt.ItemDataRole.UserRole == lazy_qt.USER_ROLE
    assert Qt.AlignmentFlag.AlignHCenter.value == lazy_qt.ALIGN_HCENTER
    assert Qt.AlignmentFlag.AlignTop.value == lazy_qt.ALIGN_TOP
    assert Qt.TextFlag.TextWordWrap.value == lazy_qt.TEXT_WORD_WRAP


def test_the_stand_in_gives_qts_own_enums() -> None:
    stand_in = type(lazy_qt.Qt)()  # a fresh one: nothing fetched yet
    assert stand_in.AlignmentFlag is Qt.AlignmentFlag
    assert stand_in.AlignmentFlag.AlignRight is Qt.AlignmentFlag.AlignRight
    assert stand_in.ItemFlag.ItemIsEnabled | stand_in.ItemFlag.ItemIsSelectable == (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    )


def test_the_direction_of_every_language_qt_knows(qapp: QApplication) -> None:
    """Compared with QLocale.textDirection (which builds Qt's enums) on all ~700 locales."""
    differ: set[str] = set()
    count = 0
    for language in QLocale.Language:
        if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
            continue
        for locale in QLocale.matchingLocales(
            language, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
        ):
            count += 1
            qt_says = locale.textDirection() == Qt.LayoutDirection.RightToLeft
            if writes_right_to_left(locale) != qt_says:
                differ.add(QLocale.languageToString(locale.language()))
    assert count > 500
    # Unicode gives the Hanifi Rohingya letters of that language's own name a right-to-left
    # class; Qt's script table says left to right. Every other locale agrees.
    assert differ <= {"Rohingya"}, differ
    for code in ("ar", "he", "fa", "ur"):
        assert writes_right_to_left(QLocale(code))
    for code in ("en", "de", "zh_CN", "hi", "ja", "ru"):
        assert not writes_right_to_left(QLocale(code))


def test_what_waits_for_the_first_frame_is_there_after_it(
    qapp: QApplication, qtbot: QtBot, profile: Path
) -> None:
    """The header's titles (from its own model, also after a language switch), the context
    menus, the tree's moving drag and the toolbar's words: set before or right after the first
    frame, as they were before Qt's enums waited for it."""
    with open_window(qtbot, profile) as window:
        header = window.article_list.horizontalHeader()
        shown = [str(header.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(3)]
        assert shown == ["Title", "Feed", "Date"] == window.article_model.column_titles
        custom = Qt.ContextMenuPolicy.CustomContextMenu
        assert window.article_list.contextMenuPolicy() == custom
        assert header.contextMenuPolicy() == custom
        assert window.feed_tree.contextMenuPolicy() == custom
        assert window.feed_tree.defaultDropAction() == Qt.DropAction.MoveAction
        toolbar = window.actions_.toolbar
        assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
        try:
            i18n.install_language(qapp, "de")
            window.retranslate_ui()
            shown = [str(header.model().headerData(c, Qt.Orientation.Horizontal)) for c in (0, 2)]
            assert shown == ["Titel", "Datum"]
        finally:
            i18n.install_language(qapp, "en")
