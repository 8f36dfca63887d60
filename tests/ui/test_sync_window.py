"""Sync from the real window against the Google Reader API protocol double (tests/greader_server.py):
an account added through the Accounts dialog, a wrong password said in words, "Sync now" filling
the tree and the list (and the page queue simplifying the new articles), Cancel mid-sync, and
removing the account."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.store.db import Store
from reader.ui.accounts_dialog import AccountsDialog
from reader.ui.feed_tree import ALL, Selection
from reader.ui.main_window import MainWindow
from tests.feedkit import article_page
from tests.greader_server import GReaderServer
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, titles

USER, PASSWORD = "reader", "api password"


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords go to the profile's 0600 file, never into this machine's keyring."""
    monkeypatch.setenv("BROADSHEET_CREDENTIALS", "file")


@pytest.fixture
def greader(server: FixtureServer) -> Iterator[GReaderServer]:
    """Two subscriptions (one under the label Tech), six unread items whose pages the
    FixtureServer serves (so the page queue has something to simplify)."""
    double = GReaderServer(USER, PASSWORD)
    tech = double.subscribe(server.url("/tech.xml"), "Tech news", ["Tech"])
    misc = double.subscribe(server.url("/misc.xml"), "Misc")
    for feed, name in ((tech, "Tech"), (misc, "Misc")):
        for i in range(3):
            path = f"/{name.lower()}/{i}.html"
            server.add(path, article_page(f"{name} {i}", f"The {name} story number {i}."))
            double.add_item(feed, f"{name} {i}", server.url(path), f"<p>{name} {i}</p>")
    double.start()
    try:
        yield double
    finally:
        double.stop()


def open_accounts(qtbot: QtBot, window: MainWindow) -> AccountsDialog:
    """Open File > Sync accounts… and wait for its list."""
    window.actions_["accounts"].trigger()
    dialog = window.syncing.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=TIMEOUT)
    return dialog


def fill_form(qtbot: QtBot, dialog: AccountsDialog, url: str, user: str, password: str) -> None:
    """Type the Add form as a person would."""
    for edit, text in ((dialog.url_edit, url), (dialog.user_edit, user)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)


def click_and_wait(qtbot: QtBot, dialog: AccountsDialog, button: Any) -> str:
    """Click a button of the dialog, wait for the worker's answer; the words shown."""
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.busy  # buttons wait for the answer
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    return dialog.answer_label.text()


def add_account(qtbot: QtBot, window: MainWindow, greader: GReaderServer) -> AccountsDialog:
    dialog = open_accounts(qtbot, window)
    fill_form(qtbot, dialog, greader.url, USER, PASSWORD)
    words = click_and_wait(qtbot, dialog, dialog.add_button)
    assert words.startswith("Account added"), words
    qtbot.waitUntil(lambda: dialog.account_list.count() == 2, timeout=TIMEOUT)
    return dialog


def sync_now(qtbot: QtBot, window: MainWindow, act: Callable[[], None] | None = None) -> Any:
    """Feeds > Sync accounts now; wait for the end (``act`` runs in between); the report."""
    with qtbot.waitSignal(window.worker.sync_finished, timeout=TIMEOUT):
        window.actions_["sync_now"].trigger()
        if act is not None:
            act()
    qtbot.waitUntil(lambda: not window.syncing.running, timeout=TIMEOUT)
    return window.syncing.last_report


def _feed_titles(window: MainWindow) -> set[str]:
    return {f.title for f in window.feed_model.feeds()}


def test_wrong_password_is_said_in_words_then_the_account_is_added(
    qtbot: QtBot, profile: Path, greader: GReaderServer
) -> None:
    with open_window(qtbot, profile) as window:
        dialog = open_accounts(qtbot, window)
        assert dialog.account_list.count() == 1  # Local only
        assert "readable only by you" in dialog.credentials_line.text()
        fill_form(qtbot, dialog, greader.url, USER, "not the password")
        words = click_and_wait(qtbot, dialog, dialog.test_button)
        assert words.startswith("Connection failed:") and "refused" in words, words
        assert "not the password" not in words
        fill_form(qtbot, dialog, greader.url, USER, PASSWORD)
        words = click_and_wait(qtbot, dialog, dialog.test_button)
        assert words.startswith("Connected"), words
        dialog.protocol_box.setCurrentIndex(dialog.protocol_box.findData("fever"))
        assert dialog.fever_note.isVisibleTo(dialog)
        dialog.protocol_box.setCurrentIndex(dialog.protocol_box.findData("greader"))
        assert not dialog.fever_note.isVisibleTo(dialog)
        words = click_and_wait(qtbot, dialog, dialog.add_button)
        assert words.startswith("Account added"), words
        qtbot.waitUntil(lambda: dialog.account_list.count() == 2, timeout=TIMEOUT)
        row = dialog.account_list.item(1).text()
        assert f"{USER} at {greader.url}" in row and "Never synced" in row
        assert dialog.password_edit.text() == ""
        secret = (profile / "config" / "credentials.json").stat().st_mode & 0o777
        assert secret == 0o600


def test_sync_now_shows_the_servers_feeds_and_articles_and_simplifies_them(
    qtbot: QtBot, profile: Path, greader: GReaderServer
) -> None:
    with open_window(qtbot, profile) as window:
        dialog = add_account(qtbot, window, greader)
        ready: list[int] = []
        window.worker.article_ready.connect(ready.append)
        report = sync_now(qtbot, window)
        assert report.error is None and not report.cancelled
        [summary] = report.summaries
        assert summary.error is None and len(summary.new_ids) == 6
        assert _feed_titles(window) == {"Tech news", "Misc"}
        assert [f.name for f in window.feed_model.folders()] == ["Tech"]
        window.panes.show_selection(ALL)
        assert sorted(titles(window)) == sorted(
            [f"Tech {i}" for i in range(3)] + [f"Misc {i}" for i in range(3)]
        )
        # The page queue ran as after a refresh: the articles' pages are in the cache.
        qtbot.waitUntil(lambda: set(summary.new_ids) <= set(ready), timeout=TIMEOUT)
        assert all(window.cache.has_article(i) for i in summary.new_ids)
        assert "Sync done: 6 new articles." in window.statusBar().currentMessage()
        assert window.syncing.progress.isHidden() and window.syncing.cancel_button.isHidden()
        qtbot.waitUntil(lambda: "Last sync:" in dialog.account_list.item(1).text(), timeout=TIMEOUT)


def test_f5_refreshes_then_syncs_the_accounts(
    qtbot: QtBot, profile: Path, greader: GReaderServer
) -> None:
    with open_window(qtbot, profile) as window:
        add_account(qtbot, window, greader)
        sync_now(qtbot, window)
        misc = next(s for s, sub in greader.subs.items() if sub.title == "Misc")
        greader.add_item(misc, "Late news", "http://127.0.0.1:9/late")
        window.syncing.dialog.close()  # type: ignore[union-attr]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
        action = window.actions_["refresh"]
        seen: list[tuple[bool, bool]] = []  # (syncing, refresh offered) at each change
        action.changed.connect(lambda: seen.append((window.syncing.running, action.isEnabled())))
        with qtbot.waitSignal(window.worker.sync_finished, timeout=TIMEOUT):
            qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not window.syncing.running, timeout=TIMEOUT)
        assert (True, False) in seen  # no refresh is queued behind the sync
        assert window.refreshing.last_summary is not None
        window.panes.show_selection(ALL)
        assert "Late news" in titles(window)
        assert window.actions_["refresh"].isEnabled()


def test_refreshing_one_feed_does_not_sync(
    qtbot: QtBot, profile: Path, greader: GReaderServer
) -> None:
    with open_window(qtbot, profile) as window:
        add_account(qtbot, window, greader)
        sync_now(qtbot, window)
        before = greader.count("/stream/items/ids")
        feed = next(f for f in window.feed_model.feeds() if f.title == "Misc")
        assert window.feed_tree.select(Selection("feed", feed.id))
        with qtbot.waitSignal(window.worker.refresh_finished, timeout=TIMEOUT):
            window.actions_["refresh_feed"].trigger()
        # Both helpers' slots were queued by the same emit: once the refresh's has run and
        # the events posted before now are processed, the sync's has run too.
        qtbot.waitUntil(lambda: not window.refreshing.running, timeout=TIMEOUT)
        QApplication.processEvents()
        assert not window.syncing.running
        assert greader.count("/stream/items/ids") == before


def _gate_contents(greader: GReaderServer) -> threading.Event:
    """The first ``stream/items/contents`` answers; the next ones wait for the returned event
    (the sync is then surely in the middle of its items)."""
    gate = threading.Event()
    original = greader._api_stream_items_contents
    calls = [0]

    def gated(p: dict[str, list[str]]) -> Any:
        calls[0] += 1
        if calls[0] > 1:
            gate.wait(TIMEOUT / 1000)
        return original(p)

    greader._api_stream_items_contents = gated  # type: ignore[method-assign]
    return gate


def test_cancel_in_the_middle_keeps_what_came_and_the_next_sync_completes(
    qtbot: QtBot, profile: Path, greader: GReaderServer
) -> None:
    tech = next(s for s, sub in greader.subs.items() if sub.title == "Tech news")
    for i in range(650):  # seven batches of contents: more than the sync asks at a time
        greader.add_item(tech, f"Bulk {i}", f"http://127.0.0.1:9/bulk/{i}")
    gate = _gate_contents(greader)
    with open_window(qtbot, profile) as window:
        add_account(qtbot, window, greader)
        bar, cancel = window.syncing.progress, window.syncing.cancel_button

        def cancel_after_first_batch() -> None:
            qtbot.waitUntil(lambda: bar.value() > 0 and cancel.isVisible(), timeout=TIMEOUT)
            assert bar.text().startswith("Articles")
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
            gate.set()

        report = sync_now(qtbot, window, cancel_after_first_batch)
        assert report.cancelled
        kept = sum(s.fetched for s in report.summaries)
        assert 0 < kept < 656
        assert "Sync cancelled" in window.statusBar().currentMessage()
        assert bar.isHidden() and cancel.isHidden()
        assert window.actions_["sync_now"].isEnabled()
        report = sync_now(qtbot, window)
        assert not report.cancelled and report.summaries[0].error is None
        store = Store.for_reading(profile / "data" / "broadsheet.sqlite3")
        try:
            assert len(store.articles()) == 656
        finally:
            store.close()
        assert _feed_titles(window) == {"Tech news", "Misc"}


def test_removing_the_account_asks_then_takes_its_feeds_away(
    qtbot: QtBot, profile: Path, greader: GReaderServer
) -> None:
    with open_window(qtbot, profile) as window:
        dialog = add_account(qtbot, window, greader)
        sync_now(qtbot, window)
        assert _feed_titles(window) == {"Tech news", "Misc"}
        dialog.account_list.setCurrentRow(0)
        assert not dialog.remove_button.isEnabled()  # Local stays
        dialog.account_list.setCurrentRow(1)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        box = dialog.findChild(QMessageBox, "confirmRemoveAccount")
        assert box is not None and "nothing changes on the server" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.answer_label.text() == "Account removed.", timeout=TIMEOUT)
        assert dialog.account_list.count() == 1
        qtbot.waitUntil(lambda: not window.feed_model.feeds(), timeout=TIMEOUT)
        assert not (profile / "config" / "credentials.json").read_text().count("account-")
        assert window.syncing.has_accounts() is False


def test_sync_now_without_accounts_says_where_to_add_one(qtbot: QtBot, profile: Path) -> None:
    with open_window(qtbot, profile) as window:
        window.actions_["sync_now"].trigger()
        assert "File > Sync accounts" in window.statusBar().currentMessage()
        assert not window.syncing.running


def test_plain_http_to_another_machine_needs_allow_insecure(qtbot: QtBot, profile: Path) -> None:
    with open_window(qtbot, profile) as window:
        dialog = open_accounts(qtbot, window)
        # 192.0.2.0/24 is for documentation: refused before any connection is tried.
        fill_form(qtbot, dialog, "http://192.0.2.10/api/greader.php", USER, PASSWORD)
        words = click_and_wait(qtbot, dialog, dialog.add_button)
        assert words.startswith("The account was not added:") and "plain http" in words, words
        assert dialog.account_list.count() == 1
        assert PASSWORD not in repr(dialog.form_request())  # a repr in a log never shows it


def test_a_server_gone_is_said_for_its_account_and_kept_in_its_row(
    qtbot: QtBot, profile: Path
) -> None:
    odd_user = "me%2 %1"  # placeholders in a value are shown as they are
    double = GReaderServer(odd_user, PASSWORD).start()
    try:
        with open_window(qtbot, profile) as window:
            dialog = open_accounts(qtbot, window)
            fill_form(qtbot, dialog, double.url, odd_user, PASSWORD)
            assert click_and_wait(qtbot, dialog, dialog.add_button).startswith("Account added")
            double.stop()
            report = sync_now(qtbot, window)
            [summary] = report.summaries
            assert summary.error
            message = window.statusBar().currentMessage()
            assert message == f"Sync of {odd_user} at {double.url} failed: {summary.error}"
            dialog.refresh_list()
            qtbot.waitUntil(lambda: "Last sync failed:" in dialog.account_list.item(1).text(),
                            timeout=TIMEOUT)  # fmt: skip
            assert f"{odd_user} at {double.url}" in dialog.account_list.item(1).text()
    finally:
        double.stop()
