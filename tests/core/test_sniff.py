"""A body served as a web page that is a PDF, an image, an archive or a program is refused in
words ("not a web page (a PDF)") instead of shown as an article of its bytes; any text, in
UTF-8, UTF-16 or UTF-32 with or without a mark, and a page with a few stray NULs, is read."""

from __future__ import annotations

import json
import random
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cli import main as cli
from reader.core.sniff import binary_kind, not_a_page
from tests.feedkit import RSS_TYPE, Item, article_page, rss
from tests.httpserver import FixtureServer
from tests.props import PROPERTY

PAGE_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + bytes(13)


@PROPERTY
@given(PAGE_TEXT, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le"]))
def test_property_text_is_never_taken_for_a_binary_file(text: str, codec: str) -> None:
    page = f"<!DOCTYPE html><html><body><p>Words and more words. {text}</p></body></html>"
    body = page.encode(codec, errors="replace")
    charset = "" if codec == "utf-8" else f"; charset={codec}"
    if codec == "utf-8" or not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        assert binary_kind(body, f"text/html{charset}") == "", body[:80]
    assert binary_kind(body, "text/html") == "" or codec != "utf-8", body[:80]


@PROPERTY
@given(st.integers(0, 2**32), st.integers(300, 5000), st.sampled_from(["", "text/html"]))
def test_property_compressed_bytes_are_refused(seed: int, size: int, content_type: str) -> None:
    packed = zlib.compress(random.Random(seed).randbytes(size))
    assert binary_kind(packed, content_type) == "binary file"


@pytest.mark.parametrize("body", [bytes(2000), b"a\x00" * 3 + bytes(100)])
def test_runs_of_nul_bytes_are_not_text(body: bytes) -> None:
    assert binary_kind(body, "text/html") == "binary file"


@pytest.mark.parametrize(
    ("body", "kind"),
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF"), (PNG, "a PNG image"),
     (b"PK\x03\x04\x14\x00" + bytes(40), "a ZIP archive"), (b"\x7fELF\x02\x01\x01" + bytes(64), "a program")],
)  # fmt: skip
def test_known_files_are_named(body: bytes, kind: str) -> None:
    assert not_a_page(body, "text/html; charset=utf-8") == kind


def test_a_pdf_served_as_a_page_falls_back_to_the_feeds_text(
    profile: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    bodies = {
        "pdf": b"%PDF-1.4\n" + bytes(range(256)) * 8,
        "utf16": article_page("Wide", "A page in sixteen bits of text.").encode("utf-16-le"),
        "stray": article_page("Stray", "A page with one stray\x00 byte.").encode(),
    }
    items = []
    for name, body in bodies.items():
        server.add(f"/{name}", body, content_type="text/html")
        items.append(Item(guid=name, title=name, link=server.url(f"/{name}"),
                          description=f"The feed's own text for {name}.", date=""))  # fmt: skip
    server.add("/feed.xml", rss("Pages", items), content_type=RSS_TYPE)
    assert cli.main(["add", server.url("/feed.xml")]) == 0
    assert cli.main(["refresh"]) == 0
    capsys.readouterr()
    assert cli.main(["--json", "articles"]) == 0
    ids = {a["title"]: a["id"] for a in json.loads(capsys.readouterr().out)}
    assert cli.main(["show", str(ids["pdf"])]) == 0
    shown = capsys.readouterr()
    assert "The feed's own text for pdf." in shown.out and "obj" not in shown.out
    for name, words in (("utf16", "sixteen bits"), ("stray", "stray")):
        assert cli.main(["show", str(ids[name])]) == 0
        assert words in capsys.readouterr().out
