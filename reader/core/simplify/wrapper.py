"""The page's structure around its article: of several ``<article>`` elements (the next stories
loaded below the first one), the one that holds the page's headline is the page's own."""

from __future__ import annotations

from typing import Any

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
