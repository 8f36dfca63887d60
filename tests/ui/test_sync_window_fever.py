"""Sync from the real window against a real Fever server: coldsweat on 127.0.0.1 (its venv made
once by tests/sync/coldsweat.py), following feeds of the fixture server. Nothing is a double."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.feed_tree import ALL
from tests.httpserver import FixtureServer
from tests.sync.coldsweat import CannotInstall, Coldsweat, coldsweat_venv
from tests.sync.feeds import FeedSet
from tests.ui.test_sync_window import click_and_wait, fill_form, open_accounts, sync_now
from tests.ui.windowkit import TIMEOUT, open_window, titles

EMAIL, PASSWORD = "reader@example.org", "correct horse battery"


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords go to the profile's 0600 file, never into this machine's keyring."""
    monkeypatch.setenv("BROADSHEET_CREDENTIALS", "file")


@pytest.fixture
def fever(server: FixtureServer, tmp_path: Path) -> Iterator[tuple[Coldsweat, FeedSet]]:
    """coldsweat following three feeds of five entries (feeds 0 and 1 in the folder News)."""
    try:
        venv = coldsweat_venv()
    except CannotInstall as err:
        pytest.skip(f"coldsweat (the real Fever server of these tests) is not installable: {err}")
    feeds = FeedSet(server, counts=[5, 5, 5], folders={0: "News", 1: "News"})
    feeds.publish()
    folder = tmp_path / "coldsweat"
    folder.mkdir()
    coldsweat = Coldsweat(venv, folder)
    coldsweat.setup(EMAIL, PASSWORD)
    coldsweat.import_opml(feeds.opml(folder / "subs.opml"))
    coldsweat.start()
    try:
        yield coldsweat, feeds
    finally:
        coldsweat.stop()


@pytest.mark.slow
def test_a_fever_account_added_in_the_dialog_syncs_into_the_tree(
    qtbot: QtBot, profile: Path, fever: tuple[Coldsweat, FeedSet]
) -> None:
    coldsweat, feeds = fever
    with open_window(qtbot, profile) as window:
        dialog = open_accounts(qtbot, window)
        dialog.protocol_box.setCurrentIndex(dialog.protocol_box.findData("fever"))
        assert "cannot subscribe" in dialog.fever_note.text()
        fill_form(qtbot, dialog, coldsweat.url, EMAIL, "wrong password")
        words = click_and_wait(qtbot, dialog, dialog.test_button)
        assert words.startswith("Connection failed:"), words
        fill_form(qtbot, dialog, coldsweat.url, EMAIL, PASSWORD)
        words = click_and_wait(qtbot, dialog, dialog.add_button)
        assert words.startswith("Account added"), words
        qtbot.waitUntil(lambda: dialog.account_list.count() == 2, timeout=TIMEOUT)
        assert "Fever cannot subscribe" in dialog.account_list.item(1).text()
        report = sync_now(qtbot, window)
        assert report.error is None and report.summaries[0].error is None
        assert {f.url for f in window.feed_model.feeds()} == {feeds.url(n) for n in range(3)}
        news = [f for f in window.feed_model.folders() if f.name == "News"]  # coldsweat's groups
        assert len(news) == 1
        in_news = {f.url for f in window.feed_model.feeds() if f.folder_id == news[0].id}
        assert in_news == {feeds.url(0), feeds.url(1)}
        window.panes.show_selection(ALL)
        assert len(titles(window)) == 15
        new_ids = report.summaries[0].new_ids
        qtbot.waitUntil(lambda: all(window.cache.has_article(i) for i in new_ids), timeout=TIMEOUT)
