"""The page's structure around its article: a page-wide wrapper whose class or id happens to
sound like chrome ("above-footer", "sidebar-layout") holds the headline and most of the page's
text, so it is the layout around the article, not a block beside it, and the extractor must look
inside it; and of several ``<article>`` elements (the next stories loaded below the first one),
the one that holds the page's headline is the page's own."""

from __future__ import annotations

from typing import Any

from reader.core.simplify import dom

WRAPPER_SHARE = 0.6
"""Share of the page's body text a wrapper holds: chrome beside an article holds less."""
_WRAPPER_TAGS = frozenset({"div", "section", "main", "article"})


def wraps_page(node: Any, walker: Any) -> bool:
    """True when ``node`` (named like chrome) is a layout block around the article: a div or
    section that holds an ``<h1>`` and more than :data:`WRAPPER_SHARE` of the body's text.

    ``walker.page_length`` caches the body's text length (computed on the first call, when the
    first chrome-named block is met); blocks that go are removed, so the text of each node is
    read once and the whole check costs one more walk over the page at most."""
    if node.tag not in _WRAPPER_TAGS or (node.get("role") or "") in dom.UNLIKELY_ROLES:
        return False
    if node.find(".//h1") is None:
        return False
    if walker.page_length < 0:
        body = node.getroottree().getroot().find("body")
        walker.page_length = len(body.text_content()) if body is not None else 0
    return bool(len(node.text_content()) > WRAPPER_SHARE * walker.page_length)


HOME_SHARE = 0.3
"""Share of the best block's score the headline's own article needs to win over it."""


def headline_article(top: Any, headline_end: Any, scores: dict[Any, float]) -> Any:
    """The best-scored block of the ``<article>`` that holds the page's headline, when ``top`` is
    in another ``<article>``: pages that load the next stories below the first one (endless
    scrolling) hold several articles, and the longest of them is not the page's own.

    ``headline_end`` is the element right after the headline (None when it was not found);
    ``top`` is kept unless the headline's article scores at least :data:`HOME_SHARE` of it."""
    if headline_end is None or headline_end.getparent() is None:
        return top
    home = _article_of(headline_end)
    away = _article_of(top)
    if home is None or away is None or home is away:
        return top
    if any(a is home for a in away.iterancestors()) or any(a is away for a in home.iterancestors()):
        return top
    inside = [c for c in scores if c is home or any(a is home for a in c.iterancestors())]
    best = max(inside, key=lambda c: scores[c], default=None)
    if best is None or scores[best] < HOME_SHARE * scores.get(top, 0.0):
        return top
    return best


def _article_of(node: Any) -> Any:
    """``node`` when it is an ``<article>``, else its nearest ``<article>`` ancestor, or None."""
    if node.tag == "article":
        return node
    return next((a for a in node.iterancestors("article")), None)
