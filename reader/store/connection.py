"""Opening the SQLite file safely, and saying what went wrong in words.

Opening never creates an empty database over an existing file: an existing file is opened
``mode=rw`` (or ``mode=ro``) and must pass a check before anything writes to it (the full
``PRAGMA quick_check`` when :mod:`reader.store.health` says the file may have changed behind our
back, else a cheap one). Every error leaves here as the :class:`StoreError` subclass of its kind.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ParamSpec, TypeVar
from urllib.parse import quote

from reader.errors import (
    CannotOpenDatabase,
    DamagedDatabase,
    DatabaseLocked,
    DiskFull,
    ReadOnlyProfile,
    StorageIOError,
    StoreError,
)
from reader.store import health, temps
from reader.store.dbpath import path_problem
from reader.store.sqlerrors import error_kind, map_at, map_error

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


def uri(path: Path, mode: str, *, immutable: bool = False) -> str:
    """The ``file:`` URI of ``path`` opened in ``mode`` (``ro``, ``rw``, ``rwc``).

    Built from the path's bytes, so a folder name that is not UTF-8 still opens (issue 9.15).
    """
    where = quote(os.fsencode(path.resolve()))
    return f"file:{where}?mode={mode}" + ("&immutable=1" if immutable else "")


def was_database(path: Path) -> bool:
    """Whether a database was at ``path`` before: its health record or a backup of it exists."""
    folder = path.parent
    try:
        return (
            health.record_path(path).exists()
            or any((folder / "backups").glob(f"{path.stem}-*.sqlite3"))
            or any(folder.glob(f"{path.name}.v*.bak"))
        )
    except OSError:
        return False


def _existing(path: Path, readonly: bool) -> bool:
    """Whether ``path`` holds a database to open (rather than one to create)."""
    if problem := path_problem(path):
        raise CannotOpenDatabase(f"cannot open the database: {problem}")
    try:
        size = path.stat().st_size if path.exists() else None
        if size == 0 and was_database(path):
            raise DamagedDatabase(
                "the database is damaged: the file is empty (0 bytes) where a database was"
            )
        if readonly and not size:
            raise CannotOpenDatabase(f"cannot open the database: {path} does not exist")
        if not size:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:  # a read-only or foreign profile folder: words, not a traceback
        raise map_error(exc) from exc
    return bool(size)


def _open(path: Path, mode: str) -> sqlite3.Connection:
    try:
        return sqlite3.connect(uri(path, mode), uri=True, isolation_level=None, timeout=5.0)
    except sqlite3.Error as exc:
        raise map_error(exc) from exc


def _open_readonly(path: Path) -> sqlite3.Connection:
    """``mode=ro``; on a read-only file system a WAL database cannot make its ``-shm``, and is
    then read as immutable (nothing can write it there anyway)."""
    conn = _open(path, "ro")
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        if error_kind(exc) not in (CannotOpenDatabase, ReadOnlyProfile, StorageIOError, DiskFull):
            raise map_error(exc) from exc
        log.info("reading %s as immutable: %s", path, exc)
    try:
        return sqlite3.connect(
            uri(path, "ro", immutable=True), uri=True, isolation_level=None, timeout=5.0
        )
    except sqlite3.Error as exc:
        raise map_error(exc) from exc


def connect(path: Path, *, readonly: bool, check: bool = True) -> tuple[sqlite3.Connection, bool]:
    """Open ``path``; returns the connection and whether the database is new.

    Raises DamagedDatabase (and leaves the file untouched) when it is damaged; an existing file
    gets a full ``quick_check`` only when :func:`health.full_check_reason` says so.
    """
    exists = _existing(path, readonly)
    if exists and not readonly:
        temps.sweep_profile(path)  # a crash's leftovers; before anything new is written
    conn = _open_readonly(path) if readonly else _open(path, "rw" if exists else "rwc")
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if exists and check:
            _check(conn, path)
        if not readonly:
            _enable_wal(conn, path)
            conn.execute("PRAGMA synchronous = NORMAL")
            # After a big import the WAL file shrinks back at the next checkpoint.
            conn.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
            # A bigger page cache than the 2 MB default: refreshes update several indexes.
            conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            # Statement and savepoint journals (and TEMP tables) in memory: a refresh stores
            # each feed of a batch in its own savepoint, whose journal of the pages it changes
            # (~100 a feed: the article indexes, the word index's segments) spilled past 64 KiB
            # to a temporary file, 19,500 of a cold refresh's 21,000 write calls
            # (bench/refresh.py, 200 feeds x 20 items: store 105 -> 76 ms).
            conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
    except StoreError as exc:
        conn.close()
        if isinstance(exc.__cause__, sqlite3.Error):
            raise map_at(exc.__cause__, path.parent) from exc.__cause__
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise map_at(exc, path.parent) from exc
    _private(path)
    return conn, not exists


def _check(conn: sqlite3.Connection, path: Path) -> None:
    """The full check when the file may have changed behind our back, else the cheap one."""
    reason = health.full_check_reason(path)
    if reason is None:
        health.cheap_check(conn, path)
        health.mark_trusted(path)
        return
    log.info("checking %s fully (%s)", path, reason)
    quick_check(conn)
    health.mark_checked(path)


def _private(path: Path) -> None:
    """The database and its side files are the user's alone (0600; issue 9.17)."""
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if side.exists() and side.stat().st_mode & 0o077:
                side.chmod(0o600)


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
            if error_kind(exc) is not DatabaseLocked or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
    if row is None or str(row[0]).lower() != "wal":
        log.warning("could not switch %s to WAL (got %r)", path, row)


def quick_check(conn: sqlite3.Connection) -> None:
    """Raise DamagedDatabase unless ``PRAGMA quick_check`` says ok (other errors: their kind)."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        raise map_error(exc) from exc
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    problems = [line for line in lines if line != "ok" and not line.startswith("***")]
    if problems:
        more = f" (and {len(problems) - 3} more problems)" if len(problems) > 3 else ""
        raise DamagedDatabase("the database is damaged: " + "; ".join(problems[:3]) + more)


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
    """Copy the database behind ``conn`` to ``target`` with SQLite's backup API (atomically).

    The copy is written to a temporary named after this process (see :mod:`temps`), so a copy
    cut short by a crash is found and removed at the next start.
    """
    tmp = temps.temp_for(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        dest = sqlite3.connect(uri(tmp, "rwc"), uri=True)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        tmp.chmod(0o600)
        tmp.replace(target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise map_error(exc) from exc
