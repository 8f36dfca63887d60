"""Opening the SQLite file safely, and saying what went wrong in words.

Opening never creates an empty database over an existing file: an existing file is opened
``mode=rw`` (or ``mode=ro``) and must pass ``PRAGMA quick_check`` before anything writes to it.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ParamSpec, TypeVar
from urllib.parse import quote

from reader.errors import StoreError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
JOURNAL_SIZE_LIMIT = 32 * 1024 * 1024
WRITER_CACHE_KIB = 16 * 1024
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_us(when: datetime) -> int:
    """A datetime as integer microseconds since the Unix epoch (naive means UTC)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    delta = when - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(value: int | None) -> datetime | None:
    """The aware UTC datetime of :func:`to_us`'s integer (``None`` stays ``None``)."""
    if value is None:
        return None

    return _EPOCH + timedelta(microseconds=int(value))


def describe(exc: BaseException) -> str:
    """The words for a sqlite3 error."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    lowered = text.lower()
    if name.startswith("SQLITE_FULL") or "disk is full" in lowered:
        return "disk full: the database could not be written"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in lowered:
        return "the database is locked by another Broadsheet"
    if (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in lowered
        or "not a database" in lowered
    ):
        return f"the database is damaged: {text}"
    if name.startswith("SQLITE_READONLY") or "readonly" in lowered:
        return "the database is read-only"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in lowered:
        return f"cannot open the database: {text}"
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in lowered:
        return f"the disk could not be read or written: {text}"
    return f"database error: {text}"


def map_error(exc: sqlite3.Error) -> StoreError:
    """A :class:`StoreError` carrying the words for ``exc``."""
    return StoreError(describe(exc))


P = ParamSpec("P")
R = TypeVar("R")


def mapped(method: Callable[P, R]) -> Callable[P, R]:
    """Turn sqlite3 errors escaping ``method`` into StoreError with words."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            raise map_error(exc) from exc

    return wrapper


def uri(path: Path, mode: str) -> str:
    """The ``file:`` URI of ``path`` opened in ``mode`` (``ro``, ``rw``, ``rwc``)."""
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def connect(path: Path, *, readonly: bool, check: bool = True) -> tuple[sqlite3.Connection, bool]:
    """Open ``path``; returns the connection and whether the database is new.

    Raises StoreError (and leaves the file untouched) when it is damaged.
    """
    try:
        exists = path.exists() and path.stat().st_size > 0
        if readonly and not exists:
            raise StoreError(f"cannot open the database: {path} does not exist")
        if not exists:
            path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a read-only or foreign profile folder: words, not a traceback
        raise StoreError(
            f"cannot open the database: {exc.strerror or exc} ({path.parent})"
        ) from exc
    mode = "ro" if readonly else ("rw" if exists else "rwc")
    try:
        conn = sqlite3.connect(uri(path, mode), uri=True, isolation_level=None, timeout=5.0)
    except sqlite3.Error as exc:
        raise map_error(exc) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if exists and check:
            quick_check(conn)
        if not readonly:
            _enable_wal(conn, path)
            conn.execute("PRAGMA synchronous = NORMAL")
            # After a big import the WAL file shrinks back at the next checkpoint.
            conn.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
            # A bigger page cache than the 2 MB default: refreshes update several indexes.
            conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise map_error(exc) from exc
    return conn, not exists


def _enable_wal(conn: sqlite3.Connection, path: Path) -> None:
    """Switch to WAL (persistent in the file); retried while another connection holds a lock,
    because SQLite does not call the busy handler for a journal mode change."""
    row = conn.execute("PRAGMA journal_mode").fetchone()
    if row is not None and str(row[0]).lower() == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            row = conn.execute("PRAGMA journal_mode = WAL").fetchone()
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
    if row is None or str(row[0]).lower() != "wal":
        log.warning("could not switch %s to WAL (got %r)", path, row)


def quick_check(conn: sqlite3.Connection) -> None:
    """Raise StoreError("the database is damaged: ...") unless ``PRAGMA quick_check`` says ok."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"the database is damaged: {exc}") from exc
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    problems = [line for line in lines if line != "ok" and not line.startswith("***")]
    if problems:
        more = f" (and {len(problems) - 3} more problems)" if len(problems) > 3 else ""
        raise StoreError("the database is damaged: " + "; ".join(problems[:3]) + more)


@contextmanager
def transaction(conn: sqlite3.Connection, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on any error; sqlite3 errors mapped).

    ``durable`` commits with ``synchronous=FULL``: small user actions (read, star) survive a
    power cut too, at the cost of one more fsync.
    """
    if conn.in_transaction:  # nested use: the outer transaction decides
        yield conn
        return
    try:
        if durable:
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                log.exception("rollback failed")
        raise map_error(exc) from exc
    finally:
        if durable:
            try:
                conn.execute("PRAGMA synchronous = NORMAL")
            except sqlite3.Error:
                log.debug("could not restore synchronous=NORMAL", exc_info=True)


def backup_to(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the database behind ``conn`` to ``target`` with SQLite's backup API (atomically)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise StoreError(f"could not write the backup {target}: {exc.strerror or exc}") from exc
    tmp = Path(name)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        tmp.replace(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise map_error(exc) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"could not write the backup {target}: {exc.strerror or exc}") from exc
