"""A page-wide wrapper whose class or id happens to sound like chrome ("above-footer",
"header-offset", "sidebar-layout"): it holds the headline and most of the page's text, so it is
the layout around the article, not a block beside it, and the extractor must look inside it."""

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
