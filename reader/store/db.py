"""SQLite store (WAL): feeds, folders, articles, read/starred state in its own table, FTS5.

One writer connection (the worker's or the CLI's); the GUI opens its own connection for reads.
A ``Store`` object belongs to the thread that created it.

CONTRACT STUB: the store helper replaces the bodies; keep the public names and signatures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from reader.core.models import Article, Feed, Folder, OpmlDocument, ParsedEntry

SCHEMA_VERSION = 1


class Store:
    """The database of one profile."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        """Open (creating and migrating when needed). Raises StoreError on a corrupt database."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError

    # -- folders -------------------------------------------------------------------------
    def add_folder(self, name: str, parent_id: int | None = None) -> Folder:
        """Create a folder (or return the existing one of that name under that parent)."""
        raise NotImplementedError

    def folders(self) -> list[Folder]:
        """All folders."""
        raise NotImplementedError

    def rename_folder(self, folder_id: int, name: str) -> None:
        """Rename a folder."""
        raise NotImplementedError

    def remove_folder(self, folder_id: int) -> None:
        """Remove a folder; its feeds and subfolders move to its parent."""
        raise NotImplementedError

    # -- feeds ---------------------------------------------------------------------------
    def add_feed(
        self, url: str, title: str = "", *, folder_id: int | None = None, site_url: str = ""
    ) -> Feed:
        """Subscribe. Raises DuplicateFeedError when ``url`` is already subscribed."""
        raise NotImplementedError

    def feed(self, feed_id: int) -> Feed:
        """One feed; raises NotFoundError."""
        raise NotImplementedError

    def feed_by_url(self, url: str) -> Feed | None:
        """The feed subscribed at ``url``, if any."""
        raise NotImplementedError

    def feeds(self) -> list[Feed]:
        """All feeds, ordered by folder then title."""
        raise NotImplementedError

    def remove_feed(self, feed_id: int) -> None:
        """Unsubscribe and delete its articles."""
        raise NotImplementedError

    def rename_feed(self, feed_id: int, title: str) -> None:
        """Give a feed the user's own title."""
        raise NotImplementedError

    def move_feed(self, feed_id: int, folder_id: int | None) -> None:
        """Put a feed into a folder (``None``: top level)."""
        raise NotImplementedError

    def set_feed_url(self, feed_id: int, url: str) -> None:
        """Change a feed's URL (after a permanent redirect)."""
        raise NotImplementedError

    def record_fetch_success(
        self,
        feed_id: int,
        *,
        when: datetime,
        etag: str | None,
        last_modified: str | None,
        title: str | None = None,
        site_url: str | None = None,
        icon_url: str | None = None,
    ) -> None:
        """Remember the validators of a 200/304 and clear the last error.

        ``title`` replaces the feed's title only when the user has not renamed it.
        """
        raise NotImplementedError

    def record_fetch_error(
        self, feed_id: int, error: str, *, when: datetime, gone: bool = False
    ) -> None:
        """Remember why the last fetch failed (the feed's articles are untouched)."""
        raise NotImplementedError

    # -- articles ------------------------------------------------------------------------
    def add_entries(
        self, feed_id: int, entries: Sequence[ParsedEntry], *, now: datetime
    ) -> list[int]:
        """Insert new entries and update changed ones in one transaction; returns the new ids.

        Read/starred state of existing articles is never touched.
        """
        raise NotImplementedError

    def article(self, article_id: int) -> Article:
        """One article; raises NotFoundError."""
        raise NotImplementedError

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
        raise NotImplementedError

    def articles_by_ids(self, article_ids: Sequence[int]) -> list[Article]:
        """The articles for these ids, in the same order (missing ids are skipped)."""
        raise NotImplementedError

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
        raise NotImplementedError

    def search(self, query: str, *, limit: int = 200) -> list[Article]:
        """Full-text search over titles and text (FTS5), best matches first."""
        raise NotImplementedError

    def set_read(self, article_ids: Iterable[int], read: bool = True) -> None:
        """Mark articles read or unread."""
        raise NotImplementedError

    def set_starred(self, article_id: int, starred: bool = True) -> None:
        """Star or unstar an article."""
        raise NotImplementedError

    def mark_all_read(self, *, feed_id: int | None = None, folder_id: int | None = None) -> int:
        """Mark every article of a feed, a folder (with subfolders) or everything read."""
        raise NotImplementedError

    def unread_counts(self) -> dict[int, int]:
        """Unread articles per feed id (feeds with none may be missing)."""
        raise NotImplementedError

    def starred_ids(self) -> set[int]:
        """Ids of all starred articles (the cache never evicts them)."""
        raise NotImplementedError

    def pending_simplify(self, *, limit: int | None = None) -> list[Article]:
        """Articles not simplified yet (``simplified is None``), newest first."""
        raise NotImplementedError

    def set_simplified(self, article_id: int, source: str, text: str = "") -> None:
        """Record where the article's reader view came from (``page``/``feed``/``failed``);
        ``text`` is indexed for full-text search."""
        raise NotImplementedError

    def prune(self, feed_id: int) -> list[int]:
        """Delete read, unstarred articles beyond the feed's ``keep``; returns their ids."""
        raise NotImplementedError

    # -- OPML ----------------------------------------------------------------------------
    def import_opml(
        self, document: OpmlDocument, *, folder_id: int | None = None
    ) -> tuple[int, int]:
        """Add all folders and feeds in one transaction; returns (feeds added, duplicates)."""
        raise NotImplementedError

    def export_opml(self) -> OpmlDocument:
        """Every folder and feed as an OPML document."""
        raise NotImplementedError

    # -- maintenance ---------------------------------------------------------------------
    def backup(self, target: Path) -> None:
        """Copy the database with SQLite's backup API."""
        raise NotImplementedError
