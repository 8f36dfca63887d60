"""Desktop notifications: one per refresh that brought new articles, grouped, never one per
article.

They go to the freedesktop notification service on the session D-Bus
(``org.freedesktop.Notifications``). The bus is spoken with jeepney (pure Python, small, well kept,
already here as keyring's D-Bus layer on Linux), not PySide6's QtDBus: from Python, QtDBus
cannot send the ``u`` (uint32) argument ``Notify`` requires (a Python int becomes ``i`` or
``q``, and daemons check the signature). The daemon sends its answers (``ActionInvoked``,
``NotificationClosed``) to the connection that called ``Notify``; a QSocketNotifier on that
connection's socket reads them in Qt's event loop. Where there is no such service, the tray icon's
balloon (``QSystemTrayIcon.showMessage``) is the fallback.

Feed titles are feed text: the body of a notification is markup in many daemons, so each title
is made plain (control characters out), cut, bidi-isolated (FSI ... PDI) and escaped.
"""

from __future__ import annotations

import contextlib
import html
import logging
import unicodedata
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
FSI, PDI = "\u2068", "\u2069"
TITLE_CHARS = 40
"""A feed's title is cut to this many characters in a notification."""
NAMED_FEEDS = 3
"""The notification names this many feeds, then says how many more."""
CALL_TIMEOUT_S = 2.0
KEPT_SENT = 32
"""The newest notifications whose click still opens their article (older ones are forgotten
even if the daemon never said it closed them)."""


@dataclass(frozen=True)
class NewInFeed:
    """New articles of one feed in a refresh."""

    feed_id: int
    title: str
    count: int


def plain_title(title: str, limit: int = TITLE_CHARS) -> str:
    """``title`` as one plain line: control and format characters out (bidi overrides too),
    spaces collapsed, cut at ``limit`` characters with an ellipsis, isolated for bidi."""
    kept = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in title
        if unicodedata.category(ch) != "Cf"
    )
    line = " ".join(kept.split())
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return FSI + line + PDI


# Calls with a literal context and text, so pyside6-lupdate finds every message.
translate = QCoreApplication.translate


def grouped_text(
    news: Sequence[NewInFeed], matched: Sequence[str] = (), matches: int = 0
) -> tuple[str, str]:
    """The summary and the markup-safe body of one notification for ``news`` and the
    ``matches`` articles the "notify" rules matched (``matched``: the titles of a few):
    ("12 new articles", "in 3 feeds: A, B, C\n2 matched your rules: X, Y")."""
    ranked = sorted(news, key=lambda n: (-n.count, n.title.casefold()))
    total = sum(n.count for n in news) or matches
    summary = translate("Notify", "%n new article(s)", None, total)
    lines = []
    if ranked:
        feeds = len(
            ranked
        )  # a plain name: pyside6-lupdate drops a call whose count is an expression
        listed = _listed([n.title for n in ranked], feeds)
        lines.append(translate("Notify", "in %n feed(s): %1", None, feeds).replace("%1", listed))
    if matches:
        # The count is said first; more titles than named end in an ellipsis ("and 3 more" is
        # worded for feeds in some languages).
        listed = _listed(matched, len(matched[:NAMED_FEEDS]))
        listed += "…" if matches > min(len(matched), NAMED_FEEDS) else ""
        line = translate("Notify", "%n matched your rules: %1", None, matches)
        lines.append(line.replace("%1", listed))
    return summary, "\n".join(lines)


def _listed(titles: Sequence[str], count: int) -> str:
    """The first :data:`NAMED_FEEDS` of ``titles``, plain and escaped, and how many more of
    ``count`` there are."""
    names = [html.escape(plain_title(t), quote=False) for t in titles[:NAMED_FEEDS]]
    listed = translate("Notify", ", ").join(names)
    more = count - len(names)
    if more > 0:
        listed = translate("Notify", "%1 and %n more", None, more).replace("%1", listed)
    return listed


def in_quiet_hours(now: datetime, start_h: int, end_h: int) -> bool:
    """Whether ``now`` (local time) is in the quiet hours from ``start_h`` to ``end_h``
    (spanning midnight when ``start_h > end_h``; equal hours: never quiet)."""
    hour = now.hour
    if start_h == end_h:
        return False
    if start_h < end_h:
        return start_h <= hour < end_h
    return hour >= start_h or hour < end_h


class DesktopNotifier(QObject):
    """Sends notifications to the session's notification service and reports clicks.

    :attr:`clicked` gives the article id a clicked notification was about."""

    clicked = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sent: dict[int, int] = {}
        """Notification id -> article id, until the daemon closes it."""
        self._conn: Any = None
        self._signals: deque[Any] = deque(maxlen=256)
        self._filter: Any = None
        self._watch: QSocketNotifier | None = None

    def available(self) -> bool:
        """Whether a notification service answers on the session bus."""
        return self._connection() is not None and self._has_service()

    def _connection(self) -> Any:
        if self._conn is None:
            try:
                from jeepney import MatchRule  # only when notifying: start-up time
                from jeepney.io.blocking import open_dbus_connection

                self._conn = open_dbus_connection(bus="SESSION")
            except Exception as exc:  # no bus, no jeepney, a refused connection: the fallback
                log.info("no session bus for notifications: %s", exc)
                return None
            # The daemon sends ActionInvoked to the connection that called Notify: this one.
            rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
            self._filter = self._conn.filter(rule, queue=self._signals)
            fd = self._conn.sock.fileno()
            self._watch = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._watch.activated.connect(self._drain)
        return self._conn

    def _call(self, address: Any, method: str, signature: str | None, args: tuple[Any, ...]) -> Any:
        from jeepney import new_method_call

        msg = new_method_call(address, method, signature, args)
        reply = self._conn.send_and_get_reply(msg, timeout=CALL_TIMEOUT_S)
        self._drain()  # signals read while waiting for the reply are queued: hand them on
        if reply.header.message_type.name == "error":
            raise OSError(f"{method}: {reply.body}")
        return reply.body

    def _has_service(self) -> bool:
        from jeepney import DBusAddress

        bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
        try:
            if self._call(bus, "NameHasOwner", "s", (SERVICE,))[0]:
                return True
            # A service that starts on demand (D-Bus activation).
            return SERVICE in self._call(bus, "ListActivatableNames", None, ())[0]
        except Exception as exc:
            log.info("the notification service did not answer: %s", exc)
            return False

    def send(self, summary: str, body: str, article_id: int | None) -> bool:
        """Show one notification (``body`` already markup-safe); False when it could not."""
        if self._connection() is None:
            return False
        from jeepney import DBusAddress

        actions = ["default", translate("Notify", "Open")] if article_id is not None else []
        hints = {"category": ("s", "email.arrived"), "desktop-entry": ("s", "broadsheet")}
        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        args = ("Broadsheet", 0, "broadsheet", summary, body, actions, hints, -1)
        try:
            notification_id = int(self._call(address, "Notify", "susssasa{sv}i", args)[0])
        except Exception as exc:
            log.warning("the notification could not be shown: %s", exc)
            return False
        if article_id is not None:
            self._sent[notification_id] = article_id
            # A daemon that never says "closed" must not make this grow with every refresh.
            while len(self._sent) > KEPT_SENT:
                del self._sent[next(iter(self._sent))]
        return True

    def _drain(self, *_args: object) -> None:
        """Read what the bus sent (never waiting) and act on the daemon's signals."""
        if self._conn is None:
            return
        while True:
            try:
                self._conn.recv_messages(timeout=0)
            except TimeoutError:
                break
            except Exception as exc:  # the bus went away: no more clicks
                log.info("the session bus closed: %s", exc)
                self.close()
                return
        while self._signals:
            self._on_signal(self._signals.popleft())

    def _on_signal(self, msg: Any) -> None:
        from jeepney import HeaderFields  # loaded already by _connection

        member = msg.header.fields.get(HeaderFields.member)
        body = msg.body
        if member == "ActionInvoked" and len(body) == 2:
            article_id = self._sent.get(int(body[0]))
            if article_id is not None and body[1] == "default":
                self.clicked.emit(article_id)
        elif member == "NotificationClosed" and body:
            self._sent.pop(int(body[0]), None)

    def close(self) -> None:
        """Close the connection to the bus."""
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None
