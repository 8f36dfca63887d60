"""The settings dialog emits a new Settings on every change (applied live, no OK button)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialogButtonBox

from reader.settings import FONT_SIZES, Settings
from reader.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot: Any) -> SettingsDialog:
    d = SettingsDialog(Settings())
    qtbot.addWidget(d)
    return d


def changes(dialog: SettingsDialog, qtbot: Any, action: Any) -> Settings:
    with qtbot.waitSignal(dialog.settings_changed) as blocker:
        action()
    new = blocker.args[0]
    assert isinstance(new, Settings)
    return new


def test_shows_the_given_settings(qtbot: Any) -> None:
    s = Settings(reading_mode="sepia", font_size=22, line_width="wide", language="fr",
                 refresh_interval_min=60, cache_max_mb=900, mark_read_delay_s=-1)  # fmt: skip
    d = SettingsDialog(s)
    qtbot.addWidget(d)
    assert d.mode_radio["sepia"].isChecked()
    assert FONT_SIZES[d.size_slider.value()] == 22
    assert d.width_choice.currentData() == "wide"
    general = d.general_box
    assert general.language_choice.currentData() == "fr"
    assert general.refresh_choice.currentData() == 60
    assert general.cache_spin.value() == 900
    assert general.mark_choice.currentIndex() == 2


def test_every_control_emits(dialog: SettingsDialog, qtbot: Any) -> None:
    s = changes(dialog, qtbot, dialog.mode_radio["dark"].click)
    assert s.reading_mode == "dark"
    s = changes(dialog, qtbot, lambda: dialog.size_slider.setValue(len(FONT_SIZES) - 1))
    assert s.font_size == max(FONT_SIZES)
    s = changes(dialog, qtbot, lambda: dialog.family_choice.setCurrentIndex(1))
    assert s.font_family == "sans"
    family = QFontDatabase.families()[0]
    dialog.family_choice.setCurrentIndex(2)
    s = changes(dialog, qtbot, lambda: dialog.family_combo.setCurrentFont(QFont(family)))
    assert s.font_family not in ("serif", "sans")
    s = changes(dialog, qtbot, lambda: dialog.width_choice.setCurrentIndex(0))
    assert s.line_width == "narrow"
    general = dialog.general_box
    s = changes(dialog, qtbot, lambda: general.language_choice.setCurrentIndex(
        general.language_choice.findData("ar")))  # fmt: skip
    assert s.language == "ar"
    s = changes(dialog, qtbot, lambda: general.refresh_start.setChecked(True))
    assert s.refresh_on_start is True
    s = changes(dialog, qtbot, lambda: general.refresh_choice.setCurrentIndex(
        general.refresh_choice.findData(15)))  # fmt: skip
    assert s.refresh_interval_min == 15
    s = changes(dialog, qtbot, lambda: general.cache_spin.setValue(1000))
    assert s.cache_max_mb == 1000
    s = changes(dialog, qtbot, lambda: general.mark_choice.setCurrentIndex(1))
    assert s.mark_read_delay_s > 0
    s = changes(dialog, qtbot, lambda: general.mark_delay.setValue(12))
    assert s.mark_read_delay_s == 12
    s = changes(dialog, qtbot, lambda: general.mark_choice.setCurrentIndex(2))
    assert s.mark_read_delay_s == -1
    assert dialog.settings() == s


def test_only_a_close_button(dialog: SettingsDialog) -> None:
    buttons = dialog.buttons.buttons()
    assert len(buttons) == 1
    assert dialog.buttons.buttonRole(buttons[0]) == QDialogButtonBox.ButtonRole.RejectRole


def test_set_settings_does_not_emit(dialog: SettingsDialog, qtbot: Any) -> None:
    with qtbot.assertNotEmitted(dialog.settings_changed):
        dialog.set_settings(Settings(font_size=24, reading_mode="dark"))
    assert FONT_SIZES[dialog.size_slider.value()] == 24
    assert dialog.mode_radio["dark"].isChecked()


def test_preview_follows_the_choices(dialog: SettingsDialog, qtbot: Any) -> None:
    changes(dialog, qtbot, dialog.mode_radio["dark"].click)
    assert dialog.preview.palette().color(dialog.preview.backgroundRole()).lightness() < 60
    changes(dialog, qtbot, lambda: dialog.size_slider.setValue(len(FONT_SIZES) - 1))
    assert dialog.preview.font().pixelSize() == max(FONT_SIZES)
    assert dialog.preview.textFormat() == Qt.TextFormat.PlainText
