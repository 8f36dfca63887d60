"""Folders (labels) of a sync account changed from the real window: with a Google Reader account
(against the protocol double of tests/greader_server.py) Rename and Remove on one of its folders
go to the server (``rename-tag``, ``disable-tag``) and a later sync keeps what the server made of
it; with a Fever account the window says in words that Fever cannot, before any dialog, and
changes nothing (Move of a Fever feed too)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.store.db import Store
from reader.store.sync_state import SyncState
from reader.ui import dialogs, remote_subscriptions
from reader.ui.feed_tree import Selection
from reader.ui.main_window import MainWindow
from tests.greader_server import GReaderServer
from tests.ui.test_sync_window import add_account, sync_now
from tests.ui.test_sync_window import greader as greader  # the fixture
from tests.ui.test_sync_window_subscriptions import _wait_for_server
from tests.ui.windowkit import TIMEOUT, open_window


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords go to the profile's 0600 file, never into this machine's keyring."""
    monkeypatch.setenv("BROADSHEET_CREDENTIALS", "file")


def _folder_id(window: MainWindow, name: str) -> int:
    return next(f.id for f in window.feed_model.folders() if f.name == name)


def _select(qtbot: QtBot, window: MainWindow, selection: Selection) -> None:
    """Select in the tree (again, if the window's start-up reload took it away)."""

    def selected() -> bool:
        tree = window.panes.feed_tree
        return tree.current_selection() == selection or (tree.select(selection) and False)

    qtbot.waitUntil(selected, timeout=TIMEOUT)
    qtbot.wait(100)
    qtbot.waitUntil(selected, timeout=TIMEOUT)


def _folder_of(window: MainWindow, feed_title: str) -> str | None:
    feed = next(f for f in window.feed_model.feeds() if f.title == feed_title)
    folder = window.feed_model.folder(feed.folder_id) if feed.folder_id is not None else None
    return None if folder is None else folder.name


def test_a_google_reader_label_renamed_and_removed_from_the_window_stays_so_after_a_sync(
    qtbot: QtBot, profile: Path, greader: GReaderServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_window(qtbot, profile) as window:
        add_account(qtbot, window, greader).close()
        assert sync_now(qtbot, window).error is None
        tech = next(s for s, sub in greader.subs.items() if sub.title == "Tech news")

        # Rename: on the server first (every feed of the label follows), then shown here.
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Technology", True))
        _select(qtbot, window, Selection("folder", _folder_id(window, "Tech")))
        _wait_for_server(qtbot, window, window.actions_["rename"].trigger)
        assert greader.subs[tech].labels == ["Technology"]
        assert greader.count("/rename-tag") == 1
        assert _folder_of(window, "Tech news") == "Technology"

        # The next sync keeps the new name (a local rename was undone here before).
        assert sync_now(qtbot, window).error is None
        assert _folder_of(window, "Tech news") == "Technology"
        assert "Tech" not in {f.name for f in window.feed_model.folders()}

        # Remove (asked first): the label goes on the server; its feed stays, at the top.
        monkeypatch.setattr(remote_subscriptions.widgets, "question", lambda *a: True)
        _select(qtbot, window, Selection("folder", _folder_id(window, "Technology")))
        _wait_for_server(qtbot, window, window.actions_["remove"].trigger)
        assert greader.count("/disable-tag") == 1
        assert tech in greader.subs and greader.subs[tech].labels == []
        assert sync_now(qtbot, window).error is None
        assert _folder_of(window, "Tech news") is None
        assert "Technology" not in {f.name for f in window.feed_model.folders()}


def _fever_profile(profile: Path) -> tuple[int, int]:
    """A profile with a Fever account, one group and one feed in it (no server needed: the
    window refuses before asking one). (folder id, feed id)."""
    with Store(resolve(profile).ensure().database) as store:
        state = SyncState(store)
        account = state.add_account("fever", "http://127.0.0.1:9/fever", "me")
        feed_map, _ = state.apply_subscriptions(
            account.id, [("1", "News")], [("7", "http://127.0.0.1:9/f.xml", "Synced", "", "1")]
        )
        folder = next(f.id for f in store.folders() if f.name == "News")
        return folder, feed_map["7"]


def test_fever_groups_and_moves_are_refused_in_words_before_any_dialog(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder_id, feed_id = _fever_profile(profile)
    asked: list[object] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("X", True))
    monkeypatch.setattr(remote_subscriptions.widgets, "question", lambda *a: asked.append(a))
    monkeypatch.setattr(dialogs.MoveToFolderDialog, "exec", lambda *a: asked.append(a) or 1)
    with open_window(qtbot, profile) as window:
        _select(qtbot, window, Selection("folder", folder_id))
        for action in ("rename", "remove"):
            window.statusBar().clearMessage()
            window.actions_[action].trigger()
            words = window.statusBar().currentMessage()
            assert words.startswith("Fever cannot rename or remove a folder")
        _select(qtbot, window, Selection("feed", feed_id))
        window.statusBar().clearMessage()
        window.actions_["move"].trigger()
        assert window.statusBar().currentMessage().startswith("Fever cannot rename, move")
        assert not asked  # no name, no question, no folder dialog
        assert [f.name for f in window.feed_model.folders()] == ["News"]
        assert window.feed_model.feed(feed_id).folder_id == folder_id
        with Store(resolve(profile).database) as store:
            assert [f.name for f in store.folders()] == ["News"]
