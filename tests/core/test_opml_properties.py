"""Property-based tests of OPML import (issue 9, "Done when"): any file imports or is refused
with an OpmlError in words; only http(s) feed addresses come in (``feed:`` mapped to https),
names show no spoofing characters, and an export imports back the same."""

from __future__ import annotations

import html as htmllib
import re

from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds.opml import parse_opml, write_opml
from reader.core.parsed import OpmlDocument, OpmlFolder
from reader.core.render.spoofing import spoofing_problems
from reader.errors import OpmlError
from tests.htmlgen import SCHEMES, TEXT
from tests.props import PROPERTY, PROPERTY_SLOW

# XML cannot carry C0 controls at all (a file with them is refused whole): keep them out of the
# names and addresses here, so most generated files are well formed and get imported.
NAME = TEXT.map(lambda text: re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text))
ODD_ADDRESSES = ["|~/script.sh", "exec:ls", "filter:x", "feed://x.example/f", "feed:https://x.example/f",
                 " https://x.example/ok ", "https://[::1]/", "http://x.example:99999/", "https://"]  # fmt: skip


@st.composite
def outline(draw: st.DrawFn, depth: int = 0) -> str:
    name = htmllib.escape(draw(NAME), quote=True)
    if depth < 4 and draw(st.integers(0, 3)) == 0:
        children = "".join(draw(st.lists(outline(depth + 1), max_size=3)))
        return f'<outline text="{name}">{children}</outline>'
    address = draw(
        st.one_of(
            st.sampled_from(ODD_ADDRESSES),
            st.sampled_from(SCHEMES).map(lambda s: s + "x.example/f"),
        )
    )
    if draw(st.booleans()):
        address += draw(NAME)
    return f'<outline type="rss" text="{name}" xmlUrl="{htmllib.escape(address, quote=True)}"/>'


@st.composite
def opml_file(draw: st.DrawFn) -> bytes:
    body = "".join(draw(st.lists(outline(), max_size=6)))
    title = htmllib.escape(draw(NAME))
    text = f'<?xml version="1.0" encoding="utf-8"?><opml version="2.0"><head><title>{title}</title></head><body>{body}</body></opml>'
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 4)) == 0:
        cut = draw(st.integers(0, len(data)))
        data = data[:cut]
    return data


def _feeds(folder: OpmlFolder) -> list[tuple[str, str]]:
    found = [(feed.url, feed.title) for feed in folder.feeds]
    for child in folder.folders:
        assert spoofing_problems(child.title) == []
        found += _feeds(child)
    return found


def _parse(data: bytes) -> OpmlDocument | None:
    try:
        return parse_opml(data)
    except OpmlError as err:
        assert str(err).strip()
        return None


@PROPERTY_SLOW
@given(opml_file())
def test_property_opml_imports_only_web_feeds_and_round_trips(data: bytes) -> None:
    document = _parse(data)
    if document is None:
        return
    feeds = _feeds(document.root)
    for url, title in feeds:
        assert url.startswith(("http://", "https://")), url
        assert not any(ch in url for ch in "\x00\r\n\t "), url
        assert spoofing_problems(title) == [], title
    again = parse_opml(write_opml(document))
    assert sorted(url for url, _ in _feeds(again.root)) == sorted(url for url, _ in feeds)


@PROPERTY
@given(st.binary(max_size=300))
def test_property_random_bytes_are_refused_in_words(data: bytes) -> None:
    _parse(data)


@PROPERTY
@given(st.binary(max_size=200))
def test_property_an_opml_start_with_a_random_rest_is_refused_in_words(rest: bytes) -> None:
    _parse(b'<?xml version="1.0"?><opml version="2.0"><body><outline xmlUrl="' + rest)
