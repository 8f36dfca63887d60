"""A body the page declares (schema.org ``itemprop="articleBody"``) is kept whole even when its
parts sit in separate boxes, each under its own subhead, and one of them outweighs the rest."""

from __future__ import annotations

from reader.core.simplify.pipeline import simplify
from tests.core.simplify_pages import PROSE, URL, page

LATER = [
    "An application for funding has been filed, and the town expects an answer before the summer, "
    "when the first tonnes of leaves will have dried in the barn.",
    "The pellets burn as well as wood ones, the engineer said, though they leave a little more ash "
    "behind in the stove, which farmers can spread on their fields.",
]


def _part(heading: str, paragraphs: list[str]) -> str:
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<div class='box'><h2>{heading}</h2><div class='copy'><div>{paras}</div></div></div>"


def _split_story(marked: bool) -> str:
    body = _part("How it started", PROSE) + _part("What comes next", LATER[:1])
    body += _part("Does it work?", LATER[1:])
    attr = " itemprop='articleBody'" if marked else ""
    aside = "<div class='teasers'><p><a href='/x'>Other news from the town hall</a></p></div>"
    return page(
        f"<article><h1>Leaves for heating</h1><div{attr}><div>{body}</div></div>{aside}</article>"
    )


def test_every_part_of_a_declared_body_is_kept() -> None:
    text = simplify(_split_story(marked=True), URL).text
    assert all(p in text for p in PROSE)
    assert LATER[0] in text and LATER[1] in text
    assert "Other news from the town hall" not in text


def test_without_the_declaration_the_best_part_still_wins() -> None:
    text = simplify(_split_story(marked=False), URL).text
    assert all(p in text for p in PROSE)
