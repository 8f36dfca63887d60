"""A Google Reader API server on 127.0.0.1 for tests: a protocol double written from FreshRSS's
and Miniflux's documentation of the API (no server that speaks it installs here).

What it reproduces, quirks included:

- ``POST /accounts/ClientLogin`` (``Email``, ``Passwd``) -> ``SID=…\\nLSID=…\\nAuth=…``; a wrong
  password -> 401 ``Error=BadAuthentication``. Every ``/reader/api/0/`` call needs
  ``Authorization: GoogleLogin auth=<Auth>``; a missing or expired one -> 401.
- Writes need ``T=`` from ``GET /reader/api/0/token``. Tokens expire (``expire_tokens()``, or
  after ``token_uses`` writes): 401 with ``X-Reader-Google-Bad-Token: true`` (both servers).
- ``stream/items/ids`` gives decimal ids (signed 64-bit, as Google's were, when
  ``signed_ids``), pages of at most ``page_cap`` ids with a ``continuation``; ``s`` (reading
  list, starred, read, ``feed/…``, ``user/-/label/…``), ``xt`` (exclude), ``ot`` (crawl time,
  seconds), ``n``. ``stream/items/contents`` (POST or GET ``i=`` many) takes either spelling and
  answers long ids ``tag:google.com,2005:reader/item/<16 hex>``.
- ``edit-tag`` (``i``, ``a``/``r``), ``subscription/list``, ``tag/list``, ``subscription/edit``
  (``ac=subscribe|unsubscribe|edit``, ``s``, ``a``, ``r``, ``t``), ``subscription/quickadd``,
  ``mark-all-as-read`` (``s``, ``ts`` in microseconds).
- Labels: ``rename-tag`` (``s`` the label's stream id, ``dest`` the new one: every feed of the
  label moves; one that already has ``dest`` keeps it once) and ``disable-tag`` (``s``: the label
  goes, its feeds stay subscribed). Both are writes (``T=``); ``s`` or ``dest`` that is not a
  ``user/-/label/…`` stream -> 400, a label no feed has -> 404 (Miniflux's answers).
"""

from __future__ import annotations

import contextlib
import json
import secrets
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LONG = "tag:google.com,2005:reader/item/"
READ = "user/-/state/com.google/read"
STARRED = "user/-/state/com.google/starred"
READING_LIST = "user/-/state/com.google/reading-list"


@dataclass
class Item:
    """One item on the server."""

    id: int
    feed: str
    title: str
    link: str
    html: str
    published: int
    crawled: int
    read: bool = False
    starred: bool = False


@dataclass
class Sub:
    """One subscription."""

    url: str
    title: str
    html_url: str = ""
    labels: list[str] = field(default_factory=list)


def parse_id(text: str) -> int | None:
    """Either id spelling as an unsigned 64-bit number."""
    try:
        number = int(text[len(LONG) :], 16) if text.startswith(LONG) else int(text)
    except ValueError:
        return None
    return number + (1 << 64) if number < 0 else number


class GReaderServer:
    """The double: state, a threaded HTTP server, and what tests need to steer it."""

    def __init__(self, user: str, password: str, *, page_cap: int = 1000) -> None:
        self.user, self.password = user, password
        self.page_cap = page_cap
        self.signed_ids = False
        self.token_uses: int | None = None
        self.subs: dict[str, Sub] = {}
        self.items: dict[int, Item] = {}
        self.auths: set[str] = set()
        self.tokens: dict[str, int] = {}
        self.calls: list[tuple[str, str, dict[str, list[str]]]] = []
        self.connections: set[socket.socket] = set()
        self.lock = threading.Lock()
        self._next_id = 1_700_000_000_000_000
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread: threading.Thread | None = None

    # -- steering ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The API root (Miniflux style: the paths start at the root)."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> GReaderServer:
        """Serve in a daemon thread."""
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and cut every open connection (the server is gone, keep-alive too)."""
        self.httpd.shutdown()
        self.httpd.server_close()
        with self.lock:
            open_now = list(self.connections)
        for conn in open_now:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def restart(self) -> None:
        """Come back on the same port, with the same state."""
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
        self.httpd.daemon_threads = True
        self.start()

    def subscribe(self, url: str, title: str, labels: list[str] | None = None) -> str:
        """Add a subscription; its stream id."""
        stream = f"feed/{len(self.subs) + 1}"
        self.subs[stream] = Sub(url, title, url.rsplit("/", 1)[0], list(labels or []))
        return stream

    def add_item(
        self, feed: str, title: str, link: str, html: str = "", *, big: bool = False
    ) -> int:
        """A new item (``big``: an id at or above 2**63, negative in signed decimal)."""
        with self.lock:
            self._next_id += 1
            item_id = self._next_id + ((1 << 63) if big else 0)
            now = int(time.time())
            self.items[item_id] = Item(item_id, feed, title, link, html, now - 60, now)
            return item_id

    def expire_tokens(self) -> None:
        """Every write token goes stale."""
        with self.lock:
            self.tokens.clear()

    def expire_logins(self) -> None:
        """Every Auth goes stale (the client must sign in again)."""
        with self.lock:
            self.auths.clear()

    def decimal(self, item_id: int) -> str:
        """The id as the id streams spell it."""
        if self.signed_ids and item_id >= 1 << 63:
            return str(item_id - (1 << 64))
        return str(item_id)

    def count(self, path: str) -> int:
        """How many calls reached ``path``."""
        return sum(1 for _, p, _ in self.calls if p.endswith(path))

    # -- the API -------------------------------------------------------------------------
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                with outer.lock:
                    outer.connections.add(self.connection)

            def finish(self) -> None:
                with outer.lock:
                    outer.connections.discard(self.connection)
                with contextlib.suppress(OSError):
                    super().finish()

            def do_GET(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

            def _serve(self, method: str) -> None:
                parts = urllib.parse.urlsplit(self.path)
                params = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
                if method == "POST":
                    length = int(self.headers.get("Content-Length") or 0)
                    form = urllib.parse.parse_qs(
                        self.rfile.read(length).decode(), keep_blank_values=True
                    )
                    for key, values in form.items():
                        params.setdefault(key, []).extend(values)
                with outer.lock:
                    outer.calls.append((method, parts.path, params))
                    status, body, headers = outer._route(method, parts.path, params, self.headers)
                data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(status)
                ctype = "text/plain; charset=utf-8" if isinstance(body, str) else "application/json"
                self.send_header("Content-Type", ctype)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def _route(
        self, method: str, path: str, p: dict[str, list[str]], headers: Any
    ) -> tuple[int, Any, dict[str, str]]:
        bad = {"X-Reader-Google-Bad-Token": "true"}
        if path == "/accounts/ClientLogin":
            if p.get("Email", [""])[0] != self.user or p.get("Passwd", [""])[0] != self.password:
                return 401, "Error=BadAuthentication\n", {}
            auth = f"{self.user}/{secrets.token_hex(20)}"
            self.auths.add(auth)
            return 200, f"SID={auth}\nLSID=null\nAuth={auth}\n", {}
        if not path.startswith("/reader/api/0/"):
            return 404, "Not found", {}
        given = str(headers.get("Authorization") or "")
        if not given.startswith("GoogleLogin auth=") or given[17:] not in self.auths:
            return 401, "Unauthorized", bad
        name = path[len("/reader/api/0/") :]
        if name == "token":
            token = secrets.token_hex(28)[:57]
            self.tokens[token] = 0
            return 200, token, {}
        writes = {
            "edit-tag",
            "subscription/edit",
            "subscription/quickadd",
            "mark-all-as-read",
            "rename-tag",
            "disable-tag",
        }
        if name in writes:
            if method != "POST":
                return 405, "Method not allowed", {}
            token = p.get("T", [""])[0]
            if token not in self.tokens:
                return 401, "Unauthorized", bad
            self.tokens[token] += 1
            if self.token_uses is not None and self.tokens[token] >= self.token_uses:
                del self.tokens[token]
        handler = getattr(self, "_api_" + name.replace("/", "_").replace("-", "_"), None)
        if handler is None:
            return 404, "Not found", {}
        return handler(p)

    def _stream(self, stream: str) -> list[Item]:
        if stream == READING_LIST:
            return [i for i in self.items.values() if i.feed in self.subs]
        if stream == STARRED:
            return [i for i in self.items.values() if i.starred]
        if stream == READ:
            return [i for i in self.items.values() if i.read]
        if "/label/" in stream:
            label = stream.split("/label/", 1)[1]
            return [
                i for i in self.items.values() if label in self.subs.get(i.feed, Sub("", "")).labels
            ]
        return [i for i in self.items.values() if i.feed == stream]

    def _api_stream_items_ids(self, p: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        items = self._stream(p.get("s", [READING_LIST])[0])
        for excluded in p.get("xt", []):
            items = [i for i in items if i not in self._stream(excluded)]
        if p.get("ot"):
            items = [i for i in items if i.crawled >= int(p["ot"][0])]
        items.sort(key=lambda i: i.id, reverse=True)
        start = int(p.get("c", ["0"])[0] or 0)
        size = min(int(p.get("n", ["20"])[0]), self.page_cap)
        page = items[start : start + size]
        body: dict[str, Any] = {
            "itemRefs": [
                {
                    "id": self.decimal(i.id),
                    "directStreamIds": [],
                    "timestampUsec": str(i.crawled * 10**6),
                }
                for i in page
            ]
        }
        if start + size < len(items):
            body["continuation"] = str(start + size)
        return 200, body, {}

    def _api_stream_items_contents(
        self, p: dict[str, list[str]]
    ) -> tuple[int, Any, dict[str, str]]:
        found = []
        for text in p.get("i", []):
            item = self.items.get(parse_id(text) or -1)
            if item is None:
                continue
            sub = self.subs.get(item.feed, Sub("", ""))
            categories = [READING_LIST] + [f"user/-/label/{label}" for label in sub.labels]
            categories += [READ] if item.read else []
            categories += [STARRED] if item.starred else []
            found.append({
                "id": f"{LONG}{item.id:016x}",
                "crawlTimeMsec": str(item.crawled * 1000),
                "timestampUsec": str(item.crawled * 10**6),
                "published": item.published,
                "title": item.title,
                "canonical": [{"href": item.link}],
                "alternate": [{"href": item.link, "type": "text/html"}],
                "categories": categories,
                "origin": {"streamId": item.feed, "title": sub.title, "htmlUrl": sub.html_url},
                "summary": {"content": item.html},
                "author": "A. Writer",
            })  # fmt: skip
        return 200, {"id": READING_LIST, "items": found}, {}

    def _api_edit_tag(self, p: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        for text in p.get("i", []):
            item = self.items.get(parse_id(text) or -1)
            if item is None:
                continue
            for tag, value in [(t, True) for t in p.get("a", [])] + [
                (t, False) for t in p.get("r", [])
            ]:
                if tag == READ:
                    item.read = value
                elif tag == STARRED:
                    item.starred = value
        return 200, "OK", {}

    def _api_subscription_list(self, p: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        subs = [
            {
                "id": stream,
                "title": sub.title,
                "categories": [{"id": f"user/-/label/{x}", "label": x} for x in sub.labels],
                "url": sub.url,
                "htmlUrl": sub.html_url,
                "iconUrl": "",
            }
            for stream, sub in self.subs.items()
        ]
        return 200, {"subscriptions": subs}, {}

    def _api_tag_list(self, p: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        labels = sorted({x for sub in self.subs.values() for x in sub.labels})
        tags = [{"id": STARRED}] + [{"id": f"user/-/label/{x}", "type": "folder"} for x in labels]
        return 200, {"tags": tags}, {}

    def _api_subscription_edit(self, p: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        action, stream = p.get("ac", [""])[0], p.get("s", [""])[0]
        labels = [a.split("/label/", 1)[1] for a in p.get("a", []) if "/label/" in a]
        if action == "subscribe":
            url = stream.removeprefix("feed/")
            self.subscribe(url, p.get("t", [url])[0], labels)
        elif action == "unsubscribe":
            self.subs.pop(stream, None)
        elif action == "edit" and stream in self.subs:
            sub = self.subs[stream]
            sub.labels = [
                x for x in sub.labels if f"user/-/label/{x}" not in p.get("r", [])
            ] + labels
            sub.title = p.get("t", [sub.title])[0]
        else:
            return 400, "Bad request", {}
        return 200, "OK", {}

    def _labelled(self, stream: str) -> list[Sub] | None:
        """The subscriptions with the label ``stream`` (None: not a label stream)."""
        if not stream.startswith("user/-/label/") or not stream[len("user/-/label/") :]:
            return None
        label = stream[len("user/-/label/") :]
        return [sub for sub in self.subs.values() if label in sub.labels]

    def _api_rename_tag(self, p: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        stream, dest = p.get("s", [""])[0], p.get("dest", [""])[0]
        subs, new = self._labelled(stream), self._labelled(dest)
        if subs is None or new is None:
            return 400, "Bad request", {}
        if not subs:
            return 404, "Not found", {}
        old_label, new_label = stream.split("/label/", 1)[1], dest.split("/label/", 1)[1]
        for sub in subs:
            renamed = [new_label if x == old_label else x for x in sub.labels]
            sub.labels = list(dict.fromkeys(renamed))
        return 200, "OK", {}

    def _api_disable_tag(self, p: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        stream = p.get("s", [""])[0]
        subs = self._labelled(stream)
        if subs is None:
            return 400, "Bad request", {}
        if not subs:
            return 404, "Not found", {}
        for sub in subs:
            sub.labels = [x for x in sub.labels if f"user/-/label/{x}" != stream]
        return 200, "OK", {}

    def _api_subscription_quickadd(
        self, p: dict[str, list[str]]
    ) -> tuple[int, Any, dict[str, str]]:
        url = p.get("quickadd", [""])[0]
        stream = self.subscribe(url, url)
        return 200, {"numResults": 1, "query": url, "streamId": stream}, {}

    def _api_mark_all_as_read(self, p: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        before = int(p.get("ts", ["0"])[0] or 0) // 10**6 or int(time.time())
        for item in self._stream(p.get("s", [READING_LIST])[0]):
            if item.crawled <= before:
                item.read = True
        return 200, "OK", {}
