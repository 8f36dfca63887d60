"""Lazily loaded images (an address in srcset or a data-* attribute) against hostile and broken
attribute values: the reader view keeps the article whatever they hold. A srcset of ' , ' (no
candidate before its first comma) ended the reader view in 'internal error (IndexError)'."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import html

from reader.core.simplify.cleanup import first_candidate, fix_lazy_images
from reader.core.simplify.pipeline import simplify
from tests.feedkit import article_page
from tests.props import PROPERTY, PROPERTY_SLOW

PAGE = article_page("Story", "This is a long sentence about the story at hand, with words.")
SRCSET = st.lists(
    st.sampled_from([" ", ",", "a.jpg", "b.png 2x", "c.webp 640w", "\t", "d.gif?x=1,2 3x", "1x"]),
    max_size=8,
).map("".join)
NAMES = st.sampled_from(["srcset", "data-srcset", "data-src", "data-lazy", "src", "class"])


@pytest.mark.parametrize(
    "image",
    [
        '<img srcset=" , ">',
        '<img src="x.jpg" class="lazy" data-srcset=", a.jpg 2x">',
        '<figure data-src=", b.png 2x"></figure>',
    ],
)
def test_an_image_with_an_empty_first_candidate_keeps_the_article(image: str) -> None:
    page = PAGE.replace("Paragraph 2 adds", f"Paragraph 2 {image} adds")
    article = simplify(page, "https://example.org/story")
    assert article.text.count("Paragraph") == 8


def test_the_first_candidate_is_the_first_address_given() -> None:
    assert first_candidate(" , , a.jpg 2x, b.jpg 3x") == "a.jpg"
    assert first_candidate("a.jpg") == "a.jpg"
    assert first_candidate(" ,\t, ") == ""


@PROPERTY
@given(st.lists(st.tuples(NAMES, SRCSET), max_size=4), st.sampled_from(["img", "figure"]))
def test_property_lazy_image_attributes_never_stop_the_cleanup(
    attributes: list[tuple[str, str]], tag: str
) -> None:
    element = html.Element(tag)
    for name, value in attributes:
        element.set(name, value)
    block = html.Element("div")
    block.append(element)
    given_src = element.get("src") if tag == "img" else None
    fix_lazy_images(block)
    for img in block.iter("img"):
        src = img.get("src")
        if src != given_src:  # an address the cleanup found: one word, never empty
            assert src and src.split() == [src]


@PROPERTY_SLOW
@given(SRCSET, NAMES)
def test_property_a_page_with_any_srcset_is_simplified(value: str, name: str) -> None:
    image = html.tostring(html.Element("img", {name: value}), encoding="unicode")
    page = PAGE.replace("Paragraph 2 adds", f"Paragraph 2 {image} adds")
    assert simplify(page, "https://example.org/story").text.count("Paragraph") == 8
