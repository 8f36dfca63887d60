"""``broadsheet account add|list|remove`` and ``broadsheet sync``.

The password is never an argument (it would show in ``ps`` and the shell's history): it is
asked on the terminal, or read as the first line of stdin when stdin is not a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from reader.cli.numbers import positive
from reader.cli.output import counted, emit, print_summary, summary_dict, terminal_safe
from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.core.refresh_results import RefreshSummary
    from reader.paths import Paths
    from reader.store.cache import ArticleCache
    from reader.store.db import Store
    from reader.store.sync_state import Account
    from reader.usecases.refresh import Refresher
    from reader.usecases.sync import Syncer, SyncSummary


class Session(Protocol):
    """What these commands use of the command line's session (named here, so this module
    does not import the one that registers it)."""

    @property
    def paths(self) -> Paths: ...
    @property
    def args(self) -> argparse.Namespace: ...
    @property
    def json(self) -> bool: ...
    @property
    def store(self) -> Store: ...
    @property
    def cache(self) -> ArticleCache: ...
    def refresher(self, jobs: int = 1, *, parse_here: bool = False) -> Refresher: ...


def add_arguments(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``account`` and ``sync`` to the command line (``command(name, help)`` makes one)."""
    p = command("account", "add, list or remove sync accounts (Fever, Google Reader API)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an account (asks for its password)")
    # No argparse choices: they would load every protocol (and requests) for every command;
    # the add command checks the name before it asks for the password.
    add.add_argument("protocol", metavar="PROTOCOL", help="fever or greader")
    add.add_argument("url", metavar="URL", help="the server's API address")
    add.add_argument("--user", required=True, metavar="NAME", help="user name or e-mail")
    add.add_argument("--allow-insecure", action="store_true",
                     help="allow plain http to another machine (the password travels in clear)")  # fmt: skip
    listing = actions.add_parser("list", help="list the accounts")
    remove = actions.add_parser("remove", help="remove an account and the feeds it brought")
    remove.add_argument("account", metavar="ACCOUNT", type=positive)
    follow = actions.add_parser("subscribe", help="subscribe on the account's server, then sync")
    follow.add_argument("account", metavar="ACCOUNT", type=positive)
    follow.add_argument("url", metavar="URL")
    follow.add_argument("--folder", metavar="NAME", help="into this folder (label)")
    drop = actions.add_parser("unsubscribe", help="unsubscribe a synced feed on its server")
    drop.add_argument("feed", metavar="FEED", type=positive, help="the feed's id (see `feeds`)")
    for sub in (add, listing, remove, follow, drop):
        sub.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    p = command("sync", "sync with the accounts' servers, then simplify new articles' pages")
    p.add_argument("accounts", metavar="ACCOUNT", type=positive, nargs="*", help="only these")
    p.add_argument("--no-pages", action="store_true", help="do not fetch article pages")


def _syncer(s: Session) -> Syncer:
    # Here, not at the top: only the sync commands load the protocols and the keyring.
    from reader.sync.credentials import Credentials
    from reader.usecases.sync import Syncer

    return Syncer(s.store, Credentials(s.paths.config))


def _password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def _account_dict(account: Account, pending: int) -> dict[str, Any]:
    return {
        "id": account.id,
        "protocol": account.protocol,
        "url": account.url,
        "user": account.username,
        "last_sync": account.last_sync.isoformat() if account.last_sync else None,
        "last_error": account.last_error,
        "queued_changes": pending,
    }


def cmd_account(s: Session) -> int:
    """``account add|list|remove``."""
    syncer = _syncer(s)
    if s.args.action == "add":
        from reader.sync.clients import protocol  # with the protocols, as _syncer's imports

        protocol(s.args.protocol)  # an unknown name is said before the password is asked
        password = _password()
        if not password:
            raise ReaderError("no password given")
        account = syncer.add_account(
            s.args.protocol, s.args.url, s.args.user, password,
            allow_insecure=s.args.allow_insecure,
        )  # fmt: skip
        if s.json:
            emit({**_account_dict(account, 0), "credentials": syncer.credentials.where})
        else:
            print(f"Added account {account.id}: {terminal_safe(account.username)} at "
                  f"{terminal_safe(account.url)}. Password kept {syncer.credentials.where}.")  # fmt: skip
            print("Run `broadsheet sync` to fetch its subscriptions and articles.")
        return 0
    if s.args.action == "remove":
        removed = syncer.remove_account(s.args.account)
        s.cache.remove_articles(removed)
        if s.json:
            emit({"removed": s.args.account, "articles": len(removed)})
        else:
            print(f"Removed account {s.args.account} and {len(removed)} of its articles.")
        return 0
    if s.args.action in ("subscribe", "unsubscribe"):
        summary = (
            syncer.subscribe(s.args.account, s.args.url, s.args.folder)
            if s.args.action == "subscribe"
            else syncer.unsubscribe(s.args.feed)
        )
        if summary.removed_articles:
            s.cache.remove_articles(list(summary.removed_articles))
        _print_syncs(s, [summary], None)
        return 1 if summary.error else 0
    accounts = syncer.state.accounts()
    rows = [_account_dict(a, syncer.state.pending_count(a.id)) for a in accounts]
    if s.json:
        emit(rows)
        return 0
    print(f"Local (default); passwords kept {syncer.credentials.where}")
    for row in rows:
        when = row["last_sync"] or "never synced"
        line = (f"{row['id']:>4}  {row['protocol']:<8} {terminal_safe(row['user'])} at "
                f"{terminal_safe(row['url'])}  last sync: {when}")  # fmt: skip
        if row["queued_changes"]:
            line += f"  ({row['queued_changes']} changes waiting)"
        if row["last_error"]:
            line += f"  error: {terminal_safe(row['last_error'])}"
        print(line)
    return 0


def _sync_dict(summary: SyncSummary) -> dict[str, Any]:
    return {
        "account": summary.account_id,
        "title": summary.title,
        "pushed": summary.pushed,
        "feeds": summary.feeds,
        "fetched": summary.fetched,
        "new_articles": len(summary.new_ids),
        "state_changes": summary.state_changes,
        "cancelled": summary.cancelled,
        "error": summary.error,
    }


def cmd_sync(s: Session) -> int:
    """``sync [ACCOUNT ...] [--no-pages]``."""
    syncer = _syncer(s)
    summaries = syncer.sync(s.args.accounts or None, cancel=threading.Event())
    for summary in summaries:
        if summary.removed_articles:
            s.cache.remove_articles(list(summary.removed_articles))
    pages = None
    if not s.args.no_pages and any(x.new_ids for x in summaries):
        # The same reader-view queue as after a refresh: synced articles are ordinary ones.
        pages = s.refresher().refresh([], simplify=True, cancel=threading.Event())
    _print_syncs(s, summaries, pages)
    return 1 if any(x.error for x in summaries) else 0


def _print_syncs(s: Session, summaries: list[SyncSummary], pages: RefreshSummary | None) -> None:
    if s.json:
        data: dict[str, Any] = {"accounts": [_sync_dict(x) for x in summaries]}
        if pages is not None:
            data["pages"] = summary_dict(pages, True)
        emit(data)
    else:
        if not summaries:
            print("No sync accounts; add one with `broadsheet account add`.")
        for x in summaries:
            if x.error:
                print(f"{terminal_safe(x.title)}: failed: {terminal_safe(x.error)}")
                continue
            print(f"{terminal_safe(x.title)}: {counted(x.feeds, 'feed')}, "
                  f"{counted(x.pushed, 'change')} sent, "
                  f"{counted(x.fetched, 'article')} fetched ({len(x.new_ids)} new), "
                  f"{x.state_changes} read/star states updated")  # fmt: skip
        if pages is not None:
            print_summary(pages, True)
