"""Many rows in one ``INSERT ... VALUES (...), (...)`` statement, in chunks SQLite accepts.

A cold refresh inserts a feed's entries one ``INSERT`` each: 4,000 statements for 200 feeds x
20 entries, each stepped and reset on its own with the schema v8 counts triggers behind it
(bench/refresh.py: 190-215 ms CPU of a 0.85 s run was the store). One statement per chunk of
rows runs the same triggers but pays the statement's overhead once.

A chunk stays under SQLite's bound on ``?`` placeholders (``SQLITE_MAX_VARIABLE_NUMBER``, 999
before 3.32, 32,766 since; read from the connection) and under :data:`MAX_ROWS` rows, so the
statement text stays small. The text for a given table, columns and row count is built once
(:func:`insert_sql`), and sqlite3's statement cache finds it prepared the next time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

MAX_ROWS = 200
"""At most this many rows in one statement (whatever the placeholder bound allows)."""
FALLBACK_VARIABLES = 999
"""The placeholder bound of SQLite before 3.32, when the connection cannot say its own."""


@lru_cache(maxsize=512)
def insert_sql(table: str, columns: tuple[str, ...], rows: int, returning: str = "") -> str:
    """``INSERT INTO table (columns) VALUES (?, ...), ... [RETURNING returning]`` for ``rows``
    rows (built once per distinct arguments)."""
    one = "(" + ", ".join("?" * len(columns)) + ")"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ", ".join([one] * rows)
    return f"{sql} RETURNING {returning}" if returning else sql


def max_variables(conn: sqlite3.Connection) -> int:
    """How many ``?`` one statement of ``conn`` may hold."""
    try:
        return int(conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    except (AttributeError, sqlite3.Error):  # an SQLite or Python that cannot tell
        return FALLBACK_VARIABLES


def rows_per_statement(conn: sqlite3.Connection, width: int) -> int:
    """How many rows of ``width`` values one statement takes (at least 1)."""
    return max(1, min(MAX_ROWS, max_variables(conn) // max(1, width)))


def chunked(rows: Sequence[Sequence[Any]], size: int) -> Iterator[Sequence[Sequence[Any]]]:
    """``rows`` in consecutive slices of at most ``size``."""
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def insert(
    conn: sqlite3.Connection,
    table: str,
    columns: tuple[str, ...],
    rows: Sequence[Sequence[Any]],
    *,
    returning: str = "",
) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (each one value per column) into ``table``, a chunk per statement; with
    ``returning`` (e.g. ``"id, entry_id"``), what each inserted row returns, in no promised
    order (SQLite's RETURNING does not promise one: match the rows by a value of their own).

    Inside the caller's transaction; a failing row (a constraint) fails its whole chunk.
    """
    if not rows:
        return []
    width = len(columns)
    out: list[tuple[Any, ...]] = []
    for chunk in chunked(rows, rows_per_statement(conn, width)):
        params = [value for row in chunk for value in row]
        if len(params) != width * len(chunk):
            raise ValueError(f"every row of {table} needs {width} values")
        cur = conn.execute(insert_sql(table, columns, len(chunk), returning), params)
        if returning:
            out.extend(tuple(r) for r in cur)
    return out
