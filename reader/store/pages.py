"""The article list in pages: a count, then rows fetched a page at a time by their place in
the list's order, so opening a list of 100,000 or 1,000,000 articles reads a few hundred rows.

A list is read against a :class:`ListSnapshot` taken when it was opened: articles that arrive
later (a higher id) are left out, and an article read since then still counts as unread, so
the rows do not move under the reader while pages are fetched (the window reloads the list
after a refresh). A page is found from its neighbour's last (or first) row by that row's sort
key when the neighbour is known ("keyset" paging, stable and cheap), else by its offset.

Mixed into :class:`reader.store.db.Store` through :class:`reader.store.rules.RuleMethods`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

from reader.core.models import Article
from reader.store import list_counts
from reader.store.connection import mapped, to_us
from reader.store.queries import _ARTICLE_SELECT, ArticleQueries, _article, _with_enclosures
from reader.store.substrings import IN_WORDS, search_condition

log = logging.getLogger(__name__)

FEW = 5_000
"""A search finding at most this many articles is listed by id at once (one index query)."""

SortKey = tuple[Any, ...]
"""A row's values of its list order's terms (see :data:`ORDER_TERMS`)."""

_FEED_TITLE = (
    "(SELECT COALESCE(NULLIF(f.user_title, ''), f.title) FROM feeds f WHERE f.id = a.feed_id)"
)
ORDER_TERMS: dict[str, tuple[tuple[str, bool, bool], ...]] = {
    "newest": (("a.published", True, False), ("a.id", True, False)),
    "oldest": (("a.published", False, False), ("a.id", False, False)),
    "title": (("a.title", False, True), ("a.published", True, False), ("a.id", True, False)),
    "author": (
        ("(a.author = '')", False, False),
        ("a.author", False, True),
        ("a.published", True, False),
        ("a.id", True, False),
    ),
    "feed": ((_FEED_TITLE, False, True), ("a.published", True, False), ("a.id", True, False)),
}
"""Each list order (``Store.article_ids(order=...)``) as terms: SQL, descending, NOCASE. The
same orders as :data:`reader.store.queries.ORDERS` (a test compares them)."""

_KEY_OF_ROW: dict[str, Callable[[Sequence[Any]], SortKey]] = {
    # The terms' values from a row of _ARTICLE_SELECT (title 3, author 5, published 6, feed 14).
    "newest": lambda r: (r[6], r[0]),
    "oldest": lambda r: (r[6], r[0]),
    "title": lambda r: (r[3], r[6], r[0]),
    "author": lambda r: (int(r[5] == ""), r[5], r[6], r[0]),
    "feed": lambda r: (r[14], r[6], r[0]),
}


# NamedTuples, not frozen dataclasses: the window loads this module before its first frame,
# and a dataclass costs ~5 M instructions (~1 ms) to create, a NamedTuple a tenth of that.
class ListSnapshot(NamedTuple):
    """When a list was opened: its newest article id and the time (see the module's words)."""

    max_id: int
    taken_us: int


class Page(NamedTuple):
    """Rows of a list in order, each with its sort key."""

    articles: list[Article]
    keys: list[SortKey]


def _order_sql(order: str, reverse: bool = False) -> str:
    parts = []
    for sql, descending, nocase in ORDER_TERMS.get(order, ORDER_TERMS["newest"]):
        direction = "DESC" if descending != reverse else "ASC"
        parts.append(f"{sql}{' COLLATE NOCASE' if nocase else ''} {direction}")
    return " ORDER BY " + ", ".join(parts)


def _beyond(order: str, key: SortKey, forward: bool) -> tuple[str, list[Any]]:
    """The condition "after ``key`` in ``order``" (or before it when not ``forward``)."""
    terms = ORDER_TERMS.get(order, ORDER_TERMS["newest"])
    if all(t[1] == terms[0][1] and not t[2] for t in terms):  # a row value: uses the index
        less = terms[0][1] == forward
        names = ", ".join(t[0] for t in terms)
        return f"({names}) {'<' if less else '>'} ({', '.join('?' * len(terms))})", list(key)
    alternatives, params = [], []
    for i, (sql, descending, nocase) in enumerate(terms):
        same = [f"{s}{' COLLATE NOCASE' if n else ''} = ?" for s, _d, n in terms[:i]]
        less = descending == forward
        same.append(f"{sql}{' COLLATE NOCASE' if nocase else ''} {'<' if less else '>'} ?")
        alternatives.append("(" + " AND ".join(same) + ")")
        params.extend([*key[:i], key[i]])
    return "(" + " OR ".join(alternatives) + ")", params


class ArticlePages(ArticleQueries):
    """Paged reading of the article list (see the module's words)."""

    @mapped
    def list_snapshot(self) -> ListSnapshot:
        """The snapshot a list opened now is read against."""
        row = self._conn.execute("SELECT max(id) FROM articles").fetchone()
        return ListSnapshot(int(row[0] or 0), to_us(datetime.now(UTC)) or 0)

    def _list_where(
        self, snapshot: ListSnapshot, filters: dict[str, Any], *, unread_now: bool = False
    ) -> tuple[str, list[Any]] | None:
        """FROM ... WHERE ... of a list (None: a search without words finds nothing);
        ``unread_now``: only the articles unread at this moment."""
        match = None
        if filters.get("query"):
            match = search_condition(filters["query"])
            if match is None:
                return None
        unread, starred = bool(filters.get("unread")) or unread_now, bool(filters.get("starred"))
        where, params = self._filters(
            filters.get("feed_id"),
            filters.get("folder_id"),
            False,
            starred,
            match,
            filters.get("tag_id"),
            audio=bool(filters.get("audio")),
        )
        where.append("a.id <= ?")
        params.append(snapshot.max_id)
        if unread_now:
            where.append("s.read = 0")
        elif unread:  # read since the list opened: still listed (the rows must not move)
            where.append("(s.read = 0 OR s.read_at >= ?)")
            params.append(snapshot.taken_us)
        sql = " FROM articles a"
        if unread or starred:
            sql += " JOIN article_state s ON s.article_id = a.id"
        return sql + " WHERE " + " AND ".join(where), params

    @mapped
    def open_list(self, **filters: Any) -> tuple[ListSnapshot, int]:
        """A snapshot taken now and the list's count against it, read together (one read
        transaction); a list of everything, a feed or a folder (or their unread articles) is
        counted from the per-feed counts."""
        own = not self._conn.in_transaction
        if own:
            self._conn.execute("BEGIN")
        try:
            snapshot = self.list_snapshot()
            if list_counts.countable(filters):
                return snapshot, list_counts.list_count(self._conn, snapshot.max_id, filters)
            return snapshot, self.article_count(snapshot, **filters)
        finally:
            if own and self._conn.in_transaction:
                self._conn.execute("COMMIT")

    @mapped
    def article_count(self, snapshot: ListSnapshot, **filters: Any) -> int:
        """How many articles the list (``Store.article_ids``'s filters) holds."""
        found = self._list_where(snapshot, filters)
        if found is None:
            return 0
        sql, params = found
        words = _only_words(filters)
        if not any(filters.get(k) for k in _NARROWING) and filters.get("tag_id") is None:
            return self._count_everything(snapshot)
        if words is not None:  # counted in the word index alone: no article is read
            sql = (
                " FROM article_search WHERE article_search MATCH ? AND rowid <= ? AND rowid NOT IN"
                " (SELECT article_id FROM article_state WHERE hidden = 1)"
            )
            params = [words, snapshot.max_id]
        try:
            return int(self._conn.execute("SELECT count(*)" + sql, params).fetchone()[0])
        except sqlite3.OperationalError as exc:  # a query FTS5 still refuses: no results
            log.warning("counting the list failed: %s", exc)
            return 0

    def _count_everything(self, snapshot: ListSnapshot) -> int:
        """Every article up to the snapshot but the hidden ones: SQLite counts a whole table
        from its b-tree's page counts (~10 ms for 1,000,000), a WHERE row by row (~300 ms)."""
        total, later, hidden = (
            int(self._conn.execute(sql, params).fetchone()[0])
            for sql, params in (
                ("SELECT count(*) FROM articles", ()),
                ("SELECT count(*) FROM articles WHERE id > ?", (snapshot.max_id,)),
                (
                    "SELECT count(*) FROM article_state WHERE hidden = 1 AND article_id <= ?",
                    (snapshot.max_id,),
                ),
            )
        )
        return total - later - hidden

    @mapped
    def article_page(
        self,
        snapshot: ListSnapshot,
        *,
        limit: int,
        offset: int = 0,
        after: SortKey | None = None,
        before: SortKey | None = None,
        matches: int | None = None,
        **filters: Any,
    ) -> Page:
        """Up to ``limit`` rows of the list in its order: right after the row whose key is
        ``after``, right before the row whose key is ``before``, or from ``offset``.

        ``matches`` (the list's count, when known) picks the plan of a search: one that
        matches many articles walks the order's index and stops at ``limit`` instead of
        sorting every match.
        """
        found = self._list_where(snapshot, filters)
        if found is None or limit <= 0:
            return Page([], [])
        where, params = found
        dense = matches is not None and IN_WORDS in where and _dense(matches, snapshot, limit)
        if dense:  # "+": not through the matches' rowids (then sorting them all)
            where = where.replace(IN_WORDS, "+" + IN_WORDS)
        order = str(filters.get("order") or "newest")
        reverse = before is not None and after is None
        key = after if after is not None else before
        if key is not None:
            condition, more = _beyond(order, key, forward=not reverse)
            where += " AND " + condition
            params = [*params, *more]
        sql = _page_sql(where, along=dense) + _order_sql(order, reverse) + " LIMIT ?"
        params = [*params, int(limit)]
        if key is None and offset:
            sql += " OFFSET ?"
            params.append(int(offset))
        try:
            rows = self._conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            log.warning("reading a page of the list failed: %s", exc)
            return Page([], [])
        if reverse:
            rows.reverse()
        keyed = _KEY_OF_ROW.get(order, _KEY_OF_ROW["newest"])
        articles = _with_enclosures(self._conn, [_article(r) for r in rows])
        return Page(articles, [keyed(r) for r in rows])

    @mapped
    def next_unread(
        self, snapshot: ListSnapshot, key: SortKey, *, forward: bool = True, **filters: Any
    ) -> Page:
        """The first article unread now after (``forward``) or before the row whose key is
        ``key`` in the list's order, with its key (an empty page: none): ``n``/``p`` over
        read rows ask once here instead of reading every page in between."""
        found = self._list_where(snapshot, filters, unread_now=True)
        if found is None:
            return Page([], [])
        where, params = found
        order = str(filters.get("order") or "newest")
        condition, more = _beyond(order, key, forward=forward)
        sql = f"{_page_sql(where)} AND {condition}{_order_sql(order, not forward)} LIMIT 1"
        if list_counts.countable(filters) and (
            list_counts.list_count(self._conn, snapshot.max_id, {**filters, "unread": True}) <= FEW
        ):  # few unread: from the index of unread articles, then sorted (not every read row)
            try:
                rows = self._conn.execute(
                    sql.replace(_ALONG_ARTICLES, _ALONG_UNREAD, 1), [*params, *more]
                ).fetchall()
                return self._keyed_page(order, rows)
            except sqlite3.OperationalError:  # no plan through that index: the plain one
                log.debug("the unread index did not serve %r", filters, exc_info=True)
        try:
            rows = self._conn.execute(sql, [*params, *more]).fetchall()
        except sqlite3.OperationalError as exc:
            log.warning("finding the next unread article failed: %s", exc)
            return Page([], [])
        return self._keyed_page(order, rows)

    def _keyed_page(self, order: str, rows: Sequence[Sequence[Any]]) -> Page:
        """Rows of :data:`_ARTICLE_SELECT` as a page, each with its key in ``order``."""
        keyed = _KEY_OF_ROW.get(order, _KEY_OF_ROW["newest"])
        return Page(
            _with_enclosures(self._conn, [_article(r) for r in rows]), [keyed(r) for r in rows]
        )

    @mapped
    def search_ids(
        self, snapshot: ListSnapshot, *, most: int = FEW, **filters: Any
    ) -> list[int] | None:
        """Every id of a search list, in order, when the word index finds at most ``most``
        articles (else None: read it in pages). The index is asked once: a query with a word
        every article has costs ~20 ms an evaluation at 1,000,000 articles, and counting then
        reading a page would ask it twice."""
        words = search_condition(str(filters.get("query") or ""))
        if words is None or not words[2]:
            return None
        try:
            hits = self._conn.execute(
                "SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT ?",
                (words[1][0], most + 1),
            ).fetchall()
        except sqlite3.OperationalError as exc:  # a query FTS5 still refuses: the pages say
            log.warning("searching failed: %s", exc)
            return None
        if len(hits) > most:
            return None
        found = self._list_where(snapshot, filters)
        if found is None:
            return None
        where, params = found
        where = where.replace(IN_WORDS, "a.id IN (SELECT value FROM json_each(?))")
        params[params.index(words[1][0])] = json.dumps([h[0] for h in hits])
        order = _order_sql(str(filters.get("order") or "newest"))
        return [r[0] for r in self._conn.execute(f"SELECT a.id{where}{order}", params)]

    @mapped
    def article_list_ids(
        self, snapshot: ListSnapshot, *, unread_now: bool = False, **filters: Any
    ) -> list[int]:
        """Every id of the list, in order (``unread_now``: those unread at this moment)."""
        found = self._list_where(snapshot, filters, unread_now=unread_now)
        if found is None:
            return []
        where, params = found
        order = _order_sql(str(filters.get("order") or "newest"))
        try:
            return [r[0] for r in self._conn.execute(f"SELECT a.id{where}{order}", params)]
        except sqlite3.OperationalError as exc:
            log.warning("listing the ids failed: %s", exc)
            return []

    @mapped
    def article_position(
        self, snapshot: ListSnapshot, article_id: int, **filters: Any
    ) -> int | None:
        """The row of ``article_id`` in the list, or None when it is not listed."""
        found = self._list_where(snapshot, filters)
        if found is None:
            return None
        where, params = found
        order = str(filters.get("order") or "newest")
        row = self._conn.execute(
            _page_sql(where) + " AND a.id = ?", [*params, article_id]
        ).fetchone()
        if row is None:
            return None
        keyed = _KEY_OF_ROW.get(order, _KEY_OF_ROW["newest"])
        condition, more = _beyond(order, keyed(row), forward=False)
        count = self._conn.execute(
            f"SELECT count(*){where} AND {condition}", [*params, *more]
        ).fetchone()
        return int(count[0])


_ALONG_ARTICLES = " FROM articles a JOIN article_state s ON s.article_id = a.id"
_ALONG_UNREAD = (
    " FROM article_state s INDEXED BY article_state_unread CROSS JOIN articles a"
    " ON s.article_id = a.id"
)

_NARROWING = ("feed_id", "folder_id", "unread", "starred", "audio", "query")


def _only_words(filters: dict[str, Any]) -> str | None:
    """The word index's query when the list is a search of words over every feed and
    nothing else (else None)."""
    if any(filters.get(k) for k in _NARROWING if k != "query"):
        return None
    match = search_condition(str(filters.get("query") or ""))
    if filters.get("tag_id") is not None or match is None or not match[2]:
        return None
    return str(match[1][0])


def _dense(matches: int, snapshot: ListSnapshot, limit: int) -> bool:
    """Whether walking the order's index finds ``limit`` of ``matches`` rows sooner than
    looking every match up and sorting them (about ``limit / density`` index steps against
    ``matches`` lookups, each ~20 steps)."""
    return matches * matches * 20 > max(limit, 1) * max(snapshot.max_id, 1)


def _page_sql(where: str, *, along: bool = False) -> str:
    """_ARTICLE_SELECT's columns over a list's FROM ... WHERE (its state and feed joined);
    ``along``: the articles are the outer loop (read along the order's index)."""
    columns = _ARTICLE_SELECT.split(" FROM ", 1)[0]
    head, _, condition = where.partition(" WHERE ")
    join = " CROSS JOIN" if along else " JOIN"
    if "article_state s" in head:
        head = head.replace(" JOIN article_state", join + " article_state")
    else:
        head += f"{join} article_state s ON s.article_id = a.id"
    return f"{columns}{head}{join} feeds f ON f.id = a.feed_id WHERE {condition}"
