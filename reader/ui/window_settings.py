"""A window's settings file: written whenever the settings change (a failure is said in the
status bar, never raised), a new text size said, and the settings dialog, whose every change
applies at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from reader.settings import Settings, save_settings
from reader.ui.i18n import Text, translate

log = logging.getLogger(__name__)


class SettingsFile:
    """Writes one profile's settings file and opens the settings dialog. Receives only what it
    uses: the file, and a function that puts words in the status bar (:data:`Text`, so that
    they are worded again after a language switch)."""

    def __init__(self, path: Path, say: Callable[[Text], None]) -> None:
        self.path = path
        self._say = say

    def save(self, settings: Settings) -> None:
        """Write the settings file (errors go to the status bar, never raise)."""
        try:
            save_settings(self.path, settings)
        except OSError as exc:
            from reader.usecases.savefile import reason  # only when saving fails

            log.warning("cannot save settings: %s", exc)
            words = f"{reason(exc)} ({self.path})"
            self._say(
                lambda: translate("MainWindow", "Could not save the settings: %1").replace(
                    "%1", words
                )
            )

    def changed(self, new: Settings, old: Settings) -> None:
        """The user changed the settings: write them, and say a new text size."""
        if new == old:
            return
        self.save(new)
        if new.font_size != old.font_size:
            size = new.font_size  # a plain name: lupdate drops a count that is an expression
            self._say(lambda: translate("MainWindow", "Text size: %n px", "", size))

    @staticmethod
    def open_dialog(settings: Settings, parent: QWidget, apply: Callable[[Settings], None]) -> None:
        """The settings dialog on ``settings``; ``apply`` receives every change at once."""
        from reader.ui.settings_dialog import SettingsDialog  # on use: not needed at start

        dialog = SettingsDialog(settings, parent)
        dialog.settings_changed.connect(apply)
        dialog.exec()
