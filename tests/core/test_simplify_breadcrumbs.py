"""A breadcrumb trail inside the article's block ("Home › Network › This page") leaves the
reader view, whichever way the page declares it; a long block that only names a breadcrumb in
its class (a layout "with breadcrumb") is not a trail and stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html

from reader.core.simplify.crumbs import MAX_TRAIL, is_breadcrumb
from reader.core.simplify.pipeline import simplify

TITLE = "Why the network is slow and how to make it fast again"
BODY = "".join(
    f"<p>Step {n}: open the settings, look at the adapter, change the value and measure the "
    "speed again, because a slow network has more than one cause, and each needs a test.</p>"
    for n in range(1, 7)
)
TRAILS = {
    "nav with a class": (
        '<nav class="theme-breadcrumb"><span><a href="/">Start</a></span>'
        '<span><a href="/net">Network</a></span><span>{title}</span></nav>'
    ),
    "schema.org list": (
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList">'
        '<li itemprop="itemListElement"><a href="/">Start</a></li>'
        '<li itemprop="itemListElement"><a href="/net">Network</a></li></ol>'
    ),
    "data-vocabulary items": (
        '<div><span itemscope itemtype="http://data-vocabulary.org/Breadcrumb">'
        '<a href="/">Start</a></span> / <span itemscope '
        'itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/net">Network</a></span> / '
        "{title}</div>"
    ),
    "ARIA label": (
        '<nav aria-label="Breadcrumb"><a href="/">Start</a> › <a href="/net">Network</a></nav>'
    ),
    "div of inline content": (
        '<div class="PostBreadcrumb"><a href="/">Start</a> » <a href="/net">Network</a> » '
        "{title}</div>"
    ),
}


def page(trail: str) -> str:
    return f"""<html><head><title>{TITLE}</title></head><body>
<div id="main-content" itemprop="mainContentOfPage">
  {trail.format(title=TITLE)}
  <h1>{TITLE}</h1>{BODY}
</div>
</body></html>"""


@pytest.mark.parametrize("kind", sorted(TRAILS))
def test_a_breadcrumb_trail_in_the_block_leaves(kind: str) -> None:
    text = simplify(page(TRAILS[kind]), "http://example.org/net/slow").text
    assert "Network" not in text
    assert text.startswith("Step 1")
    assert "Step 6" in text


def test_a_long_block_named_after_a_breadcrumb_is_not_a_trail() -> None:
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="layout has-breadcrumb"><h1>{TITLE}</h1>{BODY}</div></body></html>"""
    text = simplify(html, "http://example.org/net/slow").text
    assert "Step 1" in text
    assert "Step 6" in text


@given(st.text(alphabet="abc Start›", max_size=2 * MAX_TRAIL))
def test_only_a_short_marked_element_is_a_trail(words: str) -> None:
    marked = lxml_html.fragment_fromstring('<nav class="breadcrumb"></nav>')
    marked.text = words
    plain = lxml_html.fragment_fromstring("<nav></nav>")
    plain.text = words
    assert is_breadcrumb(marked) == (len(words) <= MAX_TRAIL)
    assert not is_breadcrumb(plain)
