"""The window's small dialogs about subscriptions: add subscription, move to folder, and feed
properties (the feed's own settings). The Help menu's dialogs are in :mod:`reader.ui.help_dialogs`.

Feed-controlled text (titles, URLs, errors) is shown only in plain-text widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.feed_settings import FEED_REFRESH_CHOICES, MAX_KEEP, VIEWS, FeedSettings
from reader.core.models import Feed, Folder
from reader.core.redact import redact_text, redact_url
from reader.ui import feed_notify, widgets
from reader.ui.lazy_qt import Qt

log = logging.getLogger(__name__)

DEFAULT_KEEP_DAYS = 30
"""Days offered when a feed first keeps its articles by age."""


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
    """Ask for a feed's or a site's address and the folder to put it in.

    The dialog stays open while the worker looks for the feed: Subscribe emits
    :attr:`subscribe_requested`; a failure shows its words under the address (which is kept),
    success closes the dialog (:meth:`succeeded`)."""

    subscribe_requested = Signal(str, object)
    """(address, folder name or None): the user asked to subscribe."""

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
        # Under the field: what is happening, or why the last try failed (plain text: the
        # words may quote the server).
        self.error = widgets.PlainLabel()
        self.error.setObjectName("addSubscriptionError")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow("", self.error)
        self.folder = QComboBox()
        self.folder.addItem(self.tr("(no folder)"), None)
        for label, folder_id in folder_choices(folders):
            self.folder.addItem(label, folder_id)
        form.addRow(self.tr("Folder:"), self.folder)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_subscribe_clicked)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Subscribe"))
        self._ok.setEnabled(False)
        self.url.textChanged.connect(self._on_url_edited)
        layout.addWidget(buttons)

    def subscribe_button(self) -> QPushButton:
        """The Subscribe button."""
        return self._ok

    def _on_url_edited(self, text: str) -> None:
        self._ok.setEnabled(bool(text.strip()))

    def _on_subscribe_clicked(self) -> None:
        if not self.address():
            return
        self._ok.setEnabled(False)
        self.url.setReadOnly(True)
        self.error.setText(self.tr("Looking for a feed…"))
        self.error.show()
        self.subscribe_requested.emit(self.address(), self.folder_name())

    def failed(self, words: str) -> None:
        """Subscribing failed: say why under the address, keep it, let the user try again."""
        self.url.setReadOnly(False)
        self._ok.setEnabled(bool(self.url.text().strip()))
        self.error.setText(self.tr("Could not subscribe: %1").replace("%1", words))
        self.error.show()
        self.url.setFocus()
        self.url.selectAll()

    def succeeded(self) -> None:
        """The feed was found (subscribed, or offered to choose from): close."""
        self.accept()

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
    """A feed's own settings (editable, applied at once) and its state, all as plain text.

    Every change emits :attr:`settings_changed` with the whole new :class:`FeedSettings` (the
    title when its editing is finished); the caller keeps it.
    """

    settings_changed = Signal(object)
    """The new :class:`FeedSettings`."""

    def __init__(
        self,
        feed: Feed,
        unread: int,
        parent: QWidget | None = None,
        *,
        settings: FeedSettings | None = None,
        own_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feed properties"))
        self.setMinimumWidth(560)
        self._settings = settings or FeedSettings(keep_count=feed.keep)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._build_choices(form, feed, own_title)
        layout.addLayout(form)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        info = QFormLayout()
        self._build_state(info, feed, unread)
        layout.addLayout(info)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._show(self._settings)
        for signal in (
            self.view.currentIndexChanged,
            self.refresh.currentIndexChanged,
            self.keep_mode.currentIndexChanged,
            self.keep_value.valueChanged,
            self.notify.currentIndexChanged,
            self.title.editingFinished,
        ):
            signal.connect(self._on_changed)

    def _build_choices(self, form: QFormLayout, feed: Feed, own_title: str) -> None:
        """The editable rows: title, view, refresh interval, retention, notification."""
        self.title = QLineEdit()
        self.title.setPlaceholderText(widgets.one_line(own_title or feed.title, 300))
        form.addRow(self.tr("Name:"), self.title)
        self.view = QComboBox()
        self.view.setObjectName("feedView")
        views = (
            self.tr("Reader view"),
            self.tr("Feed text"),
            self.tr("Original page (in the browser)"),
        )
        for value, text in zip(VIEWS, views, strict=True):
            self.view.addItem(text, value)
        form.addRow(self.tr("Show articles as:"), self.view)
        self.refresh = QComboBox()
        self.refresh.setObjectName("feedRefresh")
        for minutes, text in self._intervals():
            self.refresh.addItem(text, minutes)
        form.addRow(self.tr("Refresh:"), self.refresh)
        self.keep_mode = QComboBox()
        self.keep_mode.addItem(self.tr("A number of read articles"), "count")
        self.keep_mode.addItem(self.tr("Read articles for some days"), "days")
        self.keep_value = QSpinBox()
        self.keep_value.setRange(1, MAX_KEEP)
        row = QHBoxLayout()
        row.addWidget(self.keep_mode, 1)
        row.addWidget(self.keep_value)
        form.addRow(self.tr("Keep:"), row)
        kept = widgets.PlainLabel(self.tr("Unread and starred articles are always kept."))
        kept.setEnabled(False)  # a quiet hint, in the palette's muted colour
        form.addRow("", kept)
        self.notify = feed_notify.NotifyChoiceBox()
        form.addRow(feed_notify.label_text(), self.notify)
        self.keep_mode.currentIndexChanged.connect(self._on_keep_mode)

    def _intervals(self) -> list[tuple[int | None, str]]:
        hours = {60: self.tr("Every hour"), 120: self.tr("Every 2 hours")}
        hours.update({240: self.tr("Every 4 hours"), 720: self.tr("Every 12 hours")})
        words = {
            0: self.tr("Only when I ask"),
            15: self.tr("Every 15 minutes"),
            30: self.tr("Every 30 minutes"),
            1440: self.tr("Once a day"),
            **hours,
        }
        return [(None, self.tr("As in Settings"))] + [(m, words[m]) for m in FEED_REFRESH_CHOICES]

    def _build_state(self, form: QFormLayout, feed: Feed, unread: int) -> None:
        """The read-only rows: address, site, last update and check, unread, last error."""
        never = self.tr("never")
        rows = [
            (self.tr("Name:"), feed.title),
            (self.tr("Feed address:"), redact_url(feed.url)),
            (self.tr("Web site:"), feed.site_url or "—"),
            (self.tr("Last update:"), _when(feed.last_updated, never)),
            (self.tr("Last check:"), _when(feed.last_checked, never)),
            (self.tr("Unread articles:"), QLocale().toString(unread)),
            (self.tr("Last error:"), redact_text(feed.last_error or "") or self.tr("none")),
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

    def _show(self, settings: FeedSettings) -> None:
        self.title.setText(settings.title)
        self.view.setCurrentIndex(max(0, self.view.findData(settings.view)))
        index = 0 if settings.refresh_min is None else self.refresh.findData(settings.refresh_min)
        self.refresh.setCurrentIndex(max(0, index))
        by_days = settings.keep_days is not None
        self.keep_mode.setCurrentIndex(1 if by_days else 0)
        self._on_keep_mode()
        self.keep_value.setValue(settings.keep_days or 0 if by_days else settings.keep_count)
        self.notify.set_choice(settings.notify)

    def _on_keep_mode(self) -> None:
        by_days = self.keep_mode.currentData() == "days"
        self.keep_value.setSuffix(self.tr(" days") if by_days else self.tr(" articles"))
        # A count of 500 is no number of days: each mode starts from its own value.
        days = self._settings.keep_days or DEFAULT_KEEP_DAYS
        self.keep_value.setValue(days if by_days else self._settings.keep_count)

    def chosen(self) -> FeedSettings:
        """The settings as the dialog shows them now."""
        by_days = self.keep_mode.currentData() == "days"
        value = self.keep_value.value()
        return FeedSettings(
            refresh_min=self.refresh.currentData(),
            keep_days=value if by_days else None,
            keep_count=self._settings.keep_count if by_days else value,
            notify=self.notify.choice(),
            view=str(self.view.currentData()),
            title=self.title.text(),
        ).validated()

    def done(self, result: int) -> None:
        """Closing keeps a title still being typed (Escape finishes no editing)."""
        self._on_changed()
        super().done(result)

    def _on_changed(self) -> None:
        new = self.chosen()
        if new != self._settings:
            self._settings = new
            self.settings_changed.emit(new)
