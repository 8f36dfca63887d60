"""One encoding decision for a feed's bytes (reader.core.feeds.decode; issue 9 item 5, F4).

BOM first, then the XML declaration, then (only without a declaration) the HTTP charset, then
the bytes: UTF-8 with U+FFFD for the few bad bytes when it has valid multi-byte sequences,
Windows-1252 when it has none. Both readers (fast path and feedparser) see the same text.
"""

from __future__ import annotations

import codecs
import dataclasses
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.feeds.decode import LEGACY_WARNING, REPLACED_WARNING, decode
from reader.core.feeds.parse import parse_feed

NOW = datetime(2026, 10, 5, 12, 0, tzinfo=UTC)
URL = "https://enc.example/feed"


def feed(title: str, declaration: str | None = "utf-8") -> str:
    head = f'<?xml version="1.0" encoding="{declaration}"?>' if declaration else ""
    return (
        f'{head}<rss version="2.0"><channel><title>{title}</title>'
        f"<item><guid>1</guid><title>{title}</title></item></channel></rss>"
    )


def titles(body: bytes, content_type: str = "application/rss+xml") -> tuple[str, str]:
    """(feed title, entry title), checked equal through the fast path and feedparser alone."""
    ours = parse_feed(body, URL, content_type, now=NOW)
    theirs = parse_feed(body, URL, content_type, now=NOW, fast=False)
    assert dataclasses.replace(ours, warnings=()) == dataclasses.replace(theirs, warnings=())
    return ours.title, ours.entries[0].title


def test_seven_bad_bytes_and_five_good_characters_stay_utf8() -> None:
    # The drill: before, the whole feed was read as ISO-8859-2 (every "é" became "Ă©").
    good = "é ü ñ — ☃"  # 5 valid non-ASCII characters
    body = feed(good + " \udcff").encode("utf-8", "surrogateescape")
    body = body.replace(b"\xff", b"\xff\xfe\x80\x81\xc3\xc0\xf5")  # 7 invalid bytes, twice
    feed_title, entry_title = titles(body)
    assert feed_title.startswith(good) and entry_title.startswith(good)
    assert "\ufffd" in entry_title and "Ă" not in entry_title
    decoded = decode(body)
    assert decoded.encoding == "utf-8" and decoded.warning == REPLACED_WARNING


@pytest.mark.parametrize(
    ("body", "content_type", "codec"),
    [
        # a BOM wins over the declaration and the HTTP charset
        (codecs.BOM_UTF8 + feed("Café", "iso-8859-1").encode(), "text/xml; charset=koi8-r", "utf-8"),
        (codecs.BOM_UTF16_LE + feed("Café", "utf-8").encode("utf-16-le"), "", "utf-16-le"),
        # no BOM: the declaration wins over the HTTP charset
        (feed("Café", "windows-1252").encode("cp1252"), "application/xml; charset=utf-8", "cp1252"),
        (feed("Café", "utf-8").encode(), "application/xml; charset=iso-8859-1", "utf-8"),
        # no declaration: the HTTP charset, when the bytes are not UTF-8
        (feed("Café", None).encode("iso-8859-1"), "application/xml; charset=iso-8859-1", "latin-1"),
        (feed("Café", None).encode("utf-8"), "application/xml; charset=iso-8859-1", "utf-8"),
        # nothing declared: UTF-8 if the bytes are, else Windows-1252
        (feed("Café", None).encode("utf-8"), "", "utf-8"),
        (feed("Café “quoted”", None).encode("cp1252"), "", "cp1252"),
        # UTF-16 without a BOM, recognised by its first bytes
        (feed("Café", None).encode("utf-16-le"), "", "utf-16-le"),
    ],
    ids=["bom8-over-all", "bom16", "decl-over-http", "decl8-over-http", "http-latin1",
         "utf8-over-http-latin1", "none-utf8", "none-cp1252", "utf16-no-bom"],
)  # fmt: skip
def test_which_encoding_wins(body: bytes, content_type: str, codec: str) -> None:
    decoded = decode(body, content_type)
    assert codecs.lookup(decoded.encoding).name == codecs.lookup(codec).name
    assert titles(body, content_type)[1].startswith("Café")


def test_real_latin1_declared_utf8_is_not_replacement_characters() -> None:
    # Declared UTF-8 but not one valid multi-byte sequence: a legacy document mislabelled.
    body = feed("Ça coûte très cher", "utf-8").encode("iso-8859-1")
    assert titles(body)[1] == "Ça coûte très cher"
    assert decode(body).warning == LEGACY_WARNING


def test_mostly_valid_utf8_without_declaration() -> None:
    body = feed("naïve café ☃ \udcff", None).encode("utf-8", "surrogateescape")
    assert titles(body)[1] == "naïve café ☃ \ufffd"


def test_undeclared_mostly_invalid_is_windows_1252_with_latin1_for_its_holes() -> None:
    body = feed("a\x81b\x93q\x94", None).encode("latin-1")  # 0x81 is undefined in cp1252
    assert decode(body).text.count("“") == 2 and "\x81" in decode(body).text


def test_a_declared_utf16_in_ascii_bytes_is_not_believed() -> None:
    body = feed("Café", "utf-16").encode("utf-8")
    assert decode(body).encoding == "utf-8"
    assert titles(body)[1] == "Café"


TITLE_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<&>\ufffd")
CODECS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "iso-8859-1",
          "iso-8859-2", "koi8-r", "shift_jis", "gb18030"]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.text(TITLE_CHARS, min_size=1, max_size=30), st.sampled_from(CODECS))
def test_any_title_in_any_declared_encoding_round_trips(title: str, codec: str) -> None:
    # What the codec can carry, as it carries it: a character it cannot encode is left out, and
    # one it maps to another comes back as that one (shift_jis writes "¥" as its backslash byte,
    # which reads back as "\\").
    title = " ".join(title.encode(codec, "ignore").decode(codec).split()) or "x"
    body = feed(title, codec).encode(codec)
    assert decode(body).text.endswith(feed(title, codec)[-40:])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from("aé€☃😀 z"), min_size=2, max_size=30),
    st.lists(
        st.tuples(st.integers(0, 29), st.sampled_from([b"\xff", b"\xc0", b"\xf5", b"\xfe\xfe"])),
        min_size=1,
        max_size=4,
    ),
)
def test_bad_bytes_in_declared_utf8_become_replacements_and_nothing_else_changes(
    chars: list[str], bad: list[tuple[int, bytes]]
) -> None:
    pieces = [c.encode() for c in chars]
    if not any(len(p) > 1 for p in pieces):
        pieces.append("é".encode())
    for position, junk in sorted(bad, reverse=True):
        pieces.insert(min(position, len(pieces)), junk)
    text = b"".join(pieces)
    body = (
        feed("").encode().replace(b"<title></title><item>", b"<title>" + text + b"</title><item>")
    )
    decoded = decode(body)
    assert decoded.encoding == "utf-8"
    good = b"".join(p for p in pieces if p.decode("utf-8", "ignore")).decode()
    assert good in decoded.text.replace("\ufffd", "")
    assert decoded.text.count("\ufffd") >= 1
