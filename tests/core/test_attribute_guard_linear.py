"""The attribute guard itself was quadratic: its attribute pattern retried every suffix of a
long run of name characters, so a tag with an unclosed quote (``<x y="aaaa...`` with no closing
quote before the next ``<``) took 18 s at 40 kB and hours for a 1 MB feed, a feed body or a
page (every feed, page and sanitized body passes the guard). It now counts the same attributes
in one pass."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds.attributes import _ATTRIBUTE
from tests.props import PROPERTY

ROOT = Path(__file__).resolve().parents[2]
# The pattern as it was: the reference for which attributes are counted.
_REFERENCE = re.compile(rb"""[^\s=<>"'/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+)""")

_pieces = st.sampled_from(
    [b"a", b"bc", b"=", b'"', b"'", b" ", b"\n", b"/", b"x=1", b'y="2"', b"z='3'", b"-", b":"]
)


@PROPERTY
@given(st.lists(_pieces, max_size=40).map(b"".join))
def test_the_same_attributes_are_counted(tag: bytes) -> None:
    found = [m.span() for m in _ATTRIBUTE.finditer(tag)]
    assert found == [m.span() for m in _REFERENCE.finditer(tag)]


_HOSTILE = textwrap.dedent(
    """
    import resource
    from datetime import UTC, datetime
    resource.setrlimit(resource.RLIMIT_CPU, (60, 60))  # hours before; a second now
    from reader.core.feeds.parse import parse_feed
    from reader.core.render.sanitize import sanitize_html
    from reader.core.simplify.pipeline import simplify

    run = "a" * 1_000_000
    items = "".join(f"<item><title>t{i}</title><link x='1'>https://e.org/{i}</link></item>"
                    for i in range(300))
    feed = f'<rss version="2.0"><channel><title>T</title>{items}<x y="{run}</channel></rss>'
    parsed = parse_feed(feed.encode(), "https://e.org/f", "", now=datetime.now(UTC))
    assert len(parsed.entries) == 300
    link = f'<a href="https://example.org/{run}<">x</a>'
    assert "aaaa" not in sanitize_html(link + '<b c="1">' * 300, "https://example.org/")
    page = ("<html><body>" + "<p>Words of an article here. </p>" * 50
            + '<p a="1">' * 300 + link + "</body></html>")
    assert "Words of an article" in simplify(page, "https://example.org/").text
    print("done")
    """
)


def test_an_unclosed_quote_of_a_megabyte_is_read_in_one_pass() -> None:
    run = subprocess.run(
        [sys.executable, "-c", _HOSTILE], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert (run.returncode, run.stdout.strip()) == (0, "done"), run.stderr[-2000:]
