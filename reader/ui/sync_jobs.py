"""The worker thread's side of sync (no Qt here): the account jobs of the Accounts dialog and a
sync followed by the page queue, on the worker's own store, cache and refresher.

The worker's slots call these and turn the results into signals; everything here runs in the
worker thread only. Passwords pass through in memory and are never logged.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.core.refresh_results import RefreshSummary
    from reader.store.sync_state import Account
    from reader.usecases.refresh import Refresher
    from reader.usecases.services import Services
    from reader.usecases.sync import Syncer, SyncSummary


@dataclass(frozen=True)
class AccountRow:
    """One remote account as the dialog lists it."""

    account: Account
    pending: int
    """Read/star changes waiting to be sent."""


@dataclass(frozen=True)
class AccountListing:
    """The accounts and where their passwords are kept."""

    rows: tuple[AccountRow, ...]
    in_keyring: bool
    credentials_file: str
    """The 0600 file (used when there is no desktop keyring)."""


@dataclass(frozen=True)
class AccountAnswer:
    """The worker's answer to one account job: ``error`` in words, or ``None``."""

    job: str
    error: str | None = None
    listing: AccountListing | None = None


@dataclass(frozen=True)
class SyncReport:
    """A sync from the window: one summary per account, then the pages of the new articles."""

    summaries: tuple[SyncSummary, ...] = ()
    pages: RefreshSummary | None = None
    cancelled: bool = False
    error: str | None = None


@dataclass(frozen=True)
class AddRequest:
    """What the dialog's Add form holds (the password only in memory)."""

    protocol: str
    url: str
    username: str
    password: str
    allow_insecure: bool = False

    def __repr__(self) -> str:
        """Without the password (a repr may end up in a log)."""
        return f"AddRequest({self.protocol!r}, {self.url!r}, {self.username!r})"


@dataclass(frozen=True)
class RemoteEdit:
    """A change of a synced account's subscriptions, made on its server (then synced):
    ``subscribe`` (account, url, folder), ``unsubscribe`` (feed), ``rename`` (feed, title),
    ``move`` (feed, folder name or None for the top); ``rename_folder`` (folder_id, title),
    ``remove_folder`` (folder_id)."""

    account_id: int | None = None
    feed_id: int | None = None
    folder_id: int | None = None
    url: str = ""
    folder: str | None = None
    title: str = ""


REMOTE_JOBS = ("subscribe", "unsubscribe", "rename", "move", "rename_folder", "remove_folder")
"""The account jobs that change subscriptions on a server (answered to the window)."""


def fill(template: str, *values: str) -> str:
    """``template`` with ``%1``, ``%2``… replaced in one pass (as QString.arg does), so a value
    that itself holds ``%2`` (a user name, a server's words) is shown as it is."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def make_syncer(services: Services, config: Path) -> Syncer:
    """A Syncer on the worker's store, passwords in the keyring or the config folder's file."""
    # Imported here: the protocols and the keyring load only when sync is used.
    from reader.sync.credentials import Credentials
    from reader.usecases.sync import Syncer

    return Syncer(services.store, Credentials(config))


def listing(syncer: Syncer, config: Path) -> AccountListing:
    """The accounts with their queued changes, and where the passwords are."""
    from reader.sync.credentials import FILE_NAME  # with the syncer: see make_syncer

    state = syncer.state
    rows = tuple(AccountRow(a, state.pending_count(a.id)) for a in state.accounts())
    return AccountListing(rows, syncer.credentials.in_keyring, str(config / FILE_NAME))


def account_job(services: Services, config: Path, job: str, args: object) -> AccountAnswer:
    """Run one job of the dialog: ``list``, ``test`` / ``add`` (an AddRequest) or ``remove``
    (an account id), or of the window: one of :data:`REMOTE_JOBS` (a RemoteEdit). Failures of
    ours come back in words; others are raised."""
    syncer = make_syncer(services, config)
    try:
        if job in ("test", "add") and isinstance(args, AddRequest):
            call = syncer.test_connection if job == "test" else syncer.add_account
            call(args.protocol, args.url.strip(), args.username.strip(), args.password,
                 allow_insecure=args.allow_insecure)  # fmt: skip
        elif job == "remove" and isinstance(args, int):
            removed = syncer.remove_account(args)
            services.cache.remove_articles(removed)
        elif job in REMOTE_JOBS and isinstance(args, RemoteEdit):
            summary = remote_edit(syncer, job, args)
            if summary.removed_articles:
                services.cache.remove_articles(list(summary.removed_articles))
            if summary.error is not None:
                return AccountAnswer(job, summary.error, listing(syncer, config))
        elif job != "list":
            raise ValueError(f"unknown account job {job!r}")
    except ReaderError as err:  # typed: its words are the message to show
        return AccountAnswer(job, str(err), listing(syncer, config))
    return AccountAnswer(job, None, listing(syncer, config))


def remote_edit(syncer: Syncer, job: str, edit: RemoteEdit) -> SyncSummary:
    """One :class:`RemoteEdit` on the server, then the sync of its account."""
    if job == "subscribe" and edit.account_id is not None:
        return syncer.subscribe(edit.account_id, edit.url, edit.folder)
    if job in ("rename_folder", "remove_folder") and edit.folder_id is not None:
        if job == "rename_folder":
            return syncer.rename_folder(edit.folder_id, edit.title)
        return syncer.remove_folder(edit.folder_id)
    if edit.feed_id is None:
        raise ValueError(f"{job} needs a feed")
    if job == "unsubscribe":
        return syncer.unsubscribe(edit.feed_id)
    if job == "rename":
        return syncer.rename_feed(edit.feed_id, edit.title)
    return syncer.move_feed(edit.feed_id, edit.folder)


def run_sync(
    services: Services,
    refresher: Refresher,
    config: Path,
    account_ids: Sequence[int] | None,
    *,
    on_progress: Callable[[str, int, int], None],
    on_article: Callable[[int, str], None],
    cancel: threading.Event,
) -> SyncReport:
    """Sync the accounts, drop the cache of articles gone with their feeds, then run the page
    queue (as after a refresh) when new articles came."""
    syncer = make_syncer(services, config)
    summaries = tuple(syncer.sync(account_ids, on_progress=on_progress, cancel=cancel))
    for summary in summaries:
        if summary.removed_articles:
            services.cache.remove_articles(list(summary.removed_articles))
    pages = None
    if any(s.new_ids for s in summaries) and not cancel.is_set():
        pages = refresher.refresh(
            [],
            simplify=True,
            on_article=on_article,
            on_pages=lambda total: on_progress("pages", 0, total),
            cancel=cancel,
        )
    cancelled = cancel.is_set() or any(s.cancelled for s in summaries)
    return SyncReport(summaries, pages, cancelled)
