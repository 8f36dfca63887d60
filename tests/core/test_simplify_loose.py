"""Loose lines: chrome in a bare inline element between an article's blocks
(reader.core.simplify.loose), each on a small synthetic page, with near misses that stay."""

from __future__ import annotations

import pytest

from tests.core.simplify_pages import story_text as _text


@pytest.mark.parametrize(
    ("inside", "gone"),
    [
        ("<span>Mehr zum Thema</span><ul></ul>", "Mehr zum Thema"),
        ("<span>Zur Person</span>", "Zur Person"),
        ("<time datetime='2020-04-03'>Publiziert: 03.04.2020, 12:35</time>", "03.04.2020"),
        (
            "<p><img src='/a.jpg' width='600' height='400'><br><em>(Credit: Jo Doe / Grist)</em></p>",
            "Jo Doe",
        ),
        ("<strong>War der Artikel nützlich?</strong>", "nützlich"),
    ],
)
def test_chrome_in_a_bare_inline_element_goes(inside: str, gone: str) -> None:
    assert gone not in _text(inside=inside)


@pytest.mark.parametrize(
    ("inside", "kept"),
    [
        ("<i>Le 15 Mai</i>", "Le 15 Mai"),
        ("<span>22 Dec, 2016</span>", "22 Dec, 2016"),
        ("<table><tr><th><i>12:01 PM</i></th><td>a film</td></tr></table>", "12:01 PM"),
        ("<span>The mayor, who had opposed the plan, said more later.</span>", "said more later"),
    ],
)
def test_titles_bare_dates_data_and_code_in_inline_elements_stay(inside: str, kept: str) -> None:
    assert kept in _text(inside=inside)
