"""The window's small dialogs: add subscription, choose a feed, move to folder, feed properties,
keyboard shortcuts, and the one error dialog for unexpected exceptions.

Feed-controlled text (titles, URLs, errors) is shown only in plain-text widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.models import DiscoveredFeed, Feed, Folder
from reader.ui import widgets

log = logging.getLogger(__name__)


def folder_choices(folders: Sequence[Folder]) -> list[tuple[str, int | None]]:
    """(label, folder id) pairs for a folder chooser, top level first, nested ones as paths."""
    by_id = {f.id: f for f in folders}

    def path(folder: Folder) -> str:
        names: list[str] = []
        seen: set[int] = set()
        current: Folder | None = folder
        while current is not None and current.id not in seen:
            seen.add(current.id)
            names.append(widgets.one_line(current.name, 80))
            current = by_id.get(current.parent_id) if current.parent_id is not None else None
        return " / ".join(reversed(names))

    return sorted(((path(f), f.id) for f in folders), key=lambda p: p[0].casefold())


class AddSubscriptionDialog(QDialog):
    """Ask for a feed's or a site's address and the folder to put it in."""

    def __init__(self, folders: Sequence[Folder], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add subscription"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            widgets.PlainLabel(
                self.tr(
                    "Type the address of a feed, or of a web site: its feeds are found for you."
                )
            )
        )
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        form.addRow(self.tr("Address:"), self.url)
        self.folder = QComboBox()
        self.folder.addItem(self.tr("(no folder)"), None)
        for label, folder_id in folder_choices(folders):
            self.folder.addItem(label, folder_id)
        form.addRow(self.tr("Folder:"), self.folder)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Subscribe"))
        self._ok.setEnabled(False)
        self.url.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        layout.addWidget(buttons)

    def address(self) -> str:
        """The typed address; ``https://`` is added when no scheme was given."""
        text = self.url.text().strip()
        if text and "://" not in text and not text.startswith("feed:"):
            text = "https://" + text
        if text.startswith("feed://"):
            text = "https://" + text[len("feed://") :]
        elif text.startswith("feed:"):
            text = text[len("feed:") :]
        return text

    def folder_name(self) -> str | None:
        """The chosen folder's name, or None for the top level."""
        if self.folder.currentData() is None:
            return None
        return self.folder.currentText().split(" / ")[-1]


class ChooseFeedDialog(QDialog):
    """A page offers several feeds: pick one."""

    def __init__(
        self, page_url: str, feeds: Sequence[DiscoveredFeed], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a feed"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(widgets.PlainLabel(self.tr("This site offers several feeds:")))
        layout.addWidget(widgets.PlainLabel(widgets.one_line(page_url, 300)))
        self.list = QListWidget()
        for feed in feeds:
            title = widgets.one_line(feed.title, 200) or widgets.one_line(feed.url, 300)
            item = QListWidgetItem(f"{title}\n{widgets.one_line(feed.url, 300)}")
            item.setData(Qt.ItemDataRole.UserRole, feed)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> DiscoveredFeed | None:
        """The feed picked, or None."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class MoveToFolderDialog(QDialog):
    """Pick the folder a feed goes into."""

    def __init__(
        self, folders: Sequence[Folder], current: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to folder"))
        layout = QVBoxLayout(self)
        self.folder = QComboBox()
        self.folder.addItem(self.tr("(no folder)"), None)
        for label, folder_id in folder_choices(folders):
            self.folder.addItem(label, folder_id)
            if folder_id == current:
                self.folder.setCurrentIndex(self.folder.count() - 1)
        layout.addWidget(self.folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def folder_id(self) -> int | None:
        """The chosen folder's id (None: top level)."""
        data = self.folder.currentData()
        return int(data) if data is not None else None


def _when(value: datetime | None, never: str) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else never


class FeedPropertiesDialog(QDialog):
    """A feed's address, site, last update and last error, all as plain text."""

    def __init__(self, feed: Feed, unread: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feed properties"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        never = self.tr("never")
        rows = [
            (self.tr("Name:"), feed.title),
            (self.tr("Feed address:"), feed.url),
            (self.tr("Web site:"), feed.site_url or "—"),
            (self.tr("Last update:"), _when(feed.last_updated, never)),
            (self.tr("Last check:"), _when(feed.last_checked, never)),
            (self.tr("Unread articles:"), QLocale().toString(unread)),
            (self.tr("Last error:"), feed.last_error or self.tr("none")),
        ]
        if feed.gone:
            rows.append((self.tr("Status:"), self.tr("the feed is gone (server answered 410)")))
        self.values: dict[str, widgets.PlainLabel] = {}
        for label, value in rows:
            shown = widgets.PlainLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
            self.values[label] = shown
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: a two-column table."""

    def __init__(self, shortcuts: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 520)
        layout = QVBoxLayout(self)
        table = QTableWidget(len(shortcuts), 2)
        table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setShowGrid(False)
        for row, (keys, action) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_shortcuts(rows: list[tuple[str, str]], parent: QWidget | None) -> None:
    """Help > Keyboard shortcuts: ``rows`` of (keys, what they do)."""
    ShortcutsDialog(rows, parent).exec()


def show_about(data: Path, parent: QWidget | None) -> None:
    """Help > About: the version and where the profile's data is."""
    from reader import __version__

    # The window's strings, in its translation context.
    widgets.information(
        parent,
        QCoreApplication.translate("MainWindow", "About Broadsheet"),
        QCoreApplication.translate("MainWindow", "Broadsheet %1, a desktop news reader.").replace(
            "%1", __version__
        ),
        QCoreApplication.translate("MainWindow", "Data: %1").replace("%1", str(data)),
    )
