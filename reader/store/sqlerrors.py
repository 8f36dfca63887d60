"""SQLite's errors as types: each sqlite3 error (by its ``sqlite_errorcode``) or OSError of the
database's files (by its errno) becomes the :class:`~reader.errors.StoreError` subclass of its
kind, with words for the user. Callers branch on the type, never on the words.
"""

from __future__ import annotations

import errno
import shutil
import sys
from pathlib import Path

from reader.errors import (
    CannotOpenDatabase,
    DamagedDatabase,
    DatabaseLocked,
    DiskFull,
    FileSizeLimit,
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
# SQLITE_IOERR_WRITE, _TRUNCATE and _SHMSIZE: a file could not grow. SQLite says "disk I/O
# error" for them whatever the cause (it maps only ENOSPC to SQLITE_FULL), and the file size
# limit (EFBIG) is the one cause a process sets on itself.
_GROW_CODES = frozenset({778, 1546, 4874})
# The same kinds for errors of the file system around the database.
_ERRNO_KINDS: dict[int, type[StoreError]] = {
    errno.ENOSPC: DiskFull,
    errno.EDQUOT: DiskFull,
    errno.EROFS: ReadOnlyProfile,
    errno.EACCES: ReadOnlyProfile,
    errno.EPERM: ReadOnlyProfile,
    errno.EIO: StorageIOError,
    errno.EFBIG: FileSizeLimit,
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
        if code in _GROW_CODES and file_size_limit() is not None:
            return FileSizeLimit
        return _KINDS.get(code & 0xFF, StoreError)
    return StoreError


def file_size_limit() -> int | None:
    """This process's limit on the size of a file it writes (``ulimit -f``), in bytes, or
    ``None`` when there is none (or the system has no such limit)."""
    if sys.platform == "win32":
        return None
    import resource  # POSIX only

    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if soft == resource.RLIM_INFINITY or soft < 0 else soft


def _size_words(size: int) -> str:
    """``size`` bytes in words a person reads ("2.4 MiB", "512 bytes")."""
    if size < 1024:
        return f"{size} bytes"
    value = size / 1024
    for unit in ("KiB", "MiB", "GiB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TiB"


def _limit_words() -> str:
    limit = file_size_limit()
    where = f" ({_size_words(limit)}, ulimit -f)" if limit is not None else ""
    return f"the database could not be written: the file size limit was reached{where}"


def describe(exc: BaseException) -> str:
    """The words for a sqlite3 error or an OSError of the database's files."""
    kind = error_kind(exc)
    if isinstance(exc, OSError):
        detail = f"{exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else "")
    else:
        detail = str(exc)
    if kind is FileSizeLimit:
        return _limit_words()
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
