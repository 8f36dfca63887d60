"""Feed properties' "Notifications" choice: as in Settings, always (opt in) or never (opt out).

The background reads the stored choice after each refresh (:func:`reader.core.feed_settings.
notifies`); pausing from the tray and quiet hours silence every feed alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from reader.core.feed_settings import Notify, notify_choice

# Calls with a literal context and text, so pyside6-lupdate finds every message.
translate = QCoreApplication.translate


def label_text() -> str:
    """The words beside the choice in the dialog's form."""
    return translate("FeedNotify", "Notifications:")


class NotifyChoiceBox(QComboBox):
    """A combo box of the three :class:`Notify` choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedNotify")
        for choice in Notify:
            self.addItem("", int(choice))
        self.retranslate()

    def retranslate(self) -> None:
        """The choices' words in the current language."""
        words = {
            Notify.DEFAULT: translate("FeedNotify", "As in Settings"),
            Notify.ALWAYS: translate("FeedNotify", "Always"),
            Notify.NEVER: translate("FeedNotify", "Never"),
        }
        for index in range(self.count()):
            self.setItemText(index, words[notify_choice(self.itemData(index))])
        self.setAccessibleName(label_text().rstrip(":："))

    def choice(self) -> Notify:
        """The choice shown."""
        return notify_choice(self.currentData())

    def set_choice(self, choice: Notify) -> None:
        """Show ``choice``."""
        self.setCurrentIndex(max(0, self.findData(int(choice))))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
