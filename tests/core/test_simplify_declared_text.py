"""A page whose HTML holds little of the article (a teaser, a sign-in form) but whose JSON-LD
declares the whole ``articleBody``: the reader view shows the declared text. A page whose HTML
holds the article, or whose declared body is a short summary, keeps its own blocks."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html

from reader.core.simplify.declared import MIN_DECLARED, use_declared_body
from reader.core.simplify.pipeline import simplify
from tests.core.simplify_pages import PROSE, URL

FORM = (
    "<div class='signin'><p>Sign in to follow writers, save stories and read them later on any "
    "device, with one account for the whole site, and get our morning briefing by email.</p>"
    "<p>Your password must have at least eight characters, one capital letter and one digit, "
    "and it must not be the same as the one you used for your previous account.</p></div>"
)


MORE = [
    "The builders said the old slates can be used again on the north side, which will save the "
    "town a good part of the cost, and the rest will come from a quarry in the next valley.",
    "A public meeting on the opening hours will be held in the reading room itself, once the "
    "roof is done, so that residents can see the repairs before they vote on the Sunday plan.",
]
WHOLE = [*PROSE, *MORE]


def _page(body_html: str, declared: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": declared}
    ld = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    return f"<html><head><title>Roof</title>{ld}</head><body>{body_html}</body></html>"


def test_the_declared_body_stands_in_for_a_shell_page() -> None:
    html = _page(f"<main><p>Opinion</p></main>{FORM}", "\n\n".join(WHOLE))
    text = simplify(html, URL).text
    assert all(p in text for p in WHOLE)
    assert "Sign in to follow writers" not in text


def test_a_page_that_holds_its_article_keeps_its_own_blocks() -> None:
    story = "".join(f"<p>{p}</p>" for p in WHOLE)
    html = _page(f"<article><h2>Roof works</h2>{story}</article>", "\n".join(WHOLE))
    text = simplify(html, URL).text
    assert "Roof works" in text  # its own markup: the subhead the declared text lacks
    assert text.count(PROSE[0]) == 1


def test_a_short_declared_summary_is_not_used() -> None:
    html = _page(f"<main><p>{PROSE[0]}</p><p>{PROSE[1]}</p></main>{FORM}", PROSE[2])
    assert PROSE[2] not in simplify(html, URL).text


@given(st.text(st.characters(blacklist_characters="<>"), max_size=3000))
def test_the_declared_body_is_used_whole_or_not_at_all(body: str) -> None:
    article = lxml_html.fromstring("<div><p>Opinion</p></div>")
    if use_declared_body(article, body):
        lines = [" ".join(line.split()) for line in body.splitlines()]
        assert [p.text for p in article] == [line for line in lines if line]
        assert len(" ".join(body.split())) >= MIN_DECLARED
    else:
        assert [p.text for p in article] == ["Opinion"]
