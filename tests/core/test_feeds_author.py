"""An author string without an e-mail address, or with a hostile one, is read in time linear
in its length. feedparser's e-mail search (kept by the fast path for the same results) is
quadratic: an RSS <author> of 40,000 letters took 8.5 s to read, one of 3 MB hours, on either
path, so one hostile feed held a refresh's worker."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds.fpcompat import _EMAIL, find_email
from reader.core.feeds.parse import parse_feed
from tests.props import PROPERTY

NOW = datetime(2026, 11, 12, tzinfo=UTC)
PIECES = st.sampled_from(
    ["a", "Z", "0", "9", "_", "-", ".", "+", "@", "[", "]", "1.2.3.", "x.org", "?subject=",
     "hi", " ", "(", ")", "<", ">", "é", "ab.cd", "@[1.2.3.4]", "jo@x.org"]
)  # fmt: skip


@PROPERTY
@given(st.lists(PIECES, max_size=30).map("".join))
def test_property_the_linear_search_finds_what_the_pattern_finds(text: str) -> None:
    expected = _EMAIL.search(text)
    found = find_email(text)
    assert (found and (found.span(), found.groups())) == (
        expected and (expected.span(), expected.groups())
    )


def _rss(author: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>'
        f"<title>t</title><guid>1</guid><author>{author}</author></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "author",
    ["a" * 60_000, "a" * 60_000 + "@", "a@" * 30_000, "Jo " + "b" * 60_000 + " (jo@x.org)"],
)
@pytest.mark.parametrize("fast", [True, False])
def test_a_huge_author_is_read_and_cut(author: str, fast: bool) -> None:
    """Before: about 19 s a parse for 60,000 letters, on each path."""
    feed = parse_feed(
        _rss(author), "https://e.example/f", "application/rss+xml", now=NOW, fast=fast
    )
    (entry,) = feed.entries
    assert 0 < len(entry.author) <= 1000


def test_an_author_with_an_address_reads_as_before() -> None:
    for fast in (True, False):
        feed = parse_feed(
            _rss("jo@example.org (Jo Writer)"), "https://e.example/f", "", now=NOW, fast=fast
        )
        assert feed.entries[0].author == "Jo Writer"
