"""The files articles carry (podcast episodes, videos, documents): their table and its rows.

Rows are written in the same transaction as their article and replaced as a whole when a
refresh brings a different list; the article's deletion takes them along (ON DELETE CASCADE).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from reader.core.models import Enclosure

SCHEMA = (
    """CREATE TABLE enclosures (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        url TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT '',
        size INTEGER,
        duration INTEGER,
        PRIMARY KEY (article_id, position)
    )""",
    # The "Podcasts" view: articles with at least one audio file, without reading the table.
    "CREATE INDEX enclosures_audio ON enclosures(article_id) WHERE type LIKE 'audio/%'",
)
"""The table (appended to the schema as one migration)."""

AUDIO_CONDITION = "a.id IN (SELECT article_id FROM enclosures WHERE type LIKE 'audio/%')"
"""A WHERE condition on ``articles a``: the article carries an audio file."""

_INT_MAX = 2**63 - 1


def migrate(conn: sqlite3.Connection) -> None:
    """Create the enclosures table (a schema migration, run inside its transaction)."""
    for sql in SCHEMA:
        conn.execute(sql)


def _number(value: int | None) -> int | None:
    """A size or duration SQLite can hold (a feed may declare anything)."""
    if value is None or value < 0 or value > _INT_MAX:
        return None
    return int(value)


def replace(conn: sqlite3.Connection, article_id: int, enclosures: Sequence[Enclosure]) -> None:
    """Make ``article_id``'s rows equal ``enclosures`` (no write when they already do)."""
    wanted = [
        (position, e.url, e.type, _number(e.size), _number(e.duration))
        for position, e in enumerate(enclosures)
    ]
    have = conn.execute(
        "SELECT position, url, type, size, duration FROM enclosures WHERE article_id = ?"
        " ORDER BY position",
        (article_id,),
    ).fetchall()
    if [tuple(row) for row in have] == wanted:
        return
    conn.execute("DELETE FROM enclosures WHERE article_id = ?", (article_id,))
    conn.executemany(
        "INSERT INTO enclosures (article_id, position, url, type, size, duration)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, *row) for row in wanted],
    )


def insert(conn: sqlite3.Connection, article_id: int, enclosures: Sequence[Enclosure]) -> None:
    """Write the rows of a new article (it has none yet)."""
    if enclosures:
        conn.executemany(
            "INSERT INTO enclosures (article_id, position, url, type, size, duration)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article_id, position, e.url, e.type, _number(e.size), _number(e.duration))
                for position, e in enumerate(enclosures)
            ],
        )


def read(conn: sqlite3.Connection, article_ids: Iterable[int]) -> dict[int, tuple[Enclosure, ...]]:
    """The enclosures of these articles, in the feed's order (articles without any are left
    out). The caller passes at most a few hundred ids at a time."""
    ids = list(article_ids)
    if not ids:
        return {}
    rows = conn.execute(
        "SELECT article_id, url, type, size, duration FROM enclosures"
        f" WHERE article_id IN ({','.join('?' * len(ids))}) ORDER BY article_id, position",
        ids,
    )
    found: dict[int, list[Enclosure]] = {}
    for article_id, url, kind, size, duration in rows:
        found.setdefault(article_id, []).append(Enclosure(url, kind or "", size, duration))
    return {key: tuple(value) for key, value in found.items()}
