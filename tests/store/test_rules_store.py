"""Rules, tags and saved searches in the real SQLite store: rules act once when articles arrive
(never again at read time), their preview counts with FTS5, and their effects are plain state."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.parsed import ParsedEntry
from reader.core.rules import Action, Field, Kind, Rule, RuleError
from reader.errors import StoreError
from reader.store import schema
from reader.store.db import Store

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def entry(n: int, title: str, **changes: object) -> ParsedEntry:
    fields: dict[str, object] = {
        "entry_id": f"urn:{n}",
        "title": title,
        "link": f"https://example.org/{n}",
        "published": NOW - timedelta(hours=n),
        "summary_html": f"<p>Body of {n}</p>",
    }
    fields.update(changes)
    return ParsedEntry(**fields)  # type: ignore[arg-type]


@pytest.fixture
def store(profile: Path) -> Store:
    s = Store(profile / "data" / "broadsheet.sqlite3")
    yield s  # type: ignore[misc]
    s.close()


def words(pattern: str, *actions: Action, field: Field = Field.TITLE, tag: str = "") -> Rule:
    return Rule(field, Kind.WORDS, pattern, frozenset(actions), tag=tag)


def state(store: Store, article_id: int) -> tuple[int, int, int]:
    row = store._conn.execute(
        "SELECT read, starred, hidden FROM article_state WHERE article_id = ?", (article_id,)
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def test_rules_round_trip_and_bad_ones_are_refused(store: Store) -> None:
    saved = store.save_rule(words("rust", Action.TAG, tag="Rust"))
    assert saved.id and store.rules() == [saved]
    store.save_rule(Rule(**{**saved.__dict__, "pattern": "python", "enabled": False}))
    assert store.rules()[0].pattern == "python" and not store.rules()[0].enabled
    with pytest.raises(RuleError):
        store.save_rule(Rule(Field.TITLE, Kind.REGEX, "(", frozenset({Action.READ})))
    store.remove_rule(saved.id)
    assert store.rules() == []


def test_rules_act_once_as_articles_arrive(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed", "Example")
    store.save_rule(words("sponsored", Action.HIDE))
    store.save_rule(words("rust", Action.STAR, Action.TAG, tag="Rust"))
    store.save_rule(words("release", Action.READ, Action.NOTIFY))
    ids = store.add_entries(
        feed.id,
        [entry(1, "A sponsored post"), entry(2, "Rust release"), entry(3, "Plain")],
        now=NOW,
    )
    hidden, rust, plain = ids
    assert state(store, hidden) == (1, 0, 1)
    assert state(store, rust) == (1, 1, 0)
    assert state(store, plain) == (0, 0, 0)
    assert [t.name for t in store.article_tags(rust)] == ["Rust"]
    assert hidden not in store.article_ids() and rust in store.article_ids()
    assert store.unread_counts() == {feed.id: 1}
    assert store.take_rule_notifications() == [rust]
    assert store.take_rule_notifications() == []
    # The user's later choice stands: the same entry again runs no rule.
    store.set_read([rust], False)
    store.add_entries(feed.id, [entry(2, "Rust release, updated")], now=NOW)
    assert state(store, rust) == (0, 1, 0)


def test_a_rule_made_later_acts_on_stored_articles_only_when_applied(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed", "Example")
    (old,) = store.add_entries(feed.id, [entry(1, "Football results")], now=NOW)
    rule = store.save_rule(words("football", Action.TAG, tag="Sport"))
    assert store.article_tags(old) == []  # reading never runs a rule
    assert store.apply_rule(rule) == 1
    (tag,) = store.tags()
    assert tag.name == "Sport"
    assert store.article_ids(tag_id=tag.id) == [old]
    assert store.tag_unread_counts() == {tag.id: 1}


def test_preview_counts_with_fts_and_scans_other_fields(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed", "Example")
    store.add_entries(
        feed.id,
        [entry(n, f"Story {n} about cats" if n % 3 == 0 else f"Story {n}") for n in range(30)],
        now=NOW,
    )
    preview = store.preview_rule(words("cats"))
    assert preview.count == 10 and preview.scanned is None
    assert [a.title for a in preview.sample][:2] == ["Story 0 about cats", "Story 3 about cats"]
    assert store.preview_rule(words("body", field=Field.TITLE)).count == 0
    assert store.preview_rule(words("body", field=Field.TEXT)).count == 30
    regex = store.preview_rule(Rule(Field.LINK, Kind.REGEX, r"/1\d$", frozenset()))
    assert regex.count == 10 and not regex.too_slow
    with pytest.raises(RuleError):
        store.preview_rule(Rule(Field.TITLE, Kind.REGEX, "[", frozenset()))


def test_a_catastrophic_regex_rule_does_not_stop_a_refresh(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed", "Example")
    store.save_rule(Rule(Field.TEXT, Kind.REGEX, r"(a+)+b", frozenset({Action.STAR}), id=0))
    store.save_rule(words("hello", Action.READ))
    hostile = "<p>" + "a" * 5000 + "!</p>"
    ids = store.add_entries(
        feed.id, [entry(n, "hello", summary_html=hostile) for n in range(20)], now=NOW
    )
    assert [state(store, i) for i in ids] == [(1, 0, 0)] * 20


def test_hand_tags_saved_searches_and_sort_orders(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed", "Example")
    ids = store.add_entries(
        feed.id,
        [
            entry(1, "banana bread", author="Zoe"),
            entry(2, "apple pie", author="adam"),
            entry(3, "cherry bread"),
        ],
        now=NOW,
    )
    tag = store.tag_articles(ids[:2], "  Recipes ")
    assert tag.name == "Recipes" and store.article_ids(tag_id=tag.id) == ids[:2]
    store.untag_article(ids[0], tag.id)
    assert store.article_ids(tag_id=tag.id) == [ids[1]]
    search = store.save_search("", "bread")
    assert search.name == "bread" and store.saved_search_unread_counts() == {search.id: 2}
    with pytest.raises(StoreError):
        store.save_search("x", "  ")
    assert store.article_ids(order="newest") == ids
    assert store.article_ids(order="oldest") == ids[::-1]
    assert store.article_ids(order="title") == [ids[1], ids[0], ids[2]]
    assert store.article_ids(order="author") == [ids[1], ids[0], ids[2]]
    store.remove_saved_search(search.id)
    store.remove_tag(tag.id)
    assert store.saved_searches() == [] and store.tags() == []


def test_the_migration_is_the_last_and_self_contained(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3")
    for step in schema.MIGRATIONS[:-1]:
        step(conn)
    conn.execute("INSERT INTO feeds (url) VALUES ('https://e.org/')")
    conn.execute(
        "INSERT INTO articles (feed_id, entry_id, published, first_seen) VALUES (1,'a',1,1)"
    )
    conn.execute("INSERT INTO article_state (article_id) VALUES (1)")
    schema.MIGRATIONS[-1](conn)
    assert conn.execute("SELECT hidden FROM article_state").fetchall() == [(0,)]
    assert conn.execute("SELECT count(*) FROM rules").fetchone() == (0,)


def test_view_settings_are_remembered(profile: Path) -> None:
    with Store(profile / "data" / "broadsheet.sqlite3") as store:
        store.set_view_setting("order", "title")
        store.set_view_setting("order", "oldest")
    with Store(profile / "data" / "broadsheet.sqlite3") as store:
        assert store.view_settings() == {"order": "oldest"}
