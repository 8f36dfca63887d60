"""The settings dialog's "General" group: interface and article language, refresh, marking
read, the cache size and the downloads folder. Its words keep the ``SettingsDialog``
translation context of the dialog it sits in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from reader.core.simplify.alternates import LANGUAGE_NAMES
from reader.settings import (
    CACHE_MB_MAX,
    CACHE_MB_MIN,
    REFRESH_INTERVALS,
    Settings,
    download_folder,
)
from reader.ui.i18n import LANGUAGES


class GeneralBox(QGroupBox):
    """The group of general options; :attr:`changed` on every change. The dialog calls
    :meth:`retranslate` (its label column and the controls' names depend on the words)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._download_folder = ""
        general = QFormLayout(self)
        self._build_languages(general)
        self._build_refresh(general)
        self._build_storage(general)
        for signal in (
            self.language_choice.currentIndexChanged,
            self.article_language_choice.currentIndexChanged,
            self.refresh_start.toggled,
            self.refresh_choice.currentIndexChanged,
            self.mark_choice.currentIndexChanged,
            self.mark_delay.valueChanged,
            self.cache_spin.valueChanged,
        ):
            signal.connect(self._on_changed)
        self.download_button.clicked.connect(self._on_download_button_clicked)

    # ----------------------------------------------------------------- building

    def _build_languages(self, general: QFormLayout) -> None:
        """The interface's language and the language articles are wanted in."""
        self.language_choice = QComboBox(self)
        self.language_choice.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language_choice.addItem(name, code)
        self.language_label = QLabel(self)
        general.addRow(self.language_label, self.language_choice)
        self.article_language_choice = QComboBox(self)
        self.article_language_choice.setObjectName("article_language")
        self.article_language_choice.addItem("", "")  # same as the interface (named in retranslate)
        self.article_language_choice.addItem("", "original")
        # each language by its own name; the two regional duplicates of Chinese left out
        shown = {c: n for c, n in LANGUAGE_NAMES.items() if c not in ("zh-cn", "zh-tw")}
        for code, name in sorted(shown.items(), key=lambda item: item[1].casefold()):
            self.article_language_choice.addItem(name, code)
        self.article_language_label = QLabel(self)
        general.addRow(self.article_language_label, self.article_language_choice)

    def _build_refresh(self, general: QFormLayout) -> None:
        """Refresh on start, the refresh interval and when an opened article is marked read."""
        self.refresh_start = QCheckBox(self)
        self.refresh_start.setObjectName("refresh_on_start")
        general.addRow("", self.refresh_start)
        self.refresh_choice = QComboBox(self)
        self.refresh_choice.setObjectName("refresh_interval")
        for minutes in REFRESH_INTERVALS:
            self.refresh_choice.addItem("", minutes)
        self.refresh_label = QLabel(self)
        general.addRow(self.refresh_label, self.refresh_choice)

        self.mark_choice = QComboBox(self)
        self.mark_choice.setObjectName("mark_read")
        self.mark_choice.addItem("", 0)
        self.mark_choice.addItem("", 1)
        self.mark_choice.addItem("", -1)
        self.mark_delay = QSpinBox(self)
        self.mark_delay.setObjectName("mark_read_delay")
        self.mark_delay.setRange(1, 600)
        mark_row = QWidget(self)
        mark_layout = QHBoxLayout(mark_row)
        mark_layout.setContentsMargins(0, 0, 0, 0)
        mark_layout.addWidget(self.mark_choice)
        mark_layout.addWidget(self.mark_delay)
        mark_layout.addStretch(1)
        self.mark_label = QLabel(self)
        general.addRow(self.mark_label, mark_row)

    def _build_storage(self, general: QFormLayout) -> None:
        """The cache size and the downloads folder."""
        self.cache_spin = QSpinBox(self)
        self.cache_spin.setObjectName("cache_max_mb")
        self.cache_spin.setRange(CACHE_MB_MIN, CACHE_MB_MAX)
        self.cache_spin.setSingleStep(50)
        self.cache_label = QLabel(self)
        general.addRow(self.cache_label, self.cache_spin)
        # Downloads of podcasts and attachments (issue 13): the button shows the folder.
        self.download_button = QPushButton(self)
        self.download_button.setObjectName("download_folder")
        self.download_label = QLabel(self)
        general.addRow(self.download_label, self.download_button)

    def retranslate(self) -> None:
        """The group's words in the current language."""
        translate = QCoreApplication.translate
        self.setTitle(translate("SettingsDialog", "General"))
        self.language_label.setText(translate("SettingsDialog", "Language:"))
        self.article_language_label.setText(translate("SettingsDialog", "Article language:"))
        article = self.article_language_choice
        article.setItemText(0, translate("SettingsDialog", "Same as the interface"))
        article.setItemText(1, translate("SettingsDialog", "Original (as published)"))
        article.setToolTip(
            translate(
                "SettingsDialog",
                "Articles are shown in this language when their site publishes it.",
            )
        )
        self.refresh_start.setText(translate("SettingsDialog", "Refresh all feeds on start"))
        self.refresh_label.setText(translate("SettingsDialog", "Refresh every:"))
        intervals = {
            0: translate("SettingsDialog", "Off"),
            15: translate("SettingsDialog", "15 minutes"),
            30: translate("SettingsDialog", "30 minutes"),
            60: translate("SettingsDialog", "1 hour"),
            120: translate("SettingsDialog", "2 hours"),
        }
        for index, minutes in enumerate(REFRESH_INTERVALS):
            self.refresh_choice.setItemText(index, intervals[minutes])
        self.mark_label.setText(translate("SettingsDialog", "Mark as read on open:"))
        self.mark_choice.setItemText(0, translate("SettingsDialog", "Immediately"))
        self.mark_choice.setItemText(1, translate("SettingsDialog", "After a delay"))
        self.mark_choice.setItemText(2, translate("SettingsDialog", "Never"))
        self.mark_delay.setSuffix(translate("SettingsDialog", " s"))
        self.mark_delay.setAccessibleName(translate("SettingsDialog", "Delay before marking read"))
        self.cache_label.setText(translate("SettingsDialog", "Cache size limit:"))
        self.cache_spin.setSuffix(translate("SettingsDialog", " MB"))
        self.download_label.setText(translate("SettingsDialog", "Downloads folder:"))

    def labels(self) -> list[QLabel]:
        """The group's row labels (the dialog gives both groups one label column)."""
        return [
            self.language_label, self.article_language_label, self.refresh_label,
            self.mark_label, self.cache_label, self.download_label,
        ]  # fmt: skip

    def labelled_controls(self) -> list[tuple[QLabel, QWidget]]:
        """(label, control) pairs whose control a screen reader names by the label's words."""
        return [
            (self.language_label, self.language_choice), (self.refresh_label, self.refresh_choice),
            (self.mark_label, self.mark_choice), (self.cache_label, self.cache_spin),
        ]  # fmt: skip

    def spin_boxes(self) -> tuple[QSpinBox, ...]:
        """The number boxes, whose own text field must say the box's name too."""
        return (self.mark_delay, self.cache_spin)

    # ----------------------------------------------------------------- state

    def load(self, s: Settings) -> None:
        """Show ``s`` (an article language typed into the settings file is offered too)."""
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(s.language)))
        article = self.article_language_choice
        if article.findData(s.article_language) < 0:  # a tag typed into the settings file
            article.addItem(s.article_language, s.article_language)
        article.setCurrentIndex(max(0, article.findData(s.article_language)))
        self.refresh_start.setChecked(s.refresh_on_start)
        self.refresh_choice.setCurrentIndex(
            max(0, self.refresh_choice.findData(s.refresh_interval_min))
        )
        delay = s.mark_read_delay_s
        self.mark_choice.setCurrentIndex(0 if delay == 0 else (2 if delay < 0 else 1))
        self.mark_delay.setValue(delay if delay > 0 else 5)
        self.mark_delay.setEnabled(delay > 0)
        self.cache_spin.setValue(s.cache_max_mb)
        self._download_folder = s.download_folder
        self.download_button.setText(str(download_folder(s)).replace("&", "&&"))

    def changes(self) -> dict[str, Any]:
        """The group's values, as :meth:`Settings.with_changes` takes them."""
        mark = int(self.mark_choice.currentData())
        return {
            "language": str(self.language_choice.currentData()),
            "article_language": str(self.article_language_choice.currentData()),
            "refresh_on_start": self.refresh_start.isChecked(),
            "refresh_interval_min": int(self.refresh_choice.currentData()),
            "cache_max_mb": self.cache_spin.value(),
            "mark_read_delay_s": self.mark_delay.value() if mark == 1 else mark,
            "download_folder": self._download_folder,
        }

    def set_download_folder(self, folder: str) -> None:
        """Download podcasts and attachments into ``folder`` from now on."""
        self._download_folder = folder
        self.download_button.setText(folder.replace("&", "&&"))
        self._on_changed()

    def _on_download_button_clicked(self) -> None:
        # the chooser opens on the folder shown (the desktop's downloads folder when none)
        shown = download_folder(Settings(download_folder=self._download_folder))
        chosen = QFileDialog.getExistingDirectory(
            self.window(),
            QCoreApplication.translate("SettingsDialog", "Downloads folder"),
            str(shown),
        )
        if chosen:
            self.set_download_folder(chosen)

    def _on_changed(self, *_args: object) -> None:
        self.mark_delay.setEnabled(self.mark_choice.currentIndex() == 1)
        self.changed.emit()
