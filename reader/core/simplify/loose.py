"""Shape rules for loose lines: chrome in an inline element that sits in no text block.

Some pages put their chrome not in paragraphs but in a bare ``<span>``, ``<strong>`` or
``<time>`` between the blocks of the article: a "Mehr zum Thema" label over an emptied list, a
"Zur Person" heading, a ``<time>`` dateline, a "(Credit: NAME / AGENCY)" under a picture, a "Was
this article helpful?" prompt. The leaf-block rules never see them. Here each such outermost
inline element is read as a line of its own and judged by the same shape rules as a block
(:mod:`reader.core.simplify.rules`, :mod:`reader.core.simplify.labels`,
:mod:`reader.core.simplify.notices`); no rule knows a site, an address or a class name.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.simplify import dom, labels, notices, rules

INLINE = ("span", "strong", "b", "em", "i", "small", "time", "font", "label", "cite")
LINE_LENGTH = 300
"""A loose line longer than this is running text, whatever it starts with."""
_VERBATIM = ("pre", "code", "blockquote", "q", "table")
_PUBLISHED = re.compile(
    r"\b(?:published|updated|posted|veröffentlicht|publiziert|aktualisiert|erstellt|stand|"
    r"publié|mis à jour|publicado|actualizado|opublikowano|aktualizacja)\b",
    re.I,
)
"""A date line names what the date is; a bare date in italics may be a title ("Le 15 Mai")."""


def is_chrome_line(node: Any, text: str) -> bool:
    """True when ``text`` (of the inline element ``node``) is a label, dateline, credit or
    notice line."""
    if len(text) > LINE_LENGTH:
        return False
    return (
        (rules.is_dateline(text) and bool(_PUBLISHED.search(text)))
        or rules.is_credit(text)
        or labels.is_label(text)
        or labels.is_ad_label(text)
        or labels.is_engagement_prompt(text)
        or notices.is_notice(node, text)
    )


def loose_lines(article: Any) -> list[Any]:
    """The outermost inline elements of ``article`` inside no leaf text block and no code,
    quotation or table (a time in a table's cell is data, or a title)."""
    leaves = set(rules.leaf_blocks(article))
    found = []
    for node in article.iter(*INLINE):
        ancestors = list(node.iterancestors())
        if any(a.tag in INLINE or a.tag in _VERBATIM or a in leaves for a in ancestors):
            continue
        if any(True for _ in node.iterdescendants(*rules.LEAVES, "ul", "ol", "table")):
            continue
        found.append(node)
    return found


def remove_loose_chrome(article: Any) -> int:
    """Drop the loose lines of ``article`` that are chrome (images kept); return how many."""
    dropped = 0
    for node in loose_lines(article):
        if node.getparent() is None or node.find(".//img") is not None:
            continue
        text = dom.inner_text(node)
        if text and is_chrome_line(node, text):
            node.drop_tree()
            dropped += 1
    return dropped
