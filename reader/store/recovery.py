"""What to do with a damaged database: restore a backup, or salvage what is readable.

Nothing here deletes user data: the damaged file (with its ``-wal``) is renamed aside first,
and stays there for a person to look at.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import StoreError
from reader.store import counts, health, salvage, schema, substrings, temps
from reader.store.connection import backup_to, connect, quick_check, transaction, uri
from reader.store.sqlerrors import map_error
from reader.store.text import index_text

if TYPE_CHECKING:
    from typing import Protocol

    class Backed(Protocol):
        """What a backup needs of :class:`reader.store.db.Store` (which imports this module)."""

        path: Path

        def backup(self, target: Path) -> None:
            """Copy the database to ``target``."""


log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
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
    store: Backed,
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
    temps.sweep(folder)  # a backup interrupted by a crash
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
    if not _sound(target):
        # A copy that fails its check came from a damaged database: it is no backup, and it
        # must not push out one taken while the database was healthy.
        log.error("the new backup %s fails its check; kept none of it", target)
        target.unlink(missing_ok=True)
        return None
    _rotate(sorted(folder.glob(f"{prefix}*.sqlite3")), keep)
    return target


def _sound(backup: Path) -> bool:
    try:
        conn = _open_readonly(backup)
    except sqlite3.Error:
        return False
    try:
        quick_check(conn)
        return True
    except StoreError:
        return False
    finally:
        conn.close()


def _has_feeds(backup: Path) -> bool:
    try:
        conn = _open_readonly(backup)
        try:
            return bool(conn.execute("SELECT 1 FROM feeds LIMIT 1").fetchone())
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _rotate(existing: list[Path], keep: int) -> None:
    """Remove all but the newest ``keep`` backups (oldest first in ``existing``), except the
    newest one holding subscriptions when none of those kept holds any: backups of an
    emptied database never rotate out the last one of the user's data."""
    old, kept = existing[: max(0, len(existing) - max(1, keep))], existing[-max(1, keep) :]
    if old and not any(_has_feeds(p) for p in kept):
        last_full = next((p for p in reversed(old) if _has_feeds(p)), None)
        old = [p for p in old if p != last_full]
    for path in old:
        try:
            path.unlink()
        except OSError:
            log.warning("could not remove the old backup %s", path, exc_info=True)


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
        health.forget(database)
        backup_to(source, database)
    finally:
        source.close()
    log.info("restored %s from %s", database, backup)
    return aside


def recover(database: Path) -> RecoveryReport:
    """Move the damaged database aside and build a new one from every row still readable
    (see :mod:`reader.store.salvage`); the report counts the rows saved, table by table."""
    aside = set_aside(database)
    health.forget(database)
    problems: list[str] = []
    rows: dict[str, int] = {}
    target, is_new = connect(database, readonly=False)  # an empty database of today's schema
    try:
        schema.migrate(target, database, is_new=is_new)
        target.execute("PRAGMA foreign_keys = OFF")
        with transaction(target):
            salvage.salvage_into(aside, target, problems)
            _repair_references(target)
            for table in salvage.TABLES:
                rows[table] = int(target.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        target.execute("PRAGMA foreign_keys = ON")
        if target.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("some references could not be repaired")
    except sqlite3.Error as exc:
        raise map_error(exc) from exc
    finally:
        target.close()
    health.mark_checked(database)  # built here from rows just read: nothing in it to doubt
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
        "DELETE FROM sync_folders WHERE folder_id NOT IN (SELECT id FROM folders)"
        " OR account_id NOT IN (SELECT id FROM sync_accounts)",
        "DELETE FROM sync_feeds WHERE feed_id NOT IN (SELECT id FROM feeds)"
        " OR account_id NOT IN (SELECT id FROM sync_accounts)",
        "DELETE FROM sync_items WHERE article_id NOT IN (SELECT id FROM articles)"
        " OR account_id NOT IN (SELECT id FROM sync_accounts)",
        "DELETE FROM sync_queue WHERE account_id NOT IN (SELECT id FROM sync_accounts)",
        "DELETE FROM feed_settings WHERE feed_id NOT IN (SELECT id FROM feeds)",
        "DELETE FROM article_views WHERE article_id NOT IN (SELECT id FROM articles)",
        "DELETE FROM enclosures WHERE article_id NOT IN (SELECT id FROM articles)",
        "DELETE FROM article_search",
    ):
        conn.execute(sql)
    rows = conn.execute("SELECT id, title, content_html, summary_html FROM articles").fetchall()
    conn.executemany(
        "INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)",
        [(r[0], r[1], index_text(r[2] or r[3])) for r in rows],
    )
    substrings.rebuild(conn)
    counts.rebuild(conn)  # salvaged with foreign keys off: counted again from the rows
