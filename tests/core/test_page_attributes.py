"""A page whose element carries hundreds of attributes is refused by the reader view before its
parse: libxml2's HTML parser is quadratic in one element's attributes (50,000 took 3.7 s)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.feeds.attributes import (
    MAX_ATTRIBUTES,
    too_many_attributes,
    without_attribute_floods,
)
from reader.core.render.sanitize import sanitize_html
from reader.core.simplify.pipeline import MANY_ATTRIBUTES, simplify
from reader.errors import ExtractError

PROSE = "<p>" + "A sentence of ordinary news prose that goes on for a while. " * 30 + "</p>"


def _page(attributes: int, *, before: str = "") -> str:
    attrs = " ".join(f'data-a{i}="v"' for i in range(attributes))
    return (
        f"<html><head><title>T</title></head><body>{before}<article><div {attrs}>"
        f"{PROSE}{PROSE}</div></article></body></html>"
    )


def test_a_page_with_an_element_of_many_attributes_is_refused_in_words() -> None:
    with pytest.raises(ExtractError, match=MANY_ATTRIBUTES):
        simplify(_page(100_000), "https://example.org/a")


def test_cdata_does_not_hide_a_long_tag_in_a_page() -> None:
    """HTML has no CDATA sections: an unclosed "<![CDATA[" before the tag hides nothing."""
    with pytest.raises(ExtractError, match=MANY_ATTRIBUTES):
        simplify(_page(MAX_ATTRIBUTES + 1, before="<![CDATA[ "), "https://example.org/a")


def test_up_to_the_limit_the_page_is_simplified() -> None:
    article = simplify(_page(MAX_ATTRIBUTES), "https://example.org/a")
    assert "ordinary news prose" in article.html


@settings(max_examples=60, deadline=None)
@given(count=st.integers(min_value=0, max_value=2 * MAX_ATTRIBUTES), spaces=st.integers(1, 3))
def test_the_count_is_exact_whatever_the_spacing(count: int, spaces: int) -> None:
    gap = " " * spaces
    tag = "<div" + "".join(f'{gap}a{i}="x{i}"' for i in range(count)) + ">"
    document = f"<html><body>{tag}text</div></body></html>".encode()
    assert too_many_attributes(document, cdata=False) == (count > MAX_ATTRIBUTES)


def test_the_sanitizer_drops_a_flood_of_attributes_and_keeps_the_content() -> None:
    """nh3 took 2.2 s for one <div> of 80,000 attributes in feed content (CDATA or JSON Feed
    HTML, which the feeds' guard does not count): the tag loses its attributes, not its text."""
    attrs = " ".join(f'data-a{i}="v"' for i in range(80_000))
    fragment = f'<div {attrs}><p>Kept <a href="/x">link</a></p></div><br {attrs}/>after'
    clean = sanitize_html(fragment, "https://example.org/")
    assert clean == sanitize_html(
        '<div><p>Kept <a href="/x">link</a></p></div><br>after', "https://example.org/"
    )


@settings(max_examples=60, deadline=None)
@given(
    counts=st.lists(st.integers(min_value=0, max_value=2 * MAX_ATTRIBUTES), min_size=1, max_size=4),
    text=st.text(alphabet="ab <>&\"'=/", max_size=40),
)
def test_only_tags_over_the_limit_change(counts: list[int], text: str) -> None:
    tags = ["<span" + "".join(f' x{i}="{i}"' for i in range(n)) + ">" for n in counts]
    html = text.join(tags) + text
    out = without_attribute_floods(html)
    want = (
        text.join("<span>" if n > MAX_ATTRIBUTES else t for n, t in zip(counts, tags, strict=True))
        + text
    )
    assert out == want


def test_discovery_does_not_parse_a_page_flooded_with_attributes() -> None:
    from reader.core.feeds.discovery import discover_feeds

    head = '<link rel="alternate" type="application/rss+xml" href="/feed.xml">'
    attrs = " ".join(f'data-a{i}="v"' for i in range(100_000))
    page = f"<html><head>{head}</head><body><div {attrs}>x</div></body></html>".encode()
    assert discover_feeds(page, "https://example.org/") == []
    plain = f"<html><head>{head}</head><body><div>x</div></body></html>".encode()
    assert [f.url for f in discover_feeds(plain, "https://example.org/")] == [
        "https://example.org/feed.xml"
    ]
