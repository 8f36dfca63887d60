"""The Google Reader API as FreshRSS and Miniflux document it (also Inoreader, The Old Reader,
BazQux, with their own addresses).

- ``POST /accounts/ClientLogin`` (``Email``, ``Passwd``) answers lines ``SID=``, ``LSID=``,
  ``Auth=``; every later call carries ``Authorization: GoogleLogin auth=<Auth>``.
- Writes also carry ``T=<token>`` from ``GET /reader/api/0/token``. Tokens expire: the server
  answers 401 with ``X-Reader-Google-Bad-Token: true``; we fetch a new token and try once more,
  then sign in again once (an expired ``Auth``), and only then call it a wrong password.
- ``subscription/list``, ``tag/list`` (labels are folders), ``stream/items/ids`` (``s``, ``xt``,
  ``ot``, ``n``, paged by ``c=<continuation>``), ``stream/items/contents`` (POST ``i=`` many),
  ``edit-tag`` (``a=``/``r=`` ``user/-/state/com.google/read|starred``),
  ``subscription/edit`` (``ac=subscribe|unsubscribe|edit``), ``rename-tag`` (``s``, ``dest``)
  and ``disable-tag`` (``s``) for labels, and ``mark-all-as-read``.

Item ids come in two spellings: the long form ``tag:google.com,2005:reader/item/<16 hex>`` (in
contents) and decimal (in id streams, possibly negative: Google's were signed 64-bit). Both are
normalised to one unsigned decimal string; the long form is sent back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
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
from reader.sync.http import ApiResponse, ApiSession, Form

log = logging.getLogger(__name__)

API = "/reader/api/0"
READING_LIST = "user/-/state/com.google/reading-list"
STATES: dict[Field, str] = {
    "read": "user/-/state/com.google/read",
    "starred": "user/-/state/com.google/starred",
}
LONG_PREFIX = "tag:google.com,2005:reader/item/"
BATCH = 100
"""Items asked by id in one ``stream/items/contents`` POST, and ids in one ``edit-tag``."""
ID_PAGE = 10_000
MAX_ID_PAGES = 100
CURSOR_SLACK = 300
"""Seconds the ``ot`` cursor is set back, for a server clock behind ours (ids seen twice are
known and skipped)."""


def normalize_id(value: object) -> str | None:
    """An item id in either spelling as unsigned decimal; ``None`` when it is neither."""
    text = str(value).strip()
    long = text.startswith(LONG_PREFIX)
    digits = text[len(LONG_PREFIX) :] if long else text.removeprefix("-")
    # int() would also read "1_000", " 7" and other scripts' digits: only plain ones are ids.
    allowed = "0123456789abcdefABCDEF" if long else "0123456789"
    if not digits or any(c not in allowed for c in digits):
        return None
    try:
        number = int(digits, 16) if long else int(text, 10)
    except ValueError:
        return None
    if number < 0:
        number += 1 << 64
    if not 0 <= number < 1 << 64:
        return None
    return str(number)


def long_id(item_id: str) -> str:
    """The long form of a normalised id."""
    return f"{LONG_PREFIX}{int(item_id):016x}"


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _href(raw: dict[str, Any]) -> str:
    for key in ("canonical", "alternate"):
        links = raw.get(key)
        if isinstance(links, list):
            for link in links:
                if isinstance(link, dict) and _text(link.get("href")):
                    return _text(link.get("href"))
    return ""


def _item(raw: Any) -> RemoteItem | None:
    if not isinstance(raw, dict):
        return None
    item_id = normalize_id(raw.get("id", ""))
    if item_id is None:
        return None
    body = raw.get("content") or raw.get("summary") or {}
    published = None
    stamp = raw.get("published")
    if isinstance(stamp, int | float) and 0 < stamp < 253402300800:
        published = datetime.fromtimestamp(stamp, UTC)
    categories = {c for c in listed(raw.get("categories")) if isinstance(c, str)}
    origin = raw.get("origin")
    if not isinstance(origin, dict):
        origin = {}
    return RemoteItem(
        id=item_id,
        feed_id=_text(origin.get("streamId")),
        title=_text(raw.get("title")),
        url=_href(raw),
        author=_text(raw.get("author")),
        html=_text(body.get("content")) if isinstance(body, dict) else "",
        published=published,
        read=any(c.endswith("/state/com.google/read") for c in categories),
        starred=any(c.endswith("/state/com.google/starred") for c in categories),
    )


def _label(stream_id: str) -> str:
    return stream_id.split("/label/", 1)[1] if "/label/" in stream_id else stream_id


class GReaderClient:
    """A :class:`reader.sync.base.SyncClient` for one Google Reader API account."""

    capabilities = Capabilities(subscribe=True, batch_size=BATCH)

    def __init__(self, session: ApiSession, username: str, password: str) -> None:
        """``session`` talks to the API root (FreshRSS: ``https://host/api/greader.php``;
        Miniflux: ``https://host``)."""
        self._session = session
        self._username = username
        self._password = password
        self._auth: str | None = None
        self._token: str | None = None
        # The sync asks several things at once: one sign-in for them all.
        self._login_lock = threading.Lock()

    # -- transport -----------------------------------------------------------------------
    def login(self) -> None:
        """ClientLogin: trade the user name and password for an ``Auth`` string."""
        answer = self._session.request(
            "POST",
            "/accounts/ClientLogin",
            form={"Email": self._username, "Passwd": self._password},
        )
        if answer.status in (401, 403):
            raise WrongPasswordError()
        self._check(answer)
        for line in answer.text.splitlines():
            if line.startswith("Auth="):
                self._auth = line[5:].strip()
                self._token = None
                return
        raise ProtocolError("not a Google Reader API address (no Auth in the login answer)")

    def _check(self, answer: ApiResponse) -> None:
        if answer.status >= 500 and answer.status != 501:  # 501: no such method here
            raise ServerUnreachableError(f"the server failed (it answered {answer.status})")
        if answer.status != 200:
            raise ProtocolError(
                f"not a Google Reader API address (the server answered {answer.status});"
                " check the address"
            )

    def _fetch_token(self) -> ApiResponse:
        """Ask for a write token; the answer is returned as is when it is a 401."""
        answer = self._send("GET", f"{API}/token", None, None)
        if answer.status == 401:
            return answer
        self._check(answer)
        token = answer.text.strip()
        if not token:
            raise ProtocolError("the server gave an empty write token")
        self._token = token
        return answer

    def _send(self, method: str, path: str, query: Form | None, form: Form | None) -> ApiResponse:
        if self._auth is None:
            with self._login_lock:
                if self._auth is None:
                    self.login()
        return self._session.request(
            method,
            path,
            query=query,
            form=form,
            headers={"Authorization": f"GoogleLogin auth={self._auth}"},
        )

    def _call(
        self,
        method: str,
        path: str,
        *,
        query: Form | None = None,
        form: list[tuple[str, str]] | None = None,
        write: bool = False,
    ) -> ApiResponse:
        """One API call. A 401 naming a bad token gets a new token once; any other 401 (an
        expired ``Auth``) a new sign-in once; only then is it a wrong password."""
        new_token = new_login = False
        while True:
            answer = self._fetch_token() if write and self._token is None else None
            from_token = answer is not None and answer.status == 401
            if not from_token:
                sent = list(form or []) + ([("T", self._token or "")] if write else [])
                answer = self._send(method, path, query, sent or None)
            assert answer is not None
            if answer.status != 401:
                self._check(answer)
                return answer
            bad_token = answer.headers.get("x-reader-google-bad-token", "").lower() == "true"
            if write and bad_token and not from_token and not new_token:
                log.info("the server's write token expired; asking for a new one")
                new_token, self._token = True, None
            elif not new_login:
                log.info("the server's sign-in expired; signing in again")
                new_login = True
                self.login()
            else:
                raise WrongPasswordError("the server no longer accepts this account's sign-in")

    def _json(self, answer: ApiResponse) -> dict[str, Any]:
        try:
            data = load_json(answer.body)
        except (ValueError, RecursionError):
            raise ProtocolError("the server's answer is not JSON") from None
        if not isinstance(data, dict):
            raise ProtocolError("the server's answer is not a JSON object")
        return data

    # -- SyncClient ----------------------------------------------------------------------
    def subscriptions(self) -> Subscriptions:
        """Labels (``tag/list``) and subscriptions (``subscription/list``)."""
        tags = self._json(self._call("GET", f"{API}/tag/list", query={"output": "json"}))
        folders: dict[str, RemoteFolder] = {}
        for tag in listed(tags.get("tags")):
            stream = _text(tag.get("id")) if isinstance(tag, dict) else ""
            if "/label/" in stream:
                folders[stream] = RemoteFolder(stream, _label(stream))
        subs = self._json(self._call("GET", f"{API}/subscription/list", query={"output": "json"}))
        feeds = []
        for sub in listed(subs.get("subscriptions")):
            if not isinstance(sub, dict) or not _text(sub.get("id")):
                continue
            labels = []
            for category in listed(sub.get("categories")):
                stream = _text(category.get("id")) if isinstance(category, dict) else ""
                if "/label/" in stream:
                    labels.append(stream)
                    folders.setdefault(stream, RemoteFolder(stream, _label(stream)))
            stream_id = _text(sub.get("id"))
            url = _text(sub.get("url")) or stream_id.removeprefix("feed/")
            feeds.append(
                RemoteFeed(
                    id=stream_id,
                    title=_text(sub.get("title")),
                    url=url,
                    site_url=_text(sub.get("htmlUrl")),
                    folder_ids=tuple(labels),
                )
            )
        return Subscriptions(tuple(folders.values()), tuple(feeds))

    def stream_ids(
        self, stream: str, *, exclude: str | None = None, since: int | None = None
    ) -> list[str]:
        """Every item id of a stream, following continuations (bounded)."""
        ids: list[str] = []
        continuation = ""
        for _ in range(MAX_ID_PAGES):
            query = [("s", stream), ("n", str(ID_PAGE)), ("output", "json")]
            if exclude:
                query.append(("xt", exclude))
            if since is not None:
                query.append(("ot", str(since)))
            if continuation:
                query.append(("c", continuation))
            data = self._json(self._call("GET", f"{API}/stream/items/ids", query=query))
            for ref in listed(data.get("itemRefs")):
                item_id = normalize_id(ref.get("id", "")) if isinstance(ref, dict) else None
                if item_id is not None:
                    ids.append(item_id)
            continuation = _text(data.get("continuation"))
            if not continuation:
                break
        return ids

    def changes(self, since: str | None) -> Changes:
        """Unread (reading list without read) and starred ids; new ids since ``ot``."""
        started = int(time.time())
        unread = self.stream_ids(READING_LIST, exclude=STATES["read"])
        starred = self.stream_ids(STATES["starred"])
        if since is None or not (since.isascii() and since.isdigit()):
            new = list(dict.fromkeys([*unread, *starred]))
        else:
            new = self.stream_ids(READING_LIST, since=int(since))
        return Changes(
            frozenset(unread), frozenset(starred), tuple(new), str(started - CURSOR_SLACK)
        )

    def items(self, ids: Sequence[str]) -> list[RemoteItem]:
        """Contents by id, ``BATCH`` ids a POST."""
        found: list[RemoteItem] = []
        for start in range(0, len(ids), BATCH):
            form = [("i", long_id(i)) for i in ids[start : start + BATCH]]
            data = self._json(
                self._call(
                    "POST", f"{API}/stream/items/contents", query={"output": "json"}, form=form
                )
            )
            found.extend(i for i in map(_item, listed(data.get("items"))) if i is not None)
        return found

    def mark(self, ids: Sequence[str], field: Field, value: bool) -> None:
        """``edit-tag`` with ``a=`` (set) or ``r=`` (remove) the state, ``BATCH`` ids a call."""
        for start in range(0, len(ids), BATCH):
            form = [("i", long_id(i)) for i in ids[start : start + BATCH]]
            form.append(("a" if value else "r", STATES[field]))
            self._call("POST", f"{API}/edit-tag", form=form, write=True)

    def subscribe(self, url: str, folder: str | None = None) -> None:
        """``subscription/edit ac=subscribe`` (into the label ``folder``)."""
        form = [("ac", "subscribe"), ("s", f"feed/{url}")]
        if folder:
            form.append(("a", f"user/-/label/{folder}"))
        self._call("POST", f"{API}/subscription/edit", form=form, write=True)

    def unsubscribe(self, feed_id: str) -> None:
        """``subscription/edit ac=unsubscribe``."""
        form = [("ac", "unsubscribe"), ("s", feed_id)]
        self._call("POST", f"{API}/subscription/edit", form=form, write=True)

    def edit_subscription(
        self,
        feed_id: str,
        *,
        title: str | None = None,
        add_folder: str | None = None,
        remove_folders: Sequence[str] = (),
    ) -> None:
        """``subscription/edit ac=edit``: ``t=`` the new title, ``a=`` the label to add (the
        server makes it when missing), ``r=`` each label to take away."""
        form = [("ac", "edit"), ("s", feed_id)]
        if title:
            form.append(("t", title))
        if add_folder:
            form.append(("a", f"user/-/label/{add_folder}"))
        form.extend(("r", folder) for folder in remove_folders if folder)
        self._call("POST", f"{API}/subscription/edit", form=form, write=True)

    def rename_folder(self, folder_id: str, title: str) -> None:
        """``rename-tag``: ``s=`` the label's stream id, ``dest=`` the new one (FreshRSS and
        Miniflux move every feed of the label)."""
        form = [("s", folder_id), ("dest", f"user/-/label/{title}")]
        self._call("POST", f"{API}/rename-tag", form=form, write=True)

    def remove_folder(self, folder_id: str) -> None:
        """``disable-tag``: the label goes; its feeds stay subscribed, without it."""
        self._call("POST", f"{API}/disable-tag", form=[("s", folder_id)], write=True)

    def mark_all_read(self, stream: str, before: datetime) -> None:
        """``mark-all-as-read`` for a feed or label, sparing items newer than ``before``."""
        usec = int(before.timestamp() * 1_000_000)
        form = [("s", stream), ("ts", str(usec))]
        self._call("POST", f"{API}/mark-all-as-read", form=form, write=True)

    def close(self) -> None:
        """Close the HTTP session."""
        self._session.close()
