"""Managing subscriptions from the window: add (by feed or site), choose among several feeds, new
folder, rename, move, remove, properties, OPML import/export, the suggested feeds, and the
welcome page's links. Network work goes to the worker; small edits go to the GUI's store.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QDialog, QLineEdit, QMenu

from reader.core.models import DiscoveredFeed, Feed, Folder
from reader.errors import ReaderError
from reader.resources import resource_path
from reader.ui import widgets
from reader.ui.feed_tree import Selection

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow
    from reader.usecases.refresh import ImportReport

log = logging.getLogger(__name__)

MAX_OPML_BYTES = 64 * 1024 * 1024


class Subscriptions(QObject):
    """The subscription actions of a :class:`MainWindow`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._folder: str | None = None
        self.last_import: ImportReport | None = None

    # -- adding --------------------------------------------------------------------------------
    def add(self) -> None:
        """Ask for an address and subscribe in the worker."""
        from reader.ui.dialogs import AddSubscriptionDialog

        dialog = AddSubscriptionDialog(self.w.feed_model.folders(), self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.subscribe(dialog.address(), dialog.folder_name())

    def subscribe(self, url: str, folder: str | None = None) -> None:
        """Subscribe to ``url`` (a feed or a site) in the worker."""
        if not url:
            return
        self._folder = folder
        self.w.show_status(lambda: self.tr("Looking for a feed at %1…").replace("%1", url), 0)
        self.w.host.request_subscribe.emit(url, folder)

    def on_subscribed(self, feed: Feed) -> None:
        """Show the new feed, selected, with its first articles."""
        self.w.reload_tree()
        self.w.feed_tree.select(Selection("feed", feed.id))
        self.w.show_status(
            lambda: self.tr("Subscribed to %1.").replace("%1", feed.title or feed.url)
        )

    def on_feeds_offered(self, page_url: str, feeds: list[DiscoveredFeed]) -> None:
        """The site offers several feeds: let the user pick one."""
        from reader.ui.dialogs import ChooseFeedDialog

        self.w.statusBar().clearMessage()
        dialog = ChooseFeedDialog(page_url, feeds, self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is not None:
            self.subscribe(chosen.url, self._folder)

    def on_subscribe_failed(self, words: str) -> None:
        """Say why subscribing failed (plain text: the words may quote the server)."""
        self.w.statusBar().clearMessage()
        widgets.warning(self.w, self.tr("Add subscription"), self.tr("Could not subscribe."), words)

    def on_welcome_action(self, action: str) -> None:
        """A link on the welcome page."""
        if action == "add":
            self.add()
        elif action == "import":
            self.import_opml()
        elif action == "suggested":
            self.add_suggested()

    # -- folders and feeds --------------------------------------------------------------------
    def _selected(self) -> Selection | None:
        return self.w.feed_tree.current_selection()

    def new_folder(self) -> None:
        """Create a folder at the top level."""
        from PySide6.QtWidgets import QInputDialog  # on use: not needed at start

        name, ok = QInputDialog.getText(self.w, self.tr("New folder"), self.tr("Folder name:"))
        name = widgets.one_line(name, 200)
        if not ok or not name:
            return
        # Its id comes from the store: the folder shows once it is written.
        self.w.edit_subscriptions(
            self.w.action_label("new_folder"), lambda store: store.add_folder(name)
        )

    def rename(self) -> None:
        """Rename the selected feed or folder."""
        selection = self._selected()
        if selection is None or selection.kind == "smart":
            return
        if selection.kind == "feed" and selection.feed_id is not None:
            feed = self.w.feed_model.feed(selection.feed_id)
            current = feed.title if feed else ""
        else:
            folder = self.w.feed_model.folder(int(selection.key))
            current = folder.name if folder else ""
        from PySide6.QtWidgets import QInputDialog  # on use: not needed at start

        name, ok = QInputDialog.getText(
            self.w, self.tr("Rename"), self.tr("New name:"), QLineEdit.EchoMode.Normal, current
        )
        name = widgets.one_line(name, 200)
        if not ok or not name:
            return
        key = int(selection.key)
        folders, feeds = self._shown()
        if selection.kind == "feed":
            feeds = [replace(f, title=name) if f.id == key else f for f in feeds]
            self.w.edit_subscriptions(
                self.w.action_label("rename"),
                lambda store: store.rename_feed(key, name),
                folders=folders,
                feeds=feeds,
            )
        else:
            folders = [replace(f, name=name) if f.id == key else f for f in folders]
            self.w.edit_subscriptions(
                self.w.action_label("rename"),
                lambda store: store.rename_folder(key, name),
                folders=folders,
                feeds=feeds,
            )

    def move(self) -> None:
        """Move the selected feed into a folder."""
        from reader.ui.dialogs import MoveToFolderDialog

        selection = self._selected()
        if selection is None or selection.feed_id is None:
            self.w.show_status(lambda: self.tr("Select a feed to move it."))
            return
        feed = self.w.feed_model.feed(selection.feed_id)
        dialog = MoveToFolderDialog(
            self.w.feed_model.folders(), feed.folder_id if feed else None, self.w
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.w.move_feed(selection.feed_id, dialog.folder_id())

    def remove(self) -> None:
        """Unsubscribe from the selected feed, or remove the selected folder (asks first)."""
        selection = self._selected()
        if selection is None or selection.kind == "smart":
            return
        if selection.kind == "feed" and selection.feed_id is not None:
            feed = self.w.feed_model.feed(selection.feed_id)
            name = feed.title or feed.url if feed else ""
            question = self.tr("Unsubscribe from this feed? Its articles are deleted.")
            feed_id = selection.feed_id
            if widgets.question(self.w, self.tr("Remove subscription"), question, name):
                folders, feeds = self._shown()
                self.w.edit_subscriptions(
                    self.w.action_label("remove"),
                    lambda store: store.remove_feed(feed_id),
                    folders=folders,
                    feeds=[f for f in feeds if f.id != feed_id],
                )
            return
        folder_id = int(selection.key)
        folder = self.w.feed_model.folder(folder_id)
        question = self.tr("Remove this folder? Its feeds move up one level.")
        if not widgets.question(
            self.w, self.tr("Remove folder"), question, folder.name if folder else ""
        ):
            return
        parent = folder.parent_id if folder else None
        folders, feeds = self._shown()
        self.w.edit_subscriptions(
            self.w.action_label("remove"),
            lambda store: store.remove_folder(folder_id),
            folders=[
                replace(f, parent_id=parent) if f.parent_id == folder_id else f
                for f in folders
                if f.id != folder_id
            ],
            feeds=[replace(f, folder_id=parent) if f.folder_id == folder_id else f for f in feeds],
        )

    def _shown(self) -> tuple[list[Folder], list[Feed]]:
        """The folders and feeds the tree shows now."""
        return self.w.feed_model.folders(), self.w.feed_model.feeds()

    def properties(self) -> None:
        """The selected feed's address, last update and last error."""
        from reader.ui.dialogs import FeedPropertiesDialog

        selection = self._selected()
        if selection is None or selection.feed_id is None:
            return
        try:
            feed = self.w.store.feed(selection.feed_id)
        except ReaderError:
            return
        unread = self.w.store.unread_counts().get(feed.id, 0)
        FeedPropertiesDialog(feed, unread, self.w).exec()

    def show_tree_menu(self, pos: QPoint) -> None:
        """The subscriptions' context menu."""
        a = self.w.actions_
        selection = self._selected()
        names: list[str | None] = ["refresh_feed", "mark_all_read"]
        if selection is not None and selection.kind == "feed":
            names += [None, "rename", "move", "remove", None, "properties"]
        elif selection is not None and selection.kind == "folder":
            names += [None, "rename", "remove"]
        names += [None, "add", "new_folder"]
        menu = QMenu(self.w)
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(a[name])
        menu.exec(self.w.feed_tree.viewport().mapToGlobal(pos))

    # -- OPML ------------------------------------------------------------------------------------
    def import_opml(self) -> None:
        """Pick an OPML file and import it (nothing is fetched)."""
        from PySide6.QtWidgets import QFileDialog  # on use: not needed at start

        path, _ = QFileDialog.getOpenFileName(
            self.w,
            self.tr("Import OPML"),
            str(Path.home()),
            self.tr("OPML files (*.opml *.xml);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import the OPML file at ``path``."""
        try:
            if path.stat().st_size > MAX_OPML_BYTES:
                raise OSError(self.tr("the file is too large"))
            data = path.read_bytes()
        except OSError as exc:
            widgets.warning(
                self.w, self.tr("Import OPML"), self.tr("The file could not be read."), str(exc)
            )
            return
        self.w.show_status(lambda: self.tr("Importing…"), 0)
        self.w.host.request_import.emit(data, None)

    def import_summary(self, report: ImportReport) -> str:
        """ "3 subscriptions added, 1 already there." in the current language."""
        added = self.tr("%n subscriptions added", "", report.added)
        there = self.tr("%n already there", "", report.duplicates)
        return self.tr("%1, %2.").replace("%1", added).replace("%2", there)

    def add_suggested(self) -> None:
        """Import the curated suggested feeds shipped with Broadsheet (nothing fetched yet)."""
        self.import_file(resource_path("feeds", "suggested.opml"))

    def on_imported(self, report: ImportReport) -> None:
        """Show the imported feeds and say what happened."""
        self.last_import = report
        self.w.reload_tree()
        self.w.feed_tree.expand_folders()
        self.w.show_status(lambda: self.import_summary(report), 15000)
        text = self.import_summary(report)
        if report.added and self.w.article_view.current_article_id() is None:
            self.w.article_view.show_message(
                text + " " + self.tr("Press F5 (Refresh) to fetch their articles.")
            )
        if report.skipped:
            widgets.information(
                self.w,
                self.tr("Import OPML"),
                self.tr("Some entries were skipped:"),
                "\n".join(report.skipped[:50]),
            )

    def export_opml(self) -> None:
        """Write every subscription to an OPML file."""
        from PySide6.QtWidgets import QFileDialog  # on use: not needed at start

        path, _ = QFileDialog.getSaveFileName(
            self.w,
            self.tr("Export OPML"),
            str(Path.home() / "broadsheet-subscriptions.opml"),
            self.tr("OPML files (*.opml)"),
        )
        if path:
            self.w.host.request_export.emit(path)

    def on_exported(self, path: str) -> None:
        """Say where the export went."""
        self.w.show_status(lambda: self.tr("Subscriptions exported to %1.").replace("%1", path))
