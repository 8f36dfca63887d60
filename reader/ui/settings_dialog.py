"""The settings dialog: reading settings first, then language, refresh and storage.

Every change is emitted at once as a new :class:`Settings` (``settings_changed``); the window
applies and saves it. There is no OK/Cancel, only Close, as on a news site's reader panel.
The "Reading" group is built here; "General" is :class:`~reader.ui.general_settings.GeneralBox`
and "In the background" :class:`~reader.ui.background_settings.BackgroundBox`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from reader.settings import FONT_SIZES, LINE_WIDTHS, READING_MODES, Settings
from reader.ui import themes
from reader.ui.background_settings import BackgroundBox
from reader.ui.general_settings import GeneralBox
from reader.ui.lazy_qt import Qt
from reader.ui.reading_resources import resolve_family

log = logging.getLogger(__name__)

_OTHER_FAMILY = "__other__"


class SettingsDialog(QDialog):
    """Reading mode, font size and family, line width; the general and background groups."""

    settings_changed = Signal(object)
    """A :class:`Settings`, emitted on every change."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._settings = settings
        self._loading = True
        self._build()
        self._load(settings)
        self.retranslate_ui()
        self._loading = False

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.reading_box = QGroupBox(self)
        reading = QFormLayout(self.reading_box)
        self._build_mode(reading)
        self._build_text(reading)
        layout.addWidget(self.reading_box)
        self.general_box = GeneralBox(self)  # language, refresh, marking read, storage
        layout.addWidget(self.general_box)
        self.background_box = BackgroundBox(self)  # tray, autostart, notifications
        layout.addWidget(self.background_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        self.buttons.accepted.connect(self.close)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _build_mode(self, reading: QFormLayout) -> None:
        """The reading mode's radio buttons."""
        self.mode_buttons = QButtonGroup(self)
        self.mode_row = QWidget(self.reading_box)
        mode_layout = QHBoxLayout(self.mode_row)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        self.mode_radio: dict[str, QRadioButton] = {}
        for index, mode in enumerate(READING_MODES):
            button = QRadioButton(self.mode_row)
            button.setObjectName(f"mode_{mode}")
            self.mode_buttons.addButton(button, index)
            self.mode_radio[mode] = button
            mode_layout.addWidget(button)
        mode_layout.addStretch(1)
        self.mode_label = QLabel(self.reading_box)
        reading.addRow(self.mode_label, self.mode_row)

    def _build_text(self, reading: QFormLayout) -> None:
        """Text size, font family, line width and the preview."""
        size_row = QWidget(self.reading_box)
        size_layout = QHBoxLayout(size_row)
        size_layout.setContentsMargins(0, 0, 0, 0)
        self.size_slider = QSlider(Qt.Orientation.Horizontal, size_row)
        self.size_slider.setObjectName("font_size")
        self.size_slider.setRange(0, len(FONT_SIZES) - 1)
        self.size_slider.setPageStep(1)
        self.size_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.size_value = QLabel(size_row)
        self.size_value.setTextFormat(Qt.TextFormat.PlainText)
        self.size_value.setMinimumWidth(48)
        size_layout.addWidget(self.size_slider, 1)
        size_layout.addWidget(self.size_value)
        self.size_label = QLabel(self.reading_box)
        reading.addRow(self.size_label, size_row)

        family_row = QWidget(self.reading_box)
        family_layout = QHBoxLayout(family_row)
        family_layout.setContentsMargins(0, 0, 0, 0)
        self.family_choice = QComboBox(family_row)
        self.family_choice.setObjectName("font_family")
        self.family_choice.addItem("", "serif")
        self.family_choice.addItem("", "sans")
        self.family_choice.addItem("", _OTHER_FAMILY)
        self.family_combo = QFontComboBox(family_row)
        self.family_combo.setObjectName("font_family_other")
        family_layout.addWidget(self.family_choice)
        family_layout.addWidget(self.family_combo, 1)
        self.family_label = QLabel(self.reading_box)
        reading.addRow(self.family_label, family_row)

        self.width_choice = QComboBox(self.reading_box)
        self.width_choice.setObjectName("line_width")
        for width in LINE_WIDTHS:
            self.width_choice.addItem("", width)
        self.width_label = QLabel(self.reading_box)
        reading.addRow(self.width_label, self.width_choice)
        self.preview = QLabel(self.reading_box)
        self.preview.setObjectName("preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setMargin(12)
        self.preview.setAutoFillBackground(True)
        self.preview.setMinimumHeight(72)
        reading.addRow(self.preview)

    def _connect_signals(self) -> None:
        """Every control applies its change at once."""
        self.mode_buttons.idClicked.connect(self._changed)
        self.size_slider.valueChanged.connect(self._changed)
        self.family_choice.currentIndexChanged.connect(self._changed)
        self.family_combo.currentFontChanged.connect(self._changed)
        self.width_choice.currentIndexChanged.connect(self._changed)
        self.general_box.changed.connect(self._changed)
        self.background_box.changed.connect(self._changed)

    def retranslate_ui(self) -> None:
        """Set every visible string (again, after a language change)."""
        self.setWindowTitle(self.tr("Settings"))
        self.reading_box.setTitle(self.tr("Reading"))
        self.mode_label.setText(self.tr("Reading mode:"))
        names = {
            "light": self.tr("Light"),
            "sepia": self.tr("Sepia"),
            "dark": self.tr("Dark"),
            "contrast": self.tr("High contrast"),
            "system": self.tr("System"),
        }
        for mode, button in self.mode_radio.items():
            button.setText(names[mode])
        self.size_label.setText(self.tr("Font size:"))
        self.family_label.setText(self.tr("Font:"))
        self.family_choice.setItemText(0, self.tr("Serif"))
        self.family_choice.setItemText(1, self.tr("Sans serif"))
        self.family_choice.setItemText(2, self.tr("Other font"))
        self.width_label.setText(self.tr("Line width:"))
        widths = {"narrow": self.tr("Narrow"), "medium": self.tr("Medium"), "wide": self.tr("Wide")}
        for index, width in enumerate(LINE_WIDTHS):
            self.width_choice.setItemText(index, widths[width])
        self.general_box.retranslate()
        self.family_combo.setAccessibleName(self.tr("Other font"))
        self.preview.setText(
            self.tr("The council voted on Tuesday to build a floating solar farm on the reservoir.")
        )
        self._update_size_label()
        self._update_preview()
        self._name_controls()
        self._align_labels()

    def _name_controls(self) -> None:
        """Each control is named by its label's words for a screen reader (Qt finds a label
        only beside its control, not when the control sits in a row of several widgets)."""
        pairs = [
            (self.size_label, self.size_slider), (self.family_label, self.family_choice),
            (self.width_label, self.width_choice), *self.general_box.labelled_controls(),
        ]  # fmt: skip
        for label, control in pairs:
            words = label.text().replace("&", "").strip()
            control.setAccessibleName(words[:-1].strip() if words[-1:] in (":", "：") else words)
        for box in (*self.general_box.spin_boxes(), self.family_combo):
            # The box's own field takes the focus: it says the box's name.
            for edit in box.findChildren(QLineEdit):
                edit.setAccessibleName(box.accessibleName())

    def _align_labels(self) -> None:
        """One label column for both groups, however long the words are in this language."""
        labels = [
            self.mode_label, self.size_label, self.family_label, self.width_label,
            *self.general_box.labels(),
        ]  # fmt: skip
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # ----------------------------------------------------------------- state

    def settings(self) -> Settings:
        """The settings as the dialog shows them."""
        return self._settings

    def _load(self, s: Settings) -> None:
        self.mode_radio.get(s.reading_mode, self.mode_radio["system"]).setChecked(True)
        index = FONT_SIZES.index(s.font_size) if s.font_size in FONT_SIZES else 5
        self.size_slider.setValue(index)
        if s.font_family in ("serif", "sans"):
            self.family_choice.setCurrentIndex(0 if s.font_family == "serif" else 1)
        else:
            self.family_choice.setCurrentIndex(2)
            self.family_combo.setCurrentFont(QFont(s.font_family))
        self._show_generic_family()
        self.family_combo.setEnabled(self.family_choice.currentIndex() == 2)
        self.width_choice.setCurrentIndex(max(0, self.width_choice.findData(s.line_width)))
        self.general_box.load(s)
        self.background_box.load(s)

    def _read(self) -> Settings:
        mode = READING_MODES[max(0, self.mode_buttons.checkedId())]
        family_kind = self.family_choice.currentData()
        family = (
            self.family_combo.currentFont().family()
            if family_kind == _OTHER_FAMILY
            else str(family_kind)
        )
        return self.background_box.read(self._settings).with_changes(
            reading_mode=mode,
            font_size=FONT_SIZES[self.size_slider.value()],
            font_family=family,
            line_width=str(self.width_choice.currentData()),
            **self.general_box.changes(),
        )

    def _update_preview(self) -> None:
        """Show a line of text in the chosen mode, font and size."""
        current = self._read() if not self._loading else self._settings
        colours = themes.reading_colours(current.reading_mode)
        font = QFont(resolve_family(current.font_family))
        font.setPixelSize(current.font_size)
        self.preview.setFont(font)
        palette = self.preview.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(colours.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colours.text))
        self.preview.setPalette(palette)

    def _update_size_label(self) -> None:
        self.size_value.setText(self.tr("%n px", "", FONT_SIZES[self.size_slider.value()]))

    def _show_generic_family(self) -> None:
        """With Serif or Sans chosen, the (disabled) font box names the font that is used."""
        kind = self.family_choice.currentData()
        if kind in ("serif", "sans"):
            blocked = self.family_combo.blockSignals(True)
            self.family_combo.setCurrentFont(QFont(resolve_family(str(kind))))
            self.family_combo.blockSignals(blocked)

    def _changed(self, *_args: object) -> None:
        self._show_generic_family()
        self.family_combo.setEnabled(self.family_choice.currentIndex() == 2)
        self._update_size_label()
        self._update_preview()
        if self._loading:
            return
        new = self._read()
        if new == self._settings:
            return
        self._settings = new
        self.settings_changed.emit(new)

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` (e.g. after Ctrl+Plus in the window) without emitting."""
        self._loading = True
        try:
            self._settings = settings
            self._load(settings)
        finally:
            self._loading = False
        self._update_size_label()
        self._update_preview()
