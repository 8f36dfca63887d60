"""Managing subscriptions from the window: add (by feed or site), choose among several feeds, new
folder, rename, move, remove, properties, OPML import/export, the suggested feeds, and the
welcome page's links. Network work goes to the worker; small edits go to the GUI's store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from reader.core.models import Feed, Folder
from reader.core.parsed import DiscoveredFeed
from reader.core.redact import redact_url
from reader.ui import opml_files, widgets
from reader.ui.feed_tree import Selection
from reader.ui.i18n import Text
from reader.ui.remote_subscriptions import handled, remote_route

if TYPE_CHECKING:
    from reader.opener import OpenRequest
    from reader.ui.article_view import ArticleView
    from reader.ui.dialogs import AddSubscriptionDialog
    from reader.ui.panes import Panes
    from reader.ui.user_writes import Change, UserWrites
    from reader.ui.window_actions import WindowActions
    from reader.ui.worker_host import WorkerHost
    from reader.usecases.refresh import ImportReport

log = logging.getLogger(__name__)


class Subscriptions(QObject):
    """The subscription actions: dialogs ask, the worker subscribes and imports, and small
    edits show in the tree at once and are written by the user writes."""

    status_message = Signal(object, int)
    """Words for the status bar (:data:`~reader.ui.i18n.Text`: a function that makes them in the
    current language, or plain words) and how long they stay (ms, 0: until replaced; "": clear)."""
    feed_view_changed = Signal(int)
    """A feed's view (Feed properties) was stored: its open article shows it now."""

    def __init__(
        self,
        panes: Panes,
        host: WorkerHost,
        writes: UserWrites,
        actions: WindowActions,
        article_view: Callable[[], ArticleView],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panes = panes
        self._host = host
        self._writes = writes
        self._actions = actions
        self._view = article_view
        self._folder: str | None = None
        self._add_dialog: AddSubscriptionDialog | None = None
        self.last_import: ImportReport | None = None

    # -- adding --------------------------------------------------------------------------------
    def add(self) -> None:
        """Ask for an address and subscribe in the worker; the dialog stays open until the
        feed is found, and shows why when it is not (the typed address is kept)."""
        from reader.ui.dialogs import AddSubscriptionDialog

        if self._add_dialog is not None:
            self._add_dialog.raise_()
            return
        dialog = AddSubscriptionDialog(self._panes.feed_model.folders(), self._parent())
        dialog.subscribe_requested.connect(remote_route(self, dialog, self.subscribe))
        dialog.finished.connect(lambda _result: self._forget_add_dialog(dialog))
        self._add_dialog = dialog
        dialog.open()

    def _forget_add_dialog(self, dialog: AddSubscriptionDialog) -> None:
        if self._add_dialog is dialog:
            self._add_dialog = None
        dialog.deleteLater()

    def _close_add_dialog(self) -> None:
        if self._add_dialog is not None:
            self._add_dialog.succeeded()

    def subscribe(self, url: str, folder: str | None = None) -> None:
        """Subscribe to ``url`` (a feed or a site) in the worker."""
        if not url:
            return
        self._folder = folder
        shown = redact_url(url)
        self._say(lambda: self.tr("Looking for a feed at %1…").replace("%1", shown), 0)
        self._host.request_subscribe.emit(url, folder)

    def on_subscribed(self, feed: Feed) -> None:
        """Show the new feed, selected, with its first articles."""
        self._close_add_dialog()
        self._panes.reload_tree()
        self._panes.feed_tree.select(Selection("feed", feed.id))
        name = feed.title or redact_url(feed.url)
        self._say(lambda: self.tr("Subscribed to %1.").replace("%1", name))

    def on_feeds_offered(self, page_url: str, feeds: list[DiscoveredFeed], total: int = 0) -> None:
        """The site offers several feeds (``total``; the first ones are ``feeds``): let the
        user pick."""
        from reader.ui.feed_picker import discovered_picker

        self._close_add_dialog()
        self._say("", 0)
        dialog = discovered_picker(page_url, feeds, self._parent(), total)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            for chosen in dialog.chosen():  # several at once (issue 11)
                self.subscribe(chosen.url, self._folder)

    def on_subscribe_failed(self, words: str) -> None:
        """Say why subscribing failed (plain text: the words may quote the server): under the
        address in the Add dialog when it is open, else in a message box."""
        self._say("", 0)
        if self._add_dialog is not None:
            self._add_dialog.failed(words)
            return
        widgets.warning(
            self._parent(), self.tr("Add subscription"), self.tr("Could not subscribe."), words
        )

    def on_worker_failed(self, what: str, words: str) -> None:
        """Subscribing, importing or exporting failed in the worker: say why."""
        if what == "subscribe":
            self.on_subscribe_failed(words)
        elif what in ("import", "export"):
            opml_files.failed(self._parent(), what == "import", words)

    def open_requests(self, requests: list[OpenRequest]) -> None:
        """Carry out ``broadsheet FILE_OR_URL`` (desktop entry): import or subscribe."""
        for request in requests:
            if request.kind == "opml":
                self.import_file(Path(request.target))
            elif request.kind == "feed":
                self.subscribe(request.target)
            else:
                self._say(str(request.target))

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
        return self._panes.feed_tree.current_selection()

    def new_folder(self) -> None:
        """Create a folder at the top level."""
        from PySide6.QtWidgets import QInputDialog  # on use: not needed at start

        name, ok = QInputDialog.getText(
            self._parent(), self.tr("New folder"), self.tr("Folder name:")
        )
        name = widgets.one_line(name, 200)
        if not ok or not name:
            return
        # Its id comes from the store: the folder shows once it is written.
        self.edit_subscriptions(
            self._actions.label("new_folder"), lambda store: store.add_folder(name)
        )

    def rename(self) -> None:
        """Rename the selected feed or folder."""
        selection = self._selected()
        if selection is None or selection.kind == "smart":
            return
        if handled(self, "rename", selection):  # an account's feed: on its server
            return
        if selection.kind == "feed" and selection.feed_id is not None:
            feed = self._panes.feed_model.feed(selection.feed_id)
            current = feed.title if feed else ""
        else:
            folder = self._panes.feed_model.folder(int(selection.key))
            current = folder.name if folder else ""
        from PySide6.QtWidgets import QInputDialog  # on use: not needed at start

        name, ok = QInputDialog.getText(
            self._parent(),
            self.tr("Rename"),
            self.tr("New name:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        name = widgets.one_line(name, 200)
        if not ok or not name:
            return
        key, is_feed = int(selection.key), selection.kind == "feed"
        folders, feeds = self._shown()
        if is_feed:
            feeds = [replace(f, title=name) if f.id == key else f for f in feeds]
        else:
            folders = [replace(f, name=name) if f.id == key else f for f in folders]
        self.edit_subscriptions(
            self._actions.label("rename"),
            lambda store: (store.rename_feed if is_feed else store.rename_folder)(key, name),
            folders=folders,
            feeds=feeds,
        )

    def move(self) -> None:
        """Move the selected feed into a folder."""
        from reader.ui.dialogs import MoveToFolderDialog

        selection = self._selected()
        if selection is None or selection.feed_id is None:
            self._say(lambda: self.tr("Select a feed to move it."))
            return
        if handled(self, "move", selection):  # Fever: refused before the folder dialog
            return
        feed = self._panes.feed_model.feed(selection.feed_id)
        dialog = MoveToFolderDialog(
            self._panes.feed_model.folders(), feed.folder_id if feed else None, self._parent()
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.move_feed(selection.feed_id, dialog.folder_id())

    def remove(self) -> None:
        """Unsubscribe from the selected feed, or remove the selected folder (asks first)."""
        selection = self._selected()
        if selection is None or selection.kind == "smart":
            return
        if handled(self, "remove", selection):
            return
        if selection.kind == "feed" and selection.feed_id is not None:
            feed = self._panes.feed_model.feed(selection.feed_id)
            name = (feed.title or redact_url(feed.url)) if feed else ""
            question = self.tr("Unsubscribe from this feed? Its articles are deleted.")
            feed_id = selection.feed_id
            if widgets.question(self._parent(), self.tr("Remove subscription"), question, name):
                folders, feeds = self._shown()
                self.edit_subscriptions(
                    self._actions.label("remove"),
                    lambda store: store.remove_feed(feed_id),
                    folders=folders,
                    feeds=[f for f in feeds if f.id != feed_id],
                )
            return
        folder_id = int(selection.key)
        folder = self._panes.feed_model.folder(folder_id)
        question = self.tr("Remove this folder? Its feeds move up one level.")
        if not widgets.question(
            self._parent(), self.tr("Remove folder"), question, folder.name if folder else ""
        ):
            return
        parent = folder.parent_id if folder else None
        folders, feeds = self._shown()
        self.edit_subscriptions(
            self._actions.label("remove"),
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
        return self._panes.feed_model.folders(), self._panes.feed_model.feeds()

    def properties(self) -> None:
        """Feed properties of the selected feed: its settings (kept at once) and its state."""
        from reader.ui.feed_properties import FeedPropertiesEditor

        selection = self._selected()
        if selection is not None and selection.feed_id is not None:
            FeedPropertiesEditor(
                self._panes,
                self._writes,
                self._actions.label("properties"),
                view_changed=self.feed_view_changed.emit,
                failed=lambda words: self._say(self.tr("That did not work.") + " " + words),
            ).edit(selection.feed_id, self._parent())

    def show_tree_menu(self, pos: QPoint) -> None:
        """The subscriptions' context menu."""
        selection = self._selected()
        names: list[str | None] = ["refresh_feed", "mark_all_read"]
        if selection is not None and selection.kind == "feed":
            names += [None, "rename", "move", "remove", None, "properties"]
        elif selection is not None and selection.kind == "folder":
            names += [None, "rename", "remove"]
        names += [None, "add", "new_folder"]
        tree = self._panes.feed_tree
        self._actions.menu(names, tree).exec(tree.viewport().mapToGlobal(pos))

    def move_feed(self, feed_id: int, folder_id: int | None) -> None:
        """A feed dropped on a folder (or the top level): show it there, write it later."""
        if handled(self, "move_feed", feed_id, folder_id):
            return
        feeds = [
            replace(f, folder_id=folder_id) if f.id == feed_id else f
            for f in self._panes.feed_model.feeds()
        ]
        self.edit_subscriptions(
            self._actions.label("move"),
            lambda store: store.move_feed(feed_id, folder_id),
            folders=self._panes.feed_model.folders(),
            feeds=feeds,
        )

    def edit_subscriptions(
        self,
        label: str,
        change: Change,
        *,
        folders: list[Folder] | None = None,
        feeds: list[Feed] | None = None,
    ) -> None:
        """Queue a change of the subscriptions; show ``folders``/``feeds`` (what the tree looks
        like after it) at once when given. When written the tree is read again from the store;
        when it fails, too, and the reason is shown in words."""
        if folders is not None and feeds is not None:
            self._panes.show_tree(folders, feeds)

        def failed(words: str) -> None:
            self._panes.reload_tree()
            widgets.warning(
                self._parent(), self.tr("Broadsheet"), self.tr("That did not work."), words
            )

        self._writes.submit(label, change, on_done=self._panes.reload_tree, on_failed=failed)

    def _parent(self) -> QWidget:
        """The window the panes are in: the parent of dialogs and message boxes."""
        return self._panes.feed_tree.window()

    def _say(self, text: Text, timeout_ms: int = 6000) -> None:
        """Words for the status bar: a function that makes them again after a language switch."""
        self.status_message.emit(text, timeout_ms)

    # -- OPML ------------------------------------------------------------------------------------
    def import_opml(self) -> None:
        """Pick an OPML file and import it (nothing is fetched)."""
        path = opml_files.choose_import(self._parent())
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import the OPML file at ``path``."""
        data = opml_files.read_opml(path, self._parent())
        if data is not None:
            self._say(lambda: self.tr("Importing…"), 0)
            self._host.request_import.emit(data, None)

    def add_suggested(self) -> None:
        """Pick among the curated suggested feeds and import those (nothing fetched yet)."""
        from reader.ui.feed_picker import open_suggested

        emit = self._host.request_import.emit
        self.picker = open_suggested(self._parent(), lambda data: emit(data, None))

    def on_imported(self, report: ImportReport) -> None:
        """Show the imported feeds and say what happened."""
        self.last_import = report
        self._panes.reload_tree()
        self._panes.feed_tree.expand_folders()
        self._say(lambda: opml_files.import_summary(report), 15000)
        text = opml_files.import_summary(report)
        if report.added and self._view().current_article_id() is None:
            self._view().show_message(
                text + " " + self.tr("Press F5 (Refresh) to fetch their articles.")
            )
        if report.skipped:
            widgets.information(
                self._parent(),
                self.tr("Import OPML"),
                self.tr("Some entries were skipped:"),
                "\n".join(report.skipped[:50]),
            )

    def export_opml(self) -> None:
        """Write every subscription to an OPML file."""
        path = opml_files.choose_export(self._parent())
        if path is not None:
            self._host.request_export.emit(path)

    def on_exported(self, path: str) -> None:
        """Say where the export went."""
        self._say(lambda: self.tr("Subscriptions exported to %1.").replace("%1", path))
