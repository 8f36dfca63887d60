"""Language editions a page announces (hreflang), the tag rules, and the choice of edition."""

from __future__ import annotations

import dataclasses
import json

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.parsed import SimplifiedArticle
from reader.core.simplify.alternates import (
    MAX_ALTERNATES,
    alternates_of,
    language_name,
    normalize_tag,
    other_editions,
    pick,
)
from reader.core.simplify.pipeline import simplify
from reader.store.cache_format import from_json, to_json

PAGE = "https://news.example/en/story"


def _alternates(head: str, url: str = PAGE) -> tuple[tuple[str, str], ...]:
    doc = lxml.html.document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")
    return alternates_of(doc, url)


def test_links_are_read_resolved_and_normalized() -> None:
    head = (
        '<link rel="alternate" hreflang="hi" href="/hi/story">'
        '<link rel="Alternate canonical" hreflang="AR" href="https://news.example/ar/story">'
        '<link rel="alternate" hreflang="pt_BR" href="../pt/story">'
        '<link rel="alternate" hreflang="x-default" href="/story">'
        '<link rel="alternate" hreflang="fr" href="javascript:alert(1)">'
        '<link rel="alternate" hreflang="de" href="ftp://news.example/de">'
        '<link rel="alternate" hreflang="es" type="application/rss+xml" href="/es/feed">'
        '<link rel="stylesheet" hreflang="it" href="/it.css">'
        '<link rel="alternate" hreflang="hi" href="/hi/other">'
    )
    assert _alternates(head) == (
        ("hi", "https://news.example/hi/story"),
        ("ar", "https://news.example/ar/story"),
        ("pt-br", "https://news.example/pt/story"),
    )


def test_pick_prefers_exact_then_primary_then_other_region() -> None:
    offered = [("pt", "u/pt"), ("pt-br", "u/br"), ("en-gb", "u/gb")]
    assert pick(offered, "pt-BR") == ("pt-br", "u/br")
    assert pick(offered, "pt_PT") == ("pt", "u/pt")
    assert pick(offered, "en") == ("en-gb", "u/gb")
    assert pick(offered, "hi") is None
    assert pick(offered, "original") is None
    assert pick(offered, "") is None


def test_names_are_each_languages_own() -> None:
    assert language_name("HI") == "हिन्दी"
    assert language_name("ar-EG") == "العربية"
    assert language_name("pt-BR") == "Português (Brasil)"
    assert language_name("tlh") == "tlh"


def test_other_editions_leave_out_the_shown_language_once_each() -> None:
    offered = [("en", "u/en"), ("en-us", "u/us"), ("hi", "u/hi"), ("ar", "u/ar")]
    assert other_editions(offered, "hi") == [("en", "u/en"), ("ar", "u/ar")]
    assert other_editions(offered, "en-GB") == [("hi", "u/hi"), ("ar", "u/ar")]


def test_simplify_keeps_the_alternates_and_the_cache_round_trips_them() -> None:
    body = "<p>" + "The story is told in many words here. " * 30 + "</p>"
    html = (
        '<html lang="en"><head><title>Story</title>'
        '<link rel="alternate" hreflang="hi" href="/hi/story">'
        f"</head><body><article><h1>Story</h1>{body}</article></body></html>"
    )
    page = simplify(html, PAGE)
    assert page.alternates == (("hi", "https://news.example/hi/story"),)
    shown = SimplifiedArticle(title="Hindi", lang="hi", text="x", editions=(page,))
    back = from_json(to_json(shown, []))
    assert back.editions[0].alternates == page.alternates
    assert back.editions[0].text == page.text
    assert back.lang == "hi" and back.editions[0].editions == ()


_TAGS = st.from_regex(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_normalize_tag_is_idempotent_and_never_raises(raw: str) -> None:
    tag = normalize_tag(raw)
    assert normalize_tag(tag) == tag
    assert tag == tag.lower() and "_" not in tag and len(tag) <= 35


@settings(max_examples=200, deadline=None)
@given(_TAGS)
def test_tags_match_case_insensitively_with_region_fallback(tag: str) -> None:
    offered = [(normalize_tag(tag), "https://a.example/x")]
    assert pick(offered, tag.upper()) == offered[0]
    assert pick(offered, tag.split("-")[0].split("_")[0] + "-zz") is not None


_ATTR = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_ATTR, _ATTR, _ATTR), max_size=80))
def test_any_links_give_web_addresses_and_valid_tags_only(
    links: list[tuple[str, str, str]],
) -> None:
    def q(value: str) -> str:
        return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")

    head = "".join(
        f'<link rel="{q(rel)} alternate" hreflang="{q(lang)}" href="{q(href)}">'
        for rel, lang, href in links
    )
    found = _alternates(head)
    assert len(found) <= MAX_ALTERNATES
    assert len({tag for tag, _ in found}) == len(found)
    for tag, url in found:
        assert tag and normalize_tag(tag) == tag
        assert url.startswith(("http://", "https://"))


_PAIRS = st.lists(st.tuples(st.text(max_size=10), st.text(max_size=30)), max_size=5)
_ARTICLE = st.builds(
    SimplifiedArticle,
    title=st.text(max_size=20),
    lang=st.text(max_size=8),
    html=st.text(max_size=40),
    alternates=_PAIRS.map(tuple),
)


@settings(max_examples=100, deadline=None)
@given(_ARTICLE, st.lists(_ARTICLE, max_size=3))
def test_the_cache_form_keeps_alternates_and_editions(
    shown: SimplifiedArticle, others: list[SimplifiedArticle]
) -> None:
    article = dataclasses.replace(shown, editions=tuple(others))
    assert from_json(to_json(article, [])) == article


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(st.none() | st.text(max_size=5) | st.integers(), lambda c: st.lists(c, max_size=3))
)
def test_damaged_alternates_in_the_cache_are_refused_as_damage(value: object) -> None:
    data = json.dumps({"title": "t", "alternates": [value], "editions": []}).encode()
    try:
        article = from_json(data)
    except (ValueError, TypeError, KeyError):
        return
    assert all(isinstance(t, str) and isinstance(u, str) for t, u in article.alternates)
