"""A settings file that cannot be written is said in words, not as an errno."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader.settings import Settings
from reader.ui.i18n import Text, words
from reader.ui.window_settings import SettingsFile


def test_settings_that_cannot_be_saved_are_said_in_words(
    qapp: QApplication, tmp_path: Path
) -> None:
    folder = tmp_path / "settings.json"
    folder.mkdir()  # the settings file's name is taken by a folder
    said: list[Text] = []
    SettingsFile(folder, said.append).save(Settings(font_size=20))
    assert len(said) == 1
    text = words(said[0])
    assert text.startswith("Could not save the settings: it is a folder")
    assert str(folder) in text
    assert "Errno" not in text
    assert folder.is_dir() and not any(folder.iterdir())  # nothing written into it


def test_settings_saved_say_nothing(qapp: QApplication, tmp_path: Path) -> None:
    said: list[Text] = []
    SettingsFile(tmp_path / "settings.json", said.append).save(Settings(font_size=20))
    assert said == []
    assert '"font_size": 20' in (tmp_path / "settings.json").read_text()
