"""A feed's own settings (Feed properties): refresh interval, retention, notify, view, title.

Pure values and rules, no I/O: the store keeps them (:mod:`reader.store.feed_settings`), the
refresh asks :func:`is_due`, the window shows them. Bad values are repaired, never raised, so a
hand-edited or future database cannot stop a refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

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


@dataclass(frozen=True)
class FeedSettings:
    """One feed's choices; the defaults are what a feed without its own settings gets."""

    refresh_min: int | None = None
    """Minutes between automatic refreshes; ``None``: the global interval; 0: never by itself."""
    keep_days: int | None = None
    """Keep read articles this many days; ``None``: keep the newest ``keep_count`` instead."""
    keep_count: int = DEFAULT_KEEP_COUNT
    """How many read articles are kept when not by days (unread and starred always are)."""
    notify: bool = False
    """Notify on new articles (stored here; the notifications are the background's work)."""
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
            notify=bool(self.notify),
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
