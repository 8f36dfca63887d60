"""The article half of :class:`reader.store.db.Store`: entries, read/starred state, search, pruning.

Read/starred state lives in ``article_state``; nothing here that rewrites an article touches it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from reader.core.models import Article, ParsedEntry
from reader.errors import NotFoundError, StoreError
from reader.store.connection import from_us, mapped, to_us, transaction
from reader.store.text import MAX_INDEXED_CHARS, fts_query, html_to_text

log = logging.getLogger(__name__)

FUTURE_SLACK_US = 86_400 * 1_000_000
"""A date more than a day ahead of the fetch is taken as the fetch time (for sorting)."""
MAX_TOMBSTONES_PER_FEED = 10_000
SIMPLIFIED_SOURCES = ("page", "feed", "failed")
_CHUNK = 500

_ARTICLE_SELECT = (
    "SELECT a.id, a.feed_id, a.entry_id, a.title, a.link, a.author, a.published, a.first_seen,"
    " a.summary_html, a.content_html, a.image_url, s.read, s.starred, a.simplified,"
    " COALESCE(NULLIF(f.user_title, ''), f.title)"
    " FROM articles a JOIN article_state s ON s.article_id = a.id JOIN feeds f ON f.id = a.feed_id"
)
_NEWEST_FIRST = " ORDER BY a.published DESC, a.id DESC"
_SUBFOLDERS = (
    "a.feed_id IN (SELECT id FROM feeds WHERE folder_id IN ("
    "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM folders c"
    " JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub))"
)
_SEARCH = "a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)"
# Columns compared to decide whether a refreshed entry changed.
_CONTENT = "title, link, author, published, published_raw, summary_html, content_html, image_url"


def _article(row: Sequence[Any]) -> Article:
    return Article(
        id=row[0],
        feed_id=row[1],
        entry_id=row[2],
        title=row[3],
        link=row[4],
        author=row[5],
        published=from_us(row[6]) or datetime.now(UTC),
        first_seen=from_us(row[7]) or datetime.now(UTC),
        summary_html=row[8],
        content_html=row[9],
        image_url=row[10],
        read=bool(row[11]),
        starred=bool(row[12]),
        simplified=row[13],
        feed_title=row[14] or "",
    )


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _entry_text(entry: ParsedEntry) -> str:
    return html_to_text(entry.content_html or entry.summary_html)


class ArticleMethods:
    """Article operations of the store (mixed into :class:`~reader.store.db.Store`)."""

    _conn: sqlite3.Connection

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
            if conn.execute("SELECT 1 FROM feeds WHERE id = ?", (feed_id,)).fetchone() is None:
                raise NotFoundError(f"no feed with id {feed_id}")
            has_tombstones = (
                conn.execute(
                    "SELECT 1 FROM deleted_entries WHERE feed_id = ? LIMIT 1", (feed_id,)
                ).fetchone()
                is not None
            )
            in_batch = {e.entry_id for e in entries}
            done: set[str] = set()
            for entry in entries:
                if not entry.entry_id or entry.entry_id in done:
                    continue  # the first of several entries with one id wins
                done.add(entry.entry_id)
                published = None if entry.published is None else to_us(entry.published)
                if published is not None and published > now_us + FUTURE_SLACK_US:
                    published = now_us
                row = self._existing(feed_id, entry, in_batch)
                if row is not None:
                    self._update_entry(row, entry, published)
                elif not (has_tombstones and self._was_pruned(feed_id, entry)):
                    new_ids.append(self._insert_entry(feed_id, entry, published, now_us))
        return new_ids

    def _existing(
        self, feed_id: int, entry: ParsedEntry, in_batch: set[str]
    ) -> Sequence[Any] | None:
        conn = self._conn
        row = conn.execute(
            f"SELECT id, simplified, {_CONTENT} FROM articles WHERE feed_id = ? AND entry_id = ?",
            (feed_id, entry.entry_id),
        ).fetchone()
        if row is not None or not entry.link:
            return row
        candidates = conn.execute(
            f"SELECT id, simplified, {_CONTENT}, entry_id FROM articles"
            " WHERE feed_id = ? AND link = ? AND title = ? ORDER BY id",
            (feed_id, entry.link, entry.title),
        ).fetchall()
        for candidate in candidates:
            if candidate[-1] not in in_batch:
                log.info("feed %d: entry id %r replaces %r", feed_id, entry.entry_id, candidate[-1])
                conn.execute(
                    "UPDATE articles SET entry_id = ? WHERE id = ?", (entry.entry_id, candidate[0])
                )
                return candidate[:-1]
        return None

    def _was_pruned(self, feed_id: int, entry: ParsedEntry) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM deleted_entries WHERE feed_id = ? AND (entry_id = ?"
            " OR (? <> '' AND link = ? AND title = ?)) LIMIT 1",
            (feed_id, entry.entry_id, entry.link, entry.link, entry.title),
        ).fetchone()
        return row is not None

    def _insert_entry(
        self, feed_id: int, entry: ParsedEntry, published: int | None, now_us: int
    ) -> int:
        conn = self._conn
        cur = conn.execute(
            "INSERT INTO articles (feed_id, entry_id, title, link, author, published,"
            " published_raw, first_seen, summary_html, content_html, image_url)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            ),
        )
        article_id = int(cur.lastrowid or 0)
        conn.execute("INSERT INTO article_state (article_id) VALUES (?)", (article_id,))
        conn.execute(
            "INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)",
            (article_id, entry.title, _entry_text(entry)),
        )
        return article_id

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

    @mapped
    def set_read(self, article_ids: Iterable[int], read: bool = True) -> None:
        """Mark articles read or unread (unknown ids are ignored)."""
        ids = list(article_ids)
        when = to_us(datetime.now(UTC)) if read else None
        with transaction(self._conn, durable=True):
            for chunk in _chunks(ids):
                self._conn.execute(
                    "UPDATE article_state SET read = ?, read_at = ?"
                    f" WHERE read <> ? AND article_id IN ({_marks(len(chunk))})",
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
        with transaction(self._conn, durable=True):
            cur = self._conn.execute(
                f"UPDATE article_state SET read = 1, read_at = ? WHERE read = 0"
                f" AND article_id IN ({sub})",
                (to_us(datetime.now(UTC)), *params),
            )
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

    @mapped
    def prune(self, feed_id: int) -> list[int]:
        """Delete read, unstarred articles beyond the feed's ``keep``; returns their ids.

        Unread and starred articles are never deleted. Pruned entries are remembered so the
        feed cannot bring them back as new.
        """
        conn = self._conn
        with transaction(conn):
            row = conn.execute("SELECT keep FROM feeds WHERE id = ?", (feed_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"no feed with id {feed_id}")
            doomed = conn.execute(
                "SELECT a.id, a.entry_id, a.link, a.title FROM articles a"
                " JOIN article_state s ON s.article_id = a.id"
                " WHERE a.feed_id = ? AND s.read = 1 AND s.starred = 0"
                f"{_NEWEST_FIRST} LIMIT -1 OFFSET ?",
                (feed_id, max(0, int(row[0]))),
            ).fetchall()
            if not doomed:
                return []
            now = to_us(datetime.now(UTC))
            conn.executemany(
                "INSERT OR REPLACE INTO deleted_entries (feed_id, entry_id, link, title,"
                " deleted_at) VALUES (?, ?, ?, ?, ?)",
                [(feed_id, d[1], d[2], d[3], now) for d in doomed],
            )
            ids = [d[0] for d in doomed]
            for chunk in _chunks(ids):
                conn.execute(f"DELETE FROM articles WHERE id IN ({_marks(len(chunk))})", chunk)
            conn.execute(
                "DELETE FROM deleted_entries WHERE feed_id = ? AND id NOT IN (SELECT id FROM"
                " deleted_entries WHERE feed_id = ? ORDER BY id DESC LIMIT ?)",
                (feed_id, feed_id, MAX_TOMBSTONES_PER_FEED),
            )
        return ids

    # -- reading -------------------------------------------------------------------------
    def _filters(
        self,
        feed_id: int | None,
        folder_id: int | None,
        unread: bool,
        starred: bool,
        query: str | None,
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if feed_id is not None:
            where.append("a.feed_id = ?")
            params.append(feed_id)
        if folder_id is not None:
            where.append(_SUBFOLDERS)
            params.append(folder_id)
        if unread:
            where.append("s.read = 0")
        if starred:
            where.append("s.starred = 1")
        if query is not None:
            where.append(_SEARCH)
            params.append(query)
        return where, params

    @mapped
    def article(self, article_id: int) -> Article:
        """One article; raises NotFoundError."""
        row = self._conn.execute(f"{_ARTICLE_SELECT} WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return _article(row)

    @mapped
    def article_ids(
        self,
        *,
        feed_id: int | None = None,
        folder_id: int | None = None,
        unread: bool = False,
        starred: bool = False,
        query: str | None = None,
    ) -> list[int]:
        """Ids of matching articles, newest first (cheap even for 100,000 rows).

        ``folder_id`` includes its subfolders; ``query`` is a full-text search.
        """
        match = None
        if query is not None:
            match = fts_query(query)
            if match is None:
                return []
        where, params = self._filters(feed_id, folder_id, unread, starred, match)
        sql = "SELECT a.id FROM articles a"
        if unread or starred:
            sql += " JOIN article_state s ON s.article_id = a.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [r[0] for r in self._conn.execute(sql + _NEWEST_FIRST, params)]

    @mapped
    def articles_by_ids(self, article_ids: Sequence[int]) -> list[Article]:
        """The articles for these ids, in the same order (missing ids are skipped)."""
        ids = list(article_ids)
        found: dict[int, Article] = {}
        for chunk in _chunks(ids):
            rows = self._conn.execute(
                f"{_ARTICLE_SELECT} WHERE a.id IN ({_marks(len(chunk))})", chunk
            )
            found.update((r[0], _article(r)) for r in rows)
        return [found[i] for i in ids if i in found]

    @mapped
    def articles(
        self,
        *,
        feed_id: int | None = None,
        folder_id: int | None = None,
        unread: bool = False,
        starred: bool = False,
        limit: int | None = None,
    ) -> list[Article]:
        """Matching articles, newest first."""
        where, params = self._filters(feed_id, folder_id, unread, starred, None)
        sql = _ARTICLE_SELECT + (" WHERE " + " AND ".join(where) if where else "") + _NEWEST_FIRST
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        return [_article(r) for r in self._conn.execute(sql, params)]

    @mapped
    def search(self, query: str, *, limit: int = 200) -> list[Article]:
        """Full-text search over titles and text (FTS5), best matches first.

        Any input is safe: operators and quotes are taken as words; no words, no results.
        """
        match = fts_query(query)
        if match is None:
            return []
        sql = (
            _ARTICLE_SELECT.replace(
                " FROM articles a",
                " FROM article_search JOIN articles a ON a.id = article_search.rowid",
            )
            + " WHERE article_search MATCH ?"
            " ORDER BY bm25(article_search, 5.0, 1.0), a.published DESC LIMIT ?"
        )
        try:
            rows = self._conn.execute(sql, (match, max(0, int(limit)))).fetchall()
        except sqlite3.OperationalError as exc:  # a query FTS5 still refuses: no results
            log.warning("search %r refused: %s", query, exc)
            return []
        return [_article(r) for r in rows]

    @mapped
    def unread_counts(self) -> dict[int, int]:
        """Unread articles per feed id (feeds with none may be missing)."""
        rows = self._conn.execute(
            "SELECT a.feed_id, count(*) FROM article_state s JOIN articles a"
            " ON a.id = s.article_id WHERE s.read = 0 GROUP BY a.feed_id"
        )
        return {r[0]: r[1] for r in rows}

    @mapped
    def starred_ids(self) -> set[int]:
        """Ids of all starred articles (the cache never evicts them)."""
        rows = self._conn.execute("SELECT article_id FROM article_state WHERE starred = 1")
        return {r[0] for r in rows}

    @mapped
    def pending_simplify(self, *, limit: int | None = None) -> list[Article]:
        """Articles not simplified yet (``simplified is None``), newest first."""
        sql = f"{_ARTICLE_SELECT} WHERE a.simplified IS NULL{_NEWEST_FIRST}"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        return [_article(r) for r in self._conn.execute(sql, params)]
