"""Any character a page may hold, wherever it stands, gives a reader view or "no article" in
words, never a crash: lxml refuses to copy a text that holds a character XML forbids (a form
feed, U+FFFE), and the extractor copies text when it wraps loose body text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.simplify.pipeline import simplify
from reader.errors import ExtractError
from tests.props import PROPERTY_SLOW

SENTENCE = "The council voted on the new budget for the city's schools this week. "
# The characters HTML keeps but XML forbids, several times over so most examples hold one.
ODD = st.sampled_from(
    [*map(chr, range(32)), "\x7f", "\x85", "\ufeff", "\u2028", *["\x0c", "\ufffe", "\uffff"] * 6]
)


@PROPERTY_SLOW
@given(st.lists(ODD, min_size=1, max_size=4), st.booleans(), st.integers(0, 40))
def test_property_odd_characters_in_a_page_never_crash_the_reader_view(
    chars: list[str], loose: bool, where: int
) -> None:
    text = SENTENCE * 12
    cut = where * len(text) // 40
    text = text[:cut] + "".join(chars) + text[cut:]
    body = text + "<p>x</p>" if loose else f"<article><p>{text}</p><p>{text}</p></article>"
    page = f"<html><head><title>T{chars[0]}</title></head><body>{body}</body></html>"
    try:
        article = simplify(page, "https://news.example/a")
    except ExtractError:
        return
    assert "council voted" in article.text


def test_a_form_feed_in_loose_body_text_is_read_as_a_space() -> None:
    page = f"<html><body>{SENTENCE * 12}\x0cmore<p>x</p></body></html>"
    article = simplify(page, "https://news.example/a")
    assert "\x0c" not in article.html and "more" in article.text
