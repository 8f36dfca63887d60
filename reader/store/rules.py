"""Rules, tags and saved searches of the store (mixed into :class:`~reader.store.db.Store`).

Rules run once, when an article arrives (:meth:`RuleMethods._apply_rules_on_arrival`, called
inside the transaction that inserts it) or when the user asks to apply one to the stored
articles. What they did is plain state (read, starred, hidden, tags, the notify queue), so
listing and counting never run a rule.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from reader.core.models import Article
from reader.errors import NotFoundError, StoreError
from reader.store.connection import mapped, to_us, transaction
from reader.store.pages import ArticlePages
from reader.store.queries import NEWEST_FIRST, chunks, marks
from reader.store.text import fts_query

if TYPE_CHECKING:
    from reader.core.rules import Candidate, Field, Matcher, Rule
log = logging.getLogger(__name__)

PREVIEW_SCAN = 20_000
"""A preview that cannot use the full-text index looks at this many of the newest articles."""

_CANDIDATES = (
    "SELECT a.id, a.title, COALESCE(x.text, ''), a.author, a.link,"
    " COALESCE(NULLIF(f.user_title, ''), f.title)"
    " FROM articles a JOIN feeds f ON f.id = a.feed_id"
    " LEFT JOIN article_search x ON x.rowid = a.id"
)


# NamedTuples, not frozen dataclasses: built before the first frame, ~10x cheaper (bench/startup.py).
class Tag(NamedTuple):
    """A tag, given by rules or by hand."""

    id: int
    name: str


class SavedSearch(NamedTuple):
    """A search kept as a smart view."""

    id: int
    name: str
    query: str


class Preview:
    """How many stored articles a rule would match, the newest few, how many of the newest were
    scanned (None: all, through FTS5) and whether the regex ran out of time on one (a plain
    class: a NamedTuple's ``count`` would hide the tuple's method)."""

    __slots__ = ("count", "sample", "scanned", "too_slow")

    def __init__(
        self,
        count: int,
        sample: tuple[Article, ...],
        scanned: int | None = None,
        too_slow: bool = False,
    ) -> None:
        self.count, self.sample, self.scanned, self.too_slow = count, sample, scanned, too_slow


def _rule(row: Sequence[object]) -> Rule:
    # reader.core.rules loads on the first rule operation, not with the store: the window opens
    # the store before its first frame and runs no rule then (start-up time; the same below).
    from reader.core.rules import Field, Kind, Rule, parse_actions

    return Rule(
        field=Field(str(row[2])),
        kind=Kind(str(row[3])),
        pattern=str(row[4]),
        actions=parse_actions(str(row[5])),
        tag=str(row[6]),
        enabled=bool(row[7]),
        name=str(row[1]),
        id=int(str(row[0])),
    )


def _candidate(row: Sequence[object]) -> Candidate:
    from reader.core.rules import Candidate  # start-up time: see _rule

    return Candidate(*(str(v or "") for v in row[1:6]))


class RuleMethods(ArticlePages):
    """Rule, tag and saved-search operations of the store."""

    _conn: sqlite3.Connection
    _matcher: tuple[tuple[Any, ...], Matcher] | None = None
    _warned: frozenset[int] = frozenset()

    # -- rules ---------------------------------------------------------------------------
    @mapped
    def rules(self) -> list[Rule]:
        """Every rule, in the order they were made."""
        rows = self._conn.execute(
            "SELECT id, name, field, kind, pattern, actions, tag, enabled FROM rules ORDER BY id"
        )
        return [_rule(r) for r in rows]

    @mapped
    def save_rule(self, rule: Rule) -> Rule:
        """Add the rule (``id`` 0) or replace the one with its id; raises RuleError when it
        cannot work, NotFoundError when its id is gone."""
        from reader.core.rules import Rule, actions_text, check  # start-up time: see _rule

        check(rule)
        values = (
            rule.name.strip(),
            rule.field.value,
            rule.kind.value,
            rule.pattern,
            actions_text(rule.actions),
            rule.tag.strip(),
            int(rule.enabled),
        )
        with transaction(self._conn, durable=True):
            if rule.id:
                cur = self._conn.execute(
                    "UPDATE rules SET name = ?, field = ?, kind = ?, pattern = ?, actions = ?,"
                    " tag = ?, enabled = ? WHERE id = ?",
                    (*values, rule.id),
                )
                if cur.rowcount == 0:
                    raise NotFoundError(f"no rule with id {rule.id}")
                return rule
            cur = self._conn.execute(
                "INSERT INTO rules (name, field, kind, pattern, actions, tag, enabled)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        return Rule(**{**rule.__dict__, "id": int(cur.lastrowid or 0)})

    @mapped
    def remove_rule(self, rule_id: int) -> None:
        """Delete a rule (what it already did stays)."""
        with transaction(self._conn, durable=True):
            self._conn.execute("DELETE FROM rules WHERE id = ?", (rule_id,))

    def _apply_rules_on_arrival(self, article_ids: Sequence[int]) -> None:
        """Run the enabled rules over just-inserted articles (inside the caller's transaction)."""
        rows = tuple(
            self._conn.execute(
                "SELECT id, name, field, kind, pattern, actions, tag, enabled FROM rules"
                " WHERE enabled = 1"
            )
        )
        if not rows:
            return
        # One matcher while the rules stay the same (a refresh stores feed after feed); a rule
        # whose expression ran out of time stays skipped by it, as its warning says.
        if self._matcher is None or self._matcher[0] != rows:
            from reader.core.rules import Matcher  # start-up time: see _rule

            self._matcher = (rows, Matcher(_rule(r) for r in rows))
        matcher = self._matcher[1]
        if matcher:
            self._apply(matcher, article_ids)
        for rule_id in matcher.timed_out - self._warned:
            log.warning("rule %d: its regular expression ran out of time; skipped", rule_id)
            self._warned = self._warned | {rule_id}

    @mapped
    def apply_rule(self, rule: Rule) -> int:
        """Apply one rule to every stored article now; returns how many it matched."""
        from reader.core.rules import Matcher, check  # start-up time: see _rule

        check(rule)
        matcher = Matcher([rule])
        ids = [r[0] for r in self._conn.execute("SELECT id FROM articles ORDER BY id")]
        with transaction(self._conn, durable=True):
            return self._apply(matcher, ids)

    def _apply(self, matcher: Matcher, article_ids: Sequence[int]) -> int:
        conn = self._conn
        hits = 0
        now = to_us(datetime.now(UTC))
        tag_ids: dict[str, int] = {}
        for chunk in chunks(list(article_ids)):
            rows = conn.execute(f"{_CANDIDATES} WHERE a.id IN ({marks(len(chunk))})", chunk)
            for row in rows.fetchall():
                outcome = matcher.match(_candidate(row))
                if not outcome:
                    continue
                hits += 1
                article_id = int(row[0])
                if outcome.read or outcome.star or outcome.hide:
                    conn.execute(
                        "UPDATE article_state SET read = max(read, ?), starred = max(starred, ?),"
                        " hidden = max(hidden, ?) WHERE article_id = ?",
                        (int(outcome.read), int(outcome.star), int(outcome.hide), article_id),
                    )
                for name in outcome.tags:
                    if name not in tag_ids:
                        tag_ids[name] = self._tag_id(name)
                    conn.execute(
                        "INSERT OR IGNORE INTO article_tags (tag_id, article_id) VALUES (?, ?)",
                        (tag_ids[name], article_id),
                    )
                if outcome.notify:
                    conn.execute(
                        "INSERT OR IGNORE INTO rule_notifications (article_id, rule_id,"
                        " queued_at) VALUES (?, ?, ?)",
                        (article_id, outcome.rule_ids[0], now),
                    )
        return hits

    @mapped
    def preview_rule(self, rule: Rule, *, limit: int = 5) -> Preview:
        """How many stored articles ``rule`` matches and the newest ``limit`` of them.

        Word rules on the title or text are counted by the full-text index over every
        article; other rules scan the newest :data:`PREVIEW_SCAN`. Raises RuleError for a
        pattern that cannot work."""
        from reader.core import rules as core  # start-up time: see _rule

        if rule.kind is core.Kind.WORDS:
            core.pattern_words(rule.pattern)
        # Only the pattern matters here (a stand-in action lets check look at it alone): a rule
        # whose actions are not chosen yet still counts.
        probe = core.Rule(
            rule.field, rule.kind, rule.pattern, frozenset(core.parse_actions("read"))
        )
        core.check(probe)
        words = rule.kind is core.Kind.WORDS
        if words and rule.field in (core.Field.TITLE, core.Field.TEXT, core.Field.ANY):
            match = fts_query(rule.pattern)
            if match is not None:
                return self._preview_fts(rule.field, match, limit)
        matcher = core.Matcher([probe])
        found: list[int] = []
        sql = f"{_CANDIDATES}{NEWEST_FIRST} LIMIT ?"
        scanned = 0
        for row in self._conn.execute(sql, (PREVIEW_SCAN,)):
            scanned += 1
            if matcher.match(_candidate(row)):
                found.append(int(row[0]))
        total = self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return Preview(
            len(found),
            tuple(self.articles_by_ids(found[:limit])),
            None if scanned >= total else scanned,
            bool(matcher.timed_out),
        )

    def _preview_fts(self, which: Field, match: str, limit: int) -> Preview:
        from reader.core.rules import Field, RuleError  # start-up time: see _rule

        column = {Field.TITLE: "{title} : ", Field.TEXT: "{text} : "}.get(which, "")
        query = f"{column}({match})"
        sub = "SELECT rowid FROM article_search WHERE article_search MATCH ?"
        try:
            count = self._conn.execute(f"SELECT count(*) FROM ({sub})", (query,)).fetchone()[0]
            ids = [
                r[0]
                for r in self._conn.execute(
                    f"SELECT a.id FROM articles a WHERE a.id IN ({sub}){NEWEST_FIRST} LIMIT ?",
                    (query, limit),
                )
            ]
        except sqlite3.OperationalError as exc:  # a query FTS5 still refuses
            raise RuleError(f"these words cannot be searched: {exc}") from None
        return Preview(int(count), tuple(self.articles_by_ids(ids)))

    # -- notifications -------------------------------------------------------------------
    @mapped
    def take_rule_notifications(self) -> list[int]:
        """Article ids a "notify" rule matched since the last call (oldest first), forgotten."""
        with transaction(self._conn):
            ids = [
                r[0]
                for r in self._conn.execute(
                    "SELECT article_id FROM rule_notifications ORDER BY queued_at, article_id"
                )
            ]
            self._conn.execute("DELETE FROM rule_notifications")
        return ids

    # -- tags ----------------------------------------------------------------------------
    def _tag_id(self, name: str) -> int:
        name = " ".join(name.split())
        if not name:
            raise StoreError("a tag needs a name")
        row = self._conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
        if row is not None:
            return int(row[0])
        cur = self._conn.execute("INSERT INTO tags (name) VALUES (?)", (name,))
        return int(cur.lastrowid or 0)

    @mapped
    def tags(self) -> list[Tag]:
        """Every tag, by name."""
        rows = self._conn.execute("SELECT id, name FROM tags ORDER BY name COLLATE NOCASE")
        return [Tag(r[0], r[1]) for r in rows]

    @mapped
    def tag_articles(self, article_ids: Iterable[int], name: str) -> Tag:
        """Give articles a tag by hand (made when new); returns the tag."""
        ids = list(article_ids)
        with transaction(self._conn, durable=True):
            tag_id = self._tag_id(name)
            self._conn.executemany(
                "INSERT OR IGNORE INTO article_tags (tag_id, article_id)"
                " SELECT ?, id FROM articles WHERE id = ?",
                [(tag_id, i) for i in ids],
            )
        return Tag(tag_id, " ".join(name.split()))

    @mapped
    def untag_article(self, article_id: int, tag_id: int) -> None:
        """Take a tag off one article."""
        with transaction(self._conn, durable=True):
            self._conn.execute(
                "DELETE FROM article_tags WHERE tag_id = ? AND article_id = ?", (tag_id, article_id)
            )

    @mapped
    def remove_tag(self, tag_id: int) -> None:
        """Delete a tag from every article."""
        with transaction(self._conn, durable=True):
            self._conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))

    @mapped
    def article_tags(self, article_id: int) -> list[Tag]:
        """The tags of one article, by name."""
        rows = self._conn.execute(
            "SELECT t.id, t.name FROM tags t JOIN article_tags x ON x.tag_id = t.id"
            " WHERE x.article_id = ? ORDER BY t.name COLLATE NOCASE",
            (article_id,),
        )
        return [Tag(r[0], r[1]) for r in rows]

    @mapped
    def tag_unread_counts(self) -> dict[int, int]:
        """Unread (and not hidden) articles per tag id."""
        rows = self._conn.execute(
            "SELECT x.tag_id, count(*) FROM article_tags x JOIN article_state s"
            " ON s.article_id = x.article_id WHERE s.read = 0 AND s.hidden = 0 GROUP BY x.tag_id"
        )
        return {r[0]: r[1] for r in rows}

    # -- saved searches ------------------------------------------------------------------
    @mapped
    def saved_searches(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        rows = self._conn.execute(
            "SELECT id, name, query FROM saved_searches ORDER BY name COLLATE NOCASE, id"
        )
        return [SavedSearch(r[0], r[1], r[2]) for r in rows]

    @mapped
    def save_search(self, name: str, query: str) -> SavedSearch:
        """Keep a search as a smart view; raises StoreError when it has no words."""
        name, query = " ".join(name.split()), query.strip()
        if fts_query(query) is None:
            raise StoreError("a saved search needs words to look for")
        with transaction(self._conn, durable=True):
            cur = self._conn.execute(
                "INSERT INTO saved_searches (name, query) VALUES (?, ?)", (name or query, query)
            )
        return SavedSearch(int(cur.lastrowid or 0), name or query, query)

    @mapped
    def remove_saved_search(self, search_id: int) -> None:
        """Forget a saved search."""
        with transaction(self._conn, durable=True):
            self._conn.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))

    @mapped
    def saved_search_unread_counts(self) -> dict[int, int]:
        """Unread (and not hidden) articles per saved search id (one FTS5 query each)."""
        counts: dict[int, int] = {}
        snapshot = self.list_snapshot()
        for search in self.saved_searches():  # counted, not listed and sorted
            counts[search.id] = self.article_count(snapshot, query=search.query, unread=True)
        return counts

    # -- view settings -------------------------------------------------------------------
    @mapped
    def view_settings(self) -> dict[str, str]:
        """How the list is shown (``order``, ``unread_only``), as last saved."""
        return {r[0]: r[1] for r in self._conn.execute("SELECT key, value FROM view_settings")}

    @mapped
    def set_view_setting(self, key: str, value: str) -> None:
        """Remember one view setting."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT OR REPLACE INTO view_settings (key, value) VALUES (?, ?)", (key, value)
            )
