"""The reading half of the article store: listing, filters, search, counts.

Mixed into :class:`reader.store.db.Store` through :class:`reader.store.articles.ArticleMethods`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from reader.core.models import Article
from reader.errors import NotFoundError
from reader.store import counts, enclosures
from reader.store.connection import from_us, mapped
from reader.store.substrings import search_condition

log = logging.getLogger(__name__)

_CHUNK = 500

_ARTICLE_SELECT = (
    "SELECT a.id, a.feed_id, a.entry_id, a.title, a.link, a.author, a.published, a.first_seen,"
    " a.summary_html, a.content_html, a.image_url, s.read, s.starred, a.simplified,"
    " COALESCE(NULLIF(f.user_title, ''), f.title)"
    " FROM articles a JOIN article_state s ON s.article_id = a.id JOIN feeds f ON f.id = a.feed_id"
)
NEWEST_FIRST = " ORDER BY a.published DESC, a.id DESC"
_SUBFOLDERS = (
    "a.feed_id IN (SELECT id FROM feeds WHERE folder_id IN ("
    "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM folders c"
    " JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub))"
)
_NOT_HIDDEN = "a.id NOT IN (SELECT article_id FROM article_state WHERE hidden = 1)"
_TAGGED = "a.id IN (SELECT article_id FROM article_tags WHERE tag_id = ?)"
ORDERS = {
    "newest": NEWEST_FIRST,
    "oldest": " ORDER BY a.published, a.id",
    "title": " ORDER BY a.title COLLATE NOCASE, a.published DESC, a.id DESC",
    "author": " ORDER BY a.author = '', a.author COLLATE NOCASE, a.published DESC, a.id DESC",
    "feed": " ORDER BY (SELECT COALESCE(NULLIF(f.user_title, ''), f.title) FROM feeds f"
    " WHERE f.id = a.feed_id) COLLATE NOCASE, a.published DESC, a.id DESC",
}
"""The article list's sort orders (``Store.article_ids(order=...)``)."""


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


def _with_enclosures(conn: sqlite3.Connection, articles: list[Article]) -> list[Article]:
    """The articles with their enclosures (one query per chunk of ids)."""
    from dataclasses import replace  # here: the window's start-up reads no article (~0.5 ms)

    out: list[Article] = []
    for start in range(0, len(articles), _CHUNK):
        part = articles[start : start + _CHUNK]
        files = enclosures.read(conn, [a.id for a in part])
        out.extend(replace(a, enclosures=files[a.id]) if a.id in files else a for a in part)
    return out


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def marks(count: int) -> str:
    return ",".join("?" * count)


class ArticleQueries:
    """Read-only article operations of the store."""

    _conn: sqlite3.Connection

    # -- reading -------------------------------------------------------------------------
    def _filters(
        self,
        feed_id: int | None,
        folder_id: int | None,
        unread: bool,
        starred: bool,
        query: tuple[str, list[Any], bool] | None,
        tag_id: int | None = None,
        audio: bool = False,
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = [_NOT_HIDDEN]  # a rule hid them: never listed
        params: list[Any] = []
        if tag_id is not None:
            where.append(_TAGGED)
            params.append(tag_id)
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
        if audio:
            where.append(enclosures.AUDIO_CONDITION)
        if query is not None:  # a search condition (see substrings.search_condition)
            where.append(query[0])
            params.extend(query[1])
        return where, params

    @mapped
    def article(self, article_id: int) -> Article:
        """One article; raises NotFoundError."""
        row = self._conn.execute(f"{_ARTICLE_SELECT} WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return _with_enclosures(self._conn, [_article(row)])[0]

    @mapped
    def article_ids(
        self,
        *,
        feed_id: int | None = None,
        folder_id: int | None = None,
        unread: bool = False,
        starred: bool = False,
        query: str | None = None,
        tag_id: int | None = None,
        order: str = "newest",
        audio: bool = False,
    ) -> list[int]:
        """Ids of matching articles, newest first or in another of :data:`ORDERS` (cheap even
        for 100,000 rows). Articles a rule hid are left out.

        ``folder_id`` includes its subfolders; ``query`` is a full-text search; ``audio``
        keeps the articles that carry an audio file (the "Podcasts" view).
        """
        match = None
        if query is not None:
            match = search_condition(query)
            if match is None:
                return []
        where, params = self._filters(
            feed_id, folder_id, unread, starred, match, tag_id, audio=audio
        )
        sql = "SELECT a.id FROM articles a"
        if unread or starred:
            sql += " JOIN article_state s ON s.article_id = a.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ORDERS.get(order, NEWEST_FIRST)
        return [r[0] for r in self._conn.execute(sql, params)]

    @mapped
    def articles_by_ids(self, article_ids: Sequence[int]) -> list[Article]:
        """The articles for these ids, in the same order (missing ids are skipped)."""
        ids = list(article_ids)
        found: dict[int, Article] = {}
        for chunk in chunks(ids):
            rows = self._conn.execute(
                f"{_ARTICLE_SELECT} WHERE a.id IN ({marks(len(chunk))})", chunk
            )
            found.update((a.id, a) for a in _with_enclosures(self._conn, [*map(_article, rows)]))
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
        audio: bool = False,
    ) -> list[Article]:
        """Matching articles, newest first (``audio``: only those carrying an audio file)."""
        where, params = self._filters(feed_id, folder_id, unread, starred, None, audio=audio)
        sql = _ARTICLE_SELECT + (" WHERE " + " AND ".join(where) if where else "") + NEWEST_FIRST
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        return _with_enclosures(self._conn, [_article(r) for r in self._conn.execute(sql, params)])

    @mapped
    def search(self, query: str, *, limit: int = 200) -> list[Article]:
        """Full-text search over titles and text (FTS5), best matches first.

        Any input is safe: operators and quotes are taken as words; no words, no results.
        """
        match = search_condition(query)
        if match is None:
            return []
        condition, params, only_words = match
        if only_words:  # ranked by the word index
            sql = (
                _ARTICLE_SELECT.replace(
                    " FROM articles a",
                    " FROM article_search JOIN articles a ON a.id = article_search.rowid",
                )
                + " WHERE article_search MATCH ?"
                " ORDER BY bm25(article_search, 5.0, 1.0), a.published DESC LIMIT ?"
            )
        else:  # substrings in scripts without spaces: newest first
            sql = f"{_ARTICLE_SELECT} WHERE {condition}{NEWEST_FIRST} LIMIT ?"
        try:
            rows = self._conn.execute(sql, (*params, max(0, int(limit)))).fetchall()
        except sqlite3.OperationalError as exc:  # a query FTS5 still refuses: no results
            log.warning("search %r refused: %s", query, exc)
            return []
        return _with_enclosures(self._conn, [_article(r) for r in rows])

    @mapped
    def unread_counts(self) -> dict[int, int]:
        """Unread articles per feed id (feeds with none may be missing): one row per feed,
        from the counts the triggers keep (:mod:`reader.store.counts`)."""
        return counts.unread_counts(self._conn)

    @mapped
    def starred_ids(self) -> set[int]:
        """Ids of all starred articles (the cache never evicts them)."""
        rows = self._conn.execute("SELECT article_id FROM article_state WHERE starred = 1")
        return {r[0] for r in rows}

    @mapped
    def pending_simplify(self, *, limit: int | None = None) -> list[Article]:
        """Articles not simplified yet (``simplified is None``), newest first."""
        sql = f"{_ARTICLE_SELECT} WHERE a.simplified IS NULL{NEWEST_FIRST}"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        return [_article(r) for r in self._conn.execute(sql, params)]
