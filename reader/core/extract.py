"""Find the article in a parsed page: readability-lxml's best block, then our cleanup.

The result is unsanitized HTML; :func:`reader.core.simplify.simplify` sanitizes it last.
"""

from __future__ import annotations

import logging
from typing import Any

from reader.core.cleanup import clean_article
from reader.errors import ExtractError

log = logging.getLogger(__name__)

NO_ARTICLE = "could not simplify this page"


def parse_page(html: str) -> Any:
    """The lxml document of a page string (never raises on bad markup; ExtractError on none)."""
    from lxml import etree
    from lxml import html as lxml_html

    data = html.encode("utf-8", errors="replace")
    if not data.strip():
        raise ExtractError(NO_ARTICLE)
    try:
        doc = lxml_html.document_fromstring(
            data, parser=lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
        )
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError(NO_ARTICLE) from exc
    if doc is None:
        raise ExtractError(NO_ARTICLE)
    return doc


def extract_article(doc: Any, url: str, title: str = "") -> Any:
    """The article's element (a ``<div>``) out of ``doc``; ``doc`` may be changed."""
    from lxml import html as lxml_html
    from readability import Document
    from readability.readability import Unparseable

    try:
        summary = Document(doc, url=url or None).summary(html_partial=True)
    except (Unparseable, ValueError, RecursionError) as exc:
        log.info("readability failed: %s", exc)
        raise ExtractError(NO_ARTICLE) from exc
    if not summary or not summary.strip():
        raise ExtractError(NO_ARTICLE)
    root = lxml_html.document_fromstring(
        "<html><body>" + summary + "</body></html>",
        parser=lxml_html.HTMLParser(remove_comments=True),
    )
    article = root.find("body")
    if article is None:
        raise ExtractError(NO_ARTICLE)
    article.tag = "div"
    clean_article(article, title)
    return article
