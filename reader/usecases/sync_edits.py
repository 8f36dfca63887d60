"""Changing an account's subscriptions on its server from here (mixed into
:class:`reader.usecases.sync.Syncer`): subscribe, unsubscribe, rename, move to a folder, and
rename or delete a folder (a label: every feed in it follows on the server). Each
is one call to the server followed by a sync of that account, so what shows here is what the
server made of it. Protocols that cannot (Fever) raise ProtocolError in words."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.store.sync_state import SyncState
from reader.sync.base import SyncClient
from reader.sync.credentials import Credentials
from reader.sync.errors import ProtocolError, WrongPasswordError
from reader.usecases.sync_summary import SyncSummary


class SubscriptionEdits:
    """The server-side subscription edits of a Syncer."""

    _state: SyncState
    _credentials: Credentials

    def sync(self, account_ids: Sequence[int] | None = None) -> list[SyncSummary]:
        """Provided by the Syncer."""
        raise NotImplementedError

    def _client(
        self, kind: str, url: str, username: str, secret: str, allow_insecure: bool
    ) -> SyncClient:
        raise NotImplementedError

    def subscribe(self, account_id: int, url: str, folder: str | None = None) -> SyncSummary:
        """Subscribe on the account's server (ProtocolError in words where the protocol
        cannot), then sync so the feed and its articles arrive."""
        self._on_server(account_id, lambda client: client.subscribe(url, folder))
        return self.sync([account_id])[0]

    def unsubscribe(self, feed_id: int) -> SyncSummary:
        """Unsubscribe a synced feed on its server, then sync (which removes it here)."""
        remote = self._state.remote_feed(feed_id)
        if remote is None:
            raise ProtocolError("this feed is not synced with an account; remove it instead")
        account_id, remote_id = remote
        self._on_server(account_id, lambda client: client.unsubscribe(remote_id))
        return self.sync([account_id])[0]

    def rename_feed(self, feed_id: int, title: str) -> SyncSummary:
        """Rename a synced feed on its server, then sync (which shows the new name here)."""
        account_id, remote_id = self._remote(feed_id)
        self._on_server(account_id, lambda c: c.edit_subscription(remote_id, title=title))
        return self.sync([account_id])[0]

    def move_feed(self, feed_id: int, folder: str | None) -> SyncSummary:
        """Move a synced feed on its server into the folder named ``folder`` (``None``: out
        of its folder, to the top), then sync."""
        account_id, remote_id = self._remote(feed_id)
        old = self._state.remote_folders_of_feed(feed_id)
        self._on_server(
            account_id,
            lambda c: c.edit_subscription(remote_id, add_folder=folder, remove_folders=old),
        )
        return self.sync([account_id])[0]

    def rename_folder(self, folder_id: int, name: str) -> SyncSummary:
        """Rename a synced folder on its server, then sync (which shows it under the new
        name, with the same feeds)."""
        account_id, remote_id = self._remote_folder(folder_id)
        self._on_server(account_id, lambda c: c.rename_folder(remote_id, name))
        return self.sync([account_id])[0]

    def remove_folder(self, folder_id: int) -> SyncSummary:
        """Delete a synced folder on its server (its feeds stay subscribed, at the top), then
        sync."""
        account_id, remote_id = self._remote_folder(folder_id)
        self._on_server(account_id, lambda c: c.remove_folder(remote_id))
        return self.sync([account_id])[0]

    def _remote_folder(self, folder_id: int) -> tuple[int, str]:
        remote = self._state.remote_folder(folder_id)
        if remote is None:
            raise ProtocolError("this folder is not synced with an account")
        return remote

    def _remote(self, feed_id: int) -> tuple[int, str]:
        remote = self._state.remote_feed(feed_id)
        if remote is None:
            raise ProtocolError("this feed is not synced with an account")
        return remote

    def _on_server(self, account_id: int, action: Callable[[SyncClient], None]) -> None:
        account = self._state.account(account_id)
        secret = self._credentials.get(account.key)
        if secret is None:
            raise WrongPasswordError("no password is stored for this account; add it again")
        client = self._client(
            account.protocol, account.url, account.username, secret, account.allow_insecure
        )
        try:
            action(client)
        finally:
            client.close()
