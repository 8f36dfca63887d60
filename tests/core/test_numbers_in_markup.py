"""Numbers written by strangers (an enclosure's length, a table cell's colspan, a picture's
width) are read without int() ever raising: past 4,300 digits int() raises ValueError, and
'²' passes str.isdigit() but not int(). Before, such a length dropped the whole feed entry
('entry dropped: Exceeds the limit (4300 digits)'), and such a colspan or width ended the
reader view in 'internal error (ValueError ...)'."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.digits import bounded_int
from reader.core.feeds.enclosures import parse_size
from reader.core.feeds.parse import parse_feed
from reader.core.simplify.pipeline import simplify
from tests.feedkit import article_page
from tests.props import PROPERTY

NOW = datetime(2026, 11, 12, tzinfo=UTC)
ODD = ["9" * 5000, "0" * 5000 + "7", "²", "¹²", "٣" * 5000, " 12 ", "-3", "1_000", "", "1e3"]
PAGE = article_page("Story", "This is a long sentence about the story at hand, with words.")


@PROPERTY
@given(st.one_of(st.text(max_size=30), st.sampled_from(ODD)), st.integers(0, 2**63))
def test_property_bounded_int_never_raises_and_keeps_its_bound(text: str, most: int) -> None:
    value = bounded_int(text, most)
    assert value is None or 0 <= value <= most
    plain = text.strip()
    if plain.isascii() and plain.isdigit() and len(plain) < 30 and int(plain) <= most:
        assert value == int(plain)


@pytest.mark.parametrize("length", ODD)
@pytest.mark.parametrize("fast", [True, False])
def test_an_enclosure_length_of_any_digits_keeps_the_entry(length: str, fast: bool) -> None:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>t</title>'
        f'<guid>1</guid><enclosure url="https://e.example/a.mp3" type="audio/mpeg" '
        f'length="{length}"/></item></channel></rss>'
    ).encode()
    (entry,) = parse_feed(body, "https://e.example/f", "", now=NOW, fast=fast).entries
    (enclosure,) = entry.enclosures
    assert enclosure.url == "https://e.example/a.mp3"
    assert enclosure.size == parse_size(length)


@pytest.mark.parametrize("number", ODD)
@pytest.mark.parametrize(
    "markup",
    [
        '<table><tr rowspan="{n}"><td colspan="{n}">cell</td><td>two</td></tr></table>',
        '<img src="https://e.example/p.jpg" width="{n}" height="{n}">',
        '<figure><img src="https://e.example/q.jpg" width="{n}px"></figure>',
    ],
)
def test_a_page_with_numbers_of_any_digits_is_simplified(markup: str, number: str) -> None:
    page = PAGE.replace("Paragraph 2 adds", "Paragraph 2 " + markup.format(n=number) + " adds")
    page = page.replace("<article>", "<article>" + markup.format(n=number))
    assert simplify(page, "https://e.example/story").text.count("Paragraph") == 8


@pytest.mark.parametrize("number", ["9" * 5000, "-" + "9" * 5000])
def test_a_json_feed_with_a_number_of_any_digits_is_read(number: str) -> None:
    """json.loads refuses an integer of more than 4,300 digits (ValueError): one in any field
    made the whole JSON Feed 'not a valid JSON Feed'."""
    body = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": ['
        '{"id": "1", "title": "one", "url": "https://e.example/1", "attachments": [{"url": '
        f'"https://e.example/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": {number}}}]}},'
        f'{{"id": {number}, "title": "two", "url": "https://e.example/2"}}]}}'
    ).encode()
    feed = parse_feed(body, "https://e.example/f.json", "application/feed+json", now=NOW)
    assert [e.title for e in feed.entries] == ["one", "two"]
    assert feed.entries[0].enclosures[0].size is None
