"""A short post is not traded for the longer chrome that looser retries find."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from reader.core.simplify.attempts import Extraction, pick_short
from reader.errors import ExtractError


def _attempt(length: int, text: str = "") -> tuple[int, Extraction]:
    article = lxml_html.fragment_fromstring(f"<div><p>{text or length}</p></div>")
    return length, Extraction(article=article, byline=str(length))


def test_the_strictest_attempt_wins_when_a_looser_one_found_only_a_little_more() -> None:
    # the post (211 characters), then a cookie notice of 234 found without the class rules
    post, notice = "We planted the first tomatoes today.", "This site uses cookies, agree or leave."
    attempts = [_attempt(211, post), _attempt(211, post), _attempt(234, notice)]
    assert pick_short(attempts).byline == "211"


def test_the_longest_attempt_wins_when_it_holds_the_same_text() -> None:
    post = "We planted the first tomatoes today."
    attempts = [_attempt(211, post), _attempt(234, post + " And the beans.")]
    assert pick_short(attempts).byline == "234"


def test_a_looser_attempt_wins_when_it_found_much_more() -> None:
    assert pick_short([_attempt(40), _attempt(45), _attempt(420)]).byline == "420"


def test_nothing_found_is_no_article() -> None:
    with pytest.raises(ExtractError):
        pick_short([_attempt(0), _attempt(0)])
    with pytest.raises(ExtractError):
        pick_short([])
