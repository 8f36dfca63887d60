"""SQLite's errors as types: each sqlite3 error (by its ``sqlite_errorcode``) or OSError of the
database's files (by its errno) becomes the :class:`~reader.errors.StoreError` subclass of its
kind, with words for the user. Callers branch on the type, never on the words.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from reader.errors import (
    CannotOpenDatabase,
    DamagedDatabase,
    DatabaseLocked,
    DiskFull,
    ReadOnlyProfile,
    StorageIOError,
    StoreError,
)

FULL_BELOW_BYTES = 256 * 1024
"""Less free space than this, and an I/O error at open is a full disk."""

# SQLite's primary result codes (the low byte of ``sqlite_errorcode``), by the kind they mean.
_KINDS: dict[int, type[StoreError]] = {
    5: DatabaseLocked,  # SQLITE_BUSY
    6: DatabaseLocked,  # SQLITE_LOCKED
    3: ReadOnlyProfile,  # SQLITE_PERM
    8: ReadOnlyProfile,  # SQLITE_READONLY
    10: StorageIOError,  # SQLITE_IOERR
    11: DamagedDatabase,  # SQLITE_CORRUPT
    26: DamagedDatabase,  # SQLITE_NOTADB
    13: DiskFull,  # SQLITE_FULL
    14: CannotOpenDatabase,  # SQLITE_CANTOPEN
}
_WORDS: dict[type[StoreError], str] = {
    DatabaseLocked: "the database is locked by another program",
    ReadOnlyProfile: "the database is read-only",
    StorageIOError: "the disk could not be read or written",
    DamagedDatabase: "the database is damaged",
    DiskFull: "disk full: the database could not be written",
    CannotOpenDatabase: "cannot open the database",
}
# The same kinds for errors of the file system around the database.
_ERRNO_KINDS: dict[int, type[StoreError]] = {
    errno.ENOSPC: DiskFull,
    errno.EDQUOT: DiskFull,
    errno.EROFS: ReadOnlyProfile,
    errno.EACCES: ReadOnlyProfile,
    errno.EPERM: ReadOnlyProfile,
    errno.EIO: StorageIOError,
    errno.ENOTDIR: CannotOpenDatabase,
    errno.EISDIR: CannotOpenDatabase,
    errno.ENOENT: CannotOpenDatabase,
}


def error_kind(exc: BaseException) -> type[StoreError]:
    """The :class:`StoreError` subclass for a sqlite3 error (by its SQLite code) or an OSError
    (by its errno); plain :class:`StoreError` when the code says nothing more."""
    if isinstance(exc, OSError):
        return _ERRNO_KINDS.get(exc.errno or 0, StorageIOError)
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _KINDS.get(code & 0xFF, StoreError)
    return StoreError


def describe(exc: BaseException) -> str:
    """The words for a sqlite3 error or an OSError of the database's files."""
    kind = error_kind(exc)
    if isinstance(exc, OSError):
        detail = f"{exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else "")
    else:
        detail = str(exc)
    words = _WORDS.get(kind)
    if words is None:
        return f"database error: {detail}"
    if kind in (DiskFull, DatabaseLocked, ReadOnlyProfile) and not isinstance(exc, OSError):
        return words
    return f"{words}: {detail}"


def map_error(exc: BaseException) -> StoreError:
    """The typed :class:`StoreError` carrying the words for ``exc`` (sqlite3.Error or OSError)."""
    return error_kind(exc)(describe(exc))


def map_at(exc: BaseException, folder: Path) -> StoreError:
    """:func:`map_error`, told by the free space of ``folder`` that an I/O error or a file
    that cannot be opened is a full disk (SQLite cannot make its ``-shm`` file then)."""
    error = map_error(exc)
    if isinstance(error, (StorageIOError, CannotOpenDatabase)) and _nearly_full(folder):
        return DiskFull(f"{_WORDS[DiskFull]} ({folder})")
    return error


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False
