"""Full-text search in scripts written without spaces (issue 11 bug 4): Chinese, Japanese,
Korean and Thai words inside titles and text are found, one- and two-character words too;
Arabic and English words still come from the word index; the substring index follows every
write, is filled by the migration from an older database, and `broadsheet search` finds them."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main as cli
from reader.core.parsed import ParsedEntry
from reader.store import schema
from reader.store.connection import connect
from reader.store.db import Store
from reader.store.substrings import SUBSTRING_TABLE, needs_substrings, search_condition

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TEXTS = {
    "zh": ("中国宇航员完成太空行走任务", "神舟飞船的航天员今天在轨道上工作了六个小时。"),
    "ja": ("宇宙飛行士が月面に着陸", "探査機は東京時間の午前に着陸した。"),
    "ko": ("우주비행사가 지구로 귀환했다", "국제우주정거장에서 여섯 달을 보냈다."),
    "th": ("นักบินอวกาศเดินทางกลับสู่โลก", "ยานอวกาศลงจอดในทะเลทรายเมื่อเช้านี้"),
    "ar": ("رائد فضاء يعود إلى الأرض", "هبطت المركبة في الصحراء صباح اليوم بعد ستة أشهر"),
    "en": ("Astronauts return to Earth", "The capsule landed in the desert this morning."),
}


def entry(key: str, n: int) -> ParsedEntry:
    title, text = TEXTS[key]
    return ParsedEntry(
        entry_id=f"urn:{key}",
        title=title,
        link=f"https://news.example/{key}",
        published=NOW - timedelta(hours=n),
        content_html=f"<p>{text}</p>",
    )


@pytest.fixture
def store(profile: Path) -> Store:
    s = Store(profile / "data" / "broadsheet.sqlite3")
    feed = s.add_feed("https://news.example/feed.xml", "World")
    s.add_entries(feed.id, [entry(key, n) for n, key in enumerate(TEXTS)], now=NOW)
    yield s  # type: ignore[misc]
    s.close()


def found(store: Store, query: str) -> set[str]:
    """The languages of the articles a search finds (both ways the store searches)."""
    by_search = {a.link.rsplit("/", 1)[1] for a in store.search(query)}
    ids = store.article_ids(query=query)
    by_filter = {a.link.rsplit("/", 1)[1] for a in store.articles_by_ids(ids)}
    assert by_search == by_filter
    return by_search


@pytest.mark.parametrize(
    ("query", "languages"),
    [
        ("宇航员", {"zh"}),  # a word inside a Chinese title
        ("太空", {"zh"}),  # two characters: shorter than a trigram
        ("航天员", {"zh"}),  # inside the text only
        ("宇", {"zh", "ja"}),  # one character
        ("宇宙飛行士", {"ja"}),
        ("着陸", {"ja"}),
        ("우주비행사", {"ko"}),  # the particle 가 is attached in the title
        ("อวกาศ", {"th"}),  # "space", inside Thai words of title and text
        ("นักบิน", {"th"}),
        ("فضاء", {"ar"}),  # Arabic has spaces: the word index
        ("الصحراء", {"ar"}),
        ("astronaut*", {"en"}),
        ("desert", {"en"}),
        ("宇航员 太空", {"zh"}),  # every term must match
        ("宇航员 着陸", set()),
        ("Earth 宇航员", set()),
        ("月面", {"ja"}),
        ("%", set()),
        ("_", set()),
    ],
)
def test_words_in_every_script_are_found(store: Store, query: str, languages: set[str]) -> None:
    assert found(store, query) == languages


def test_like_wildcards_in_a_short_query_are_plain_text(store: Store) -> None:
    assert found(store, "宇%") == set()
    assert found(store, "太_") == set()


def test_the_substring_index_follows_every_write(store: Store) -> None:
    feed = store.feeds()[0]
    changed = entry("zh", 0)
    changed = ParsedEntry(**{**changed.__dict__, "title": "火星探测器着陆"})
    store.add_entries(feed.id, [changed], now=NOW)
    assert found(store, "宇航员") == set()  # the old title is gone from the index
    assert found(store, "火星") == {"zh"}
    assert found(store, "完成太空") == set()
    (zh,) = [a for a in store.articles() if a.link.endswith("/zh")]
    store.set_simplified(zh.id, "page", "嫦娥六号从月球背面带回样品")
    assert found(store, "月球背面") == {"zh"}
    assert found(store, "航天员") == set()
    store.remove_feed(feed.id)
    assert found(store, "火星") == set()
    left = store._conn.execute(f"SELECT count(*) FROM {SUBSTRING_TABLE}").fetchone()
    assert left[0] == 0


def test_an_older_database_is_migrated_and_searchable(profile: Path) -> None:
    path = profile / "data" / "old.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    conn, _new = connect(path, readonly=False)
    schema.migrate(conn, path, is_new=True, migrations=schema.MIGRATIONS[:2])
    conn.execute("INSERT INTO feeds (id, url, title) VALUES (1, 'https://a.example/f', 'A')")
    conn.execute(
        "INSERT INTO articles (id, feed_id, entry_id, title, link, published, first_seen)"
        " VALUES (7, 1, 'e', '中国宇航员返回地球', 'https://a.example/7', 0, 0)"
    )
    conn.execute("INSERT INTO article_state (article_id) VALUES (7)")
    conn.execute(
        "INSERT INTO article_search (rowid, title, text) VALUES (7, '中国宇航员返回地球', '')"
    )
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert [a.id for a in store.search("宇航员")] == [7]
        assert [a.id for a in store.search("地球")] == [7]


def test_cli_search_finds_cjk_thai_and_arabic(
    store: Store, profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for query, key in (("宇航员", "zh"), ("太空", "zh"), ("อวกาศ", "th"), ("فضاء", "ar")):
        assert cli.main(["--profile", str(profile), "--json", "search", query]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert [row["title"] for row in rows] == [TEXTS[key][0]]


def test_only_articles_in_such_scripts_are_copied(store: Store) -> None:
    rows = store._conn.execute(f"SELECT title FROM {SUBSTRING_TABLE}").fetchall()
    assert {r[0] for r in rows} == {TEXTS[k][0] for k in ("zh", "ja", "ko", "th")}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_input_gives_a_safe_condition(text: str) -> None:
    condition = search_condition(text)
    if condition is None:
        return
    sql, params, only_words = condition
    assert sql.count("?") == len(params)
    terms = [t.rstrip("*") for t in re.sub(r"[\x00-\x1f\x7f]", " ", text).split()]
    substrings = [t for t in terms if re.search(r"[^\W_]", t) and needs_substrings(t)]
    assert only_words == (not substrings)


def test_no_ascii_character_is_of_a_script_without_spaces() -> None:
    """needs_substrings answers False for ASCII text without its pattern: it must be right."""
    from reader.store.substrings import NO_SPACE_SCRIPTS

    assert not [c for c in map(chr, range(128)) if re.search(NO_SPACE_SCRIPTS, c)]
    assert needs_substrings("abc 宇航员") and not needs_substrings("plain ASCII words")


@pytest.mark.parametrize(
    ("query", "languages"),
    [
        ("宇 " * 1500, {"zh", "ja"}),  # 1,500 LIKE conditions: 'Expression tree is too large'
        ("宇宙 " * 1500, {"ja"}),
        ("Astro* " * 3000, {"en"}),
        ("return " * 5000, {"en"}),
        ("return " + " ".join(f"w{i}" for i in range(5000)), set()),  # every term must match
    ],
)
def test_a_pasted_page_as_the_query_searches_its_first_terms_once(
    store: Store, query: str, languages: set[str]
) -> None:
    """A query of thousands of terms (a page pasted into the search box) found nothing: SQLite
    refused the condition, or each repeat cost a look-up (3,000 x 'word*': 2.7 s over 200
    articles). Each term counts once, and the first 32 terms are searched."""
    assert found(store, query) == languages
