"""The article list: a lazy table model over Store ids, and its two-line view.

The model reads the list's length at once and its rows a page at a time only when the view asks
for them (:mod:`reader.ui.article_pages`), keeping a bounded number of pages: a list of
1,000,000 articles costs a count and a few hundred rows. Read/starred changes made in the window
are overlaid without reloading.

A screen reader hears a row in words: the title cell's ``Qt.AccessibleTextRole`` is "title, feed,
date, unread, starred" (the view shows unread in bold and starred as a painted star, which it
cannot read), its ``Qt.AccessibleDescriptionRole`` the summary's first words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
)

from reader.core.models import Article
from reader.ui.article_pages import CHUNK as CHUNK  # the page size (the tests read it)
from reader.ui.article_pages import MAX_CHUNKS as MAX_CHUNKS  # pages held
from reader.ui.article_pages import ArticlePages
from reader.ui.i18n import short_date
from reader.ui.lazy_qt import DISPLAY_ROLE, USER_ROLE, Qt
from reader.ui.widgets import one_line

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from reader.store.db import Store

log = logging.getLogger(__name__)

TITLE, FEED, DATE = range(3)

ARTICLE_ID_ROLE = USER_ROLE + 1
READ_ROLE = USER_ROLE + 2
STARRED_ROLE = USER_ROLE + 3
SNIPPET_ROLE = USER_ROLE + 4
FEED_ROLE = USER_ROLE + 5
"""The feed's name, on one line."""

Index = QModelIndex | QPersistentModelIndex

SCAN_ROWS = 2 * CHUNK
"""``n``/``p`` look at this many rows themselves before asking the store for the next unread."""


# A NamedTuple, not a frozen dataclass: this module loads before the window's first frame,
# where a dataclass costs ~5 M instructions (~1 ms) to create and a NamedTuple a tenth of that.


def _changed(article: Article, **changes: Any) -> Article:
    """``article`` with ``changes`` (``dataclasses.replace``, imported here: the window's first
    frame shows no article, and the module costs ~0.5 ms to import)."""
    from dataclasses import replace

    return replace(article, **changes)


class ArticleFilter(NamedTuple):
    """Which articles the list shows (the arguments of ``Store.article_ids``)."""

    feed_id: int | None = None
    folder_id: int | None = None
    unread: bool = False
    starred: bool = False
    query: str | None = None
    tag_id: int | None = None
    order: str = "newest"
    """One of ``Store``'s list orders: newest, oldest, title, feed, author."""
    audio: bool = False
    """Only articles carrying an audio file (the "Podcasts" view)."""

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``Store.article_ids``."""
        return {
            "feed_id": self.feed_id,
            "folder_id": self.folder_id,
            "unread": self.unread,
            "starred": self.starred,
            "query": self.query or None,
            "tag_id": self.tag_id,
            "order": self.order,
            "audio": self.audio,
        }


def relative_time(when: datetime, now: datetime | None = None) -> str:
    """A short relative time: "now", "5 min", "3 h", "2 d", else a short local date."""
    now = now or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (now - when).total_seconds()
    translate = QCoreApplication.translate
    # Whole minutes, hours, days (plain names: lupdate drops a call whose count is an expression)
    minutes, hours, days = int(seconds // 60), int(seconds // 3600), int(seconds // 86400)
    if seconds < 60:
        return translate("ArticleList", "now")
    if seconds < 3600:
        return translate("ArticleList", "%n min", "", minutes)
    if seconds < 86400:
        return translate("ArticleList", "%n h", "", hours)
    if seconds < 7 * 86400:
        return translate("ArticleList", "%n d", "", days)
    from PySide6.QtCore import QDate  # rows are shown after the first frame

    local = when.astimezone()
    date = QDate(local.year, local.month, local.day)
    same_year = local.year == now.astimezone().year
    return short_date(date, with_year=not same_year)


def spoken_date(when: datetime) -> str:
    """A date and time as a screen reader should say it (the locale's long date, short time)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    from PySide6.QtCore import QDate, QTime  # rows are spoken after the first frame

    local = when.astimezone()
    date = QDate(local.year, local.month, local.day)
    time = QTime(local.hour, local.minute)
    locale = QLocale()
    return (
        locale.toString(date, QLocale.FormatType.LongFormat)
        + " "
        + locale.toString(time, QLocale.FormatType.ShortFormat)
    )


def spoken_row(article: Article) -> str:
    """One article as words: title, feed, date, read state and star (in the interface language)."""
    translate = QCoreApplication.translate
    parts = [
        one_line(article.title) or "—",
        one_line(article.feed_title, 120),
        spoken_date(article.published),
        translate("ArticleList", "read") if article.read else translate("ArticleList", "unread"),
    ]
    if article.starred:
        parts.append(translate("ArticleList", "starred"))
    separator = translate("ArticleList", ", ", "between the parts of a row a screen reader says")
    return separator.join(part for part in parts if part)


class ArticleListModel(QAbstractTableModel):
    """Rows of articles in the filter's order, read from a Store a page at a time."""

    def __init__(
        self,
        store: Store | None = None,
        parent: Any = None,
        *,
        store_of: Callable[[], Store] | None = None,
    ) -> None:
        """``store_of``: where the store comes from when it is first needed, for a window whose
        store is made after its first frame (see ``MainWindow.store``)."""
        super().__init__(parent)
        self._store = store
        self._store_of = store_of
        self._filter = ArticleFilter()
        self._pages = ArticlePages(None, {})
        self._overrides: dict[int, dict[str, bool]] = {}
        self._all_read = False
        """"Mark all read" was shown: every row is read unless an override says otherwise."""
        self.pinned: dict[int, dict[str, bool]] = {}
        """Changes on their way to the store (the window's): kept over every reload."""
        self._headers = ["Title", "Feed", "Date"]
        self._bold: QFont | None = None
        """Unread rows' font, made with the first row shown (QFont's type: ~7 M instructions)."""

    # -- loading -------------------------------------------------------------------------
    def bold_font(self) -> QFont:
        """The font of unread rows."""
        if self._bold is None:
            from PySide6.QtGui import QFont

            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def set_store(self, store: Store | None) -> None:
        """Read from ``store`` from now on (None: read nothing more)."""
        self._store = store
        self._store_of = None

    @property
    def column_titles(self) -> list[str]:
        """The translated column titles."""
        return list(self._headers)

    def set_headers(self, titles: Sequence[str]) -> None:
        """Translated column titles. The view's header shows them from its own model
        (``ArticleListView.set_column_titles``): this model has no ``headerData``, see there."""
        self._headers = list(titles)
        if self.rowCount():  # the language changed: ages and dates in its words and digits
            self.dataChanged.emit(self.index(0, DATE), self.index(self.rowCount() - 1, DATE))

    @property
    def filter(self) -> ArticleFilter:
        """What the list shows."""
        return self._filter

    @property
    def _chunks(self) -> dict[int, Any]:
        """The pages held now, by number (the tests look)."""
        return self._pages.held()

    def load(self, article_filter: ArticleFilter) -> None:
        """Show the articles matching ``article_filter``: only their number is read now, the
        rows a page at a time when the view asks for them."""
        if self._store is None and self._store_of is not None:
            self.set_store(self._store_of())
        pages = ArticlePages(self._store, article_filter.kwargs())
        self.beginResetModel()
        self._filter = article_filter
        self._pages = pages
        self._overrides = {key: dict(value) for key, value in self.pinned.items()}
        self._all_read = False
        self.endResetModel()

    def reload(self) -> None:
        """Read the list again (after a refresh): new articles appear, state is fresh."""
        self.load(self._filter)

    # -- access --------------------------------------------------------------------------
    def article(self, row: int) -> Article | None:
        """The article at ``row`` with the window's read/starred changes, or None."""
        article = self._pages.article(row)
        if article is None:
            return None
        override = self._overrides.get(article.id)
        if self._all_read and not article.read and "read" not in (override or {}):
            article = _changed(article, read=True)
        if not override:
            return article
        return _changed(article, **cast(dict[str, Any], override))

    def article_id(self, row: int) -> int | None:
        """The id at ``row`` (its page is read when it is not held)."""
        return self._pages.article_id(row)

    def row_of(self, article_id: int) -> int | None:
        """The row of an article, or None when it is not listed."""
        return self._pages.row_of(article_id)

    def ids(self) -> list[int]:
        """Every listed id, in order (one query: for actions on the whole list)."""
        return self._pages.all_ids()

    def ids_job(self, *, unread_now: bool = False) -> Callable[[Store], list[int]]:
        """The listed ids as a read for the writer thread (see ``ArticlePages.ids_job``)."""
        return self._pages.ids_job(unread_now=unread_now)

    def set_state(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        """Show a read/starred change the window made (written to the store, or on its way)."""
        override = self._overrides.setdefault(article_id, {})
        if read is not None:
            override["read"] = read
        if starred is not None:
            override["starred"] = starred
        row = self._pages.held_row(article_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_all_read(self) -> None:
        """Show every listed article as read (after "mark all read"; costs the same for a
        list of 10 or 1,000,000)."""
        self._all_read = True
        for override in self._overrides.values():
            override.pop("read", None)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 2))

    def next_row(self, row: int, step: int, *, unread: bool = False) -> int | None:
        """The next row after ``row`` going ``step`` (+1/-1), optionally the next unread one.

        The next unread one is looked for in the rows read already, then asked of the store
        (one query past any number of read rows: ``n`` at the end of 1,000,000 read articles
        no longer reads them all), and checked against the window's own marks."""
        candidate = row + step
        if not unread:
            return candidate if 0 <= candidate < self.rowCount() else None
        marked = self._marked_unread(row, step)  # the window's, maybe not in the store yet
        scanned = 0
        while 0 <= candidate < self.rowCount() and not self._all_read:
            if marked is not None and (candidate - marked) * step >= 0:
                break
            article = self.article(candidate)
            if article is not None and not article.read:
                return candidate
            scanned += 1
            if scanned >= SCAN_ROWS and self._pages.can_seek():
                found = self._pages.seek_unread(candidate, step)
                if found is None or (found - candidate) * step <= 0:
                    break
                candidate, scanned = found, 0
                continue
            candidate += step
        return marked

    def _marked_unread(self, row: int, step: int) -> int | None:
        """The nearest row beyond ``row`` the window marked unread (None: there is none)."""
        rows = [
            found
            for article_id, override in self._overrides.items()
            if override.get("read") is False
            and (found := self._pages.row_of(article_id)) is not None
            and (found - row) * step > 0
        ]
        return min(rows, key=lambda r: abs(r - row)) if rows else None

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows (0 under any valid parent: this is a table)."""
        return 0 if parent.isValid() else self._pages.count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Title, feed, date."""
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, enabled, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        """Display text (plain), bold font for unread, and our roles."""
        if not index.isValid() or index.row() >= self._pages.count:
            return None
        if role == ARTICLE_ID_ROLE:
            return self.article_id(index.row())
        article = self.article(index.row())
        if article is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return one_line(article.title) or "—"
            if column == FEED:
                return one_line(article.feed_title, 120)
            if column == DATE:
                return relative_time(article.published)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_row(article) if column == TITLE else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == TITLE:
            return self._snippet(article)
        if role == Qt.ItemDataRole.FontRole:
            return None if article.read else self.bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE:
            return article.published.astimezone().strftime("%Y-%m-%d %H:%M")
        if role == READ_ROLE:
            return article.read
        if role == STARRED_ROLE:
            return article.starred
        if role == SNIPPET_ROLE:
            return self._snippet(article)
        if role == FEED_ROLE:
            return one_line(article.feed_title, 80)
        return None

    def _snippet(self, article: Article) -> str:
        return self._pages.snippet(article)
