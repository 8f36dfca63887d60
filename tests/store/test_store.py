"""The SQLite store: schema, feeds, folders, articles and their state, search, pruning, OPML."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.parsed import OpmlDocument, OpmlFeed, OpmlFolder, ParsedEntry
from reader.errors import DatabaseLocked, DuplicateFeedError, NotFoundError, StoreError
from reader.store import schema
from reader.store.connection import connect
from reader.store.db import Store
from reader.store.opening import SCHEMA_VERSION

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def entry(n: int, **changes: object) -> ParsedEntry:
    fields: dict[str, object] = {
        "entry_id": f"urn:entry:{n}",
        "title": f"Article number {n}",
        "link": f"https://example.org/{n}",
        "published": NOW - timedelta(hours=n),
        "summary_html": f"<p>Summary of article {n}</p>",
    }
    fields.update(changes)
    return ParsedEntry(**fields)  # type: ignore[arg-type]


@pytest.fixture
def db_path(profile: Path) -> Path:
    return profile / "data" / "broadsheet.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Store:
    s = Store(db_path)
    yield s  # type: ignore[misc]
    s.close()


# -- opening, schema -------------------------------------------------------------------------
def test_new_database_has_the_schema_version_and_wal(store: Store, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert len(schema.MIGRATIONS) == SCHEMA_VERSION
    assert store.integrity_check() == []


def test_reopen_keeps_data(db_path: Path) -> None:
    with Store(db_path) as s:
        folder = s.add_folder("News")
        feed = s.add_feed("https://example.org/feed", "Example", folder_id=folder.id)
        (aid,) = s.add_entries(feed.id, [entry(1)], now=NOW)
        s.set_starred(aid)
    with Store(db_path) as s:
        assert s.feed(feed.id).folder_id == folder.id
        art = s.article(aid)
        assert art.starred and not art.read
        assert art.feed_title == "Example"
        assert art.published == NOW - timedelta(hours=1)
        assert art.published.tzinfo is not None


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer Broadsheet"):
        Store(db_path)


def test_migration_runs_after_a_backup(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db_path) as s:
        s.add_feed("https://example.org/feed", "Example")

    def add_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE feeds ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_column])
    conn, _ = connect(db_path, readonly=False)
    try:
        assert schema.migrate(conn, db_path, is_new=False) == SCHEMA_VERSION
        assert schema.user_version(conn) == SCHEMA_VERSION + 1
        assert conn.execute("SELECT note FROM feeds").fetchall() == [("",)]
    finally:
        conn.close()
    backups = list(db_path.parent.glob("*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT url FROM feeds").fetchall() == [("https://example.org/feed",)]
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    old.close()


def test_failed_migration_leaves_the_old_version(db_path: Path) -> None:
    with Store(db_path) as s:
        s.add_feed("https://example.org/feed", "Example")

    def half_then_fail(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("DELETE FROM feeds")
        raise sqlite3.OperationalError("simulated crash in the middle")

    conn, _ = connect(db_path, readonly=False)
    try:
        with pytest.raises(StoreError):
            schema.migrate(
                conn, db_path, is_new=False, migrations=[*schema.MIGRATIONS, half_then_fail]
            )
        assert schema.user_version(conn) == SCHEMA_VERSION
    finally:
        conn.close()
    with Store(db_path) as s:
        assert [f.url for f in s.feeds()] == ["https://example.org/feed"]


# -- feeds and folders ----------------------------------------------------------------------
def test_has_feeds_follows_subscribing_and_unsubscribing(store: Store) -> None:
    assert not store.has_feeds()
    feed = store.add_feed("https://example.org/feed", "Example")
    assert store.has_feeds()
    store.remove_feed(feed.id)
    assert not store.has_feeds()


def test_duplicate_feed(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed", "Example")
    with pytest.raises(DuplicateFeedError) as info:
        store.add_feed("https://example.org/feed")
    assert info.value.feed_id == feed.id
    other = store.add_feed("https://example.org/other")
    with pytest.raises(DuplicateFeedError):
        store.set_feed_url(other.id, "https://example.org/feed")
    assert len(store.feeds()) == 2


def test_missing_ids_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.feed(42)
    with pytest.raises(NotFoundError):
        store.article(42)
    with pytest.raises(NotFoundError):
        store.remove_feed(42)
    with pytest.raises(NotFoundError):
        store.add_entries(42, [entry(1)], now=NOW)
    with pytest.raises(NotFoundError):
        store.set_starred(42)
    with pytest.raises(NotFoundError):
        store.add_feed("https://example.org/f", folder_id=42)
    assert store.feed_by_url("https://nowhere.example/") is None


def test_feed_title_user_title_and_fetch_records(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed", "Old title")
    store.record_fetch_success(
        feed.id, when=NOW, etag='"abc"', last_modified="Sat, 01 Mar 2025", title="New title"
    )
    got = store.feed(feed.id)
    assert (got.title, got.etag, got.last_modified) == ("New title", '"abc"', "Sat, 01 Mar 2025")
    assert got.last_updated == NOW and got.last_error is None
    store.rename_feed(feed.id, "Mine")
    store.record_fetch_success(feed.id, when=NOW, etag=None, last_modified=None, title="Theirs")
    assert store.feed(feed.id).title == "Mine"
    later = NOW + timedelta(hours=1)
    store.record_fetch_error(feed.id, "server answered 410", when=later, gone=True)
    got = store.feed(feed.id)
    assert got.last_error == "server answered 410" and got.gone
    assert got.last_checked == later and got.last_updated == NOW
    store.record_fetch_success(feed.id, when=later, etag=None, last_modified=None)
    assert not store.feed(feed.id).gone


def test_nested_folder_filters_and_remove_folder(store: Store) -> None:
    top = store.add_folder("Top")
    sub = store.add_folder("Sub", top.id)
    assert store.add_folder("Sub", top.id) == sub  # merged by name under the same parent
    deep = store.add_folder("Deep", sub.id)
    f_top = store.add_feed("https://a.example/feed", "A", folder_id=top.id)
    f_deep = store.add_feed("https://b.example/feed", "B", folder_id=deep.id)
    f_out = store.add_feed("https://c.example/feed", "C")
    a = store.add_entries(f_top.id, [entry(1)], now=NOW)
    b = store.add_entries(f_deep.id, [entry(2)], now=NOW)
    store.add_entries(f_out.id, [entry(3)], now=NOW)
    assert store.article_ids(folder_id=top.id) == a + b
    assert store.article_ids(folder_id=sub.id) == b
    assert [x.id for x in store.articles(folder_id=deep.id)] == b
    assert store.mark_all_read(folder_id=sub.id) == 1
    assert store.unread_counts() == {f_top.id: 1, f_out.id: 1}

    store.remove_folder(sub.id)  # Deep moves up to Top
    assert store.folder(deep.id).parent_id == top.id
    assert store.article_ids(folder_id=top.id) == a + b
    store.remove_folder(top.id)
    assert store.feed(f_top.id).folder_id is None
    assert store.folder(deep.id).parent_id is None
    assert [f.name for f in store.folders()] == ["Deep"]


# -- articles and state --------------------------------------------------------------------
def test_state_survives_rewritten_entries(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed")
    ids = store.add_entries(feed.id, [entry(1), entry(2), entry(3)], now=NOW)
    assert len(ids) == 3
    store.set_read([ids[0], ids[1]])
    store.set_starred(ids[1])
    store.set_simplified(ids[0], "page", "the reader view text")
    changed = [
        entry(1, title="Corrected title", summary_html="<p>new words</p>"),
        entry(2, content_html="<p>full content now</p>"),
        entry(3),
    ]
    assert store.add_entries(feed.id, changed, now=NOW + timedelta(hours=1)) == []
    a1, a2, a3 = store.articles_by_ids(ids)
    assert a1.title == "Corrected title" and a1.read and not a1.starred
    assert a1.simplified == "page"
    assert a2.content_html == "<p>full content now</p>" and a2.read and a2.starred
    assert not a3.read
    assert a1.first_seen == NOW  # first seen does not move
    assert store.article_ids(unread=True) == [ids[2]]
    assert store.article_ids(starred=True) == [ids[1]]
    assert store.starred_ids() == {ids[1]}
    store.set_read([ids[0]], read=False)
    assert set(store.article_ids(unread=True)) == {ids[0], ids[2]}


def test_entry_without_date_uses_first_seen_and_future_is_clamped(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed")
    ids = store.add_entries(
        feed.id,
        [
            entry(1, published=None, published_raw="yesterday"),
            entry(2, published=NOW + timedelta(days=3000)),
        ],
        now=NOW,
    )
    a, b = store.articles_by_ids(ids)
    assert a.published == NOW == a.first_seen
    assert b.published == NOW


def test_duplicate_ids_in_one_batch_and_rotating_guids(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed")
    batch = [entry(1), entry(1, title="second copy"), entry(2)]
    assert len(store.add_entries(feed.id, batch, now=NOW)) == 2
    # The guids rotate but link and title stay: the same two articles, state carried over.
    store.set_read(store.article_ids())
    for round_ in range(3):
        rotated = [entry(1, entry_id=f"r{round_}-1"), entry(2, entry_id=f"r{round_}-2")]
        assert store.add_entries(feed.id, rotated, now=NOW) == []
    assert len(store.article_ids()) == 2
    assert store.article_ids(unread=True) == []
    # Two entries sharing link and title but both present keep their own articles.
    twins = [entry(5, entry_id="t1"), entry(5, entry_id="t2")]
    assert len(store.add_entries(feed.id, twins, now=NOW)) == 2
    assert store.add_entries(feed.id, twins, now=NOW) == []
    assert len(store.article_ids()) == 4


def test_unread_counts_and_mark_all_read(store: Store) -> None:
    f1 = store.add_feed("https://a.example/feed")
    f2 = store.add_feed("https://b.example/feed")
    ids1 = store.add_entries(f1.id, [entry(i) for i in range(5)], now=NOW)
    store.add_entries(f2.id, [entry(i) for i in range(3)], now=NOW)
    store.set_read(ids1[:2])
    assert store.unread_counts() == {f1.id: 3, f2.id: 3}
    assert store.mark_all_read(feed_id=f1.id) == 3
    assert store.unread_counts() == {f2.id: 3}
    assert store.mark_all_read(seen_before=NOW) == 0
    assert store.mark_all_read() == 3
    assert store.unread_counts() == {}


def test_newest_first_and_pending_simplify(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed")
    ids = store.add_entries(feed.id, [entry(3), entry(1), entry(2)], now=NOW)
    assert store.article_ids() == [ids[1], ids[2], ids[0]]
    assert [a.id for a in store.articles(limit=2)] == [ids[1], ids[2]]
    store.set_simplified(ids[1], "feed")
    assert [a.id for a in store.pending_simplify()] == [ids[2], ids[0]]
    assert [a.id for a in store.pending_simplify(limit=1)] == [ids[2]]
    with pytest.raises(StoreError):
        store.set_simplified(ids[0], "magic")
    assert store.articles_by_ids([ids[0], 999, ids[1]])[1].id == ids[1]


# -- search ------------------------------------------------------------------------------
def test_search_titles_and_text_ranked(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed")
    ids = store.add_entries(
        feed.id,
        [
            entry(1, title="Gardening tips", summary_html="<p>tomatoes &amp; basil</p>"),
            entry(2, title="Cooking", summary_html="<p>Gardening in the kitchen</p>"),
            entry(3, title="Café culture", summary_html="<p>espresso</p>"),
        ],
        now=NOW,
    )
    assert [a.id for a in store.search("gardening")] == [ids[0], ids[1]]  # title weighs more
    assert [a.id for a in store.search("basil tomatoes")] == [ids[0]]
    assert [a.id for a in store.search("cafe")] == [ids[2]]
    assert [a.id for a in store.search("garden*")] == [ids[0], ids[1]]
    assert store.article_ids(query="espresso") == [ids[2]]
    assert store.article_ids(query="espresso", unread=True, feed_id=feed.id) == [ids[2]]
    # The reader view's text replaces the feed's text in the index.
    store.set_simplified(ids[2], "page", "A long piece about ristretto")
    assert store.search("espresso") == []
    assert [a.id for a in store.search("ristretto")] == [ids[2]]
    store.remove_feed(feed.id)
    assert store.search("ristretto") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND (",
        "(",
        ")",
        "NEAR(",
        "*",
        "title:foo",
        "'; DROP TABLE articles; --",
        "-x",
        "^",
        "a OR",
        'x"y',
        "\x00",
        "",
        "   ",
        "NOT",
        "{title text}: x",
        "\u202e\U0001f600",
        "x" * 5000,
    ],
)
def test_hostile_search_input_never_raises(store: Store, query: str) -> None:
    feed = store.add_feed("https://example.org/feed")
    store.add_entries(feed.id, [entry(1, title="foo AND bar")], now=NOW)
    assert isinstance(store.search(query), list)
    assert isinstance(store.article_ids(query=query), list)
    assert len(store.feeds()) == 1


def test_search_operators_are_words(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed")
    (aid,) = store.add_entries(feed.id, [entry(1, title="Rock AND roll")], now=NOW)
    assert [a.id for a in store.search("rock AND")] == [aid]
    assert store.search("rock OR jazz") == []  # OR is a word here, and no article has it


# -- pruning -----------------------------------------------------------------------------
def test_prune_keeps_unread_and_starred(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed")
    store.set_feed_keep(feed.id, 2)
    entries = [entry(i) for i in range(10)]  # entry 0 is the newest
    ids = store.add_entries(feed.id, entries, now=NOW)
    store.set_read(ids[:8])
    store.set_starred(ids[7])
    pruned = store.prune(feed.id)
    # Read and unstarred: ids[0..6]; the newest two of them stay.
    assert sorted(pruned) == sorted(ids[2:7])
    assert set(store.article_ids()) == {ids[0], ids[1], ids[7], ids[8], ids[9]}
    assert store.prune(feed.id) == []
    # The feed still lists the pruned entries: they do not come back as new unread ones.
    assert store.add_entries(feed.id, entries, now=NOW) == []
    assert store.unread_counts() == {feed.id: 2}


# -- two connections ---------------------------------------------------------------------
def test_reader_connection_sees_the_writers_commits(db_path: Path) -> None:
    writer = Store(db_path)
    reader = Store(db_path, readonly=True)
    try:
        feed = writer.add_feed("https://example.org/feed")
        first = writer.add_entries(feed.id, [entry(1)], now=NOW)
        assert reader.article_ids() == first
        with pytest.raises(StoreError):
            reader.add_feed("https://example.org/other")
        # A long read on the reader does not block the writer (WAL).
        reader._conn.execute("BEGIN")
        reader._conn.execute("SELECT count(*) FROM articles").fetchone()
        second = writer.add_entries(feed.id, [entry(2)], now=NOW)
        assert reader.article_ids() == first  # its snapshot
        reader._conn.execute("COMMIT")
        assert reader.article_ids() == first + second
        assert reader.unread_counts() == {feed.id: 2}
    finally:
        reader.close()
        writer.close()


def test_readonly_on_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "nothing.sqlite3", readonly=True)
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_second_writer_is_told_the_database_is_locked(db_path: Path) -> None:
    with Store(db_path) as s:
        s.add_feed("https://example.org/feed")
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            s._conn.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(DatabaseLocked, match="locked by another program"):
                s.add_feed("https://example.org/second")
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert len(s.feeds()) == 1


# -- OPML --------------------------------------------------------------------------------
def _document() -> OpmlDocument:
    inner = OpmlFolder(
        title="Inner",
        feeds=(OpmlFeed("https://c.example/feed", "C"), OpmlFeed("https://a.example/feed")),
    )
    news = OpmlFolder(
        title="News",
        feeds=(OpmlFeed("https://a.example/feed", "A", "https://a.example/"),),
        folders=(inner,),
    )
    root = OpmlFolder(
        feeds=(OpmlFeed("https://top.example/feed", "Top"),),
        folders=(news,),
    )
    return OpmlDocument(title="Mine", root=root)


def test_import_and_export_opml(store: Store) -> None:
    store.add_feed("https://top.example/feed", "Already here")
    assert store.import_opml(_document()) == (2, 2)
    assert store.import_opml(_document()) == (0, 4)
    names = {f.name for f in store.folders()}
    assert names == {"News", "Inner"}
    exported = store.export_opml()
    assert [f.url for f in exported.root.feeds] == ["https://top.example/feed"]
    (news,) = exported.root.folders
    assert news.title == "News" and news.feeds[0].site_url == "https://a.example/"
    assert news.folders[0].title == "Inner"
    assert news.folders[0].feeds[0].url == "https://c.example/feed"


def test_import_opml_is_all_or_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    original = Store._add_feed

    def failing(self: Store, url: str, title: str, **kw: object) -> int:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise sqlite3.OperationalError("database or disk is full")
        return original(self, url, title, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "_add_feed", failing)
    with pytest.raises(StoreError, match="disk is full"):
        store.import_opml(_document())
    assert store.feeds() == [] and store.folders() == []


def test_import_deep_opml_without_recursion(store: Store) -> None:
    node = OpmlFolder(title="level 3000", feeds=(OpmlFeed("https://deep.example/feed"),))
    for depth in range(2999, 0, -1):
        node = OpmlFolder(title=f"level {depth}", folders=(node,))
    assert store.import_opml(OpmlDocument(root=OpmlFolder(folders=(node,)))) == (1, 0)
    exported = store.export_opml()
    node = exported.root.folders[0]
    depth = 1
    while node.folders:
        node = node.folders[0]
        depth += 1
    assert depth == 3000 and node.feeds[0].url == "https://deep.example/feed"


def test_import_into_a_folder(store: Store) -> None:
    target = store.add_folder("Imported")
    store.import_opml(_document(), folder_id=target.id)
    assert store.feed_by_url("https://top.example/feed").folder_id == target.id  # type: ignore[union-attr]
    assert {f.parent_id for f in store.folders() if f.name == "News"} == {target.id}


def test_backup_copies_everything(store: Store, tmp_path: Path) -> None:
    feed = store.add_feed("https://example.org/feed")
    store.add_entries(feed.id, [entry(1)], now=NOW)
    store.backup(tmp_path / "copies" / "backup.sqlite3")
    with Store(tmp_path / "copies" / "backup.sqlite3") as copy:
        assert [f.url for f in copy.feeds()] == ["https://example.org/feed"]
        assert len(copy.article_ids()) == 1


def test_move_folder_refuses_cycles(store: Store) -> None:
    a = store.add_folder("A")
    b = store.add_folder("B", a.id)
    c = store.add_folder("C")
    store.move_folder(c.id, b.id)
    assert store.folder(c.id).parent_id == b.id
    for inside in (a.id, b.id, c.id):
        with pytest.raises(StoreError, match="inside itself"):
            store.move_folder(a.id, inside)
    store.move_folder(b.id, None)
    assert store.folder(b.id).parent_id is None
    with pytest.raises(NotFoundError):
        store.move_folder(a.id, 999)


def test_guids_moving_to_https_keep_the_articles(store: Store) -> None:
    feed = store.add_feed("https://example.org/feed")
    old = [
        entry(n, entry_id=f"http://example.org/{n}", link=f"http://example.org/{n}") for n in (1, 2)
    ]
    ids = store.add_entries(feed.id, old, now=NOW)
    store.set_read(ids[:1])
    new = [entry(n, entry_id=f"https://example.org/{n}") for n in (1, 2)]
    assert store.add_entries(feed.id, new, now=NOW) == []
    a1, a2 = store.articles_by_ids(ids)
    assert (a1.entry_id, a1.link, a1.read) == (
        "https://example.org/1",
        "https://example.org/1",
        True,
    )
    assert a2.entry_id == "https://example.org/2" and not a2.read


def test_a_closed_store_says_so(db_path: Path) -> None:
    store = Store(db_path)
    store.close()
    store.close()
    with pytest.raises(StoreError):
        store.feeds()
