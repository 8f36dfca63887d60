"""The Accounts dialog: the profile's accounts (Local and the remote ones, their last sync and
waiting changes), adding one (Google Reader API or Fever: server, user, password, "allow
insecure", "Test connection"), removing one, and where the passwords are kept.

The dialog never touches the network or the store: it asks the worker through
:attr:`AccountsDialog.requested` and shows its :class:`~reader.ui.sync_jobs.AccountAnswer`.
Everything shown is plain text (server answers and addresses are not ours).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui import widgets
from reader.ui.lazy_qt import Qt
from reader.ui.sync_jobs import AccountAnswer, AccountListing, AccountRow, AddRequest, fill

PROTOCOLS = ("greader", "fever")
"""The protocols offered, in the order of the list (the most used first)."""


class AccountsDialog(QDialog):
    """Lists, adds, tests and removes sync accounts through the worker."""

    requested = Signal(str, object)
    """(job "list"/"test"/"add"/"remove", its AddRequest or account id) for the worker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.listing: AccountListing | None = None
        self.busy = False
        """A job was sent and its answer has not come yet (Test, Add and Remove wait)."""
        self._confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)
        self.account_list = QListWidget()
        self.account_list.setObjectName("accountList")
        self.account_list.setWordWrap(True)
        self.account_list.currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.account_list)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeAccount")
        self.remove_button.clicked.connect(self._ask_remove)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self._build_form())
        self.answer_label = widgets.PlainLabel()
        self.answer_label.setObjectName("accountAnswer")
        self.answer_label.setWordWrap(True)
        layout.addWidget(self.answer_label)
        self.credentials_line = widgets.PlainLabel()
        self.credentials_line.setObjectName("credentialsLine")
        self.credentials_line.setWordWrap(True)
        layout.addWidget(self.credentials_line)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 560)
        self.retranslate_ui()
        self._update_buttons()

    def _build_form(self) -> QGroupBox:
        """The Add form: protocol, server, user, password, allow insecure, Test and Add."""
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.protocol_box = QComboBox()
        self.protocol_box.setObjectName("protocolBox")
        for name in PROTOCOLS:
            self.protocol_box.addItem("", name)
        self.protocol_box.currentIndexChanged.connect(self._update_buttons)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("serverUrl")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userName")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.url_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._update_buttons)
        self.insecure_box = QCheckBox()
        self.insecure_box.setObjectName("allowInsecure")
        self.fever_note = widgets.PlainLabel()
        self.fever_note.setObjectName("feverNote")
        self.fever_note.setWordWrap(True)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(lambda: self._send("test"))
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAccount")
        self.add_button.clicked.connect(lambda: self._send("add"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.add_button)
        self.labels = [widgets.PlainLabel() for _ in range(4)]
        for label, field in zip(
            self.labels,
            (self.protocol_box, self.url_edit, self.user_edit, self.password_edit),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.insecure_box)
        form.addRow(self.fever_note)
        form.addRow(buttons)
        return self.form_box

    # -- words -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Relabel everything when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible string in the current language."""
        self.setWindowTitle(self.tr("Sync accounts"))
        self.remove_button.setText(self.tr("&Remove account…"))
        self.form_box.setTitle(self.tr("Add an account"))
        self.protocol_box.setItemText(
            0, self.tr("Google Reader API (FreshRSS, Miniflux, Inoreader…)")
        )
        self.protocol_box.setItemText(1, self.tr("Fever API (FreshRSS, Miniflux, yarr…)"))
        texts = (
            self.tr("&Protocol:"),
            self.tr("&Server address:"),
            self.tr("&User name:"),
            self.tr("Pass&word or API password:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.url_edit.setPlaceholderText(self.tr("https://reader.example.org/api/greader.php"))
        self.insecure_box.setText(
            self.tr("Allow insecure http:// to another machine (the password travels unencrypted)")
        )
        self.fever_note.setText(
            self.tr(
                "Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync."
            )
        )
        self.test_button.setText(self.tr("&Test connection"))
        self.add_button.setText(self.tr("&Add account"))
        self._show_listing()

    def _row_text(self, row: AccountRow) -> str:
        account = row.account
        kind = (
            self.protocol_box.itemText(PROTOCOLS.index(account.protocol))
            if (account.protocol in PROTOCOLS)
            else account.protocol
        )
        lines = [
            fill(self.tr("%1 at %2"), account.username, account.url),
            kind,
        ]
        if account.last_sync is None:
            lines.append(self.tr("Never synced"))
        else:
            when = QDateTime.fromSecsSinceEpoch(int(account.last_sync.timestamp()))
            text = QLocale().toString(when, QLocale.FormatType.ShortFormat)
            lines.append(self.tr("Last sync: %1").replace("%1", text))
        if row.pending:
            lines.append(self.tr("%n change(s) waiting to be sent", None, row.pending))
        if account.last_error:
            lines.append(self.tr("Last sync failed: %1").replace("%1", account.last_error))
        if account.protocol == "fever":
            lines.append(self.tr("Fever cannot subscribe: add feeds on the server."))
        return "\n".join(widgets.one_line(line, 300) for line in lines)

    def _show_listing(self) -> None:
        """Fill the list and the credentials line from the last answer."""
        current = self.account_list.currentRow()
        self.account_list.clear()
        self.account_list.addItem(self.tr("Local: the feeds you subscribe to on this computer"))
        listing = self.listing
        for row in listing.rows if listing else ():
            item = QListWidgetItem(self._row_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.account.id)
            self.account_list.addItem(item)
        if 0 <= current < self.account_list.count():
            self.account_list.setCurrentRow(current)
        if listing is None:
            self.credentials_line.setText("")
        elif listing.in_keyring:
            self.credentials_line.setText(self.tr("Passwords are kept in the desktop keyring."))
        else:
            self.credentials_line.setText(
                self.tr("Passwords are kept in %1 (readable only by you).").replace(
                    "%1", listing.credentials_file
                )
            )
        self._update_buttons()

    # -- jobs --------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        """Ask the worker for the accounts."""
        self.requested.emit("list", None)

    def selected_account(self) -> int | None:
        """The id of the selected remote account (None for Local or nothing)."""
        item = self.account_list.currentItem()
        value = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, int) else None

    def _update_buttons(self, *_args: object) -> None:
        filled = all(e.text().strip() for e in (self.url_edit, self.user_edit))
        ready = filled and bool(self.password_edit.text()) and not self.busy
        self.test_button.setEnabled(ready)
        self.add_button.setEnabled(ready)
        self.remove_button.setEnabled(self.selected_account() is not None and not self.busy)
        self.fever_note.setVisible(self.protocol_box.currentData() == "fever")

    def form_request(self) -> AddRequest:
        """What the Add form holds now."""
        return AddRequest(
            str(self.protocol_box.currentData()),
            self.url_edit.text().strip(),
            self.user_edit.text().strip(),
            self.password_edit.text(),
            allow_insecure=self.insecure_box.isChecked(),
        )

    def _send(self, job: str) -> None:
        self.busy = True
        self._update_buttons()
        waiting = self.tr("Connecting…") if job in ("test", "add") else self.tr("Removing…")
        self.answer_label.setText(waiting)
        self.requested.emit(
            job, self.form_request() if job in ("test", "add") else self.selected_account()
        )

    def _ask_remove(self) -> None:
        """Ask first (not blocking the window): the account's feeds and articles go too."""
        account_id = self.selected_account()
        if account_id is None:
            return
        box = widgets.make_message_box(
            QMessageBox.Icon.Question,
            self,
            self.tr("Remove account"),
            self.tr(
                "Remove this account? Its feeds and articles leave this computer; nothing changes on the server."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        box.setObjectName("confirmRemoveAccount")
        box.finished.connect(lambda answer: self._removal_answered(box, answer))
        self._confirm = box
        box.open()

    def _removal_answered(self, box: QMessageBox, answer: int) -> None:
        self._confirm = None
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Yes and self.selected_account() is not None:
            self._send("remove")

    def on_answer(self, answer: AccountAnswer) -> None:
        """The worker's answer: the accounts, and the job's outcome in words."""
        if answer.listing is not None:
            self.listing = answer.listing
            self._show_listing()
        if answer.job == "list" and answer.error is None:
            return
        self.busy = False
        if answer.error is not None:
            words = {
                "test": self.tr("Connection failed: %1"),
                "add": self.tr("The account was not added: %1"),
                "remove": self.tr("The account was not removed: %1"),
            }.get(answer.job, "%1")
            self.answer_label.setText(words.replace("%1", answer.error))
        elif answer.job == "test":
            self.answer_label.setText(
                self.tr("Connected: the server accepted the user name and password.")
            )
        elif answer.job == "add":
            self.password_edit.clear()
            self.answer_label.setText(
                self.tr(
                    "Account added. Use Feeds > Sync accounts now to fetch its feeds and articles."
                )
            )
        elif answer.job == "remove":
            self.answer_label.setText(self.tr("Account removed."))
        self._update_buttons()
