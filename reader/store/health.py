"""When to run SQLite's full ``PRAGMA quick_check``, and the cheap check every open gets.

A full ``quick_check`` reads every page: 0.7-0.9 s on a 500,000-article profile, on every
command. It runs only when the file may have changed behind our back:

- never checked, or the last full check is older than :data:`CHECK_EVERY` (the schedule: bit rot
  does not change a file's size or time);
- an unclean shutdown: a ``-wal`` with content that no running Broadsheet owns;
- the file is not as Broadsheet left it at its last clean close (size or modification time
  differ: another program wrote it, or it was restored or damaged by hand).

Every other open gets :func:`cheap_check` (the header and the schema, a few pages), and damage
met later while reading is reported as :class:`~reader.errors.DamagedDatabase` by its SQLite
code, so the window offers recovery then. The record lives beside the database in
``<name>.health`` (JSON); while this process has a connection open on a file, its further
connections trust it (the window's three connections pay for one check).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import struct
import time
from pathlib import Path

from reader.errors import DamagedDatabase
from reader.profilefile import read_limited
from reader.store.sqlerrors import map_error

log = logging.getLogger(__name__)

CHECK_EVERY_S = 7 * 24 * 3600
"""The schedule of full checks on a profile that always shuts down cleanly (a week)."""
_HEADER = b"SQLite format 3\x00"

_open_here: dict[str, int] = {}
"""Connections this process has open, per database."""
_trusted: set[str] = set()
"""Databases this process has fully checked, created, or found as it left them: their later
opens are cheap, and a clean close records them."""


def record_path(database: Path) -> Path:
    """Where the health record of ``database`` is kept."""
    return database.with_name(database.name + ".health")


def _key(database: Path) -> str:
    return os.fsdecode(os.path.abspath(database))


def _fingerprint(database: Path) -> tuple[int, int] | None:
    try:
        st = database.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _read_record(database: Path) -> dict[str, int] | None:
    try:
        # Never blocks on a pipe nor reads a device (a start that never ended).
        data = json.loads(read_limited(record_path(database), 64 * 1024).decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    if not all(isinstance(data.get(k), int) for k in ("checked", "size", "mtime_ns")):
        return None
    return {k: int(data[k]) for k in ("checked", "size", "mtime_ns")}


def _write_record(database: Path, checked: int) -> None:
    """Remember the file as it is now, checked at ``checked`` (never raises: a record that
    cannot be written only means the next open checks fully)."""
    found = _fingerprint(database)
    if found is None:
        return
    target = record_path(database)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    payload = {"checked": checked, "size": found[0], "mtime_ns": found[1]}
    try:
        tmp.write_text(json.dumps(payload), encoding="utf-8")
        tmp.replace(target)
    except OSError:
        log.debug("could not write the health record %s", target, exc_info=True)
        with contextlib.suppress(OSError):
            tmp.unlink()


def full_check_reason(database: Path, *, now: float | None = None) -> str | None:
    """Why ``database`` needs a full check now, or ``None`` when the cheap one will do."""
    if _open_here.get(_key(database), 0) > 0:
        return None
    record = _read_record(database)
    if record is None:
        return "never checked"
    moment = time.time() if now is None else now
    if moment - record["checked"] > CHECK_EVERY_S or moment < record["checked"] - 86_400:
        return "scheduled"
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0 and not _owned_elsewhere(database):
        return "unclean shutdown"
    if _fingerprint(database) != (record["size"], record["mtime_ns"]):
        if _owned_elsewhere(database):
            return None  # the running Broadsheet checked it when it started, and writes it now
        return "changed since the last clean close"
    return None


def _owned_elsewhere(database: Path) -> bool:
    """Whether another running Broadsheet holds this profile (it checked the file at start)."""
    from reader import instance  # late: instance is only needed when the record is stale

    return instance.held_elsewhere(database.parent)


def mark_checked(database: Path) -> None:
    """A full check of ``database`` passed (or it was just created): trust it for a while."""
    _trusted.add(_key(database))
    _write_record(database, int(time.time()))


def mark_trusted(database: Path) -> None:
    """``database`` needed no full check: this process trusts it (and records its clean close)."""
    _trusted.add(_key(database))


def opened(database: Path) -> None:
    """A connection of this process on ``database`` passed its check and is open."""
    key = _key(database)
    _open_here[key] = _open_here.get(key, 0) + 1


def closed(database: Path) -> None:
    """A connection of :func:`opened` closed; the last one records a clean close."""
    key = _key(database)
    left = _open_here.get(key, 1) - 1
    if left > 0:
        _open_here[key] = left
        return
    _open_here.pop(key, None)
    _mark_clean_close(database)
    _trusted.discard(key)


def _mark_clean_close(database: Path) -> None:
    """The last connection closed ``database`` cleanly: remember the file as we left it.

    Only when nothing is left in the ``-wal`` (every change is in the main file) and the file
    was trusted by this process; otherwise the next open checks fully.
    """
    if _key(database) not in _trusted:
        return
    wal = database.with_name(database.name + "-wal")
    with contextlib.suppress(OSError):
        if wal.exists() and wal.stat().st_size > 0:
            return
    record = _read_record(database)
    checked = record["checked"] if record is not None else int(time.time())
    _write_record(database, checked)


def forget(database: Path) -> None:
    """``database`` was replaced (restored, recovered): check the new file fully next time."""
    _trusted.discard(_key(database))
    with contextlib.suppress(OSError):
        record_path(database).unlink()


def cheap_check(conn: sqlite3.Connection, database: Path) -> None:
    """The header, the file's length against it, and the schema: a few pages, every open.

    Raises DamagedDatabase when they are wrong (a zeroed header, a truncated file).
    """
    try:
        with open(database, "rb") as handle:
            header = handle.read(100)
        size = database.stat().st_size
    except OSError:
        return  # the open itself reports what is wrong with the file
    wal = database.with_name(database.name + "-wal")
    with contextlib.suppress(OSError):
        if wal.exists() and wal.stat().st_size > 0:
            # The file's own header may be older than the pages in the -wal (a checkpoint
            # by a running Broadsheet): only the schema read below tells.
            header = b""
    if header and not header.startswith(_HEADER):
        raise DamagedDatabase("the database is damaged: its header is not SQLite's")
    if header and len(header) < 100:
        raise DamagedDatabase("the database is damaged: the file is shorter than its header")
    if header:
        _check_length(header, size)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.DatabaseError as exc:
        raise map_error(exc) from exc


def _check_length(header: bytes, size: int) -> None:
    """The page size is a power of two and the file holds every page the header counts."""
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter = struct.unpack(">I", header[24:28])[0]
    pages = struct.unpack(">I", header[28:32])[0]
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedDatabase("the database is damaged: its page size is invalid")
    if valid_for == change_counter and pages and size < pages * page_size:
        raise DamagedDatabase(
            f"the database is damaged: the file is cut short ({size} of {pages * page_size} bytes)"
        )
