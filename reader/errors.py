"""One shallow error hierarchy; library exceptions are mapped to these where they enter.

Every message is written for a reader of the news, not a programmer: it says what went wrong
in words ("server answered 404", "timed out", "not a feed").
"""

from __future__ import annotations

from datetime import datetime

from reader.core.redact import redact_url


class ReaderError(Exception):
    """Base of every error Broadsheet reports to the user."""


class FetchError(ReaderError):
    """A network fetch failed.

    ``kind`` is a short machine tag (``"timeout"``, ``"status"``, ``"too_large"``,
    ``"scheme"``, ``"redirects"``, ``"private"``, ``"dns"``, ``"refused"``, ``"tls"``,
    ``"gone"``, ``"retry_later"``, ``"connection"``, ``"partial"``); ``str(err)`` is the words
    to show.
    """

    def __init__(self, message: str, *, kind: str = "connection", status: int | None = None):
        super().__init__(message)
        self.kind = kind
        self.status = status


class GoneError(FetchError):
    """The server answered 410 Gone: the feed was removed for good."""

    def __init__(self, message: str = "the feed is gone (server answered 410)"):
        super().__init__(message, kind="gone", status=410)


class RetryLaterError(FetchError):
    """The server asked us to come back later (429/503 with Retry-After), or the host is held."""

    def __init__(self, message: str, *, retry_at: datetime | None, status: int | None = None):
        super().__init__(message, kind="retry_later", status=status)
        self.retry_at = retry_at


class FeedError(ReaderError):
    """The bytes are not a feed we can read (or are hostile)."""


FIRST_NOT_MODIFIED = "the server sent a broken response (304 not modified to a first request)"
"""A 304 to a feed never fetched before: nothing to keep, and an empty feed would look fine."""


class OpmlError(ReaderError):
    """An OPML file cannot be imported; nothing of it was imported."""


class ExtractError(ReaderError):
    """No article could be simplified out of a page."""


class StoreError(ReaderError):
    """The database or the cache could not do what was asked.

    The subclasses below say *why*, as a type: callers branch on ``isinstance``, never on the
    words (which are for people and may be translated or reworded).
    """


class DamagedDatabase(StoreError):
    """The database file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB, a failed check, or an empty
    file where a database was): offer to recover it or to restore a backup."""


class DiskFull(StoreError):
    """The disk (or the file system of the profile) is full: nothing more can be written."""


class FileSizeLimit(DiskFull):
    """A file of the profile may not grow any more: the process's file size limit
    (``RLIMIT_FSIZE``, ``ulimit -f``) was reached. Like a full disk, nothing more can be
    written, and reading goes on."""


class ReadOnlyProfile(StoreError):
    """The profile cannot be written (read-only file system, permissions): reading goes on."""


class DatabaseLocked(StoreError):
    """Another program holds a lock on the database (SQLITE_BUSY/SQLITE_LOCKED)."""


class StorageIOError(StoreError):
    """The disk could not be read or written (SQLITE_IOERR, an OSError from the file system)."""


class CannotOpenDatabase(StoreError):
    """The database file cannot be opened at all (missing folder, not a file, no access)."""


class DuplicateFeedError(StoreError):
    """The feed is already subscribed."""

    def __init__(self, url: str, feed_id: int):
        super().__init__(f"already subscribed to {redact_url(url)}")
        self.url = url
        self.feed_id = feed_id


class NotFoundError(StoreError):
    """No feed, folder or article has that id or URL."""


class MultipleFeedsError(FeedError):
    """A web page announces several feeds: the caller must pick one (``feeds``)."""

    def __init__(self, url: str, feeds: list[object], total: int = 0):
        """``feeds``: the ones to choose from (the first few of a long list); ``total``: how
        many the page offers (at least ``len(feeds)``)."""
        total = max(total, len(feeds))
        super().__init__(f"{redact_url(url)} offers {total} feeds; choose one")
        self.url = url
        self.feeds = feeds
        self.total = total

    @property
    def more(self) -> int:
        """How many of the page's feeds are not in :attr:`feeds`."""
        return self.total - len(self.feeds)
