"""Property: the reader view never fails on an arbitrary small page other than by saying there is
no article (ExtractError). Pages are random trees of the elements and class names the extractor's
rules look at (headers, comments, figures, lists, tables, bylines, lazy images), with prose,
labels, dates and odd characters for text, so every rule meets shapes nobody wrote by hand."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.parsed import SimplifiedArticle
from reader.core.simplify.pipeline import simplify
from reader.errors import ExtractError

TITLE = "Council agrees to repair the library roof"
TAGS = ["div", "p", "article", "section", "header", "footer", "aside", "nav", "main", "h1", "h2",
        "h3", "ul", "ol", "li", "figure", "figcaption", "blockquote", "table", "tr", "td", "th",
        "span", "a", "b", "em", "time", "form", "pre", "dl", "dt", "dd", "noscript", "math"]  # fmt: skip
VOID = ["br", "hr", "img", "input", "iframe"]
CLASSES = ["", "content", "article-body", "entry-content", "comment", "comments", "sidebar",
           "header", "footer", "related", "share", "byline", "author", "newsletter", "promo",
           "caption", "lead", "teaser", "widget", "hidden", "post", "cookie", "menu"]  # fmt: skip
ATTRIBUTES = ["", ' hidden', ' style="display:none"', ' aria-hidden="true"', ' role="dialog"',
              ' itemprop="articleBody"', ' rel="author"', ' href="/x"', ' href="#a"', ' dir="rtl"',
              ' src="/a.jpg"', ' data-src="/lazy.jpg"', ' srcset=" , /b.jpg 2x"', ' colspan="3"',
              ' width="900"', ' lang="de"']  # fmt: skip
TEXT = st.sampled_from([
    "",
    " ",
    TITLE,
    "The council met on Tuesday, and after a long debate, agreed to repair the old library roof "
    "before winter, to hire two more librarians, and to open the reading room on Sundays.",
    "Read more:",
    "Share",
    "By Jane Doe",
    "Updated 5 May 2020, 10:14",
    "Photo: Reuters",
    "© 2022 Example. All rights reserved.",
    "1 / 5",
    "Advertisement",
    "\u202e\u200b\x0c",
    "م ی 👩",
    "a, b, c, d, e, f, g, h, i, j, k,",
])  # fmt: skip


@st.composite
def element(draw: st.DrawFn, children: st.SearchStrategy[str]) -> str:
    """One element with a class, an attribute, text and children."""
    tag = draw(st.sampled_from(TAGS))
    cls = draw(st.sampled_from(CLASSES))
    attrs = (f' class="{cls}"' if cls else "") + draw(st.sampled_from(ATTRIBUTES))
    inner = draw(TEXT) + "".join(draw(st.lists(children, max_size=4))) + draw(TEXT)
    return f"<{tag}{attrs}>{inner}</{tag}>"


LEAF = TEXT | st.sampled_from([f"<{tag}>" for tag in VOID])
TREE = st.recursive(LEAF, lambda children: element(children), max_leaves=30)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TREE, min_size=1, max_size=4), st.booleans())
def test_property_any_small_page_is_simplified_or_refused_in_words(
    trees: list[str], titled: bool
) -> None:
    head = f"<head><title>{TITLE}</title></head>" if titled else ""
    page = f"<html>{head}<body>{''.join(trees)}</body></html>"
    try:
        article = simplify(page, "https://example.org/news/story")
    except ExtractError:
        return
    assert isinstance(article, SimplifiedArticle)
    assert article.text.strip()
