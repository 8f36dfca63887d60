"""Chrome above an article's first paragraph (reader.core.simplify.leading): the writer's contact
links and a language switcher, on small synthetic pages of the pattern, with near misses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.simplify import leading
from reader.core.simplify.pipeline import simplify
from tests.core.simplify_pages import PROSE, URL


def _page(top: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PROSE)
    return f"<html><head><title>A story</title></head><body><article>{top}{paras}</article></body></html>"


def _text(top: str) -> str:
    text = simplify(_page(top), URL).text
    assert all(p in text for p in PROSE)
    return text


@pytest.mark.parametrize(
    "top",
    [
        "<p><a href='/author/ann'>View author archive</a></p>"
        "<p><a href='mailto:ann@example.org'>email the author</a></p>"
        "<p><a href='https://twitter.com/ann'>follow on twitter</a></p>",
        "<ul><li><a href='/de/'>Deutsch</a></li><li><a href='/en/'>English</a></li></ul>",
        "<p><a href='/de/'>German</a> / <a href='/en/'>English</a></p>",
        "<p><a href='/fr/'>FR</a> | <a href='/en/'>EN</a></p>",
        "<p><a href='/autor/ann'>Alle Artikel von Ann Muster</a></p>",
    ],
)
def test_contact_links_and_language_rows_above_the_story_go(top: str) -> None:
    text = _text(top)
    assert text.startswith(PROSE[0])


def test_a_language_heading_that_is_not_a_link_stays() -> None:
    # A section named after a language is the article's, not a switcher.
    assert "English" in _text("<h2>English</h2>")


def test_a_sentence_about_languages_stays() -> None:
    top = "<p>German and English are taught from the first year.</p>"
    assert "German and English are taught" in _text(top)


def test_contact_lines_after_the_first_paragraph_stay() -> None:
    # Only the top of the article is judged: below the first paragraph the line is the story's.
    paras = "".join(f"<p>{p}</p>" for p in PROSE[:2])
    html = (
        f"<html><body><article>{paras}<p><a href='/de/'>Deutsch</a> / <a href='/en/'>English</a></p>"
        f"<p>{PROSE[2]}</p></article></body></html>"
    )
    assert "Deutsch / English" in simplify(html, URL).text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_contact_line_rule_is_total_and_bounded(text: str) -> None:
    result = leading.is_contact_line(text)
    assert isinstance(result, bool)
    if len(text) > leading.LEADING_LINE:
        assert not result


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Deutsch", "English", "FR", "español", "Polski"]), min_size=1, max_size=5
    ),
    st.sampled_from([" / ", " | ", " · ", " "]),
)
def test_any_row_of_language_names_is_a_language_row(names: list[str], sep: str) -> None:
    from lxml import html

    row = sep.join(f"<a href='/{i}'>{name}</a>" for i, name in enumerate(names))
    node = html.fromstring(f"<p>{row}</p>")
    assert leading.is_language_row(node, node.text_content())


@pytest.mark.parametrize(
    "top",
    [
        "<p><span><a href='/c/corona'>Corona &amp; die Folgen</a></span>, "
        "<span><a href='/c/debatte'>Debatte</a></span>, <a href='/c/politik'>Politik</a></p>",
        "<p><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/news/town'>Town</a></p>",
    ],
)
def test_a_row_of_category_links_above_the_story_goes(top: str) -> None:
    assert _text(top).startswith(PROSE[0])


@pytest.mark.parametrize(
    "top",
    [
        # Words between the links: a sentence, or a deck with links in it.
        "<p><a href='/a'>Anna</a> and <a href='/b'>Ben</a> met <a href='/c'>Carl</a></p>",
        # Two links only: a "vs." line or a pair of names may be the story's.
        "<p><a href='/a'>Azad</a>, <a href='/b'>Animus</a></p>",
    ],
)
def test_links_with_words_between_or_only_two_stay(top: str) -> None:
    from lxml import html

    node = html.fromstring(top)
    assert not leading.is_link_row(node, node.text_content())
