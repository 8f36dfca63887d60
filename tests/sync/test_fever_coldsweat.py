"""Sync against a real Fever server: coldsweat on 127.0.0.1, fetching feeds from the fixture
server. Nothing here is a double: the HTTP, the server's database and ours are all real."""

from __future__ import annotations

import pytest

from reader.store.db import Store
from reader.sync.errors import ServerUnreachableError, WrongPasswordError
from reader.usecases.sync import Syncer
from tests.sync.coldsweat import Coldsweat
from tests.sync.conftest import EMAIL, PASSWORD
from tests.sync.feeds import FeedSet


def _titles(store: Store) -> dict[str, int]:
    return {a.title: a.id for a in store.articles()}


def test_first_sync_brings_folders_feeds_articles_and_state(
    fever: Coldsweat, feeds: FeedSet, syncer: Syncer, store: Store
) -> None:
    items = fever.items()
    by_title = {str(i["title"]): str(i["id"]) for i in items.values()}
    fever.mark(by_title["Feed 0 story 1"], "read")
    fever.mark(by_title["Feed 2 story 3"], "saved")
    account = syncer.add_account("fever", fever.url, EMAIL, PASSWORD)

    [summary] = syncer.sync()

    assert summary.error is None
    assert summary.feeds == 3
    assert sorted(f.url for f in store.feeds()) == sorted(feeds.url(n) for n in range(3))
    news = [f for f in store.folders() if f.name == "News"]
    assert len(news) == 1
    assert {f.url for f in store.feeds() if f.folder_id == news[0].id} == {
        feeds.url(0),
        feeds.url(1),
    }
    # The first sync fetches what is unread or starred (everything but one read item here).
    articles = {a.title: a for a in store.articles()}
    assert len(articles) == 14 and "Feed 0 story 1" not in articles
    assert articles["Feed 2 story 3"].starred
    assert all(not a.read for a in articles.values())
    assert articles["Feed 1 story 4"].link == feeds.link(1, 4)
    assert "The text of Feed 1 story 4." in articles["Feed 1 story 4"].content_html
    assert syncer.state.account(account.id).cursor == max(by_title.values(), key=int)
    assert syncer.state.pending_count(account.id) == 0


def test_incremental_sync_fetches_only_what_is_new(
    fever: Coldsweat, feeds: FeedSet, syncer: Syncer, store: Store
) -> None:
    syncer.add_account("fever", fever.url, EMAIL, PASSWORD)
    [first] = syncer.sync()
    assert first.fetched == 15
    feeds.counts[1] = 7
    feeds.publish()
    fever.fetch_now()

    [second] = syncer.sync()

    assert second.error is None
    assert second.fetched == 2 and len(second.new_ids) == 2
    assert {store.article(i).title for i in second.new_ids} == {
        "Feed 1 story 5",
        "Feed 1 story 6",
    }
    [third] = syncer.sync()
    assert third.fetched == 0 and third.state_changes == 0 and third.pushed == 0


def test_read_and_star_travel_both_ways(fever: Coldsweat, syncer: Syncer, store: Store) -> None:
    account = syncer.add_account("fever", fever.url, EMAIL, PASSWORD)
    syncer.sync()
    local = _titles(store)
    remote = {str(i["title"]): str(i["id"]) for i in fever.items().values()}

    # Here -> server: the changes are queued with the change itself, then pushed.
    store.set_read([local["Feed 0 story 0"]])
    store.set_starred(local["Feed 1 story 2"])
    assert syncer.state.pending_count(account.id) == 2
    [pushed] = syncer.sync()
    assert pushed.pushed == 2 and syncer.state.pending_count(account.id) == 0
    assert remote["Feed 0 story 0"] not in fever.unread_ids()
    assert fever.saved_ids() == {remote["Feed 1 story 2"]}

    # Server (another device) -> here.
    fever.mark(remote["Feed 2 story 2"], "read")
    fever.mark(remote["Feed 1 story 2"], "unsaved")
    fever.mark(remote["Feed 0 story 0"], "unread")
    [pulled] = syncer.sync()
    assert pulled.error is None and pulled.state_changes == 3
    assert store.article(local["Feed 2 story 2"]).read
    assert not store.article(local["Feed 1 story 2"]).starred
    assert not store.article(local["Feed 0 story 0"]).read
    # Writing the server's state queued nothing to send back.
    assert syncer.state.pending_count(account.id) == 0


def test_a_change_made_here_after_the_last_sync_wins_over_the_servers_older_state(
    fever: Coldsweat, syncer: Syncer, store: Store
) -> None:
    account = syncer.add_account("fever", fever.url, EMAIL, PASSWORD)
    syncer.sync()
    local = _titles(store)
    remote = {str(i["title"]): str(i["id"]) for i in fever.items().values()}
    fever.mark(remote["Feed 0 story 3"], "read")  # another device, before our change
    store.set_read([local["Feed 0 story 3"]], False)  # already unread here: nothing to queue
    store.set_read([local["Feed 0 story 3"]])
    store.set_read([local["Feed 0 story 3"]], False)  # the user's last word: unread
    assert syncer.state.pending_count(account.id) == 2

    [summary] = syncer.sync()

    assert summary.error is None
    assert not store.article(local["Feed 0 story 3"]).read
    assert remote["Feed 0 story 3"] in fever.unread_ids()


def test_offline_queue_is_kept_while_the_server_is_down_and_flushed_when_it_returns(
    fever: Coldsweat, syncer: Syncer, store: Store
) -> None:
    account = syncer.add_account("fever", fever.url, EMAIL, PASSWORD)
    syncer.sync()
    local = _titles(store)
    remote = {str(i["title"]): str(i["id"]) for i in fever.items().values()}
    fever.kill()
    store.set_read([local["Feed 1 story 1"], local["Feed 2 story 0"]])
    store.set_starred(local["Feed 0 story 4"])

    [down] = syncer.sync()

    assert down.error is not None and "cannot reach the server" in down.error
    assert syncer.state.account(account.id).last_error == down.error
    assert syncer.state.pending_count(account.id) == 3
    fever.start()
    [back] = syncer.sync()
    assert back.error is None and back.pushed == 3
    assert syncer.state.pending_count(account.id) == 0
    assert not {remote["Feed 1 story 1"], remote["Feed 2 story 0"]} & fever.unread_ids()
    assert fever.saved_ids() == {remote["Feed 0 story 4"]}
    assert store.article(local["Feed 1 story 1"]).read  # the server's state now agrees


def test_wrong_password_is_said_in_words_and_stores_nothing(
    fever: Coldsweat, syncer: Syncer, store: Store
) -> None:
    with pytest.raises(WrongPasswordError, match="refused the user name or password"):
        syncer.add_account("fever", fever.url, EMAIL, "not the password")
    assert syncer.state.accounts() == []
    assert not (store.path.parent.parent / "config" / "credentials.json").exists()
    with pytest.raises(ServerUnreachableError, match="cannot reach the server"):
        syncer.add_account("fever", "http://127.0.0.1:9/fever", EMAIL, PASSWORD)


def test_server_killed_mid_sync_loses_nothing_and_the_next_sync_completes(
    coldsweat_home: object, tmp_path: object, feeds: FeedSet, syncer: Syncer, store: Store
) -> None:
    from pathlib import Path

    # Enough batches that the ones in flight when the server dies cannot be all of them.
    feeds.counts = [150, 150, 150]
    feeds.publish()
    folder = Path(str(tmp_path)) / "big"
    folder.mkdir()
    server = Coldsweat(Path(str(coldsweat_home)), folder)
    server.setup(EMAIL, PASSWORD)
    server.import_opml(feeds.opml(folder / "subs.opml"))
    server.start()
    try:
        account = syncer.add_account("fever", server.url, EMAIL, PASSWORD)
        seen: list[int] = []

        def kill_after_first_batch(stage: str, done: int, total: int) -> None:
            seen.append(done)
            if stage == "items" and len(seen) == 1:
                server.kill()

        [cut] = syncer.sync(on_progress=kill_after_first_batch)
        assert cut.error is not None and "cannot reach the server" in cut.error
        kept = len(store.articles())
        assert 50 <= kept < 450  # every batch stored before the kill stays
        assert syncer.state.account(account.id).cursor is None  # the next sync starts over

        server.start()
        [done] = syncer.sync()
        assert done.error is None
        assert done.fetched == 450 - kept
        titles = [a.title for a in store.articles()]
        assert len(titles) == len(set(titles)) == 450
    finally:
        server.stop()


def test_fever_cannot_subscribe_and_says_so(fever: Coldsweat, syncer: Syncer) -> None:
    from reader.sync.errors import ProtocolError

    account = syncer.add_account("fever", fever.url, EMAIL, PASSWORD)
    with pytest.raises(ProtocolError, match="Fever cannot add or remove subscriptions"):
        syncer.subscribe(account.id, "http://127.0.0.1:9/x.xml")
