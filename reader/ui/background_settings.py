"""The settings dialog's "In the background" group: close to tray, start hidden, start with the
session, notifications and quiet hours. Where the desktop has no tray it says so and keeps the
tray's options off."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from reader.settings import Settings
from reader.ui import tray
from reader.ui.widgets import PlainLabel


class BackgroundBox(QGroupBox):
    """The group of background options; :attr:`changed` on every change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backgroundSettings")
        self.has_tray = tray.tray_available()
        form = QFormLayout(self)
        self.close_to_tray = QCheckBox(self)
        self.close_to_tray.setObjectName("close_to_tray")
        self.start_hidden = QCheckBox(self)
        self.start_hidden.setObjectName("start_hidden")
        self.no_tray_note = PlainLabel("", self)
        self.no_tray_note.setObjectName("noTrayNote")
        self.no_tray_note.setWordWrap(True)
        self.no_tray_note.setVisible(not self.has_tray)
        self.autostart = QCheckBox(self)
        self.autostart.setObjectName("autostart")
        self.notify = QCheckBox(self)
        self.notify.setObjectName("notify")
        self.quiet = QCheckBox(self)
        self.quiet.setObjectName("quiet_hours")
        self.quiet_from, self.quiet_to = QSpinBox(self), QSpinBox(self)
        quiet_row = QWidget(self)
        row = QHBoxLayout(quiet_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.quiet_to_label = PlainLabel("", self)
        for spin in (self.quiet_from, self.quiet_to):
            spin.setRange(0, 23)
            spin.setSuffix(":00")
        for widget in (self.quiet, self.quiet_from, self.quiet_to_label, self.quiet_to):
            row.addWidget(widget)
        row.addStretch(1)
        rows: tuple[QWidget, ...] = (self.close_to_tray, self.start_hidden, self.no_tray_note)
        for line in (*rows, self.autostart, self.notify, quiet_row):
            form.addRow("", line)
        for box in (self.close_to_tray, self.start_hidden, self.autostart, self.notify, self.quiet):
            box.toggled.connect(self.changed)
        for spin in (self.quiet_from, self.quiet_to):
            spin.valueChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        """The group's words in the current language."""
        self.setTitle(self.tr("In the background"))
        self.close_to_tray.setText(self.tr("Closing the window keeps Broadsheet in the tray"))
        self.start_hidden.setText(self.tr("Start hidden in the tray"))
        self.no_tray_note.setText(
            self.tr("This desktop has no system tray: closing the window quits Broadsheet.")
        )
        if sys.platform in ("win32", "darwin"):
            self.autostart.setText(self.tr("Start with the session (not available here yet)"))
        else:
            self.autostart.setText(self.tr("Start with the desktop session"))
        self.notify.setText(self.tr("Notify about new articles"))
        self.quiet.setText(self.tr("Quiet hours from"))
        self.quiet_to_label.setText(self.tr("to"))
        # A screen reader names the hour boxes by the words around them (and so their fields).
        names = (self.quiet.text(), f"{self.quiet.text()} … {self.quiet_to_label.text()}")
        for spin, name in zip((self.quiet_from, self.quiet_to), names, strict=True):
            spin.setAccessibleName(name)
            for edit in spin.findChildren(QLineEdit):
                edit.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def load(self, s: Settings) -> None:
        """Show ``s`` (the tray's options off and greyed where there is no tray)."""
        self.close_to_tray.setChecked(s.close_to_tray and self.has_tray)
        self.start_hidden.setChecked(s.start_hidden and self.has_tray)
        self.close_to_tray.setEnabled(self.has_tray)
        self.start_hidden.setEnabled(self.has_tray)
        self.autostart.setChecked(s.autostart)
        self.autostart.setEnabled(sys.platform not in ("win32", "darwin"))
        self.notify.setChecked(s.notify)
        self.quiet.setChecked(s.quiet_hours)
        self.quiet_from.setValue(s.quiet_from_h)
        self.quiet_to.setValue(s.quiet_to_h)

    def read(self, s: Settings) -> Settings:
        """``s`` with the group's values (the tray's options kept as saved where none)."""
        tray_values = {}
        if self.has_tray:
            tray_values = {
                "close_to_tray": self.close_to_tray.isChecked(),
                "start_hidden": self.start_hidden.isChecked(),
            }
        return s.with_changes(
            autostart=self.autostart.isChecked(),
            notify=self.notify.isChecked(),
            quiet_hours=self.quiet.isChecked(),
            quiet_from_h=self.quiet_from.value(),
            quiet_to_h=self.quiet_to.value(),
            **tray_values,
        )
