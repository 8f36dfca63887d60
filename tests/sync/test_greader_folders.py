"""Folders (labels) of a Google Reader account renamed and deleted through the account, against
the loopback protocol double (``rename-tag``, ``disable-tag``): the server changes first, and the
sync shows what it made of it; Fever refuses in words and changes nothing."""

from __future__ import annotations

import pytest

from reader.store.db import Store
from reader.store.sync_state import SyncState
from reader.sync.errors import ProtocolError
from reader.sync.greader import GReaderClient
from reader.sync.http import ApiSession
from reader.usecases.sync import Syncer
from tests.greader_server import GReaderServer
from tests.sync.test_greader import PASSWORD, USER
from tests.sync.test_greader import greader as greader  # the fixture


def _folder(store: Store, name: str) -> int:
    return next(f.id for f in store.folders() if f.name == name)


def test_renaming_a_label_renames_it_on_the_server_and_the_next_sync_keeps_it(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    syncer.add_account("greader", greader.url, USER, PASSWORD)
    syncer.sync()
    tech = next(f for f in store.feeds() if f.title == "Tech news")

    summary = syncer.rename_folder(_folder(store, "Tech"), "Technology")
    assert summary.error is None
    assert [sub.labels for sub in greader.subs.values()] == [["Technology"], []]
    form = next(c[2] for c in greader.calls if c[1].endswith("/rename-tag"))
    assert form["s"] == ["user/-/label/Tech"] and form["dest"] == ["user/-/label/Technology"]
    assert form["T"]  # a write: with the token

    syncer.sync()  # and again: the server's name stays
    names = {f.id: f.name for f in store.folders()}
    assert names[store.feed(tech.id).folder_id or 0] == "Technology"
    assert "Tech" not in names.values()


def test_deleting_a_label_keeps_its_feeds_subscribed_at_the_top(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    syncer.add_account("greader", greader.url, USER, PASSWORD)
    syncer.sync()
    tech = next(f for f in store.feeds() if f.title == "Tech news")

    assert syncer.remove_folder(_folder(store, "Tech")).error is None
    assert greader.count("/disable-tag") == 1
    assert all(sub.labels == [] for sub in greader.subs.values()) and len(greader.subs) == 2
    syncer.sync()
    assert store.feed(tech.id).folder_id is None
    assert "Tech" not in {f.name for f in store.folders()}


def test_label_writes_get_a_new_token_when_it_expired_and_bad_streams_are_refused(
    greader: GReaderServer,
) -> None:
    client = GReaderClient(ApiSession(greader.url), USER, PASSWORD)
    try:
        client.login()
        client.rename_folder("user/-/label/Tech", "T2")
        greader.expire_tokens()  # 401 with X-Reader-Google-Bad-Token: a new token, once more
        client.remove_folder("user/-/label/T2")
    finally:
        client.close()
    assert greader.count("/token") == 2 and greader.count("/disable-tag") == 2
    assert all(sub.labels == [] for sub in greader.subs.values())
    for form, status in (
        ({"s": ["feed/1"], "dest": ["user/-/label/X"]}, 400),
        ({"s": ["user/-/label/None"], "dest": ["user/-/label/X"]}, 404),
    ):
        assert greader._api_rename_tag(form)[0] == status
    assert greader._api_disable_tag({"s": ["user/-/label/None"]})[0] == 404


def test_a_folder_of_no_account_or_of_fever_is_refused_in_words(
    syncer: Syncer, store: Store
) -> None:
    local = store.add_folder("Mine")
    with pytest.raises(ProtocolError, match="not synced"):
        syncer.rename_folder(local.id, "Other")
    state = SyncState(store)
    account = state.add_account("fever", "http://127.0.0.1:9/fever", "me")
    state.apply_subscriptions(account.id, [("1", "News")], [])
    syncer.credentials.set(account.key, "pw")
    with pytest.raises(ProtocolError, match="Fever cannot rename or delete a group"):
        syncer.remove_folder(_folder(store, "News"))
