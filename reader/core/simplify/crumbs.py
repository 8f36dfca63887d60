"""Breadcrumb trails: the "Home › Section › This page" row of links a page sets above its story.

A trail says where the page sits in the site; in the reader view it reads as a run of words
("HomeNetworkWhen the network is slow...") before the story. It is known by its markup, the
same on every site that declares it: a class or id naming a breadcrumb, the schema.org
``BreadcrumbList`` (or the older data-vocabulary.org ``Breadcrumb``) item type, RDFa's
``Breadcrumb`` type, or an ARIA label. Never by a site's own class name.
"""

from __future__ import annotations

import re
from typing import Any

MAX_TRAIL = 300
"""A trail is at most this many characters of text; a longer block marked so is a wrapper
(a layout with a breadcrumb, "has-breadcrumb") that holds more than the trail."""
TRAIL_MARK = "data-reader-trail"
"""Set by the walk on a trail it turns into a paragraph (dropping its class); the sanitizer
drops the attribute."""
_MARKED = re.compile(r"bread[\W_]?crumb", re.I)
_TYPE = re.compile(r"(?:^|[/:\s])Breadcrumb(?:List)?\s*$", re.I)


def is_breadcrumb(node: Any) -> bool:
    """True for a short element that declares itself a breadcrumb trail, holding no heading."""
    return _declares(node) and _short(node)


def _declares(node: Any) -> bool:
    return bool(
        node.get(TRAIL_MARK) is not None
        or _MARKED.search(f"{node.get('class') or ''} {node.get('id') or ''}")
        or _MARKED.search(node.get("aria-label") or "")
        or _TYPE.search(node.get("itemtype") or "")
        or _TYPE.search(node.get("typeof") or "")
    )


def _short(node: Any) -> bool:
    """Short, and holding no heading or paragraph: a row, not a block of the story."""
    if len(node.text_content()) > MAX_TRAIL:
        return False
    return next(node.iterdescendants("h1", "h2", "h3", "h4", "h5", "h6", "p"), None) is None


def remove_breadcrumbs(article: Any) -> int:
    """Drop the breadcrumb trails inside ``article`` (the extracted block); return how many.
    Where only the trail's items declare themselves, the short block around two or more of
    them is the trail (its separators and the page's own name go with the items)."""
    trails = []
    for node in article.iter():
        if isinstance(node.tag, str) and is_breadcrumb(node):
            trails.append(_whole_trail(node, article))
    dropped = 0
    for node in trails:
        if node is not article and node.getparent() is not None:
            node.drop_tree()  # an inner trail of one already dropped has no parent left
            dropped += 1
    return dropped


def _whole_trail(item: Any, article: Any) -> Any:
    parent = item.getparent()
    if parent is None or parent is article or not _short(parent):
        return item
    items = sum(1 for node in parent if isinstance(node.tag, str) and is_breadcrumb(node))
    return parent if items >= 2 else item
