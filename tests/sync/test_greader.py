"""Sync over the Google Reader API, against the loopback protocol double of tests/greader_server.py
(no real server installs here): ids in both spellings, continuations, expiring tokens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.store.db import Store
from reader.sync.errors import WrongPasswordError
from reader.sync.greader import GReaderClient, long_id, normalize_id
from reader.sync.http import ApiSession
from reader.usecases.sync import Syncer
from tests.greader_server import GReaderServer

USER, PASSWORD = "reader", "api password"


@pytest.fixture
def greader() -> Iterator[GReaderServer]:
    """Two subscriptions (one under the label Tech), 30 + 5 unread items, one of them with an id
    above 2**63 (negative in the signed decimal the id streams use); pages of 20 ids."""
    server = GReaderServer(USER, PASSWORD, page_cap=20)
    server.signed_ids = True
    tech = server.subscribe("http://127.0.0.1:9/tech.xml", "Tech news", ["Tech"])
    misc = server.subscribe("http://127.0.0.1:9/misc.xml", "Misc")
    for i in range(30):
        server.add_item(tech, f"Tech {i}", f"http://127.0.0.1:9/tech/{i}", f"<p>tech {i}</p>")
    for i in range(5):
        server.add_item(misc, f"Misc {i}", f"http://127.0.0.1:9/misc/{i}", big=i == 4)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _account(syncer: Syncer, server: GReaderServer) -> int:
    return syncer.add_account("greader", server.url, USER, PASSWORD).id


def _by_title(server: GReaderServer) -> dict[str, int]:
    return {i.title: i.id for i in server.items.values()}


def test_first_sync_follows_continuations_and_reads_both_id_spellings(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    ids = _by_title(greader)
    greader.items[ids["Tech 3"]].read = True
    greader.items[ids["Tech 3"]].starred = True
    greader.items[ids["Tech 4"]].read = True
    _account(syncer, greader)

    [summary] = syncer.sync()

    assert summary.error is None and summary.feeds == 2
    articles = {a.title: a for a in store.articles()}
    assert len(articles) == 34  # unread and starred; the read, unstarred one is not asked for
    assert articles["Tech 3"].starred and articles["Tech 3"].read
    assert "Tech 4" not in articles
    big = articles["Misc 4"]
    assert int(big.entry_id) == ids["Misc 4"] >= 1 << 63
    [tech_folder] = store.folders()
    assert tech_folder.name == "Tech"
    assert {f.title for f in store.feeds() if f.folder_id == tech_folder.id} == {"Tech news"}
    assert greader.count("/stream/items/ids") >= 3  # 34 unread ids come in pages of 20
    assert articles["Tech 7"].content_html == "<p>tech 7</p>"


def test_incremental_sync_asks_contents_only_for_new_items(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    _account(syncer, greader)
    syncer.sync()
    misc = next(s for s, sub in greader.subs.items() if sub.title == "Misc")
    greader.add_item(misc, "Misc new 1", "http://127.0.0.1:9/misc/n1")
    greader.add_item(misc, "Misc new 2", "http://127.0.0.1:9/misc/n2")
    greader.calls.clear()

    [summary] = syncer.sync()

    assert summary.error is None and summary.fetched == 2
    asked = [p["i"] for _, path, p in greader.calls if path.endswith("/stream/items/contents")]
    assert [len(i) for i in asked] == [2]
    assert any("ot" in p for _, path, p in greader.calls if path.endswith("/stream/items/ids"))
    assert {"Misc new 1", "Misc new 2"} <= {a.title for a in store.articles()}


def test_read_and_star_travel_both_ways_through_expired_tokens_and_logins(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    account = _account(syncer, greader)
    syncer.sync()
    local = {a.title: a.id for a in store.articles()}
    remote = _by_title(greader)
    store.set_read([local["Tech 1"], local["Misc 4"]])
    store.set_starred(local["Tech 2"])
    greader.expire_tokens()
    greader.token_uses = 1  # and every token is good for one write only

    [pushed] = syncer.sync()

    assert pushed.error is None and pushed.pushed == 3
    assert greader.items[remote["Tech 1"]].read and greader.items[remote["Misc 4"]].read
    assert greader.items[remote["Tech 2"]].starred
    # The second write met a used-up token (401, bad token), fetched a new one and went again.
    assert greader.count("/edit-tag") == 3 and greader.count("/token") == 2
    greader.items[remote["Tech 5"]].read = True
    greader.items[remote["Tech 2"]].starred = False
    greader.expire_logins()
    [pulled] = syncer.sync()
    assert pulled.error is None and pulled.state_changes == 2
    assert store.article(local["Tech 5"]).read
    assert not store.article(local["Tech 2"]).starred
    assert syncer.state.pending_count(account) == 0


def test_offline_queue_is_flushed_when_the_server_returns(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    account = _account(syncer, greader)
    syncer.sync()
    local = {a.title: a.id for a in store.articles()}
    greader.stop()
    store.set_read([local["Tech 9"]])
    store.set_starred(local["Misc 1"])
    [down] = syncer.sync()
    assert down.error is not None and "cannot reach the server" in down.error
    assert syncer.state.pending_count(account) == 2

    greader.restart()
    [back] = syncer.sync()
    assert back.error is None and back.pushed == 2
    remote = _by_title(greader)
    assert greader.items[remote["Tech 9"]].read and greader.items[remote["Misc 1"]].starred


def test_wrong_password_is_refused_in_words(greader: GReaderServer, syncer: Syncer) -> None:
    with pytest.raises(WrongPasswordError, match="refused"):
        syncer.add_account("greader", greader.url, USER, "wrong")
    assert syncer.state.accounts() == []


def test_server_gone_mid_sync_loses_nothing_and_the_next_sync_completes(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    misc = next(s for s, sub in greader.subs.items() if sub.title == "Misc")
    # Enough batches that the ones in flight when the server goes cannot be all of them.
    for i in range(1000):
        greader.add_item(misc, f"Bulk {i}", f"http://127.0.0.1:9/bulk/{i}")
    account = _account(syncer, greader)
    calls: list[int] = []

    def stop_after_first_batch(stage: str, done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 1:
            greader.stop()

    [cut] = syncer.sync(on_progress=stop_after_first_batch)
    assert cut.error is not None
    kept = len(store.articles())
    assert 100 <= kept < 1035
    assert syncer.state.account(account).cursor is None

    greader.restart()
    [done] = syncer.sync()
    assert done.error is None and done.fetched == 1035 - kept
    titles = [a.title for a in store.articles()]
    assert len(titles) == len(set(titles)) == 1035


def test_subscriptions_made_on_the_server_or_through_the_client_arrive_and_leave(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    _account(syncer, greader)
    syncer.sync()
    client = GReaderClient(ApiSession(greader.url), USER, PASSWORD)
    client.subscribe("http://127.0.0.1:9/new.xml", "Tech")
    misc = next(s for s, sub in greader.subs.items() if sub.title == "Misc")
    misc_articles = {a.id for a in store.articles() if a.feed_title == "Misc"}
    client.unsubscribe(misc)
    client.close()

    [summary] = syncer.sync()

    assert summary.error is None
    urls = {f.url for f in store.feeds()}
    assert "http://127.0.0.1:9/new.xml" in urls and "http://127.0.0.1:9/misc.xml" not in urls
    assert set(summary.removed_articles) == misc_articles
    assert not misc_articles & {a.id for a in store.articles()}


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=(1 << 64) - 1))
def test_item_ids_read_the_same_in_every_spelling(number: int) -> None:
    text = str(number)
    assert normalize_id(long_id(text)) == text
    assert normalize_id(text) == text
    signed = number - (1 << 64) if number >= 1 << 63 else number
    assert normalize_id(str(signed)) == text


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_anything_else_is_not_an_item_id(text: str) -> None:
    result = normalize_id(text)
    assert result is None or (result.isdigit() and int(result) < 1 << 64)


def test_cancel_stops_soon_keeps_what_was_stored_and_the_next_sync_completes(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    import threading

    misc = next(s for s, sub in greader.subs.items() if sub.title == "Misc")
    # Enough batches that the ones in flight when Cancel comes cannot be all of them.
    for i in range(1000):
        greader.add_item(misc, f"Bulk {i}", f"http://127.0.0.1:9/bulk/{i}")
    account = _account(syncer, greader)
    cancel = threading.Event()

    def cancel_after_first_batch(stage: str, done: int, total: int) -> None:
        cancel.set()

    [cut] = syncer.sync(on_progress=cancel_after_first_batch, cancel=cancel)
    assert cut.cancelled and cut.error is None
    kept = len(store.articles())
    assert 100 <= kept < 1035
    assert syncer.state.account(account).cursor is None

    [done] = syncer.sync()
    assert done.error is None and not done.cancelled and done.fetched == 1035 - kept


def test_subscribe_and_unsubscribe_through_the_account(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    account = _account(syncer, greader)
    syncer.sync()
    added = syncer.subscribe(account, "http://127.0.0.1:9/added.xml", "Later")
    assert added.error is None
    feed = next(f for f in store.feeds() if f.url == "http://127.0.0.1:9/added.xml")
    assert [f.name for f in store.folders() if f.id == feed.folder_id] == ["Later"]
    assert any(sub.url == feed.url for sub in greader.subs.values())

    dropped = syncer.unsubscribe(feed.id)
    assert dropped.error is None
    assert feed.url not in {f.url for f in store.feeds()}
    assert not any(sub.url == feed.url for sub in greader.subs.values())
    assert "Later" not in {f.name for f in store.folders()}  # left empty: gone too


def test_rename_and_move_through_the_account_change_the_server_first(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    _account(syncer, greader)
    syncer.sync()
    tech = next(f for f in store.feeds() if f.title == "Tech news")
    stream = next(s for s, sub in greader.subs.items() if sub.title == "Tech news")

    renamed = syncer.rename_feed(tech.id, "Technology")
    assert renamed.error is None
    assert greader.subs[stream].title == "Technology"
    assert store.feed(tech.id).title == "Technology"

    moved = syncer.move_feed(tech.id, "Reading")
    assert moved.error is None
    assert greader.subs[stream].labels == ["Reading"]  # out of Tech, into Reading
    folders = {f.id: f.name for f in store.folders()}
    assert folders[store.feed(tech.id).folder_id or 0] == "Reading"
    assert "Tech" not in folders.values()  # left empty on the server: gone here too

    syncer.move_feed(tech.id, None)
    assert greader.subs[stream].labels == []
    assert store.feed(tech.id).folder_id is None


def test_a_sync_with_the_last_syncs_sets_skips_the_state_walk_and_fetches_nothing(
    greader: GReaderServer, syncer: Syncer, store: Store
) -> None:
    account = _account(syncer, greader)
    syncer.sync()
    digest = syncer.state.account(account).digest
    assert digest
    greader.calls.clear()
    [quiet] = syncer.sync()
    assert quiet.error is None and quiet.fetched == 0 and quiet.state_changes == 0
    assert greader.count("/stream/items/contents") == 0
    assert syncer.state.account(account).digest == digest
    # One change on the server: the sets differ, and exactly that change is applied here.
    item = next(i for i in greader.items.values() if i.title == "Tech 3")
    item.read = True
    [busy] = syncer.sync()
    assert busy.state_changes == 1
    assert next(a for a in store.articles() if a.title == "Tech 3").read
    assert syncer.state.account(account).digest != digest
