"""A layout wrapper named like chrome ("above-footer") that holds the headline and most of the
page is looked inside; a chrome block beside the article (comments, a footer) still goes."""

from __future__ import annotations

from reader.core.simplify.pipeline import simplify
from tests.core.simplify_pages import PROSE, URL, page

DISCLOSURE = (
    "Many of the offers that appear on this site are from companies from which we receive "
    "compensation, which may impact how and where products appear, including, for example, "
    "the order in which they appear, and this site does not include all offers."
)


EDITORIAL = (
    "Editorial note: opinions expressed here are the author's alone, not those of any bank, card "
    "issuer, airline or hotel chain, and have not been reviewed, approved or otherwise endorsed "
    "by any of these entities, as our policy page explains in more detail."
)


POLICY = (
    "Please view our advertising policy page for more information on how we choose the offers "
    "we show, how we are paid for them, and how our editors keep their reviews independent."
)


LATER = [
    "The builders said the old slates can be used again on the north side, which will save the "
    "town a good part of the cost, and the rest will come from a quarry in the next valley.",
    "A public meeting on the opening hours will be held in the reading room itself, once the "
    "roof is done, so that residents can see the repairs before they vote on the Sunday plan.",
]


def _page(wrapper_class: str, with_headline: bool = True) -> str:
    story = "".join(f"<p>{p}</p>" for p in [*PROSE, *LATER])
    headline = "<h1>The library roof</h1>" if with_headline else ""
    return page(
        f"<div class='notice'><p>{DISCLOSURE}</p><p>{EDITORIAL}</p><p>{POLICY}</p></div>"
        f"<div class='{wrapper_class}'><div class='post'>{headline}<div>{story}</div></div></div>"
        "<footer><p>About us. Contact. Jobs.</p></footer>"
    )


def test_a_page_wrapper_named_like_a_footer_is_looked_inside() -> None:
    text = simplify(_page("above-footer"), URL).text
    assert all(p in text for p in [*PROSE, *LATER])


def test_a_comment_block_holding_most_of_the_page_still_goes() -> None:
    replies = [*PROSE[2:], EDITORIAL, *(f"Reply {n}: {PROSE[n].lower()}" for n in range(4))]
    comments = "".join(f"<p>{p}</p>" for p in replies)
    html = page(
        f"<article><h1>Short note</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{DISCLOSURE}</p>"
        "</article>"
        f"<div class='comments'>{comments}</div>"
    )
    text = simplify(html, URL).text
    assert PROSE[0] in text and PROSE[1] in text
    assert PROSE[2] not in text and EDITORIAL not in text
