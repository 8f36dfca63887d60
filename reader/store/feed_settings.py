"""Per-feed settings in the store: a feed's :class:`FeedSettings` in one go, and the view the
reader switched one article to.

Mixed into :class:`reader.store.db.Store`. The values live in the ``feed_settings`` table, except
the user's own title (``feeds.user_title``) and the kept count (``feeds.keep``), which were there
before and are read by the feed list and by :meth:`prune` as they always were.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from reader.errors import NotFoundError
from reader.store.connection import from_us, mapped, transaction

if TYPE_CHECKING:
    from reader.core.feed_settings import FeedSettings

log = logging.getLogger(__name__)

_SELECT = (
    "SELECT f.id, s.refresh_min, s.keep_days, f.keep, COALESCE(s.notify, 0), s.view,"
    " COALESCE(f.user_title, '') FROM feeds f LEFT JOIN feed_settings s ON s.feed_id = f.id"
)


def _settings(row: Sequence[Any]) -> FeedSettings:
    # reader.core.feed_settings loads with the first feed setting read, not with the store:
    # the window opens the store before its first frame and reads none then, and the
    # module's dataclass and enum cost ~6 M instructions (~1 ms) to create.
    from reader.core.feed_settings import FeedSettings, notify_choice

    return FeedSettings(
        refresh_min=row[1],
        keep_days=row[2],
        keep_count=row[3],
        notify=notify_choice(row[4]),
        view=row[5] or "reader",
        title=row[6],
    ).validated()


class FeedSettingsMethods:
    """A feed's own settings (Feed properties)."""

    _conn: sqlite3.Connection

    @mapped
    def feed_settings(self, feed_id: int) -> FeedSettings:
        """One feed's settings (the defaults where it has none); raises NotFoundError."""
        row = self._conn.execute(f"{_SELECT} WHERE f.id = ?", (feed_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no feed with id {feed_id}")
        return _settings(row)

    @mapped
    def all_feed_settings(self) -> dict[int, FeedSettings]:
        """Every feed's settings, by feed id."""
        return {int(row[0]): _settings(row) for row in self._conn.execute(_SELECT)}

    @mapped
    def refresh_schedule(self) -> list[tuple[int, datetime | None, int | None]]:
        """(feed id, last checked, own interval in minutes or None) of every feed not gone:
        what a scheduled refresh needs, in one query (it runs on the window's timer). The
        last check is read only for feeds with an interval of their own (None for the others)."""
        rows = self._conn.execute(
            "SELECT f.id, f.last_checked, s.refresh_min FROM feeds f"
            " LEFT JOIN feed_settings s ON s.feed_id = f.id WHERE f.gone = 0 ORDER BY f.id"
        )
        return [
            (r[0], None, None) if r[2] is None else (r[0], from_us(r[1]), int(r[2])) for r in rows
        ]

    @mapped
    def synced_feed_ids(self) -> set[int]:
        """Feeds that belong to a remote account (their server fetches them, not we): here, so
        that a refresh asks without loading the sync state's module (~3 ms of its start)."""
        return {int(r[0]) for r in self._conn.execute("SELECT feed_id FROM sync_feeds")}

    @mapped
    def has_own_intervals(self) -> bool:
        """Whether any feed refreshes on an interval of its own."""
        row = self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM feed_settings WHERE refresh_min > 0)"
        ).fetchone()
        return bool(row and row[0])

    @mapped
    def article_view(self, article_id: int) -> str | None:
        """The view the reader switched this article to, or None (its feed's view)."""
        row = self._conn.execute(
            "SELECT view FROM article_views WHERE article_id = ?", (article_id,)
        ).fetchone()
        from reader.core.feed_settings import VIEWS  # start-up time: see _settings

        return str(row[0]) if row is not None and row[0] in VIEWS else None

    @mapped
    def set_article_view(self, article_id: int, view: str | None) -> None:
        """Keep the view of one article (None: back to its feed's); unknown articles and
        views are ignored."""
        from reader.core.feed_settings import VIEWS  # start-up time: see _settings

        with transaction(self._conn):
            if view not in VIEWS:
                self._conn.execute("DELETE FROM article_views WHERE article_id = ?", (article_id,))
                return
            self._conn.execute(
                "INSERT INTO article_views (article_id, view) SELECT id, ? FROM articles"
                " WHERE id = ? ON CONFLICT (article_id) DO UPDATE SET view = excluded.view",
                (view, article_id),
            )

    @mapped
    def feed_own_title(self, feed_id: int) -> str:
        """The title the feed gives itself (the user's own title aside)."""
        row = self._conn.execute("SELECT title FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no feed with id {feed_id}")
        return str(row[0] or "")

    @mapped
    def set_feed_settings(self, feed_id: int, settings: FeedSettings) -> FeedSettings:
        """Keep a feed's settings (validated first); returns what was stored."""
        value = settings.validated()
        with transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE feeds SET user_title = ?, keep = ? WHERE id = ?",
                (value.title or None, value.keep_count, feed_id),
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"no feed with id {feed_id}")
            self._conn.execute(
                "INSERT INTO feed_settings (feed_id, refresh_min, keep_days, notify, view)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed_id) DO UPDATE SET"
                " refresh_min = excluded.refresh_min, keep_days = excluded.keep_days,"
                " notify = excluded.notify, view = excluded.view",
                (feed_id, value.refresh_min, value.keep_days, int(value.notify), value.view),
            )
        log.info("feed %d: settings changed", feed_id)
        return value
