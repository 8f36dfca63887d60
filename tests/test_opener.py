"""``broadsheet FILE_OR_URL``: which files and addresses are imported, subscribed or refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.opener import OpenRequest, classify_one, classify_open_args

RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>Example</title><link>https://example.org/</link>
<atom:link rel="self" href="https://example.org/feed.xml" type="application/rss+xml"/>
<item><title>One</title></item></channel></rss>"""

RSS_NO_SELF = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
<link>https://example.org/blog/</link></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
<link href="https://atom.example/"/><link rel="self" href="https://atom.example/atom.xml"/>
<entry><title>x</title><link href="https://atom.example/entry"/></entry></feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://rdf.example/index.rdf"><title>RDF</title>
<link>https://rdf.example/</link></channel></rdf:RDF>"""

OPML = """<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
<outline text="a" xmlUrl="https://a.example/feed"/></body></opml>"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        ("https://example.org/feed", ("feed", "https://example.org/feed")),
        ("http://127.0.0.1:8000/rss", ("feed", "http://127.0.0.1:8000/rss")),
        ("feed://example.org/rss.xml", ("feed", "https://example.org/rss.xml")),
        ("feed:https://example.org/atom", ("feed", "https://example.org/atom")),
        ("FEED:http://example.org/atom", ("feed", "http://example.org/atom")),
    ],
)
def test_urls_are_subscribed(arg: str, expected: tuple[str, str]) -> None:
    assert classify_one(arg) == expected


@pytest.mark.parametrize(
    "arg",
    [
        "javascript:alert(1)",
        "ftp://example.org/feed",
        "data:text/xml,<rss/>",
        "exec:rm -rf ~",
        "feed:javascript:alert(1)",
        "https://",
        "file://otherhost/etc/feed.xml",
    ],
)
def test_other_schemes_are_refused_with_words(arg: str) -> None:
    request = classify_one(arg)
    assert request.kind == "invalid"
    assert arg in request.target


def test_opml_file_by_path_and_file_uri(tmp_path: Path) -> None:
    path = _write(tmp_path, "my subscriptions.opml", OPML)
    assert classify_one(str(path)) == ("opml", str(path.resolve()))
    assert classify_one(path.as_uri()) == ("opml", str(path.resolve()))


def test_opml_recognised_by_content_without_suffix(tmp_path: Path) -> None:
    path = _write(tmp_path, "export.xml", OPML)
    assert classify_one(str(path)).kind == "opml"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (RSS, "https://example.org/feed.xml"),
        (RSS_NO_SELF, "https://example.org/blog/"),
        (ATOM, "https://atom.example/atom.xml"),
        (RDF, "https://rdf.example/index.rdf"),
    ],
)
def test_feed_file_subscribes_to_its_own_address(tmp_path: Path, text: str, url: str) -> None:
    path = _write(tmp_path, "feed.xml", text)
    assert classify_one(str(path)) == ("feed", url)


def test_json_feed_file(tmp_path: Path) -> None:
    body = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "J",
        "feed_url": "https://json.example/feed.json",
        "items": [],
    }
    path = _write(tmp_path, "feed.json", json.dumps(body))
    assert classify_one(str(path)) == ("feed", "https://json.example/feed.json")


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("notes.txt", "just some text", "not an OPML file or a feed"),
        ("feed.xml", "<rss><channel><title>x</title></channel></rss>", "does not say"),
        ("bad.xml", "<rss><channel><link>file:///etc/passwd</link></channel></rss>", "not a web"),
        ("broken.xml", "<rss><channel><link>https://x", "does not say"),
        (
            "bomb.xml",
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel>'
            "<link>&a;</link></channel></rss>",
            "does not say",
        ),
    ],
)
def test_unusable_files_are_explained(tmp_path: Path, name: str, text: str, words: str) -> None:
    request = classify_one(str(_write(tmp_path, name, text)))
    assert request.kind == "invalid"
    assert words in request.target


def test_missing_file(tmp_path: Path) -> None:
    request = classify_one(str(tmp_path / "nope.opml"))
    assert request == OpenRequest("invalid", f"{tmp_path / 'nope.opml'}: no such file")


def test_options_are_skipped_and_order_kept(tmp_path: Path) -> None:
    opml = _write(tmp_path, "subs.opml", OPML)
    args = ["--profile", str(tmp_path), "--verbose", str(opml), "https://example.org/rss"]
    assert classify_open_args(args) == [
        ("opml", str(opml.resolve())),
        ("feed", "https://example.org/rss"),
    ]
    assert classify_open_args([]) == []
