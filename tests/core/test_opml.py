"""reader.core.feeds.opml: nested import/export, hostile files (RELIABILITY rows O1-O5)."""

from __future__ import annotations

import random
import re

import pytest

from reader.core.feeds.opml import (
    DTD_MESSAGE,
    ENTITIES_MESSAGE,
    MAX_FOLDER_DEPTH,
    parse_opml,
    write_opml,
)
from reader.core.parsed import OpmlDocument, OpmlFeed, OpmlFolder
from reader.core.urls import feed_url_problem, normalize_feed_url
from reader.errors import OpmlError
from tests.conftest import FIXTURES
from tests.httpserver import FixtureServer

OPML = FIXTURES / "opml"


def read(name: str) -> OpmlDocument:
    return parse_opml((OPML / name).read_bytes())


def all_feeds(folder: OpmlFolder) -> list[OpmlFeed]:
    """Every feed in a folder tree, depth first (iterative)."""
    found: list[OpmlFeed] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        found.extend(current.feeds)
        pending.extend(reversed(current.folders))
    return found


# --- import ---------------------------------------------------------------------------------


def test_nested_folders_titles_and_site_urls() -> None:
    document = read("nested.opml")
    assert document.title == "My & your subscriptions"
    root = document.root
    assert root.feeds == (
        OpmlFeed("https://top.example/feed.xml", "Top-level feed", "https://top.example/"),
    )
    assert [f.title for f in root.folders] == ["News", "Tech"]  # the emptied folder is gone
    news, tech = root.folders
    assert news.feeds == (
        OpmlFeed("https://world.example/rss", "World", "https://world.example/"),
        OpmlFeed("http://plain-http.example/atom", "Only a title attribute", ""),
    )
    (local,) = news.folders
    assert local.title == "Local"
    assert local.feeds == (
        OpmlFeed("https://city.example/feed", "City", ""),  # feed:// -> https, js: site dropped
        OpmlFeed("https://town.example/feed", "Town", ""),  # feed:https:// -> https
    )
    # attribute names in any case; the duplicate of World merged (first wins)
    assert tech.feeds == (
        OpmlFeed("https://gadgets.example/feed", "Gadgets", "https://gadgets.example/"),
    )
    assert any("duplicate" in line for line in document.skipped)
    assert any("without a feed address" in line for line in document.skipped)
    assert any("file:///etc/passwd" in line for line in document.skipped)


def test_hostile_schemes_are_skipped_with_reasons() -> None:
    document = read("hostile_schemes.opml")
    assert [f.url for f in document.root.feeds] == [
        "https://good.example/rss",
        "https://good2.example/rss",
        "https://good3.example/rss",
    ]
    skipped = "\n".join(document.skipped)
    for reason in ("(file:)", "(javascript:)", "(exec:)", "(filter:)", "(data:)", "(ftp:)"):
        assert f"unsupported address {reason}" in skipped
    assert "newsboat pipe (|~/script): not a web address" in skipped
    assert "relative (/feed.xml): not a web address" in skipped
    assert len(document.skipped) == 9


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("feed://a.example/rss", ("https://a.example/rss", "")),
        ("FEED://a.example/rss", ("https://a.example/rss", "")),
        ("feed:https://a.example/rss", ("https://a.example/rss", "")),
        ("feed:http://a.example/rss", ("http://a.example/rss", "")),
        ("feed:javascript:alert(1)", ("", "unsupported address (feed:)")),
        ("https://a.example/a feed.xml", ("https://a.example/a%20feed.xml", "")),
        ("https://a.example:99999/", ("", "not a web address")),
        ("http:///no-host", ("", "not a web address")),
        ("https://a.example/\nx", ("", "not a web address")),
        ("a.example/feed", ("", "not a web address")),
        ("vbscript:x", ("", "unsupported address (vbscript:)")),
    ],
)
def test_feed_url_mapping(url: str, expected: tuple[str, str]) -> None:
    assert feed_url_problem(url) == expected
    assert normalize_feed_url(url) == expected[0]


def test_category_attributes_are_ignored() -> None:
    data = (
        b'<opml version="2.0"><body><outline text="a" category="/x/y,&lt;b&gt;" '
        b'xmlUrl="https://a.example/f"/></body></opml>'
    )
    assert parse_opml(data).root.feeds == (OpmlFeed("https://a.example/f", "a", ""),)


def test_titles_are_plain_text() -> None:
    data = (
        b'<opml version="2.0"><head><title>&lt;img src="/dev/zero"&gt;Mine</title></head><body>'
        b'<outline text="&lt;b&gt;Bold&lt;/b&gt;&#10;news &#x202e;x" xmlUrl="https://a.example/f"/>'
        b"</body></opml>"
    )
    document = parse_opml(data)
    assert document.title == "Mine"
    assert document.root.feeds[0].title == "Bold news x"


def test_deep_nesting_is_flattened_not_a_recursion_error() -> None:
    depth = 5000
    data = (
        b'<opml version="2.0"><body>'
        + b'<outline text="level">' * depth
        + b'<outline text="leaf" xmlUrl="https://deep.example/f"/>'
        + b"</outline>" * depth
        + b"</body></opml>"
    )
    document = parse_opml(data)
    folder, levels = document.root, 0
    while folder.folders:
        (folder,) = folder.folders
        levels += 1
    assert levels == MAX_FOLDER_DEPTH
    assert folder.feeds == (OpmlFeed("https://deep.example/f", "leaf", ""),)
    write_opml(document)  # and exporting it is fine too


def test_a_feed_outline_with_children_keeps_both() -> None:
    data = (
        b'<opml version="2.0"><body><outline text="Folder"><outline text="parent" '
        b'xmlUrl="https://p.example/f"><outline text="child" xmlUrl="https://c.example/f"/>'
        b"</outline></outline></body></opml>"
    )
    (folder,) = parse_opml(data).root.folders
    assert [f.title for f in folder.feeds] == ["parent", "child"]


def test_an_opml_without_feeds_is_an_empty_document() -> None:
    document = parse_opml(b'<opml version="1.0"><head/><body/></opml>')
    assert document.root == OpmlFolder()
    assert document.skipped == ()


# --- refused whole (O1, malformed) ----------------------------------------------------------


@pytest.mark.parametrize("name", ["billion_laughs.opml", "xxe_file.opml"])
def test_entities_and_dtds_refused(name: str) -> None:
    with pytest.raises(OpmlError, match=f"^{ENTITIES_MESSAGE}$"):
        read(name)


@pytest.mark.parametrize(
    "doctype", ['<!DOCTYPE opml SYSTEM "file:///etc/passwd">', "<!DOCTYPE opml>", "<!DOCTYPE html>"]
)
def test_a_doctype_without_entities_is_refused_in_its_own_words(doctype: str) -> None:
    """It was refused as "uses XML entities", which it does not."""
    data = (
        (OPML / "xxe_external_dtd.opml")
        .read_bytes()
        .replace(b'<!DOCTYPE opml SYSTEM "file:///etc/passwd">', doctype.encode())
    )
    with pytest.raises(OpmlError, match=f"^{re.escape(DTD_MESSAGE)}$"):
        parse_opml(data)


def test_quadratic_blowup_refused() -> None:
    data = (
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "{"A" * 50_000}">]>'
        f'<opml><body><outline text="{"&a;" * 50_000}" xmlUrl="https://a.example/"/></body></opml>'
    ).encode()
    with pytest.raises(OpmlError, match=f"^{ENTITIES_MESSAGE}$"):
        parse_opml(data)


def test_xxe_to_an_http_url_is_never_fetched(server: FixtureServer) -> None:
    server.add("/x.dtd", body=b'<!ENTITY e "LEAK">', content_type="application/xml-dtd")
    dtd = server.url("/x.dtd")
    bodies = [
        f'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "{dtd}"><opml><body/></opml>',
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY e SYSTEM "{dtd}">]>'
        "<opml><head><title>&e;</title></head><body/></opml>",
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY % p SYSTEM "{dtd}"> %p;]><opml/>',
    ]
    for body in bodies:
        with pytest.raises(OpmlError):
            parse_opml(body.encode())
    assert server.hits["/x.dtd"] == 0


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("not_xml.opml", "not an OPML file: "),
        ("not_opml.opml", "not an OPML file: the document is <rss>"),
        ("truncated.opml", "not an OPML file: "),
    ],
)
def test_malformed_files_are_refused_whole(name: str, words: str) -> None:
    with pytest.raises(OpmlError) as caught:
        read(name)
    assert str(caught.value).startswith(words)


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01", b"<opml", b"<html><body/></html>"])
def test_other_garbage_refused(data: bytes) -> None:
    with pytest.raises(OpmlError, match=r"^not an OPML file"):
        parse_opml(data)


# --- export and round trip (O5) -------------------------------------------------------------

AWKWARD = [
    'say "hi"',
    "x < y & z > w",
    "emoji 📰🗞️",
    "עברית ו-العربية",
    "vertical\x0btab",
    "nul\x00byte",
    "lone \ud800 surrogate",
    "apostrophe's",
    "tab\tand  spaces",
]


def awkward_document(feeds: int = 2000, folders: int = 40) -> OpmlDocument:
    """``feeds`` feeds in nested folders with awkward titles."""
    rng = random.Random(7)
    buckets: list[list[OpmlFeed]] = [[] for _ in range(folders + 1)]
    for i in range(feeds):
        title = f"{AWKWARD[i % len(AWKWARD)]} #{i}"
        url = f"https://feeds{i}.example/rss?a=1&b={i}"
        site = f"https://site{i}.example/" if i % 3 else ""
        buckets[rng.randrange(folders + 1)].append(OpmlFeed(url, title, site))
    subfolders = [
        OpmlFolder(
            title=f"{AWKWARD[n % len(AWKWARD)]} folder {n}",
            feeds=tuple(buckets[n + 1][: len(buckets[n + 1]) // 2]),
            folders=(OpmlFolder(f"inner {n}", tuple(buckets[n + 1][len(buckets[n + 1]) // 2 :])),),
        )
        for n in range(folders)
    ]
    return OpmlDocument("Export \x0b test", OpmlFolder("", tuple(buckets[0]), tuple(subfolders)))


def test_export_is_opml_20_utf8_with_illegal_characters_stripped() -> None:
    data = write_opml(awkward_document(60, 4))
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert b'<opml version="2.0">' in data
    assert b"\x0b" not in data and b"\x00" not in data
    data.decode("utf-8")  # strict: no lone surrogate made it out
    assert b'type="rss"' in data and b"xmlUrl=" in data and b"htmlUrl=" in data


def test_round_trip_2000_feeds_is_identical() -> None:
    original = awkward_document()
    first = parse_opml(write_opml(original))
    second = parse_opml(write_opml(first))
    assert (second.title, second.root) == (first.title, first.root)
    assert first.skipped == second.skipped == ()
    feeds = all_feeds(first.root)
    assert len(feeds) == 2000
    titles = {f.title for f in feeds}
    assert 'say "hi" #0' in titles
    assert "x < y & z > w #1" in titles
    assert "emoji 📰🗞️ #2" in titles
    assert "עברית ו-العربية #3" in titles
    assert "verticaltab #4" in titles
    assert "nulbyte #5" in titles
    assert {f.url for f in feeds} == {f.url for f in all_feeds(original.root)}
    assert first.title == "Export test"
    assert [f.title for f in first.root.folders] == [f.title for f in second.root.folders]


def test_export_of_an_empty_document() -> None:
    assert parse_opml(write_opml(OpmlDocument())) == OpmlDocument()


# --- scale (O3) -----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_hundred_thousand_outlines() -> None:
    lines = [b'<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><body>']
    padding = b"d" * 300
    for i in range(100_000):
        if i % 1000 == 0:
            lines.append(b'<outline text="Folder %d" category="/c">' % (i // 1000))
        url = b"https://f%d.example/rss" % (i % 90_000)  # 10,000 duplicates
        if i % 500 == 0:
            lines.append(b'<outline text="no url %d"/>' % i)
        lines.append(
            b'<outline text="Feed %d" type="rss" xmlUrl="%s" category="/x,/y" description="%s"/>'
            % (i, url, padding)
        )
        if i % 1000 == 999:
            lines.append(b"</outline>")
    lines.append(b"</body></opml>")
    data = b"\n".join(lines)
    assert len(data) > 40_000_000
    document = parse_opml(data)
    assert len(document.root.folders) == 90  # the last 10 hold only duplicates: dropped
    assert len(all_feeds(document.root)) == 90_000
    assert "10000 duplicate feeds were merged" in document.skipped
    assert "200 outlines without a feed address were skipped" in document.skipped


def test_mutated_opml_files_never_raise_anything_but_opml_error() -> None:
    from tests.core.test_feeds_hostile import _mutate

    rng = random.Random(11)
    seeds = [p.read_bytes() for p in sorted(OPML.iterdir())]
    for _ in range(400):
        data = _mutate(rng, rng.choice(seeds))
        try:
            document = parse_opml(data)
        except OpmlError as exc:
            assert str(exc)
        else:
            assert all(
                feed.url.startswith(("http://", "https://")) for feed in all_feeds(document.root)
            )
            parse_opml(write_opml(document))


@pytest.mark.parametrize("codec", ["windows-1252", "utf-16", "utf-8-sig"])
def test_declared_encodings(codec: str) -> None:
    declared = "utf-8" if codec == "utf-8-sig" else codec
    text = (
        f'<?xml version="1.0" encoding="{declared}"?><opml version="1.0"><body>'
        '<outline text="Café “quoted”" xmlUrl="https://a.example/f"/></body></opml>'
    )
    (feed,) = parse_opml(text.encode(codec)).root.feeds
    assert feed.title == "Café “quoted”"
