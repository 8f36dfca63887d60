"""A list of feeds with check boxes: choose several of the feeds a site offers, or some of the
suggested news feeds (not all of them at once).

Feed titles come from strangers: the list shows them as plain item text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.parsed import DiscoveredFeed, OpmlDocument, OpmlFeed, OpmlFolder
from reader.core.redact import redact_url
from reader.ui import widgets
from reader.ui.lazy_qt import Qt

Path = tuple[str, ...]
"""Folder names from the top, for a suggested feed."""


class FeedPickerDialog(QDialog):
    """Feeds with check boxes; OK takes the checked ones (at least one)."""

    def __init__(
        self,
        title: str,
        intro: str,
        entries: Sequence[tuple[str, Any]],
        checked: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedPicker")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.resize(560, 520)  # the suggested list: a dozen feeds visible at once
        layout = QVBoxLayout(self)
        layout.addWidget(widgets.PlainLabel(intro))
        self.list = QListWidget()
        for row, (text, payload) in enumerate(entries):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, payload)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._update_ok())
        layout.addWidget(self.list)
        row_layout = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Select all"))
        self.none_button = QPushButton(self.tr("Select none"))
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        row_layout.addWidget(self.all_button)
        row_layout.addWidget(self.none_button)
        row_layout.addStretch(1)
        layout.addLayout(row_layout)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def set_all(self, on: bool) -> None:
        """Check or uncheck every feed."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[Any]:
        """What the checked rows stand for, in list order."""
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedPickerDialog", text)


def discovered_picker(
    page_url: str, feeds: Sequence[DiscoveredFeed], parent: QWidget | None, total: int = 0
) -> FeedPickerDialog:
    """The feeds a page offers, the first one checked; ``total``: how many it offers when
    ``feeds`` are only the first of them."""
    entries = []
    for feed in feeds:
        shown = widgets.one_line(redact_url(feed.url), 300)  # its secrets are never shown
        title = widgets.one_line(feed.title, 200) or shown
        entries.append((f"{title}\n{shown}", feed))
    page = widgets.one_line(redact_url(page_url), 300)
    intro = _tr("This site offers several feeds: %1").replace("%1", page)
    if total > len(feeds):
        intro += "\n" + _tr("Only the first %1 of its %2 feeds are listed.").replace(
            "%1", str(len(feeds))
        ).replace("%2", str(total))
    return FeedPickerDialog(_tr("Choose feeds"), intro, entries, (0,), parent)


def suggested_picker(document: OpmlDocument, parent: QWidget | None) -> FeedPickerDialog:
    """The suggested feeds, none checked: the reader picks the ones to add."""
    entries = []
    for path, feed in flatten(document):
        name = widgets.one_line(feed.title, 200) or widgets.one_line(feed.url, 300)
        where = " / ".join(path)
        entries.append((f"{name}\n{where}" if where else name, (path, feed)))
    return FeedPickerDialog(
        _tr("Suggested news feeds"),
        _tr("Choose the feeds to add (nothing is fetched until you refresh):"),
        entries,
        (),
        parent,
    )


def open_suggested(
    parent: QWidget | None, import_opml: Callable[[bytes], None]
) -> FeedPickerDialog:
    """Show the suggested feeds' picker (window-modal, not blocking); OK imports the chosen
    ones, in their folders, as OPML through ``import_opml``."""
    from reader.core.feeds.opml import parse_opml, write_opml  # on use: not at start-up
    from reader.resources import resource_path

    document = parse_opml(resource_path("feeds", "suggested.opml").read_bytes())
    dialog = suggested_picker(document, parent)
    dialog.accepted.connect(lambda: import_opml(write_opml(only(document, dialog.chosen()))))
    dialog.open()
    return dialog


def flatten(document: OpmlDocument) -> list[tuple[Path, OpmlFeed]]:
    """Every feed of an OPML document with the folders it is in."""
    found: list[tuple[Path, OpmlFeed]] = []
    stack: list[tuple[OpmlFolder, Path]] = [(document.root, ())]
    while stack:
        folder, path = stack.pop(0)
        found.extend((path, feed) for feed in folder.feeds)
        stack.extend((sub, (*path, sub.title)) for sub in folder.folders)
    return found


def only(document: OpmlDocument, chosen: Sequence[tuple[Path, OpmlFeed]]) -> OpmlDocument:
    """The document with only the ``chosen`` feeds, each in its folders (no empty folder)."""
    return OpmlDocument(title=document.title, root=_folder((), chosen))


def _folder(path: Path, chosen: Sequence[tuple[Path, OpmlFeed]]) -> OpmlFolder:
    feeds = tuple(feed for where, feed in chosen if where == path)
    names = dict.fromkeys(where[len(path)] for where, _f in chosen if where[: len(path)] == path
                          and len(where) > len(path))  # fmt: skip
    return OpmlFolder(
        title=path[-1] if path else "",
        feeds=feeds,
        folders=tuple(_folder((*path, name), chosen) for name in names),
    )
