"""The writing half of the article store: entries, read/starred state, reader-view source, pruning.

Read/starred state lives in ``article_state``; nothing here that rewrites an article touches it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from reader.core.link_keys import link_key, link_stem
from reader.errors import NotFoundError, StoreError
from reader.store import counts, enclosures, multirow, substrings
from reader.store.batch import BatchMethods
from reader.store.connection import mapped, to_us, transaction
from reader.store.queries import NEWEST_FIRST, chunks, marks
from reader.store.rules import RuleMethods
from reader.store.text import MAX_INDEXED_CHARS, index_text

if TYPE_CHECKING:
    from reader.core.parsed import ParsedEntry

log = logging.getLogger(__name__)

FUTURE_SLACK_US = 86_400 * 1_000_000
"""A date more than a day ahead of the fetch is taken as the fetch time (for sorting)."""
MAX_TOMBSTONES_PER_FEED = 10_000
SIMPLIFIED_SOURCES = ("page", "feed", "failed")
DAY_US = 86_400 * 1_000_000
MAX_ROWID = 2**63 - 1
"""SQLite's largest rowid: past it, new rows get random ids."""

# Columns compared to decide whether a refreshed entry changed.
_CONTENT = "title, link, author, published, published_raw, summary_html, content_html, image_url"
_INSERT_COLUMNS = (
    "feed_id", "entry_id", "title", "link", "author", "published", "published_raw",
    "first_seen", "summary_html", "content_html", "image_url",
)  # fmt: skip


def _link_ranges(link: str) -> list[tuple[str, str]]:
    """The ranges of stored links that may have ``link``'s :func:`link_key` (with http or
    https: sites move to https and their guids follow), for the (feed_id, link) index."""
    stem = link_stem(link)
    starts = [stem] if stem == link[: len(stem)] else [f"http://{stem}", f"https://{stem}"]
    return [(start, start + _LAST_CHAR) for start in starts]


def _entry_text(entry: ParsedEntry) -> str:
    return index_text(entry.content_html or entry.summary_html)


_DOOMED = (
    "SELECT a.id, a.entry_id, a.link, a.title FROM articles a"
    " JOIN article_state s ON s.article_id = a.id"
    " WHERE a.feed_id = ? AND s.read = 1 AND s.starred = 0"
)
_DOOMED_BY_DAYS = _DOOMED + " AND a.published < ?"
_DOOMED_BY_COUNT = _DOOMED + f"{NEWEST_FIRST} LIMIT -1 OFFSET ?"
# The statements a refresh runs for every feed and entry, written out once (not per call).
# What prune needs to know first: keep, keep_days, how many articles are not unread (from the
# counts, so that a feed with none, as after its first fetch, asks nothing more), how many in all.
_KEEP = (
    "SELECT f.keep, s.keep_days, COALESCE(c.total - c.unread, 1), COALESCE(c.total, f.keep + 1)"
    " FROM feeds f LEFT JOIN feed_settings s ON s.feed_id = f.id"
    " LEFT JOIN feed_counts c ON c.feed_id = f.id WHERE f.id = ?"
)
_FEED_FACTS = (
    "SELECT EXISTS (SELECT 1 FROM deleted_entries WHERE feed_id = ?1),"
    " EXISTS (SELECT 1 FROM articles WHERE feed_id = ?1), (SELECT max(id) FROM articles)"
    " FROM feeds WHERE id = ?1"
)
_BY_ENTRY_ID = f"SELECT id, simplified, {_CONTENT} FROM articles WHERE feed_id = ? AND entry_id = ?"
_BY_LINK = (
    f"SELECT id, simplified, {_CONTENT}, entry_id, link FROM articles"
    " WHERE feed_id = ? AND link >= ? AND link < ? AND title = ?"
)
_PRUNED_BY_LINK = (
    "SELECT link FROM deleted_entries WHERE feed_id = ? AND link >= ? AND link < ? AND title = ?"
)
_LAST_CHAR = chr(0x10FFFF)


def _doomed(
    feed_id: int, keep: int, keep_days: int | None, now_us: int
) -> tuple[str, tuple[Any, ...]]:
    """The query for the articles :meth:`ArticleMethods.prune` deletes: read and unstarred,
    beyond the newest ``keep``, or published more than ``keep_days`` days ago."""
    if keep_days is not None and keep_days > 0:
        return _DOOMED_BY_DAYS, (feed_id, now_us - keep_days * DAY_US)
    return _DOOMED_BY_COUNT, (feed_id, max(0, int(keep)))


class ArticleMethods(RuleMethods, BatchMethods):
    """Article operations of the store (mixed into :class:`~reader.store.db.Store`)."""

    # -- writing -------------------------------------------------------------------------
    @mapped
    def add_entries(
        self, feed_id: int, entries: Sequence[ParsedEntry], *, now: datetime
    ) -> list[int]:
        """Insert new entries and update changed ones in one transaction; returns the new ids.

        Read/starred state of existing articles is never touched. An entry whose id is new but
        whose link and title equal an article of the feed whose id is no longer in the feed
        takes that article over (feeds whose guids rotate do not grow). Entries pruned before
        are not added again.
        """
        conn = self._conn
        now_us = to_us(now)
        new_ids: list[int] = []
        with transaction(conn):
            # Whether the feed exists, has tombstones, has articles: one query. A feed's first
            # fetch (no article yet) has nothing to look up: two queries an entry saved
            # (bench/refresh.py, cold: a third of the store's statements).
            facts = conn.execute(_FEED_FACTS, (feed_id,)).fetchone()
            if facts is None:
                raise NotFoundError(f"no feed with id {feed_id}")
            has_tombstones, has_articles, top = bool(facts[0]), bool(facts[1]), facts[2] or 0
            in_batch = {e.entry_id for e in entries}
            done: set[str] = set()
            fresh: list[tuple[ParsedEntry, int | None]] = []
            for entry in entries:
                if not entry.entry_id or entry.entry_id in done:
                    continue  # the first of several entries with one id wins
                done.add(entry.entry_id)
                published = None if entry.published is None else to_us(entry.published)
                if published is not None and published > now_us + FUTURE_SLACK_US:
                    published = now_us
                row = self._existing(feed_id, entry, in_batch) if has_articles else None
                if row is not None:
                    self._update_entry(row, entry, published)
                    # The feed's list of files replaces the stored one (same transaction).
                    enclosures.replace(conn, row[0], entry.enclosures)
                elif not (has_tombstones and self._was_pruned(feed_id, entry)):
                    fresh.append((entry, published))
            # Inserted after the loop, a chunk of rows a statement: nothing in the loop reads
            # this call's new rows (their ids are in ``in_batch``, which a takeover skips).
            added = self._insert_entries(feed_id, fresh, now_us, top)
            new_ids.extend(article_id for article_id, _ in added)
            self._index_new(added)
            if new_ids:  # rules act once, as articles arrive, in the same transaction
                self._apply_rules_on_arrival(new_ids)
        return new_ids

    def _existing(
        self, feed_id: int, entry: ParsedEntry, in_batch: set[str]
    ) -> Sequence[Any] | None:
        conn = self._conn
        row = conn.execute(_BY_ENTRY_ID, (feed_id, entry.entry_id)).fetchone()
        if row is not None or not entry.link:
            found: Sequence[Any] | None = row
            return found
        key = link_key(entry.link)
        candidates = sorted(
            row
            for low, high in _link_ranges(entry.link)
            for row in conn.execute(_BY_LINK, (feed_id, low, high, entry.title))
            if link_key(row[-1]) == key
        )  # ids are distinct: the order of ids
        for candidate in candidates:
            if candidate[-2] not in in_batch:
                log.info("feed %d: entry id %r replaces %r", feed_id, entry.entry_id, candidate[-2])
                conn.execute(
                    "UPDATE articles SET entry_id = ? WHERE id = ?", (entry.entry_id, candidate[0])
                )
                kept: Sequence[Any] = candidate[:-2]
                return kept
        return None

    def _was_pruned(self, feed_id: int, entry: ParsedEntry) -> bool:
        conn = self._conn
        row = conn.execute(
            "SELECT 1 FROM deleted_entries WHERE feed_id = ? AND entry_id = ? LIMIT 1",
            (feed_id, entry.entry_id),
        ).fetchone()
        if row is not None or not entry.link:
            return row is not None
        key = link_key(entry.link)
        return any(
            link_key(link) == key
            for low, high in _link_ranges(entry.link)
            for (link,) in conn.execute(_PRUNED_BY_LINK, (feed_id, low, high, entry.title))
        )

    def _insert_entries(
        self, feed_id: int, fresh: list[tuple[ParsedEntry, int | None]], now_us: int, top: int
    ) -> list[tuple[int, ParsedEntry]]:
        """Insert new articles (entry ids distinct, none stored yet) in multi-row statements;
        ``(article id, entry)`` in the entries' order (ids ascending with it, as one
        ``INSERT`` each gave). ``top``: the largest article id now (0 without any)."""
        if not fresh:
            return []
        conn = self._conn
        rows = [
            (
                feed_id,
                entry.entry_id,
                entry.title,
                entry.link,
                entry.author,
                now_us if published is None else published,
                entry.published_raw,
                now_us,
                entry.summary_html,
                entry.content_html,
                entry.image_url,
            )
            for entry, published in fresh
        ]
        if top + len(rows) < MAX_ROWID:
            # The ids SQLite gives (one more than the largest, row after row), named here: a
            # RETURNING row read back per article is a GIL hand-off each, and the storing
            # thread, starved by the fetching ones, fell ~100 ms behind the last fetch.
            first = top + 1
            numbered = [(first + i, *row) for i, row in enumerate(rows)]
            multirow.insert(conn, "articles", ("id", *_INSERT_COLUMNS), numbered)
            return [(first + i, entry) for i, (entry, _) in enumerate(fresh)]
        # Beyond the largest rowid SQLite picks ids at random: ask which.
        returned = multirow.insert(
            conn, "articles", _INSERT_COLUMNS, rows, returning="entry_id, id"
        )
        ids: dict[str, int] = dict(returned)
        return [(ids[entry.entry_id], entry) for entry, _ in fresh]

    def _index_new(self, added: list[tuple[int, ParsedEntry]]) -> None:
        """The rows that go with new articles (state, search indexes, enclosures), one
        statement each for all of a feed's new articles: nothing in between reads them, and a
        statement per article and table was a third of a cold refresh's store time."""
        if not added:
            return
        conn = self._conn
        multirow.insert(conn, "article_state", ("article_id",), [(i,) for i, _ in added])
        rows = [(article_id, entry.title, _entry_text(entry)) for article_id, entry in added]
        multirow.insert(conn, "article_search", ("rowid", "title", "text"), rows)
        substrings.add_many(conn, rows)
        for article_id, entry in added:
            enclosures.insert(conn, article_id, entry.enclosures)

    def _update_entry(self, row: Sequence[Any], entry: ParsedEntry, published: int | None) -> None:
        article_id, simplified = row[0], row[1]
        old = tuple(row[2:])
        new = (
            entry.title,
            entry.link,
            entry.author,
            old[3] if published is None else published,
            entry.published_raw or old[4],
            entry.summary_html,
            entry.content_html,
            entry.image_url,
        )
        if new == old:
            return
        self._conn.execute(
            "UPDATE articles SET title = ?, link = ?, author = ?, published = ?, published_raw = ?,"
            " summary_html = ?, content_html = ?, image_url = ? WHERE id = ?",
            (*new, article_id),
        )
        if simplified in (None, "failed"):
            self._conn.execute(
                "UPDATE article_search SET title = ?, text = ? WHERE rowid = ?",
                (entry.title, _entry_text(entry), article_id),
            )
        elif entry.title != old[0]:
            self._conn.execute(
                "UPDATE article_search SET title = ? WHERE rowid = ?", (entry.title, article_id)
            )
        substrings.sync(self._conn, article_id)

    @mapped
    def set_read(self, article_ids: Iterable[int], read: bool = True) -> None:
        """Mark articles read or unread (unknown ids are ignored)."""
        ids = list(article_ids)
        when = to_us(datetime.now(UTC)) if read else None
        with transaction(self._conn, durable=True):
            for chunk in chunks(ids):
                self._conn.execute(
                    "UPDATE article_state SET read = ?, read_at = ?"
                    f" WHERE read <> ? AND article_id IN ({marks(len(chunk))})",
                    (int(read), when, int(read), *chunk),
                )

    @mapped
    def set_starred(self, article_id: int, starred: bool = True) -> None:
        """Star or unstar an article."""
        when = to_us(datetime.now(UTC)) if starred else None
        with transaction(self._conn, durable=True):
            cur = self._conn.execute(
                "UPDATE article_state SET starred = ?, starred_at = ? WHERE article_id = ?",
                (int(starred), when, article_id),
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"no article with id {article_id}")

    @mapped
    def mark_all_read(
        self,
        *,
        feed_id: int | None = None,
        folder_id: int | None = None,
        seen_before: datetime | None = None,
    ) -> int:
        """Mark every article of a feed, a folder (with subfolders) or everything read.

        ``seen_before`` spares articles that arrived after the user looked (first seen later).
        Returns how many changed.
        """
        where, params = self._filters(feed_id, folder_id, False, False, None)
        if seen_before is not None:
            where.append("a.first_seen < ?")
            params.append(to_us(seen_before))
        sub = "SELECT a.id FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
        sql = (
            "UPDATE article_state SET read = 1, read_at = ?"
            f" WHERE read = 0 AND article_id IN ({sub})"
        )
        with transaction(self._conn, durable=True):
            if feed_id is None:  # the triggers count each article's feed
                cur = self._conn.execute(sql, (to_us(datetime.now(UTC)), *params))
                return max(cur.rowcount, 0)
            with counts.held(self._conn):  # one feed: every change is its own
                cur = self._conn.execute(sql, (to_us(datetime.now(UTC)), *params))
                counts.add(self._conn, feed_id, -max(cur.rowcount, 0))
        return max(cur.rowcount, 0)

    @mapped
    def set_simplified(self, article_id: int, source: str, text: str = "") -> None:
        """Record where the article's reader view came from (``page``/``feed``/``failed``);
        ``text`` is indexed for full-text search."""
        if source not in SIMPLIFIED_SOURCES:
            raise StoreError(f"unknown reader view source {source!r}")
        with transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE articles SET simplified = ? WHERE id = ?", (source, article_id)
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"no article with id {article_id}")
            if text:
                self._conn.execute(
                    "UPDATE article_search SET text = ? WHERE rowid = ?",
                    (text[:MAX_INDEXED_CHARS], article_id),
                )
                substrings.sync(self._conn, article_id)

    @mapped
    def prune(self, feed_id: int) -> list[int]:
        """Delete read, unstarred articles beyond the feed's ``keep`` (or, when the feed keeps
        by days, older than its ``keep_days``); returns their ids.

        Unread and starred articles are never deleted. Pruned entries are remembered so the
        feed cannot bring them back as new.
        """
        conn = self._conn
        with transaction(conn):
            row = conn.execute(_KEEP, (feed_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"no feed with id {feed_id}")
            if not row[2] or (not row[1] and row[3] <= row[0]):
                return []  # no article read (a new feed's), or no more than it keeps
            now = to_us(datetime.now(UTC))
            doomed = conn.execute(*_doomed(feed_id, row[0], row[1], now)).fetchall()
            if not doomed:
                return []
            conn.executemany(
                "INSERT OR REPLACE INTO deleted_entries (feed_id, entry_id, link, title,"
                " deleted_at) VALUES (?, ?, ?, ?, ?)",
                [(feed_id, d[1], d[2], d[3], now) for d in doomed],
            )
            ids = [d[0] for d in doomed]
            for chunk in chunks(ids):
                conn.execute(f"DELETE FROM articles WHERE id IN ({marks(len(chunk))})", chunk)
            conn.execute(
                "DELETE FROM deleted_entries WHERE feed_id = ? AND id NOT IN (SELECT id FROM"
                " deleted_entries WHERE feed_id = ? ORDER BY id DESC LIMIT ?)",
                (feed_id, feed_id, MAX_TOMBSTONES_PER_FEED),
            )
        return ids
