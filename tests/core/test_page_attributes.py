"""A page whose element carries hundreds of attributes is refused by the reader view before its
parse: libxml2's HTML parser is quadratic in one element's attributes (50,000 took 3.7 s)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.feeds.attributes import MAX_ATTRIBUTES, too_many_attributes
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
