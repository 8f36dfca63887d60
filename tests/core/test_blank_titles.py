"""Titles, authors and names made to look blank: the Hangul fillers (U+3164, U+FFA0) are
"printable" to Python, so they passed every check and a title of them was a blank row in the
list and the tree, or hid inside a name ("Bank\\u3164of\\u3164Trust"). They go like the other
invisible characters; Korean text (syllables, conjoining jamo) is untouched."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds.parse import parse_feed
from reader.core.render.sanitize import plain_text
from reader.core.render.spoofing import one_line, spoofing_problems
from tests.props import PROPERTY

FILLERS = "\u3164\uffa0"


@PROPERTY
@given(st.text(alphabet=st.sampled_from([*FILLERS, "a", "한", "국", " ", "\u1100", "\u1161"])))
def test_no_filler_survives_and_korean_does(text: str) -> None:
    for clean in (plain_text(text), one_line(text)):
        assert not set(FILLERS) & set(clean)
        assert clean.count("한") == text.count("한") and clean.count("\u1161") == text.count(
            "\u1161"
        )
        assert spoofing_problems(clean) == []
    assert plain_text(plain_text(text)) == plain_text(text)


def test_a_feed_of_blank_looking_titles_has_empty_ones() -> None:
    blank = FILLERS * 3
    body = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{blank}</title>'
        f"<item><title>{blank}</title><author>{blank}</author><guid>1</guid></item>"
        f"<item><title>Bank\u3164of\u3164Trust</title><guid>2</guid></item>"
        "</channel></rss>"
    ).encode()
    parsed = parse_feed(body, "https://e.org/feed", "", now=datetime(2026, 12, 1, tzinfo=UTC))
    assert parsed.title == ""
    assert [(e.title, e.author) for e in parsed.entries] == [("", ""), ("Bank of Trust", "")]
