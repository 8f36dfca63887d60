"""Salvaging the readable rows of a damaged database into a new one (RELIABILITY S5).

Three readers, merged by primary key (``INSERT OR IGNORE``), each one's failure said in the
report and never fatal:

1. SQLite's own recovery, the ``.recover`` command of the ``sqlite3`` program when it is
   installed: it walks every page, also those a damaged schema or b-tree no longer reaches;
2. reading each table forwards up to the damage and backwards up to it;
3. the same with ``PRAGMA writable_schema = ON`` when the schema itself cannot be parsed (a
   truncated file whose schema names pages past its end): the tables are read all the same;
4. for a table whose b-tree could not be walked to its end, every table leaf page of the file
   (:mod:`reader.store.pagescan`): the rows whose interior pages are lost.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import shutil
import sqlite3
import subprocess
from pathlib import Path

from reader.store import pagescan, temps
from reader.store.connection import uri

log = logging.getLogger(__name__)

TABLES = (
    "folders", "feeds", "articles", "article_state", "deleted_entries",
    "sync_accounts", "sync_folders", "sync_feeds", "sync_items", "sync_queue",
    "feed_settings", "article_views",
    "rules", "tags", "article_tags", "saved_searches", "rule_notifications", "view_settings",
    "enclosures",
)  # fmt: skip
"""Every table recovery copies (the sync tables too, or recovery would lose queued changes)."""
RECOVER_TIMEOUT_S = 600


def open_damaged(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection on a damaged file; True when its schema needed
    ``writable_schema`` to be read at all."""
    conn = sqlite3.connect(uri(path, "ro"), uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").fetchone()
        for table in TABLES:
            conn.execute(f"PRAGMA table_info({table})").fetchall()
        return conn, False
    except sqlite3.DatabaseError:
        # The schema cannot be parsed as a whole: read it as plain rows instead.
        conn.execute("PRAGMA writable_schema = ON")
        return conn, True


def copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, problems: list[str]
) -> int:
    """Copy the readable rows of ``table``; returns how many new rows ``target`` got."""
    try:
        have = {r[1] for r in source.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError as exc:
        problems.append(f"{table}: {exc}")
        return 0
    columns = [r[1] for r in target.execute(f"PRAGMA table_info({table})") if r[1] in have]
    if not columns:
        return 0
    names = ", ".join(columns)
    # A WITHOUT ROWID table has no rowid: walk it in its primary key's order instead.
    key = [
        r[1]
        for r in sorted(target.execute(f"PRAGMA table_info({table})"), key=lambda r: r[5])
        if r[5]
    ]
    has_rowid = not target.execute(
        "SELECT 1 FROM sqlite_schema WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'", (table,)
    ).fetchone()
    by = "rowid" if has_rowid or not key else ", ".join(key)
    insert = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    before = target.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    # Read forwards up to the damage, then backwards up to it: the rows on both sides survive.
    for order in ("ASC", "DESC"):
        try:
            ordering = ", ".join(f"{column} {order}" for column in by.split(", "))
            for row in source.execute(f"SELECT {names} FROM {table} ORDER BY {ordering}"):
                target.execute(insert, row)
        except sqlite3.DatabaseError as exc:
            problems.append(f"{table} ({order}): {exc}")
    return int(target.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before)


@functools.cache
def recover_works(program: str) -> bool:
    """Whether this sqlite3 program's ``.recover`` runs at all: Debian's 3.40 is built without
    the page table it needs and fails even on an empty database."""
    try:
        probe = subprocess.run(
            [program, ":memory:", ".recover"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


def sqlite_recover(damaged: Path, problems: list[str]) -> Path | None:
    """Run ``sqlite3 DAMAGED .recover`` into a new temporary database; its path, or None when
    the program is missing or recovered nothing (said in ``problems``)."""
    program = shutil.which("sqlite3")
    if program is None or not recover_works(program):
        # Not a problem of this file: the other readers below still run (and report).
        log.info("sqlite3's .recover is not available here (%s)", program or "not installed")
        return None
    target = temps.temp_for(damaged.with_name(damaged.name + ".recovered"))
    try:
        dump = subprocess.Popen(
            [program, "-readonly", str(damaged), ".recover"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        load = subprocess.run(
            [program, str(target)],
            stdin=dump.stdout,
            capture_output=True,
            timeout=RECOVER_TIMEOUT_S,
            check=False,
        )
        if dump.stdout is not None:
            dump.stdout.close()
        _, dump_err = dump.communicate(timeout=RECOVER_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as exc:
        problems.append(f"sqlite3 .recover: {exc}")
        with contextlib.suppress(OSError):
            target.unlink()
        return None
    said = (dump_err or b"").decode("utf-8", "replace").strip()
    if dump.returncode != 0 or load.returncode != 0:
        problems.append(f"sqlite3 .recover: {said or 'failed'}")
    return target if target.exists() else None


def salvage_into(damaged: Path, target: sqlite3.Connection, problems: list[str]) -> None:
    """Every readable row of ``damaged`` into ``target`` (inside the caller's transaction)."""
    recovered = sqlite_recover(damaged, problems)
    if recovered is not None:
        try:
            source = sqlite3.connect(uri(recovered, "ro"), uri=True, isolation_level=None)
            try:
                for table in TABLES:
                    copy_table(source, target, table, [])
            finally:
                source.close()
        except sqlite3.Error as exc:
            problems.append(f"sqlite3 .recover's copy: {exc}")
        finally:
            for suffix in ("", "-journal", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    recovered.with_name(recovered.name + suffix).unlink()
    broken = set(TABLES)
    try:
        source, needed_writable = open_damaged(damaged)
    except sqlite3.Error as exc:
        problems.append(str(exc))
    else:
        if needed_writable:
            problems.append("the schema could not be read: tables read with writable_schema")
        try:
            for table in TABLES:
                said = len(problems)
                copy_table(source, target, table, problems)
                if len(problems) == said:
                    broken.discard(table)
        finally:
            source.close()
    if broken:  # a b-tree could not be walked to its end: read its rows from the pages
        _scan_pages(damaged, target, broken, problems)


def _scan_pages(
    damaged: Path, target: sqlite3.Connection, tables: set[str], problems: list[str]
) -> None:
    columns = {t: [r[1] for r in target.execute(f"PRAGMA table_info({t})")] for t in tables}

    def keep(table: str, _rowid: int, values: list[pagescan.Value]) -> None:
        names = columns[table][: len(values)]
        marks = ", ".join("?" * len(names))
        target.execute(
            f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) VALUES ({marks})", values
        )

    try:
        found = pagescan.scan(damaged, tables, keep)
    except (OSError, sqlite3.Error) as exc:
        problems.append(f"reading the pages: {exc}")
        return
    log.info("read %d rows of %s from the pages of %s", found, sorted(tables), damaged)
