"""The database schema and its forward migrations.

``MIGRATIONS[i]`` takes a database from version ``i`` to ``i + 1`` (``PRAGMA user_version``).
Each runs in one transaction together with the version bump, after a backup copy of an existing
database, so a crash in the middle leaves the old version intact and the next start retries.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from reader.errors import StoreError
from reader.store.connection import backup_to, transaction

log = logging.getLogger(__name__)

Migration = Callable[[sqlite3.Connection], None]

_V1 = (
    """CREATE TABLE folders (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        parent_id INTEGER REFERENCES folders(id)
    )""",
    "CREATE INDEX folders_parent ON folders(parent_id, name)",
    """CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        user_title TEXT,
        site_url TEXT NOT NULL DEFAULT '',
        folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
        etag TEXT,
        last_modified TEXT,
        last_checked INTEGER,
        last_updated INTEGER,
        last_error TEXT,
        gone INTEGER NOT NULL DEFAULT 0,
        icon_url TEXT NOT NULL DEFAULT '',
        keep INTEGER NOT NULL DEFAULT 500
    )""",
    "CREATE INDEX feeds_folder ON feeds(folder_id)",
    # Times are integer microseconds since the Unix epoch, UTC.
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        published INTEGER NOT NULL,
        published_raw TEXT NOT NULL DEFAULT '',
        first_seen INTEGER NOT NULL,
        summary_html TEXT NOT NULL DEFAULT '',
        content_html TEXT NOT NULL DEFAULT '',
        image_url TEXT NOT NULL DEFAULT '',
        simplified TEXT,
        UNIQUE (feed_id, entry_id)
    )""",
    "CREATE INDEX articles_published ON articles(published DESC, id DESC)",
    "CREATE INDEX articles_feed_published ON articles(feed_id, published DESC, id DESC)",
    "CREATE INDEX articles_feed_link ON articles(feed_id, link)",
    "CREATE INDEX articles_unsimplified ON articles(published DESC, id DESC)"
    " WHERE simplified IS NULL",
    # The user's state lives apart, so rewriting an article never resets it.
    """CREATE TABLE article_state (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        read_at INTEGER,
        starred_at INTEGER
    )""",
    "CREATE INDEX article_state_unread ON article_state(article_id) WHERE read = 0",
    "CREATE INDEX article_state_starred ON article_state(article_id) WHERE starred = 1",
    # rowid = articles.id; ``text`` is the feed's text until the reader view replaces it.
    "CREATE VIRTUAL TABLE article_search USING fts5("
    "title, text, tokenize = 'unicode61 remove_diacritics 2')",
    """CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search WHERE rowid = old.id;
    END""",
    # Entries pruned from a feed, so that a feed which still lists them does not bring them
    # back as new unread articles.
    """CREATE TABLE deleted_entries (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        link TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        deleted_at INTEGER NOT NULL,
        UNIQUE (feed_id, entry_id)
    )""",
    "CREATE INDEX deleted_entries_link ON deleted_entries(feed_id, link)",
)


def _statements(statements: Sequence[str]) -> Migration:
    def run(conn: sqlite3.Connection) -> None:
        for sql in statements:
            conn.execute(sql)

    return run


# Version 2: when a server's 429/503 Retry-After lets us ask the feed again (microseconds since
# the epoch, UTC; NULL when it may be asked now), so the hold outlives the process (N6).
_V2 = ("ALTER TABLE feeds ADD COLUMN retry_at INTEGER",)

# Version 3: sync accounts (issue 15). Local is implicit (no row). Remote ids map to local
# folders, feeds and articles; ``sync_queue`` holds the user's read/star changes to synced
# articles, written by triggers in the same transaction as the change itself (so no write path
# can forget it, and SIGKILL loses none). While a sync applies the server's state it puts the
# one row of ``sync_applying`` in its own transaction, which silences the triggers.
_NOW_US = "CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)"
_V3 = (
    """CREATE TABLE sync_accounts (
        id INTEGER PRIMARY KEY,
        protocol TEXT NOT NULL,
        url TEXT NOT NULL,
        username TEXT NOT NULL,
        allow_insecure INTEGER NOT NULL DEFAULT 0,
        cursor TEXT,
        last_sync INTEGER,
        last_error TEXT,
        created INTEGER NOT NULL,
        UNIQUE (protocol, url, username)
    )""",
    """CREATE TABLE sync_folders (
        account_id INTEGER NOT NULL REFERENCES sync_accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
        PRIMARY KEY (account_id, remote_id)
    )""",
    """CREATE TABLE sync_feeds (
        account_id INTEGER NOT NULL REFERENCES sync_accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        feed_id INTEGER NOT NULL UNIQUE REFERENCES feeds(id) ON DELETE CASCADE,
        created INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (account_id, remote_id)
    )""",
    """CREATE TABLE sync_items (
        account_id INTEGER NOT NULL REFERENCES sync_accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (account_id, remote_id)
    )""",
    "CREATE INDEX sync_items_article ON sync_items(article_id)",
    # Covers the per-sync walk over an account's items (remote id -> article) without the table.
    "CREATE INDEX sync_items_account ON sync_items(account_id, remote_id, article_id)",
    """CREATE TABLE sync_queue (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES sync_accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('read', 'starred')),
        value INTEGER NOT NULL,
        made_at INTEGER NOT NULL
    )""",
    "CREATE INDEX sync_queue_account ON sync_queue(account_id, id)",
    "CREATE TABLE sync_applying (one INTEGER PRIMARY KEY CHECK (one = 1))",
    *(
        f"""CREATE TRIGGER sync_queue_{column} AFTER UPDATE OF {column} ON article_state
        WHEN new.{column} IS NOT old.{column} AND NOT EXISTS (SELECT 1 FROM sync_applying)
        BEGIN
            INSERT INTO sync_queue (account_id, remote_id, field, value, made_at)
            SELECT account_id, remote_id, '{column}', new.{column}, {_NOW_US}
            FROM sync_items WHERE article_id = new.article_id;
        END"""
        for column in ("read", "starred")
    ),
)

MIGRATIONS: list[Migration] = [_statements(_V1), _statements(_V2), _statements(_V3)]
"""Forward migrations; append, never edit a released one."""

# Rules, tags and saved searches (issue 11): rules act once when an article arrives, so what
# they did is stored state (tags, hidden, the notify queue) and counts never run a rule.
_V_RULES = (
    """CREATE TABLE rules (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        field TEXT NOT NULL,
        kind TEXT NOT NULL,
        pattern TEXT NOT NULL,
        actions TEXT NOT NULL,
        tag TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
    """CREATE TABLE article_tags (
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (tag_id, article_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX article_tags_article ON article_tags(article_id)",
    "ALTER TABLE article_state ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX article_state_hidden ON article_state(article_id) WHERE hidden = 1",
    """CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        query TEXT NOT NULL
    )""",
    # Articles a "notify" rule matched, for the background notifications to take.
    """CREATE TABLE rule_notifications (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        rule_id INTEGER NOT NULL,
        queued_at INTEGER NOT NULL
    )""",
    # How the list is shown (sort order, unread only), remembered with the profile.
    "CREATE TABLE view_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)


# The later versions' modules are imported when a migration runs: every start opens the
# database before the window's first frame, and almost never migrates it.
def _substrings_v3(conn: sqlite3.Connection) -> None:
    from reader.store import substrings

    substrings.migrate_v3(conn)


def _enclosures(conn: sqlite3.Connection) -> None:
    from reader.store import enclosures

    enclosures.migrate(conn)


def _counts(conn: sqlite3.Connection) -> None:
    from reader.store import counts

    counts.migrate(conn)


def _moves(conn: sqlite3.Connection) -> None:
    from reader.store import moves

    moves.migrate(conn)


# Version 4: a trigram index beside the word index, for scripts without spaces (substrings.py).
MIGRATIONS.append(_substrings_v3)


def _feed_settings_table(conn: sqlite3.Connection) -> None:
    """Per-feed settings (Feed properties) and per-article views: tables of their own; one
    row per feed that has any settings. No row, or NULL in a column, means the default (the global refresh interval, the
    count in ``feeds.keep``, no notification, the reader view). The user's own title stays in
    ``feeds.user_title`` and the kept count in ``feeds.keep``, where they always were."""
    conn.execute(
        """CREATE TABLE IF NOT EXISTS feed_settings (
            feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
            refresh_min INTEGER,
            keep_days INTEGER,
            notify INTEGER NOT NULL DEFAULT 0,
            view TEXT
        )"""
    )
    # The view the reader switched one article to (``v``), kept across restarts.
    conn.execute(
        """CREATE TABLE IF NOT EXISTS article_views (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            view TEXT NOT NULL
        )"""
    )


# Version 5: per-feed settings and per-article views (issue 11).
MIGRATIONS.append(_feed_settings_table)
# Version 6: rules, tags, saved searches (issue 11).
MIGRATIONS.append(_statements(_V_RULES))
# Version 7: every file an entry carries (podcasts, attachments; issue 13), enclosures.py.
MIGRATIONS.append(_enclosures)
# Version 8: unread counts per feed in a table kept by triggers (issue 14), counts.py.
MIGRATIONS.append(_counts)
# Version 9: permanent redirects noted until they repeat (RELIABILITY N6), moves.py.
MIGRATIONS.append(_moves)


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the database."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    *,
    is_new: bool,
    migrations: Sequence[Migration] | None = None,
) -> int:
    """Bring the database up to date; returns the version it started at.

    An existing database is first copied to ``<name>.v<version>.bak`` next to it.
    """
    steps = MIGRATIONS if migrations is None else migrations
    target = len(steps)
    current = user_version(conn)
    if current > target:
        raise StoreError(
            f"the database was written by a newer Broadsheet (schema {current}, "
            f"this version knows {target}); please update Broadsheet"
        )
    if current == target:
        return current
    if not is_new and current > 0:  # version 0 holds nothing of ours yet
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        backup = path.with_name(f"{path.name}.v{current}-{stamp}.bak")
        log.info("backing up %s to %s before migrating from schema %d", path, backup, current)
        backup_to(conn, backup)
    while True:
        with transaction(conn):
            # Read again under the write lock: another connection may have migrated meanwhile.
            version = user_version(conn)
            if version >= target:
                break
            steps[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        log.info("migrated %s to schema %d", path, version + 1)
    return current
