"""What to do with a damaged database: restore a backup, or salvage what is readable.

Nothing here deletes user data: the damaged file (with its ``-wal``) is renamed aside first,
and stays there for a person to look at.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import StoreError
from reader.store.connection import backup_to, map_error, quick_check, transaction, uri
from reader.store.text import index_text

if TYPE_CHECKING:
    from reader.store.db import Store

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
_TABLES = (
    "folders",
    "feeds",
    "feed_settings",
    "articles",
    "article_state",
    "article_views",
    "deleted_entries",
)
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RecoveryReport:
    """What :func:`recover` saved: rows per table, and where the damaged file now is."""

    damaged_copy: Path
    rows: dict[str, int] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def backup_folder(database: Path) -> Path:
    """Where automatic backups of ``database`` go."""
    return database.parent / BACKUP_FOLDER


def list_backups(database: Path) -> list[Path]:
    """Backups of ``database`` (automatic ones and those made before migrations), newest first."""
    found = [p for p in backup_folder(database).glob(f"{database.stem}-*.sqlite3") if p.is_file()]
    found += [p for p in database.parent.glob(f"{database.name}.v*.bak") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def auto_backup(
    store: Store,
    folder: Path | None = None,
    *,
    keep: int = 3,
    every: timedelta = timedelta(days=1),
    now: datetime | None = None,
) -> Path | None:
    """See :meth:`reader.store.db.Store.auto_backup`."""
    folder = backup_folder(store.path) if folder is None else Path(folder)
    moment = now or datetime.now(UTC)
    prefix = f"{store.path.stem}-"
    for leftover in folder.glob(".*.tmp"):  # a backup interrupted by a crash
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > 3600:
                leftover.unlink()
    existing = sorted(folder.glob(f"{prefix}*.sqlite3"))
    if existing:
        try:
            newest = datetime.strptime(existing[-1].stem.removeprefix(prefix), "%Y%m%d-%H%M%S")
            newest = newest.replace(tzinfo=UTC)
        except ValueError:
            newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC)
        if moment - newest < every:
            return None
    target = folder / f"{prefix}{moment.strftime('%Y%m%d-%H%M%S')}.sqlite3"
    store.backup(target)
    existing = sorted(folder.glob(f"{prefix}*.sqlite3"))
    for old in existing[: max(0, len(existing) - max(1, keep))]:
        try:
            old.unlink()
        except OSError:
            log.warning("could not remove the old backup %s", old, exc_info=True)
    return target


def set_aside(database: Path) -> Path:
    """Rename the database and its side files to ``<name>.damaged-<time>``; returns the new path."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    try:
        if database.exists():
            database.rename(aside)
        for suffix in _SIDE_FILES:
            side = database.with_name(database.name + suffix)
            if side.exists():
                side.rename(aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise StoreError(f"could not move the damaged database aside: {exc}") from exc
    log.warning("moved the damaged database %s to %s", database, aside)
    return aside


def _open_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(uri(path, "ro"), uri=True, isolation_level=None)


def restore_backup(database: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of ``database``; returns where the old file went (if any).

    The backup must itself pass ``quick_check``; otherwise nothing is changed.
    """
    try:
        source = _open_readonly(backup)
    except sqlite3.Error as exc:
        raise map_error(exc) from exc
    try:
        quick_check(source)
        aside = set_aside(database) if database.exists() else None
        backup_to(source, database)
    finally:
        source.close()
    log.info("restored %s from %s", database, backup)
    return aside


def _copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, problems: list[str]
) -> int:
    try:
        have = {r[1] for r in source.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError as exc:
        problems.append(f"{table}: {exc}")
        return 0
    columns = [r[1] for r in target.execute(f"PRAGMA table_info({table})") if r[1] in have]
    if not columns:
        return 0
    names = ", ".join(columns)
    insert = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    before = target.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    # Read forwards up to the damage, then backwards up to it: the rows on both sides survive.
    for order in ("ASC", "DESC"):
        try:
            for row in source.execute(f"SELECT {names} FROM {table} ORDER BY rowid {order}"):
                target.execute(insert, row)
        except sqlite3.DatabaseError as exc:
            problems.append(f"{table} ({order}): {exc}")
    return int(target.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before)


def recover(database: Path) -> RecoveryReport:
    """Move the damaged database aside and build a new one from every row still readable."""
    from reader.store.db import Store  # late: db imports this module's neighbours

    aside = set_aside(database)
    problems: list[str] = []
    rows: dict[str, int] = {}
    store = Store(database)
    target = store._conn
    try:
        source = _open_readonly(aside)
    except sqlite3.Error as exc:
        store.close()
        return RecoveryReport(aside, {}, (str(exc),))
    try:
        target.execute("PRAGMA foreign_keys = OFF")
        with transaction(target):
            for table in _TABLES:
                rows[table] = _copy_table(source, target, table, problems)
            _repair_references(target)
            rows["articles"] = target.execute("SELECT count(*) FROM articles").fetchone()[0]
        target.execute("PRAGMA foreign_keys = ON")
        if target.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("some references could not be repaired")
    except sqlite3.Error as exc:
        raise map_error(exc) from exc
    finally:
        source.close()
        store.close()
    log.warning("recovered %s: %s; problems: %s", database, rows, problems)
    return RecoveryReport(aside, rows, tuple(problems))


def _repair_references(conn: sqlite3.Connection) -> None:
    for sql in (
        "UPDATE folders SET parent_id = NULL WHERE parent_id IS NOT NULL"
        " AND parent_id NOT IN (SELECT id FROM folders)",
        "UPDATE feeds SET folder_id = NULL WHERE folder_id IS NOT NULL"
        " AND folder_id NOT IN (SELECT id FROM folders)",
        "DELETE FROM articles WHERE feed_id NOT IN (SELECT id FROM feeds)",
        "DELETE FROM article_state WHERE article_id NOT IN (SELECT id FROM articles)",
        "INSERT INTO article_state (article_id) SELECT id FROM articles"
        " WHERE id NOT IN (SELECT article_id FROM article_state)",
        "DELETE FROM deleted_entries WHERE feed_id NOT IN (SELECT id FROM feeds)",
        "DELETE FROM feed_settings WHERE feed_id NOT IN (SELECT id FROM feeds)",
        "DELETE FROM article_views WHERE article_id NOT IN (SELECT id FROM articles)",
        "DELETE FROM article_search",
    ):
        conn.execute(sql)
    rows = conn.execute("SELECT id, title, content_html, summary_html FROM articles").fetchall()
    conn.executemany(
        "INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)",
        [(r[0], r[1], index_text(r[2] or r[3])) for r in rows],
    )
