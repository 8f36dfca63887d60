"""The search field finds words in scripts written without spaces (issue 11 bug 4), typed into
the real field above the real list, over the real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.parsed import ParsedEntry
from tests.ui.helperkit import NOW, TIMEOUT, Parts

TITLES = {
    "zh": "中国宇航员完成太空行走任务",
    "th": "นักบินอวกาศเดินทางกลับสู่โลก",
    "ar": "رائد فضاء يعود إلى الأرض",
}


@pytest.mark.parametrize(
    ("query", "expected"),
    [("宇航员", "zh"), ("太空", "zh"), ("อวกาศ", "th"), ("فضاء", "ar")],
)
def test_the_search_field_finds_cjk_thai_and_arabic(
    qtbot: QtBot, parts: Parts, query: str, expected: str
) -> None:
    entries = [
        ParsedEntry(entry_id=key, title=title, link=f"https://w.example/{key}", published=NOW)
        for key, title in TITLES.items()
    ]
    parts.store.add_entries(parts.news.id, entries, now=NOW)
    panes = parts.panes
    panes.reload_tree()
    panes.show_selection(panes.feed_tree.current_selection())
    qtbot.waitUntil(lambda: panes.article_model.rowCount() == 7, timeout=TIMEOUT)
    # typed the way these scripts are typed: an input method commits the word
    commit = QInputMethodEvent()
    commit.setCommitString(query)
    QApplication.sendEvent(panes.search, commit)
    assert panes.search.text() == query
    qtbot.keyClick(panes.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panes.article_model.rowCount() == 1, timeout=TIMEOUT)
    assert panes.article_model.index(0, 0).data() == TITLES[expected]
