"""Subscriptions of a sync account changed from the real window: with a Google Reader account
(against the protocol double of tests/greader_server.py) Add, Rename, a drag to a folder and
Unsubscribe go to the server's ``subscription/edit`` and come back with the sync; with a Fever
account the window says in words, where the user tries, that Fever cannot, and changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QInputDialog
from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.store.db import Store
from reader.store.sync_state import SyncState
from reader.ui import remote_subscriptions
from reader.ui.dialogs import AddSubscriptionDialog
from reader.ui.feed_tree import Selection
from reader.ui.main_window import MainWindow
from tests.greader_server import GReaderServer
from tests.ui.test_sync_window import add_account, sync_now
from tests.ui.test_sync_window import greader as greader  # the fixture
from tests.ui.windowkit import TIMEOUT, open_window


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords go to the profile's 0600 file, never into this machine's keyring."""
    monkeypatch.setenv("BROADSHEET_CREDENTIALS", "file")


def _feed_id(window: MainWindow, title: str) -> int:
    return next(f.id for f in window.feed_model.feeds() if f.title == title)


def _select(qtbot: QtBot, window: MainWindow, feed_id: int) -> None:
    """Select the feed in the tree (again, if the window's start-up reload took it away)."""
    wanted = Selection("feed", feed_id)

    def selected() -> bool:
        tree = window.panes.feed_tree
        return tree.current_selection() == wanted or (tree.select(wanted) and False)

    qtbot.waitUntil(selected, timeout=TIMEOUT)
    qtbot.wait(100)
    qtbot.waitUntil(selected, timeout=TIMEOUT)


def _open_add(qtbot: QtBot, window: MainWindow) -> AddSubscriptionDialog:
    window.actions_["add"].trigger()
    dialog = window.subscriptions._add_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    return dialog


def _wait_for_server(qtbot: QtBot, window: MainWindow, act: Any) -> None:
    """Do ``act`` and wait for the worker's answer to the change on the server."""
    with qtbot.waitSignal(window.worker.account_answer, timeout=TIMEOUT):
        act()
    qtbot.waitUntil(
        lambda: "Done on the server" in window.statusBar().currentMessage(), timeout=TIMEOUT
    )


def test_a_google_reader_accounts_feeds_change_on_its_server(
    qtbot: QtBot, profile: Path, greader: GReaderServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_window(qtbot, profile) as window:
        add_account(qtbot, window, greader).close()
        assert sync_now(qtbot, window).error is None
        _select(qtbot, window, _feed_id(window, "Misc"))

        # Add: the selected feed's account is offered first; Subscribe goes to the server.
        dialog = _open_add(qtbot, window)
        box = dialog.findChild(QComboBox, "subscribeAccount")
        assert box is not None and box.currentData() is not None
        assert box.itemText(0) == "This computer"
        qtbot.keyClicks(dialog.url, "http://127.0.0.1:9/added.xml")
        folder = dialog.folder.findText("Tech")
        dialog.folder.setCurrentIndex(folder)
        button = dialog.subscribe_button()
        _wait_for_server(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
        # Closed and forgotten (its C++ object may be deleted already: not asked again).
        qtbot.waitUntil(lambda: window.subscriptions._add_dialog is None, timeout=TIMEOUT)
        stream = next(s for s, sub in greader.subs.items() if sub.url.endswith("/added.xml"))
        assert greader.subs[stream].labels == ["Tech"]
        added = next(f for f in window.feed_model.feeds() if f.url.endswith("/added.xml"))

        # Rename: the new name is the server's, then shown here.
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Added later", True))
        _select(qtbot, window, added.id)
        _wait_for_server(qtbot, window, window.actions_["rename"].trigger)
        assert greader.subs[stream].title == "Added later"
        assert window.feed_model.feed(added.id).title == "Added later"

        # A drag to the top level: out of the label on the server.
        _wait_for_server(qtbot, window, lambda: window.subscriptions.move_feed(added.id, None))
        assert greader.subs[stream].labels == []
        assert window.feed_model.feed(added.id).folder_id is None

        # Unsubscribe (asked first): gone on the server, then here.
        monkeypatch.setattr(remote_subscriptions.widgets, "question", lambda *a: True)
        _select(qtbot, window, added.id)
        _wait_for_server(qtbot, window, window.actions_["remove"].trigger)
        assert stream not in greader.subs
        assert added.id not in {f.id for f in window.feed_model.feeds()}


def _fever_profile(profile: Path) -> int:
    """A profile with a Fever account and one feed its sync brought (no server needed: the
    window refuses before asking one)."""
    with Store(resolve(profile).ensure().database) as store:
        state = SyncState(store)
        account = state.add_account("fever", "http://127.0.0.1:9/fever", "me")
        feed_map, _ = state.apply_subscriptions(
            account.id, [("1", "News")], [("7", "http://127.0.0.1:9/f.xml", "Synced", "", "1")]
        )
        return feed_map["7"]


def test_with_a_fever_account_the_window_says_it_cannot_change_subscriptions(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_id = _fever_profile(profile)
    asked: list[object] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("X", True))
    with open_window(qtbot, profile) as window:
        _select(qtbot, window, feed_id)
        dialog = _open_add(qtbot, window)
        box = dialog.findChild(QComboBox, "subscribeAccount")
        assert box is not None and box.currentData() is not None  # the feed's account
        note = dialog.findChild(remote_subscriptions.widgets.PlainLabel, "subscribeAccountNote")
        assert note is not None and note.isVisibleTo(dialog)
        assert note.text().startswith("Fever cannot subscribe")
        qtbot.keyClicks(dialog.url, "http://127.0.0.1:9/other.xml")
        assert not dialog.subscribe_button().isEnabled()
        box.setCurrentIndex(0)  # this computer: a local subscription is fine
        assert dialog.subscribe_button().isEnabled() and not note.isVisibleTo(dialog)
        dialog.reject()

        window.actions_["rename"].trigger()
        assert "Fever cannot rename" in window.statusBar().currentMessage()
        assert not asked  # refused before asking for a name
        assert window.feed_model.feed(feed_id).title == "Synced"
