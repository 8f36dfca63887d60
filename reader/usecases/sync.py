"""Sync with remote accounts, in plain synchronous Python (the command line calls it directly,
the window's worker from its thread, like a refresh).

One sync of one account, in this order:

1. **Push** the queued read/star changes, oldest first (several changes of one item's field
   collapse to its last value, at the place of that last change); each batch leaves the queue
   only once the server acknowledged it, so a failure or a kill loses nothing and the next sync
   sends again (marking is idempotent on every protocol).
2. **Subscriptions**: the server's folders and feeds are mirrored locally.
3. **Changes** since the account's cursor: the complete unread and starred sets, and the ids of
   items new since then. Items not here yet are **fetched by id in batches**, several requests
   at a time, and stored batch by batch (a sync cut short keeps every stored batch).
4. **State**: every synced article takes the server's read/starred state, except a field the
   user changed since the last sync and is still queued (the user's newer change wins; it is
   pushed next time). Otherwise the server wins.
5. The cursor moves on only now, so an interrupted sync is simply done again.

Synced articles are ordinary articles of ordinary feeds: the reader view simplifies and caches
them like any other (the caller runs the page queue, as after a refresh).

For the window's worker (its thread, its writer Store): ``Syncer(store, Credentials(paths.config))``;
``test_connection``/``add_account`` for the account dialog (errors are SyncError subclasses whose
``str`` is the words to show), ``state.accounts()``/``state.pending_count(id)``/
``credentials.where`` for the list and the Settings line, ``remove_account(id)`` (then remove the
returned article ids from the cache), and ``sync(ids, on_progress=, cancel=)`` like a refresh:
progress as (stage, done, total), Cancel through the event, one :class:`SyncSummary` per account;
then the page queue for ``summary.new_ids``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime

from reader.core.parsed import ParsedEntry
from reader.core.render.sanitize import absolute_url, plain_text, sanitize_html
from reader.errors import ReaderError
from reader.store.db import Store
from reader.store.sync_diff import state_digest
from reader.store.sync_state import Account, QueuedChange, SyncedItem, SyncState
from reader.sync.base import Changes, Field, RemoteItem, Subscriptions, SyncClient
from reader.sync.clients import make_client, protocol
from reader.sync.credentials import Credentials
from reader.sync.errors import SyncError, WrongPasswordError
from reader.sync.http import check_server_url
from reader.usecases.sync_edits import SubscriptionEdits
from reader.usecases.sync_summary import SyncSummary as SyncSummary

log = logging.getLogger(__name__)

ClientFactory = Callable[..., SyncClient]
Progress = Callable[[str, int, int], None]
"""Called as the sync goes: (stage ``"push"``/``"items"``, done, in all)."""
_TICK = 0.2


def account_title(account: Account) -> str:
    """``user at host`` (never the password)."""
    return f"{account.username} at {account.url}"


def to_entry(item: RemoteItem) -> ParsedEntry:
    """A server's item as a parsed entry: its id, plain-text title, sanitized body."""
    link = absolute_url(item.url, item.url)
    return ParsedEntry(
        entry_id=item.id,
        title=plain_text(item.title),
        link=link,
        author=plain_text(item.author),
        published=item.published,
        content_html=sanitize_html(item.html, base_url=link),
    )


def collapse(changes: Sequence[QueuedChange]) -> list[tuple[Field, bool, list[QueuedChange]]]:
    """The queue as runs of (field, value, changes) to push in order: an item's several
    changes of one field count once, at the place of its last one, carrying the earlier ones
    (so they leave the queue together)."""
    last: dict[tuple[str, str], int] = {}
    for index, change in enumerate(changes):
        last[(change.remote_id, change.field)] = index
    carried: dict[int, list[QueuedChange]] = {}
    for change in changes:
        carried.setdefault(last[(change.remote_id, change.field)], []).append(change)
    runs: list[tuple[Field, bool, list[QueuedChange]]] = []
    for index in sorted(carried):
        change = changes[index]
        kind: Field = "read" if change.field == "read" else "starred"
        if runs and runs[-1][0] == kind and runs[-1][1] == change.value:
            runs[-1][2].extend(carried[index])
        else:
            runs.append((kind, change.value, list(carried[index])))
    return runs


class Syncer(SubscriptionEdits):
    """Accounts and their sync for one profile's store (calling thread only)."""

    def __init__(
        self,
        store: Store,
        credentials: Credentials,
        *,
        workers: int = 4,
        client_factory: ClientFactory = make_client,
        ca_bundle: str | None = None,
    ) -> None:
        """``workers``: item batches asked at a time; ``ca_bundle``: extra trusted authorities
        (tests); ``client_factory`` makes a protocol client (default: the real ones)."""
        self._store = store
        self._state = SyncState(store)
        self._credentials = credentials
        self._workers = max(1, workers)
        self._factory = client_factory
        self._ca_bundle = ca_bundle

    @property
    def state(self) -> SyncState:
        """The sync tables."""
        return self._state

    @property
    def credentials(self) -> Credentials:
        """Where passwords are kept."""
        return self._credentials

    # -- accounts ------------------------------------------------------------------------
    def test_connection(
        self, kind: str, url: str, username: str, password: str, *, allow_insecure: bool = False
    ) -> None:
        """Sign in once; raises WrongPasswordError, ServerUnreachableError, ProtocolError or
        InsecureAddressError, in words."""
        secret = protocol(kind).secret(username, password)
        client = self._client(kind, url, username, secret, allow_insecure)
        try:
            client.login()
        finally:
            client.close()

    def add_account(
        self, kind: str, url: str, username: str, password: str, *, allow_insecure: bool = False
    ) -> Account:
        """Test the connection, then keep the account and its secret."""
        url = check_server_url(url, allow_insecure=allow_insecure)
        self.test_connection(kind, url, username, password, allow_insecure=allow_insecure)
        account = self._state.add_account(kind, url, username, allow_insecure=allow_insecure)
        try:
            self._credentials.set(account.key, protocol(kind).secret(username, password))
        except BaseException:
            self._state.remove_account(account.id)
            raise
        log.info("added %s account %d (%s)", kind, account.id, account_title(account))
        return account

    def remove_account(self, account_id: int) -> list[int]:
        """Forget the account, its secret and the feeds its sync brought; the removed article
        ids (for the cache)."""
        account = self._state.account(account_id)
        removed = self._state.remove_account(account_id)
        self._credentials.delete(account.key)
        return removed

    # -- sync ----------------------------------------------------------------------------
    def sync(
        self,
        account_ids: Sequence[int] | None = None,
        *,
        on_progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> list[SyncSummary]:
        """Sync the accounts (all when ``None``); one account's failure never stops the others."""
        stop = cancel or threading.Event()
        accounts = (
            self._state.accounts()
            if account_ids is None
            else [self._state.account(i) for i in account_ids]
        )
        results = []
        for account in accounts:
            if stop.is_set():
                break
            results.append(self._sync_account(account, on_progress, stop))
        return results

    def _client(
        self, kind: str, url: str, username: str, secret: str, allow_insecure: bool
    ) -> SyncClient:
        return self._factory(
            kind, url, username, secret, allow_insecure=allow_insecure, ca_bundle=self._ca_bundle
        )

    def _sync_account(
        self, account: Account, on_progress: Progress | None, stop: threading.Event
    ) -> SyncSummary:
        title = account_title(account)
        try:
            secret = self._credentials.get(account.key)
            if secret is None:
                raise WrongPasswordError(
                    "no password is stored for this account; remove it and add it again"
                )
            client = self._client(
                account.protocol, account.url, account.username, secret, account.allow_insecure
            )
            try:
                summary = self._run(account, client, on_progress, stop)
            finally:
                client.close()
        except (SyncError, ReaderError) as err:
            log.info("sync of account %d failed: %s", account.id, err)
            self._state.record_sync(account.id, when=datetime.now(UTC), error=str(err))
            return SyncSummary(account.id, title, error=str(err))
        return summary

    def _run(
        self,
        account: Account,
        client: SyncClient,
        on_progress: Progress | None,
        stop: threading.Event,
    ) -> SyncSummary:
        title = account_title(account)
        pushed, exempt, subs, changes = self._ask(account, client, on_progress)
        feed_map, removed = self._state.apply_subscriptions(
            account.id,
            [(f.id, f.title) for f in subs.folders],
            [
                (f.id, f.url, f.title, f.site_url, next(iter(f.folder_ids), None))
                for f in subs.feeds
            ],
        )
        digest = state_digest(changes.unread_ids, changes.starred_ids)
        # The same sets as at the last sync: nothing changed on the server (but new items).
        unchanged = digest == account.digest
        wanted = self._wanted(account.id, changes, unchanged)
        new_ids, fetched = self._fetch(account, client, feed_map, wanted, on_progress, stop)
        if stop.is_set():
            return SyncSummary(
                account.id, title, pushed, len(feed_map), fetched, tuple(new_ids), cancelled=True
            )
        changed = 0
        if not unchanged:
            changed = self._state.apply_state(
                account.id, changes.unread_ids, changes.starred_ids, exempt=exempt
            )
        self._state.record_sync(
            account.id, when=datetime.now(UTC), cursor=changes.cursor, error=None, digest=digest
        )
        log.info(
            "synced account %d: pushed %d, fetched %d (%d new), %d states changed",
            account.id,
            pushed,
            fetched,
            len(new_ids),
            changed,
        )
        return SyncSummary(
            account.id,
            title,
            pushed=pushed,
            feeds=len(feed_map),
            fetched=fetched,
            new_ids=tuple(new_ids),
            state_changes=changed,
            removed_articles=tuple(removed),
            notes=client.capabilities.notes,
        )

    def _ask(
        self, account: Account, client: SyncClient, on_progress: Progress | None
    ) -> tuple[int, frozenset[tuple[str, str]], Subscriptions, Changes]:
        """Push the queue and ask the server's sets and subscriptions: (pushed, their
        (remote id, field), subscriptions, changes)."""
        # The push, the server's sets and its subscriptions do not depend on each other: asked
        # at once, the sync waits for the slowest, not for their sum. The push's changes are
        # the user's newest word: kept over whatever state the sets show (``exempt``). Sets
        # read in pages would shift under the push: then it goes first.
        # No separate sign-in call: the first request signs in (or is refused in words).
        pushed, exempt = 0, frozenset[tuple[str, str]]()
        if not client.capabilities.whole_sets:
            pushed, exempt = self._push(account, client, on_progress)
        with ThreadPoolExecutor(2, thread_name_prefix="sync-ask") as asking:
            later = asking.submit(client.changes, account.cursor)
            later_subs = asking.submit(client.subscriptions)
            if client.capabilities.whole_sets:
                pushed, exempt = self._push(account, client, on_progress)
            subs, changes = later_subs.result(), later.result()
        return pushed, exempt, subs, changes

    def _wanted(self, account_id: int, changes: Changes, unchanged: bool) -> list[str]:
        """The ids to fetch: new ones not here yet (in the server's order: a first sync gives
        the newest first), then unread or starred ones not here (unless the sets are those of
        the last sync, all fetched then, or the new ids hold them all)."""
        wanted = self._state.unknown_ids(account_id, list(dict.fromkeys(changes.new_ids)))
        if unchanged:
            return wanted
        wanted_sets = changes.unread_ids | changes.starred_ids
        if len(changes.new_ids) >= len(wanted_sets) and wanted_sets.issubset(changes.new_ids):
            return wanted
        missing = self._state.missing_ids(account_id, changes.unread_ids, changes.starred_ids)
        return list(dict.fromkeys([*wanted, *missing]))

    def _push(
        self, account: Account, client: SyncClient, on_progress: Progress | None
    ) -> tuple[int, frozenset[tuple[str, str]]]:
        """Send the queue in order; each run leaves the queue once the server took it.
        Returns how many changes went and their (remote id, field)."""
        queued = self._state.pending(account.id)
        done = 0
        for kind, value, changes in collapse(queued):
            ids = list(dict.fromkeys(c.remote_id for c in changes))
            client.mark(ids, kind, value)
            self._state.drop_pending([c.id for c in changes])
            done += len(changes)
            if on_progress is not None:
                on_progress("push", done, len(queued))
        return done, frozenset((c.remote_id, c.field) for c in queued)

    def _fetch(
        self,
        account: Account,
        client: SyncClient,
        feed_map: dict[str, int],
        wanted: list[str],
        on_progress: Progress | None,
        stop: threading.Event,
    ) -> tuple[list[int], int]:
        """Fetch ``wanted`` by id, ``workers`` batches at a time, storing each as it comes."""
        size = max(1, client.capabilities.batch_size)
        batches = [wanted[i : i + size] for i in range(0, len(wanted), size)]
        new_ids: list[int] = []
        fetched = 0

        def convert(batch: list[str]) -> list[SyncedItem]:
            return [
                SyncedItem(item.id, item.feed_id, to_entry(item), item.read, item.starred)
                for item in client.items(batch)
            ]

        with ThreadPoolExecutor(self._workers, thread_name_prefix="sync") as pool:
            running: set[Future[list[SyncedItem]]] = set()
            try:
                while batches or running:
                    while batches and len(running) < self._workers and not stop.is_set():
                        running.add(pool.submit(convert, batches.pop(0)))
                    if not running:
                        break
                    finished, running = wait(running, timeout=_TICK, return_when=FIRST_COMPLETED)
                    # Refill before storing: the server works on the next batches meanwhile.
                    while batches and len(running) < self._workers and not stop.is_set():
                        running.add(pool.submit(convert, batches.pop(0)))
                    # Every batch that came meanwhile in one transaction.
                    items = [item for future in finished for item in future.result()]
                    if items:
                        now = datetime.now(UTC)
                        new_ids.extend(self._state.store_items(account.id, feed_map, items, now))
                    fetched += len(items)
                    if finished and on_progress is not None:
                        on_progress("items", fetched, len(wanted))
            finally:
                for future in running:
                    future.cancel()
        return new_ids, fetched
