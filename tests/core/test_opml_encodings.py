"""OPML files from other programs: the encoding decided as for feeds (a byte-order mark wins
over the declaration, undeclared Windows-1252 is read as such), and characters XML cannot carry
(which ElementTree writes raw into titles) dropped instead of refusing the whole file."""

from __future__ import annotations

import codecs
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds.opml import parse_opml
from reader.core.render.sanitize import plain_text
from reader.store.db import Store
from reader.usecases.subscribe import Subscriber
from tests.props import PROPERTY

_BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
}
_TITLES = st.text(
    st.characters(min_codepoint=0x20, blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda t: t.strip() and "\ufffe" not in t and "\uffff" not in t)


def _document(title: str, declared: str) -> str:
    declaration = f'<?xml version="1.0" encoding="{declared}"?>' if declared else ""
    return (
        f'{declaration}<opml version="2.0"><head><title>M</title></head><body>'
        f'<outline text="{escape(title)}" xmlUrl="https://example.org/f"/></body></opml>'
    )


@PROPERTY
@given(
    title=_TITLES,
    codec=st.sampled_from(sorted(_BOMS)),
    declared=st.sampled_from(["", "utf-8", "iso-8859-1", "windows-1252", "utf-16", "koi8-r"]),
)
def test_a_byte_order_mark_wins_over_the_declaration(title: str, codec: str, declared: str) -> None:
    data = _BOMS[codec] + _document(title, declared).encode(codec)
    (feed,) = parse_opml(data).root.feeds
    assert feed.title == plain_text(title)  # the importer's own title rule


def test_undeclared_windows_1252_is_read_not_refused() -> None:
    data = _document("Caf\xe9 \u2013 na\xefve", "").encode("cp1252")
    (feed,) = parse_opml(data).root.feeds
    assert feed.title == "Caf\xe9 \u2013 na\xefve"


@PROPERTY
@given(
    before=_TITLES,
    control=st.sampled_from([chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\ufffe"]),
    as_reference=st.booleans(),
)
def test_characters_xml_cannot_carry_are_dropped_not_fatal(
    before: str, control: str, as_reference: bool
) -> None:
    """What another reader's export (ElementTree) holds when a feed's title had a control
    character; the reference form is what other writers emit (``&#0;``, ``&#x0B;``)."""
    outline = ET.Element("outline", {"text": before + "@@C@@", "xmlUrl": "https://example.org/f"})
    spelled = f"&#{ord(control)};" if as_reference else control
    raw = ET.tostring(outline, encoding="unicode").replace("@@C@@", spelled)
    data = (
        '<?xml version="1.0" encoding="utf-8"?><opml version="2.0"><head><title>M</title></head>'
        f"<body>{raw}</body></opml>"
    ).encode("utf-8", "surrogatepass")
    (feed,) = parse_opml(data).root.feeds
    assert feed.title == plain_text(before)


def test_an_export_from_another_reader_imports_into_the_store(tmp_path: Path) -> None:
    """End to end into a real profile: a UTF-8 file with a BOM that declares ISO-8859-1 and a
    title with a vertical tab was refused whole, or imported as "CafÃ©"."""
    body = _document("Caf\xe9\x0b news", "iso-8859-1").replace("\x0b", "&#11;")
    store = Store(tmp_path / "broadsheet.sqlite3")
    try:
        report = Subscriber(store, None).import_opml(codecs.BOM_UTF8 + body.encode())  # type: ignore[arg-type]
        assert report.added == 1
        assert [f.title for f in store.feeds()] == ["Caf\xe9 news"]
    finally:
        store.close()


@pytest.mark.parametrize("declared", ["utf-8", ""])
def test_well_formed_files_read_as_before(declared: str) -> None:
    (feed,) = parse_opml(_document("\u65e5\u672c & caf\xe9", declared).encode()).root.feeds
    assert feed.title == "\u65e5\u672c & caf\xe9"
