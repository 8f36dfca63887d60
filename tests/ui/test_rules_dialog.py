"""The rule editor through its real widgets: the live preview counts stored articles, a saved rule
acts on articles that arrive, and "Apply to existing articles" tags what is stored."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.core.rules import Action, Field, Kind
from reader.ui.rules_dialog import RulesDialog
from tests.ui.helperkit import NOW, TIMEOUT, Parts, entry


def _dialog(qtbot: QtBot, parts: Parts) -> RulesDialog:
    dialog = RulesDialog(parts.store, parts.writes)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(combo: object, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def test_the_preview_counts_matches_live_as_the_pattern_is_typed(
    qtbot: QtBot, parts: Parts
) -> None:
    dialog = _dialog(qtbot, parts)
    assert dialog.preview_count is None
    qtbot.keyClicks(dialog.pattern, "number")
    qtbot.waitUntil(lambda: dialog.preview_count == 4, timeout=TIMEOUT)
    assert "Stored articles it matches: 4" in dialog.preview_label.text()
    titles = [dialog.sample.item(i).text() for i in range(dialog.sample.count())]
    assert titles[0] == "Article number 1" and len(titles) == 4
    dialog.checks[Action.TAG].setChecked(True)  # actions half chosen: the preview still counts
    dialog.pattern.setText("number 3")
    qtbot.waitUntil(lambda: dialog.preview_count == 1, timeout=TIMEOUT)
    _choose(dialog.kind, Kind.REGEX.value)
    _choose(dialog.field, Field.LINK.value)
    dialog.pattern.setText(r"/[12]$")
    qtbot.waitUntil(lambda: dialog.preview_count == 2, timeout=TIMEOUT)
    dialog.pattern.setText("(unclosed")
    qtbot.waitUntil(lambda: "cannot work" in dialog.preview_label.text(), timeout=TIMEOUT)
    assert dialog.preview_count is None and dialog.sample.count() == 0


def test_a_saved_rule_acts_on_articles_as_they_arrive(qtbot: QtBot, parts: Parts) -> None:
    dialog = _dialog(qtbot, parts)
    dialog.name.setText("Mute five")
    dialog.pattern.setText("number 5")
    dialog.checks[Action.READ].setChecked(False)
    dialog.checks[Action.HIDE].setChecked(True)
    qtbot.mouseClick(dialog.save_button, _left())
    qtbot.waitUntil(lambda: dialog.rule_list.count() == 1, timeout=TIMEOUT)
    (rule,) = parts.store.rules()
    assert rule.name == "Mute five" and rule.actions == frozenset({Action.HIDE})
    assert dialog.rule_list.item(0).text() == "Mute five"
    new_ids = parts.store.add_entries(parts.news.id, [entry(5), entry(6)], now=NOW)
    listed = parts.store.article_ids(feed_id=parts.news.id)
    assert new_ids[0] not in listed and new_ids[1] in listed


def test_apply_to_existing_articles_tags_them_and_delete_keeps_what_it_did(
    qtbot: QtBot, parts: Parts
) -> None:
    dialog = _dialog(qtbot, parts)
    dialog.pattern.setText("number")
    dialog.checks[Action.READ].setChecked(False)
    dialog.checks[Action.TAG].setChecked(True)
    dialog.tag.setText("Numbers")
    qtbot.mouseClick(dialog.apply_button, _left())
    qtbot.waitUntil(
        lambda: "Applied. Articles it matched: 4" in dialog.preview_label.text(), timeout=TIMEOUT
    )
    (tag,) = parts.store.tags()
    assert tag.name == "Numbers" and len(parts.store.article_ids(tag_id=tag.id)) == 4
    assert parts.store.rules() == []  # applying is not saving
    qtbot.mouseClick(dialog.save_button, _left())
    qtbot.waitUntil(lambda: dialog.rule_list.count() == 1, timeout=TIMEOUT)
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, _left())
    qtbot.waitUntil(lambda: dialog.rule_list.count() == 0, timeout=TIMEOUT)
    assert parts.store.rules() == [] and len(parts.store.article_ids(tag_id=tag.id)) == 4


def test_a_rule_that_cannot_work_is_not_saved(qtbot: QtBot, parts: Parts) -> None:
    dialog = _dialog(qtbot, parts)
    dialog.pattern.setText("news")
    dialog.checks[Action.READ].setChecked(False)
    qtbot.mouseClick(dialog.save_button, _left())
    assert "choose at least one action" in dialog.preview_label.text()
    assert parts.writes.idle() and parts.store.rules() == []


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
