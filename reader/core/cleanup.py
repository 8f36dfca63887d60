"""Cleanup of an extracted article block: what readability leaves that a reader does not want.

Rules are about the shapes of pages (a heading that repeats the title, empty wrappers), never
about a particular site.
"""

from __future__ import annotations

import logging
import re
from typing import Any

log = logging.getLogger(__name__)

_WORDS = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def clean_article(article: Any, title: str = "") -> None:
    """Clean ``article`` (an lxml element) in place."""
    _drop_title_heading(article, title)


def _drop_title_heading(article: Any, title: str) -> None:
    """Remove the first heading when it repeats the article's title (the view shows the title)."""
    if not title:
        return
    wanted = _norm(title)
    for heading in article.iter("h1", "h2"):
        if _norm(heading.text_content()) == wanted:
            heading.drop_tree()
        return
