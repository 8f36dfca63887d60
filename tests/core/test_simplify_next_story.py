"""A page that loads the next stories below its own (endless scrolling): the article holding the
page's headline is the reader view's, even when a later one is longer; a page with one article
and a longer unrelated block outside any article is not changed by that rule."""

from __future__ import annotations

from reader.core.simplify.pipeline import simplify
from tests.core.simplify_pages import PROSE, URL

NEXT = [
    f"Next story, part {n}: the county fair opens on Friday with a parade, a brass band and, for "
    "the first time, a market of local cheeses, breads and ciders, and the organisers expect more "
    "visitors than ever before, since the weather forecast is good for the whole weekend."
    for n in range(1, 8)
]


def _page() -> str:
    photo = "<figure><img src='https://news.example.org/a.jpg' width='800' height='500'></figure>"
    own = photo + "<div class='text'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>"
    later = photo + "<div class='text'>" + "".join(f"<p>{p}</p>" for p in NEXT) + "</div>"
    return (
        "<html><head><title>Council votes to repair the library roof</title></head><body>"
        "<main><div class='scroll'><article class='story'>"
        f"<h1>Council votes to repair the library roof</h1>{own}</article></div>"
        "<div class='scroll'><article class='story'>"
        f"<h1>The county fair opens</h1>{later}</article></div></main>"
        "</body></html>"
    )


def test_the_article_under_the_page_headline_wins_over_a_longer_next_story() -> None:
    text = simplify(_page(), URL).text
    assert all(p in text for p in PROSE)
    assert NEXT[0] not in text


def test_without_the_headline_the_longer_story_still_wins() -> None:
    html = _page().replace("<h1>Council votes to repair the library roof</h1>", "")
    html = html.replace("<title>Council votes to repair the library roof</title>", "")
    text = simplify(html, URL).text
    assert NEXT[0] in text
