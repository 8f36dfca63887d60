"""What every sync protocol offers the use case: the :class:`SyncClient` protocol and the
plain data it returns.

Remote ids are strings, whatever the server uses: Fever's integers and the Google Reader API's
64-bit item ids (normalised to unsigned decimal) alike. Fields are ``"read"`` and ``"starred"``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

Field = Literal["read", "starred"]
FIELDS: tuple[Field, ...] = ("read", "starred")


@dataclass(frozen=True)
class RemoteFolder:
    """A folder (Fever group, Google Reader label) on the server."""

    id: str
    title: str


@dataclass(frozen=True)
class RemoteFeed:
    """A subscription on the server."""

    id: str
    title: str
    url: str
    """The feed's own address."""
    site_url: str = ""
    folder_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Subscriptions:
    """The server's folders and feeds."""

    folders: tuple[RemoteFolder, ...] = ()
    feeds: tuple[RemoteFeed, ...] = ()


@dataclass(frozen=True)
class RemoteItem:
    """One article as the server gives it (``html`` not yet sanitized: never trust it)."""

    id: str
    feed_id: str
    title: str = ""
    url: str = ""
    author: str = ""
    html: str = ""
    published: datetime | None = None
    read: bool = False
    starred: bool = False


@dataclass(frozen=True)
class Changes:
    """What changed on the server since a sync point.

    ``unread_ids`` and ``starred_ids`` are the server's complete sets (so a state changed on
    another device is seen, whichever item it is); ``new_ids`` are the items that appeared since
    ``since`` (all the server offers on a first sync); ``cursor`` is the point to give next time.
    """

    unread_ids: frozenset[str]
    starred_ids: frozenset[str]
    new_ids: tuple[str, ...] = ()
    cursor: str = ""


@dataclass(frozen=True)
class Capabilities:
    """What a protocol can do beyond reading and marking."""

    subscribe: bool = False
    """Add and remove subscriptions on the server (Fever cannot)."""
    batch_size: int = 50
    """Items fetched by id in one request."""
    notes: tuple[str, ...] = field(default_factory=tuple)
    """Limits to tell the user, in words."""
    whole_sets: bool = False
    """The unread and starred sets come whole in one answer (Fever), so the push may run
    while they are asked. Paged sets (Google Reader's continuations) must not change under
    the paging: the push goes first."""


class SyncClient(Protocol):
    """One account's connection to its server. Methods raise :class:`reader.sync.errors.SyncError`
    subclasses (wrong password, server unreachable, protocol error), never library errors."""

    capabilities: Capabilities

    def login(self) -> None:
        """Check the credentials (and get a session token where the protocol has one)."""

    def subscriptions(self) -> Subscriptions:
        """The server's folders and feeds."""

    def changes(self, since: str | None) -> Changes:
        """Item ids changed since the cursor of an earlier call (``None``: first sync)."""

    def items(self, ids: Sequence[str]) -> list[RemoteItem]:
        """The items with these ids (at most ``capabilities.batch_size``); unknown ids are
        left out."""

    def mark(self, ids: Sequence[str], field: Field, value: bool) -> None:
        """Set read or starred on these items; idempotent, and an id the server no longer
        has is not an error."""

    def subscribe(self, url: str, folder: str | None = None) -> None:
        """Subscribe on the server (ProtocolError when the protocol cannot)."""

    def unsubscribe(self, feed_id: str) -> None:
        """Unsubscribe on the server (ProtocolError when the protocol cannot)."""

    def edit_subscription(
        self,
        feed_id: str,
        *,
        title: str | None = None,
        add_folder: str | None = None,
        remove_folders: Sequence[str] = (),
    ) -> None:
        """Rename a subscription (``title``) or move it: into the folder named ``add_folder``
        (made when missing), out of the folders with the remote ids ``remove_folders``
        (ProtocolError when the protocol cannot)."""

    def rename_folder(self, folder_id: str, title: str) -> None:
        """Rename the folder with the remote id ``folder_id`` to ``title``, for every feed in
        it (ProtocolError when the protocol cannot)."""

    def remove_folder(self, folder_id: str) -> None:
        """Delete the folder with the remote id ``folder_id``; its feeds stay subscribed,
        outside it (ProtocolError when the protocol cannot)."""

    def close(self) -> None:
        """Release the connections."""


def listed(value: object) -> list[Any]:
    """A server's list field as a list: anything else (a number, a string, an object, null)
    is no list, so nothing in it is read (a hostile or broken answer must not crash the sync)."""
    return value if isinstance(value, list) else []
