"""Search inside words for scripts written without spaces between words.

The word index (``article_search``, FTS5 ``unicode61``) splits text at spaces and punctuation:
a Chinese, Japanese or Thai sentence is one long "word" there, so 宇航员 inside a title is never
found. Beside it, ``article_search_cjk`` (FTS5 ``trigram``) indexes the title and text of the
articles that contain such a script, and matches any substring: three characters or more
through the index, one or two (太空 is a word) by ``LIKE`` over that smaller table. Articles
in scripts with spaces are not copied there, so the index stays small.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reader.store.text import CONTROL_CHAR, WORD_CHAR, fts_query

SUBSTRING_TABLE = "article_search_cjk"
MAX_TERMS = 32
"""Search terms used at most (a pasted page has thousands; SQLite refuses a condition of
1,000 and more, and each costs a look-up in the index)."""
NO_SPACE_SCRIPTS = (
    "["
    "\u0e00-\u0eff"  # Thai, Lao
    "\u0f00-\u0fff"  # Tibetan
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3100-\u312f\u31a0-\u31bf"  # Bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    "\ua000-\ua4cf"  # Yi
    "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"  # Hangul (particles join the words)
    "\uff66-\uff9f"  # half-width Katakana
    "\U00020000-\U0003134f"  # CJK extensions
    "]"
)
"""Characters of scripts whose words are not separated by spaces (or, in Korean, carry their
particles): a query with one of them is searched as a substring."""


@lru_cache(maxsize=1)
def _no_space_scripts() -> re.Pattern[str]:
    """:data:`NO_SPACE_SCRIPTS` compiled on first use: start-up time (its ranges cost ~2 ms to
    compile, and the window's first frame searches nothing)."""
    return re.compile(NO_SPACE_SCRIPTS)


IN_WORDS = "a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)"
_IN_SUBSTRINGS = f"a.id IN (SELECT rowid FROM {SUBSTRING_TABLE} WHERE {SUBSTRING_TABLE} MATCH ?)"
_IN_SHORT = (
    f"a.id IN (SELECT rowid FROM {SUBSTRING_TABLE}"
    " WHERE title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"
)

SCHEMA = (
    f"CREATE VIRTUAL TABLE {SUBSTRING_TABLE} USING fts5(title, text, tokenize = 'trigram')",
    f"""CREATE TRIGGER articles_search_cjk_delete AFTER DELETE ON articles BEGIN
        DELETE FROM {SUBSTRING_TABLE} WHERE rowid = old.id;
    END""",
)
"""The table and its clean-up (appended to the schema as a migration)."""


def needs_substrings(text: str) -> bool:
    """True when ``text`` has a script written without spaces between words."""
    if text.isascii():  # every range of NO_SPACE_SCRIPTS is beyond ASCII (most texts: no regex)
        return False
    return _no_space_scripts().search(text) is not None


def sync(conn: sqlite3.Connection, article_id: int) -> None:
    """Copy the article's indexed title and text from the word index (after every write to it):
    into the substring index when it needs one, else out of it."""
    conn.execute(f"DELETE FROM {SUBSTRING_TABLE} WHERE rowid = ?", (article_id,))
    row = conn.execute(
        "SELECT title, text FROM article_search WHERE rowid = ?", (article_id,)
    ).fetchone()
    if row is not None and needs_substrings(f"{row[0]} {row[1]}"):
        conn.execute(
            f"INSERT INTO {SUBSTRING_TABLE} (rowid, title, text) VALUES (?, ?, ?)",
            (article_id, row[0], row[1]),
        )


def add_many(conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str]]) -> None:
    """New articles' titles and texts, ``(article_id, title, text)`` rows, into the substring
    index when they need one (the cheap path of :func:`sync` for ids that cannot be there yet)."""
    wanted = [row for row in rows if needs_substrings(row[1]) or needs_substrings(row[2])]
    if wanted:
        conn.executemany(
            f"INSERT INTO {SUBSTRING_TABLE} (rowid, title, text) VALUES (?, ?, ?)", wanted
        )


def rebuild(conn: sqlite3.Connection) -> int:
    """Fill the substring index again from the word index; returns the rows it holds."""
    conn.execute(f"DELETE FROM {SUBSTRING_TABLE}")
    count = 0
    rows = conn.execute("SELECT rowid, title, text FROM article_search")
    batch: list[tuple[int, str, str]] = []
    for rowid, title, text in rows:
        if needs_substrings(f"{title} {text}"):
            batch.append((rowid, title, text))
    for start in range(0, len(batch), 500):
        conn.executemany(
            f"INSERT INTO {SUBSTRING_TABLE} (rowid, title, text) VALUES (?, ?, ?)",
            batch[start : start + 500],
        )
        count += len(batch[start : start + 500])
    return count


def migrate_v3(conn: sqlite3.Connection) -> None:
    """Schema 3: the substring index beside the word index, filled from it."""
    for sql in SCHEMA:
        conn.execute(sql)
    rebuild(conn)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_condition(user_input: str) -> tuple[str, list[Any], bool] | None:
    """The SQL condition on ``a.id`` that every term of ``user_input`` matches, its parameters,
    and whether it uses the word index alone (it can then be ranked with bm25); ``None`` when
    the input has no words.

    Terms in a script without spaces are substrings (through the trigram index, or ``LIKE`` when
    shorter than three characters); the others are words of the word index, as before.
    """
    words: list[str] = []
    parts: list[str] = []
    params: list[Any] = []
    terms = 0
    for token in dict.fromkeys(CONTROL_CHAR().sub(" ", user_input).split()):  # each term once
        core = token.rstrip("*")
        if not WORD_CHAR().search(core):
            continue
        terms += 1
        if terms > MAX_TERMS:
            break
        if not needs_substrings(core):
            words.append(token)
        elif len(core) >= 3:
            parts.append(_IN_SUBSTRINGS)
            params.append('"' + core.replace('"', '""') + '"')
        else:
            parts.append(_IN_SHORT)
            params.extend([_like(core), _like(core)])
    match = fts_query(" ".join(words)) if words else None
    only_words = not parts
    if match is not None:
        parts.insert(0, IN_WORDS)
        params.insert(0, match)
    if not parts:
        return None
    return " AND ".join(parts), params, only_words
