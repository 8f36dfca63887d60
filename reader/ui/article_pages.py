"""The article list's rows, read from the store a page at a time (the article list model's
memory): a list of 1,000,000 articles costs a count when it opens and a page of rows for each
part of it the view draws.

Pages are numbered by their place in the list (page ``n`` holds rows ``n * CHUNK`` onwards).
A page next to one that is held is read from that page's edge row by its sort key; any other
by its offset. All of them are read against the snapshot taken when the list opened (see
:mod:`reader.store.pages`), so rows do not move while the list is open. At most
:data:`MAX_CHUNKS` pages are held; the ones used longest ago are dropped.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reader.core.models import Article

if TYPE_CHECKING:
    from reader.store.db import Store
    from reader.store.pages import ListSnapshot, SortKey

log = logging.getLogger(__name__)

CHUNK = 200
"""Rows a page holds."""
MAX_CHUNKS = 40
"""Pages held at most (8,000 rows: a few screens either side of every place visited)."""


class _Page:
    """One page of rows: their ids in order, the articles by id, their sort keys. A plain
    class: a dataclass costs ~1 ms to create at start-up (bench/startup.py)."""

    __slots__ = ("articles", "ids", "keys")

    def __init__(self, ids: list[int], articles: dict[int, Article], keys: list[SortKey]) -> None:
        self.ids = ids
        self.articles = articles
        self.keys = keys

    def __len__(self) -> int:
        return len(self.ids)


class ArticlePages:
    """The rows of one list (its filter as ``Store.article_ids``'s arguments, at the moment
    it was opened)."""

    def __init__(self, store: Store | None, filters: dict[str, Any]) -> None:
        self._store = store
        self._filters = dict(filters)
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._rows: dict[int, int] = {}
        """The rows of the articles on held pages, by id."""
        self._snippets: dict[int, str] = {}
        self._snapshot: ListSnapshot | None = None
        self.count = 0
        """How many rows the list has."""
        if store is None:
            return
        self._ids: list[int] | None = None
        """A search's every id, when it finds few (its rows are then read by id)."""
        try:
            if not self._filters.get("query"):
                self._snapshot, self.count = store.open_list(**self._filters)
                return
            self._snapshot = store.list_snapshot()
            self._ids = store.search_ids(self._snapshot, **self._filters)
            if self._ids is not None:
                self.count = len(self._ids)
            else:
                self.count = store.article_count(self._snapshot, **self._filters)
        except Exception:
            log.exception("loading the article list failed")

    def held(self) -> dict[int, _Page]:
        """The pages held now, by number."""
        return dict(self._pages)

    # -- rows ----------------------------------------------------------------------------
    def article(self, row: int) -> Article | None:
        """The article at ``row`` as the store has it (None past the end or when it is gone)."""
        if not 0 <= row < self.count:
            return None
        page = self._page(row // CHUNK)
        offset = row % CHUNK
        return page.articles.get(page.ids[offset]) if offset < len(page.ids) else None

    def article_id(self, row: int) -> int | None:
        """The id at ``row`` (its page is read when it is not held)."""
        if not 0 <= row < self.count:
            return None
        page = self._page(row // CHUNK)
        offset = row % CHUNK
        return page.ids[offset] if offset < len(page.ids) else None

    def held_row(self, article_id: int) -> int | None:
        """The row of ``article_id`` when its page is held (no database read)."""
        return self._rows.get(article_id)

    def row_of(self, article_id: int) -> int | None:
        """The row of ``article_id``, or None when it is not listed (asks the store for the
        place of an article whose page is not held)."""
        row = self._rows.get(article_id)
        if row is not None or self._store is None or self._snapshot is None:
            return row
        if self._ids is not None:
            return self._ids.index(article_id) if article_id in self._ids else None
        try:
            row = self._store.article_position(self._snapshot, article_id, **self._filters)
        except Exception:
            log.exception("finding article %d in the list failed", article_id)
            return None
        return row if row is not None and row < self.count else None

    def can_seek(self) -> bool:
        """Whether :meth:`seek_unread` can ask the store (a list read in pages by key)."""
        return self._ids is None and self._store is not None and self._snapshot is not None

    def seek_unread(self, row: int, step: int) -> int | None:
        """The row of the first article the store has unread after ``row`` (``step`` 1) or
        before it (-1), or None: one query however many read rows lie between, and its page
        read around it by key (an offset that deep would walk every row before it)."""
        if not self.can_seek() or not 0 <= row < self.count:
            return None
        page = self._page(row // CHUNK)
        offset = row % CHUNK
        if offset >= len(page.keys):
            return None
        assert self._store is not None and self._snapshot is not None
        try:
            found = self._store.next_unread(
                self._snapshot, page.keys[offset], forward=step > 0, **self._filters
            )
            if not found.articles:
                return None
            where = self.row_of(found.articles[0].id)
            if where is not None and where // CHUNK not in self._pages:
                self._place(where, found.articles[0], found.keys[0])
        except Exception:
            log.exception("finding the next unread article failed")
            return None
        return where

    def _place(self, row: int, article: Article, key: SortKey) -> None:
        """Hold the page of ``row`` (whose article and key are known), read by key on both
        sides of it; left to the offset read when the store's rows do not fit."""
        assert self._store is not None and self._snapshot is not None
        number, offset = divmod(row, CHUNK)
        size = min(CHUNK, self.count - number * CHUNK)
        before = self._store.article_page(self._snapshot, limit=offset, before=key, **self._filters)
        after = self._store.article_page(
            self._snapshot, limit=size - offset - 1, after=key, **self._filters
        )
        if len(before.articles) != offset or len(after.articles) != size - offset - 1:
            return
        articles = [*before.articles, article, *after.articles]
        keys = [*before.keys, key, *after.keys]
        self._hold(number, _Page([a.id for a in articles], {a.id: a for a in articles}, keys))

    def all_ids(self) -> list[int]:
        """Every listed id, in order (one query)."""
        if self._ids is not None:
            return list(self._ids)
        if self._store is None or self._snapshot is None:
            return []
        try:
            return self._store.article_list_ids(self._snapshot, **self._filters)[: self.count]
        except Exception:
            log.exception("listing the article ids failed")
            return []

    def ids_job(self, *, unread_now: bool = False) -> Callable[[Store], list[int]]:
        """Every listed id, in order, read by the store it is given when it is called (the
        writer thread's: reading 1,000,000 ids takes a second the window must not wait);
        ``unread_now``: only those unread then."""
        snapshot, filters = self._snapshot, dict(self._filters)
        if snapshot is None:
            return lambda _store: []
        count = self.count

        def job(store: Store) -> list[int]:
            return store.article_list_ids(snapshot, unread_now=unread_now, **filters)[:count]

        return job

    def snippet(self, article: Article) -> str:
        """The summary's first words as plain text (kept while the article's page is held)."""
        snippet = self._snippets.get(article.id)
        if snippet is None:
            # Imported on the first row drawn: the sanitizer is not needed before.
            from reader.core.render.sanitize import plain_text

            source = (article.summary_html or article.content_html)[:3000]
            snippet = plain_text(source, limit=240) if source else ""
            self._snippets[article.id] = snippet
        return snippet

    # -- pages ---------------------------------------------------------------------------
    def _page(self, number: int) -> _Page:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._read(number)
        self._hold(number, page)
        return page

    def _hold(self, number: int, page: _Page) -> None:
        """Keep ``page`` as page ``number``, dropping the ones used longest ago."""
        self._pages[number] = page
        for offset, article_id in enumerate(page.ids):
            self._rows[article_id] = number * CHUNK + offset
        while len(self._pages) > MAX_CHUNKS:
            _, dropped = self._pages.popitem(last=False)
            for article_id in dropped.ids:
                self._rows.pop(article_id, None)
                self._snippets.pop(article_id, None)

    def _read(self, number: int) -> _Page:
        """Page ``number`` from the store: from a neighbour's edge row when one is held."""
        if self._store is None or self._snapshot is None:
            return _Page([], {}, [])
        if self._ids is not None:
            wanted = self._ids[number * CHUNK : (number + 1) * CHUNK]
            try:
                by_id = {a.id: a for a in self._store.articles_by_ids(wanted)}
            except Exception:
                log.exception("reading articles failed")
                by_id = {}
            return _Page(wanted, by_id, [])
        limit = min(CHUNK, self.count - number * CHUNK)
        where: dict[str, Any] = {"offset": number * CHUNK}
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        if previous is not None and len(previous.keys) == CHUNK:
            where = {"after": previous.keys[-1]}
        elif following is not None and following.keys:
            where = {"before": following.keys[0]}
        try:
            found = self._store.article_page(
                self._snapshot, limit=limit, matches=self.count, **where, **self._filters
            )
        except Exception:
            log.exception("reading articles failed")
            return _Page([], {}, [])
        return _Page([a.id for a in found.articles], {a.id: a for a in found.articles}, found.keys)
