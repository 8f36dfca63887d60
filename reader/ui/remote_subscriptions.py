"""Subscriptions of a sync account, changed from the window on the account's server.

A feed or folder that came with a sync belongs to its account: subscribing into that account,
unsubscribing, renaming and moving a feed (Move or a drag) are made on the server (Google Reader API:
``subscription/edit``) by the worker, which then syncs the account, so the tree shows what the
server made of the change; so are renaming and removing one of its folders (labels:
``rename-tag``, ``disable-tag``). A local edit would only be undone by the next sync.

Fever cannot change subscriptions or groups at all: where the user tries (the Add subscription
dialog with a Fever account chosen, Rename, Move or Unsubscribe on one of its feeds, Rename or
Remove on one of its folders) the window says so in words, before any dialog, and changes
nothing.

:class:`reader.ui.subscriptions.Subscriptions` asks this first (:func:`handled`); whatever does
not belong to an account stays local, as before.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from reader.core.redact import redact_url
from reader.store.sync_state import Account, SyncState
from reader.ui import widgets
from reader.ui.feed_tree import Selection
from reader.ui.sync_jobs import REMOTE_JOBS, AccountAnswer, RemoteEdit, fill

if TYPE_CHECKING:
    from reader.ui.dialogs import AddSubscriptionDialog
    from reader.ui.panes import Panes
    from reader.ui.worker_host import WorkerHost

log = logging.getLogger(__name__)

Subscribe = Callable[[str, str | None], None]
"""The Add dialog's request: (address, folder name or None)."""


_REMOTES: weakref.WeakKeyDictionary[QObject, RemoteSubscriptions] = weakref.WeakKeyDictionary()
"""The window's Subscriptions -> its RemoteSubscriptions (see :func:`connect_remote`)."""


def connect_remote(subscriptions: QObject, remote: RemoteSubscriptions) -> None:
    """Let ``subscriptions`` (the window's :class:`reader.ui.subscriptions.Subscriptions`) ask
    ``remote`` first."""
    _REMOTES[subscriptions] = remote


def remote_route(
    subscriptions: QObject, dialog: AddSubscriptionDialog, local: Subscribe
) -> Subscribe:
    """What the Add dialog's Subscribe calls: ``local`` when there is no account, else the
    account chosen in the dialog (see :meth:`RemoteSubscriptions.extend_add_dialog`)."""
    remote = _REMOTES.get(subscriptions)
    return local if remote is None else remote.extend_add_dialog(dialog, local)


def handled(subscriptions: QObject, action: str, *args: Any) -> bool:
    """Whether ``remote`` took the action (``rename``/``remove`` a selection, ``move`` a
    selection before the folder dialog, ``move_feed``): True when the feed or folder belongs to
    an account (done on its server, or refused in words; ``move`` only when refused)."""
    remote = _REMOTES.get(subscriptions)
    if remote is None:
        return False
    actions: dict[str, Callable[..., bool]] = {
        "rename": remote.rename,
        "remove": remote.remove,
        "move": remote.refuse_move,
        "move_feed": remote.move_feed,
    }
    return actions[action](*args)


class RemoteSubscriptions(QObject):
    """Routes subscription changes of synced feeds to their servers (through the worker)."""

    status_message = Signal(str, int)
    """Words for the status bar and how long they stay (ms)."""

    def __init__(
        self, panes: Panes, host: WorkerHost, config: str, parent: QObject | None = None
    ) -> None:
        """``config``: the profile's config folder (where the account jobs find passwords)."""
        super().__init__(parent)
        self._panes = panes
        self._host = host
        self._config = config
        self.add_dialog: AddSubscriptionDialog | None = None
        """The Add dialog waiting for a subscribe on a server."""
        self.account_box: QComboBox | None = None
        self.account_note: widgets.PlainLabel | None = None

    # -- whose is it -------------------------------------------------------------------------
    def accounts(self) -> list[Account]:
        """The remote accounts (read on the window's connection)."""
        try:
            return SyncState(self._panes.store).accounts()
        except Exception:  # the store is closing or damaged: everything stays local then
            log.warning("reading the accounts failed", exc_info=True)
            return []

    def account_of(self, selection: Selection | None) -> Account | None:
        """The account the selected feed or folder came with (``None``: the user's own)."""
        if selection is None or selection.kind not in ("feed", "folder"):
            return None
        try:
            state = SyncState(self._panes.store)
            if selection.kind == "feed" and selection.feed_id is not None:
                remote = state.remote_feed(selection.feed_id)
                account_id = None if remote is None else remote[0]
            else:
                account_id = state.account_of_folder(int(selection.key))
            return None if account_id is None else state.account(account_id)
        except Exception:  # as in accounts()
            log.warning("reading the feed's account failed", exc_info=True)
            return None

    # -- adding ------------------------------------------------------------------------------
    def extend_add_dialog(self, dialog: AddSubscriptionDialog, local: Subscribe) -> Subscribe:
        """Give the Add dialog a choice of account (this computer, or one of the accounts;
        the selected feed's account first) and return what its Subscribe should call."""
        accounts = self.accounts()
        if not accounts:
            return local
        box = QComboBox()
        box.setObjectName("subscribeAccount")
        box.addItem(self.tr("This computer"), None)
        for account in accounts:
            words = QCoreApplication.translate("AccountsDialog", "%1 at %2")
            box.addItem(fill(words, account.username, redact_url(account.url)), account.id)
        chosen = self.account_of(self._panes.feed_tree.current_selection())
        if chosen is not None:
            box.setCurrentIndex(max(0, box.findData(chosen.id)))
        note = widgets.PlainLabel()
        note.setObjectName("subscribeAccountNote")
        note.setWordWrap(True)
        holder = QWidget()
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Account:"), box)
        form.addRow(note)
        layout = dialog.layout()
        if isinstance(layout, QVBoxLayout):  # above the buttons (the dialog's last item)
            layout.insertWidget(layout.count() - 1, holder)
        by_id = {a.id: a for a in accounts}
        self.account_box, self.account_note = box, note

        def update(*_args: object) -> None:
            account = by_id.get(box.currentData())
            fever = account is not None and account.protocol == "fever"
            note.setText(
                self.tr(
                    "Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync."
                )
                if fever
                else ""
            )
            if note.isVisibleTo(dialog) != fever:
                note.setVisible(fever)
                dialog.adjustSize()  # room for the words (or none)
            typed = bool(dialog.url.text().strip())
            dialog.subscribe_button().setEnabled(typed and not fever)

        box.currentIndexChanged.connect(update)
        # After the dialog's own slot, which enables Subscribe whenever an address is typed.
        dialog.url.textChanged.connect(update)
        update()

        def route(url: str, folder: str | None) -> None:
            account = by_id.get(box.currentData())
            if account is None:
                local(url, folder)
                return
            self.add_dialog = dialog
            self._send("subscribe", RemoteEdit(account_id=account.id, url=url, folder=folder))

        return route

    # -- changing a synced feed --------------------------------------------------------------
    def _synced_feed(self, selection: Selection | None) -> tuple[int, Account] | None:
        """(feed id, account) when the selection is a feed some account brought."""
        if selection is None or selection.kind != "feed" or selection.feed_id is None:
            return None
        account = self.account_of(selection)
        return None if account is None else (selection.feed_id, account)

    def _refused(self, account: Account) -> bool:
        """Say so when the account's protocol cannot change subscriptions (Fever)."""
        if account.protocol != "fever":
            return False
        self.status_message.emit(
            self.tr(
                "Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync."
            ),
            15000,
        )
        return True

    def _synced_folder(self, selection: Selection | None) -> tuple[int, Account] | None:
        """(folder id, account) when the selection is a folder some account brought."""
        if selection is None or selection.kind != "folder":
            return None
        account = self.account_of(selection)
        return None if account is None else (int(selection.key), account)

    def _folder_refused(self, account: Account) -> bool:
        """Say so when the account's protocol cannot rename or delete a folder (Fever)."""
        if account.protocol != "fever":
            return False
        self.status_message.emit(
            self.tr(
                "Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync."
            ),
            15000,
        )
        return True

    def _ask_name(self, current: str) -> str:
        """A new name from the user ("" when cancelled or empty)."""
        from PySide6.QtWidgets import QInputDialog  # on use: not needed at start

        name, ok = QInputDialog.getText(
            self._parent(),
            QCoreApplication.translate("Subscriptions", "Rename"),
            QCoreApplication.translate("Subscriptions", "New name:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return widgets.one_line(name, 200) if ok else ""

    def rename(self, selection: Selection | None) -> bool:
        """Rename a synced feed or folder on its server; False when it is not synced."""
        synced_folder = self._synced_folder(selection)
        if synced_folder is not None:
            folder_id, account = synced_folder
            if not self._folder_refused(account):
                folder = self._panes.feed_model.folder(folder_id)
                name = self._ask_name(folder.name if folder else "")
                if name:
                    self._send("rename_folder", RemoteEdit(folder_id=folder_id, title=name))
            return True
        found = self._synced_feed(selection)
        if found is None:
            return False
        feed_id, account = found
        if self._refused(account):
            return True
        feed = self._panes.feed_model.feed(feed_id)
        name = self._ask_name(feed.title if feed else "")
        if name:
            self._send("rename", RemoteEdit(feed_id=feed_id, title=name))
        return True

    def refuse_move(self, selection: Selection | None) -> bool:
        """Before the folder dialog of Move: True (said in words) when the feed's protocol
        cannot move it, so no folder is asked for nothing."""
        found = self._synced_feed(selection)
        return found is not None and self._refused(found[1])

    def move_feed(self, feed_id: int, folder_id: int | None) -> bool:
        """Move a synced feed into a folder (by its name: a label on the server) or to the
        top; False when the feed is not synced."""
        found = self._synced_feed(Selection("feed", feed_id))
        if found is None:
            return False
        if self._refused(found[1]):
            self._panes.reload_tree()  # a drag showed it moved: put it back
            return True
        folder = None if folder_id is None else self._panes.feed_model.folder(folder_id)
        name = folder.name if folder is not None else None
        self._send("move", RemoteEdit(feed_id=feed_id, folder=name))
        return True

    def remove(self, selection: Selection | None) -> bool:
        """Unsubscribe a synced feed, or delete a synced folder, on its server (asks first)."""
        synced_folder = self._synced_folder(selection)
        if synced_folder is not None:
            self._remove_folder(*synced_folder)
            return True
        found = self._synced_feed(selection)
        if found is None:
            return False
        feed_id, account = found
        if self._refused(account):
            return True
        feed = self._panes.feed_model.feed(feed_id)
        name = (feed.title or redact_url(feed.url)) if feed else ""
        if widgets.question(
            self._parent(),
            QCoreApplication.translate("Subscriptions", "Remove subscription"),
            QCoreApplication.translate(
                "Subscriptions", "Unsubscribe from this feed? Its articles are deleted."
            ),
            name,
        ):
            self._send("unsubscribe", RemoteEdit(feed_id=feed_id))
        return True

    def _remove_folder(self, folder_id: int, account: Account) -> None:
        """Delete the folder on the server (asks first); its feeds stay, one level up."""
        if self._folder_refused(account):
            return
        folder = self._panes.feed_model.folder(folder_id)
        if widgets.question(
            self._parent(),
            QCoreApplication.translate("Subscriptions", "Remove folder"),
            QCoreApplication.translate(
                "Subscriptions", "Remove this folder? Its feeds move up one level."
            ),
            folder.name if folder else "",
        ):
            self._send("remove_folder", RemoteEdit(folder_id=folder_id))

    # -- the worker --------------------------------------------------------------------------
    def _send(self, job: str, edit: RemoteEdit) -> None:
        self.status_message.emit(self.tr("Changing the subscription on the server…"), 0)
        self._host.request_account.emit(self._config, job, edit)

    def on_answer(self, answer: AccountAnswer) -> bool:
        """The worker's answer to one of our jobs (False for the Accounts dialog's)."""
        if answer.job not in REMOTE_JOBS:
            return False
        dialog = self.add_dialog if answer.job == "subscribe" else None
        if answer.job == "subscribe":
            self.add_dialog = None
        if not self._panes.closed:
            self._panes.reload_tree()
        if answer.error is not None:
            if dialog is not None:
                dialog.failed(answer.error)
                self.status_message.emit("", 0)
            else:
                words = self.tr("The server did not make the change: %1")
                self.status_message.emit(words.replace("%1", answer.error), 15000)
            return True
        if dialog is not None:
            dialog.succeeded()
        self.status_message.emit(self.tr("Done on the server, and synced."), 8000)
        return True

    def _parent(self) -> QWidget:
        return self._panes.feed_tree.window()
