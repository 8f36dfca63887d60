"""The Fever API (FreshRSS, Miniflux, yarr, coldsweat): one endpoint, JSON answers.

Every call POSTs ``api_key = md5("user:password")`` to ``<endpoint>?api&<commands>``; the
server answers ``{"auth": 1, ...}`` or ``{"auth": 0}`` for a wrong key. What we use:

- ``groups`` / ``feeds`` (with ``feeds_groups``): folders and subscriptions, read-only: Fever
  cannot subscribe or unsubscribe (the user does that on the server's web page).
- ``unread_item_ids`` / ``saved_item_ids``: the complete unread and starred sets, as
  comma-separated ids.
- ``items&since_id=N``: up to 50 items with ids above N; ``items&with_ids=a,b``: up to 50 by id.
- ``mark=item&as=read|unread|saved|unsaved&id=N``: one item at a time (the API has no batch).

Quirks handled: ``since_id`` answers are not promised to be sorted (coldsweat's query has no
ORDER BY), so the next point is the largest id seen, and unread/starred items a page skipped
are still found through the id sets; an unknown id in ``mark`` may be answered 404.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from reader.core.jsontext import load_json
from reader.sync.base import (
    Capabilities,
    Changes,
    Field,
    RemoteFeed,
    RemoteFolder,
    RemoteItem,
    Subscriptions,
    listed,
)
from reader.sync.errors import ProtocolError, ServerUnreachableError, WrongPasswordError
from reader.sync.http import ApiResponse, ApiSession

log = logging.getLogger(__name__)

PAGE = 50
"""Items in one ``items`` answer, as the Fever API fixes it."""
MARK_WORKERS = 4
"""``mark`` calls in flight at once."""
MAX_PAGES = 200
"""``since_id`` pages read in one sync (10,000 items); the next sync goes on from there."""


def api_key(username: str, password: str) -> str:
    """Fever's key: the hex MD5 of ``"user:password"`` (what is stored instead of the password)."""
    return hashlib.md5(f"{username}:{password}".encode()).hexdigest()


def _is_id(text: str) -> bool:
    """ASCII digits only (``str.isdigit`` also takes "²" and other scripts' digits)."""
    return text.isascii() and text.isdigit()


def _ids(value: Any) -> frozenset[str]:
    """A Fever id list (``"1,2,3"``, or a JSON list some servers send) as strings of digits."""
    if isinstance(value, list):
        parts = [str(v) for v in value]
    elif isinstance(value, str | int):
        parts = str(value).split(",")
    else:
        return frozenset()
    return frozenset(p.strip() for p in parts if _is_id(p.strip()))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _item(raw: Any) -> RemoteItem | None:
    if not isinstance(raw, dict) or not _is_id(str(raw.get("id", ""))):
        return None
    published = None
    stamp = raw.get("created_on_time")
    if isinstance(stamp, int | float) and 0 < stamp < 253402300800:
        published = datetime.fromtimestamp(stamp, UTC)
    return RemoteItem(
        id=str(raw["id"]),
        feed_id=_text(raw.get("feed_id")),
        title=_text(raw.get("title")),
        url=_text(raw.get("url")),
        author=_text(raw.get("author")),
        html=_text(raw.get("html")),
        published=published,
        read=bool(raw.get("is_read")),
        starred=bool(raw.get("is_saved")),
    )


FOLDERS_READ_ONLY = "Fever cannot rename or delete a group: do that on the server's web page."


class FeverClient:
    """A :class:`reader.sync.base.SyncClient` for one Fever account."""

    capabilities = Capabilities(
        subscribe=False,
        batch_size=PAGE,
        whole_sets=True,
        notes=("Fever cannot add or remove subscriptions: do that on the server's web page.",),
    )

    def __init__(self, session: ApiSession, key: str) -> None:
        """``session`` talks to the Fever endpoint (e.g. ``https://host/api/fever.php``);
        ``key`` is :func:`api_key` of the user name and password."""
        self._session = session
        self._key = key
        self._seen: dict[str, RemoteItem] = {}

    def _call(self, commands: str, form: dict[str, str] | None = None) -> dict[str, Any]:
        answer = self._session.request(
            "POST", "", query="api" + commands, form={"api_key": self._key, **(form or {})}
        )
        return self._json(answer)

    def _json(self, answer: ApiResponse) -> dict[str, Any]:
        if answer.status in (401, 403):
            raise WrongPasswordError()
        if answer.status >= 500 and answer.status != 501:  # 501: no such method here
            raise ServerUnreachableError(f"the server failed (it answered {answer.status})")
        if answer.status != 200:
            raise ProtocolError(
                f"not a Fever API address (the server answered {answer.status}); check the address"
            )
        try:
            data = load_json(answer.body)
        except (ValueError, RecursionError):
            raise ProtocolError(
                "not a Fever API address (the answer is not JSON); check the address"
            ) from None
        if not isinstance(data, dict) or "api_version" not in data:
            raise ProtocolError("not a Fever API address (no api_version in the answer)")
        if not data.get("auth"):
            raise WrongPasswordError()
        return data

    def login(self) -> None:
        """Check the key (Fever has no session: every call carries it)."""
        self._call("")

    def subscriptions(self) -> Subscriptions:
        """Groups and feeds; a feed's groups come from ``feeds_groups``."""
        data = self._call("&groups&feeds")
        folders = tuple(
            RemoteFolder(str(g["id"]), _text(g.get("title")) or "Untitled")
            for g in listed(data.get("groups"))
            if isinstance(g, dict) and "id" in g
        )
        member: dict[str, list[str]] = {}
        for link in listed(data.get("feeds_groups")):
            if isinstance(link, dict):
                for feed_id in _ids(link.get("feed_ids")):
                    member.setdefault(feed_id, []).append(str(link.get("group_id")))
        feeds = tuple(
            RemoteFeed(
                id=str(f["id"]),
                title=_text(f.get("title")),
                url=_text(f.get("url")),
                site_url=_text(f.get("site_url")),
                folder_ids=tuple(member.get(str(f["id"]), ())),
            )
            for f in listed(data.get("feeds"))
            if isinstance(f, dict) and "id" in f and _text(f.get("url"))
        )
        return Subscriptions(folders, feeds)

    def changes(self, since: str | None) -> Changes:
        """The unread and saved sets; with a cursor, also the items above it (pages of 50,
        read while the server makes the sets: neither waits for the other)."""
        if since is None or not _is_id(since):
            unread, starred = self._sets()
            known = unread | starred
            cursor = max((int(i) for i in known), default=0)
            # Newest first: a first sync cut short has what the user most likely reads next.
            newest = tuple(sorted(known, key=int, reverse=True))
            return Changes(unread, starred, newest, str(cursor))
        with ThreadPoolExecutor(1, thread_name_prefix="fever-sets") as pool:
            sets = pool.submit(self._sets)
            new, cursor = self._since(int(since))
            unread, starred = sets.result()
        return Changes(unread, starred, tuple(new), str(cursor))

    def _sets(self) -> tuple[frozenset[str], frozenset[str]]:
        data = self._call("&unread_item_ids&saved_item_ids")
        return _ids(data.get("unread_item_ids")), _ids(data.get("saved_item_ids"))

    def _since(self, cursor: int) -> tuple[list[str], int]:
        """The ids above ``cursor`` (their items kept for :meth:`items`) and the next cursor."""
        new: list[str] = []
        for _ in range(MAX_PAGES):
            page = [
                i
                for i in map(_item, listed(self._call(f"&items&since_id={cursor}").get("items")))
                if i
            ]
            for item in page:
                self._seen[item.id] = item
                new.append(item.id)
            if page:
                cursor = max(cursor, *(int(i.id) for i in page))
            if len(page) < PAGE:
                break
        return new, cursor

    def items(self, ids: Sequence[str]) -> list[RemoteItem]:
        """Items by id (those already read through ``since_id`` are not asked again)."""
        found = [self._seen.pop(i) for i in ids if i in self._seen]
        wanted = [i for i in ids if _is_id(i) and i not in {f.id for f in found}]
        for start in range(0, len(wanted), PAGE):
            batch = ",".join(wanted[start : start + PAGE])
            raw = listed(self._call(f"&items&with_ids={batch}").get("items"))
            found.extend(item for item in map(_item, raw) if item is not None)
        return found

    def mark(self, ids: Sequence[str], field: Field, value: bool) -> None:
        """One ``mark=item`` call an id (the API has no batch), ``MARK_WORKERS`` at a time: the
        items differ, so their order does not matter. A 404 (the server dropped the item) is
        no error; any other failure fails the whole run, which is sent again next time."""
        status = {
            ("read", True): "read",
            ("read", False): "unread",
            ("starred", True): "saved",
            ("starred", False): "unsaved",
        }[(field, value)]

        def one(item_id: str) -> None:
            answer = self._session.request(
                "POST",
                "",
                query="api",
                form={"api_key": self._key, "mark": "item", "as": status, "id": item_id},
            )
            if answer.status == 404:
                log.info("Fever server no longer has item %s; its change is dropped", item_id)
                return
            self._json(answer)

        if len(ids) == 1:
            one(ids[0])
            return
        with ThreadPoolExecutor(min(MARK_WORKERS, len(ids)), thread_name_prefix="fever") as pool:
            for _ in pool.map(one, ids):
                pass

    def subscribe(self, url: str, folder: str | None = None) -> None:
        """Fever cannot subscribe."""
        raise ProtocolError(self.capabilities.notes[0])

    def unsubscribe(self, feed_id: str) -> None:
        """Fever cannot unsubscribe."""
        raise ProtocolError(self.capabilities.notes[0])

    def edit_subscription(
        self,
        feed_id: str,
        *,
        title: str | None = None,
        add_folder: str | None = None,
        remove_folders: Sequence[str] = (),
    ) -> None:
        """Fever cannot rename or move a subscription either."""
        raise ProtocolError(self.capabilities.notes[0])

    def rename_folder(self, folder_id: str, title: str) -> None:
        """Fever cannot rename a group."""
        raise ProtocolError(FOLDERS_READ_ONLY)

    def remove_folder(self, folder_id: str) -> None:
        """Fever cannot delete a group."""
        raise ProtocolError(FOLDERS_READ_ONLY)

    def close(self) -> None:
        """Close the HTTP session."""
        self._session.close()
