"""A feed's own settings (Feed properties): refresh interval, retention, notify, view, title.

Pure values and rules, no I/O: the store keeps them (:mod:`reader.store.feed_settings`), the
refresh asks :func:`is_due`, the window shows them. Bad values are repaired, never raised, so a
hand-edited or future database cannot stop a refresh.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from enum import IntEnum

from reader.core.models_frozen import frozen_dataclass

VIEWS: tuple[str, ...] = ("reader", "feed", "original")
"""How a feed's articles open: the reader view, the feed's own text, or the original page in
the system browser."""
FEED_REFRESH_CHOICES: tuple[int, ...] = (0, 15, 30, 60, 120, 240, 720, 1440)
"""Minutes between automatic refreshes of one feed; 0: only when the user asks."""
DEFAULT_KEEP_COUNT = 500
MAX_KEEP = 100_000
DUE_SLACK = timedelta(minutes=1)
"""A feed checked a few seconds after a scheduled run started is due again at the next run,
not one timer tick later."""


class Notify(IntEnum):
    """Whether a feed's new articles are in the notification after a refresh. Stored as its
    number: 0 and 1 are what the older yes/no setting stored (no, yes), so nothing migrates."""

    DEFAULT = 0
    """As the global "Notify about new articles" says."""
    ALWAYS = 1
    """Even with the global setting off (opt-in)."""
    NEVER = 2
    """Even with the global setting on (opt-out)."""


def notifies(choice: Notify, by_default: bool) -> bool:
    """Whether a feed with ``choice`` is named in the notification, the global setting being
    ``by_default`` (pausing and quiet hours silence every feed alike, before this)."""
    if choice is Notify.DEFAULT:
        return by_default
    return choice is Notify.ALWAYS


def notify_choice(value: object) -> Notify:
    """``value`` as a :class:`Notify` (a bool is the older setting; unknown: the default)."""
    try:
        return Notify(int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return Notify.DEFAULT


@frozen_dataclass
class FeedSettings:
    """One feed's choices; the defaults are what a feed without its own settings gets."""

    refresh_min: int | None = None
    """Minutes between automatic refreshes; ``None``: the global interval; 0: never by itself."""
    keep_days: int | None = None
    """Keep read articles this many days; ``None``: keep the newest ``keep_count`` instead."""
    keep_count: int = DEFAULT_KEEP_COUNT
    """How many read articles are kept when not by days (unread and starred always are)."""
    notify: Notify = Notify.DEFAULT
    """Whether new articles are notified (see :func:`notifies`; the background does it)."""
    view: str = "reader"
    """One of :data:`VIEWS`."""
    title: str = ""
    """The user's own title; empty: the feed's own."""

    def validated(self) -> FeedSettings:
        """A copy with every value in range (unknown values fall back to the default)."""
        refresh = self.refresh_min
        if refresh is not None:
            wanted = int(refresh)
            refresh = min(FEED_REFRESH_CHOICES, key=lambda c: (abs(c - wanted), c))
        days = self.keep_days
        if days is not None:
            days = min(max(1, int(days)), MAX_KEEP)
        # Tabs and newlines become spaces first; other control characters go.
        words = (word for word in str(self.title).split())
        title = " ".join("".join(ch for ch in word if ch.isprintable()) for word in words)
        title = " ".join(title.split())
        return replace(
            self,
            refresh_min=refresh,
            keep_days=days,
            keep_count=min(max(0, int(self.keep_count)), MAX_KEEP),
            notify=notify_choice(self.notify),
            view=self.view if self.view in VIEWS else "reader",
            title=title[:300],
        )


def is_due(last_checked: datetime | None, interval_min: int, now: datetime) -> bool:
    """Whether a feed with this interval, last checked then, should be fetched by a scheduled
    refresh now. Never checked: due. A check "in the future" (the clock went back): due."""
    if interval_min <= 0:
        return False
    if last_checked is None or last_checked > now:
        return True
    return now - last_checked >= timedelta(minutes=interval_min) - DUE_SLACK
