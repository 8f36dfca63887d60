"""A second opinion from readability-lxml on the blocks our extractor is unsure of.

Our extractor and readability-lxml score the same page independently. Where both found the same
article (most of our long prose is in readability-lxml's text too), a *doubtful* block of ours
(short, or mostly links, or a heading) that readability-lxml did not keep is dropped: two
independent extractors agreeing is a better signal than either alone. Long prose paragraphs are
never voted on (our recall on prose is the better one), and when readability-lxml looked
elsewhere on the page (little agreement) it gets no vote at all.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from typing import Any

from reader.core.simplify import dom, lead, rules

log = logging.getLogger(__name__)

MAX_OPINION_CHARS = 1024 * 1024
DOUBTFUL_LENGTH = 120
"""Blocks shorter than this (characters) are voted on; longer prose is ours alone."""
DOUBTFUL_LINK_DENSITY = 0.3
MATCHED_PAIRS = 0.5
"""Share of a block's word pairs the other text must hold when the block is not found as is."""
_WORD = re.compile(r"\w+")
AGREEMENT = 0.6
"""Share of our long-prose text readability-lxml must also hold before it gets a vote."""
_NOT_VOTED = frozenset({"li", "dt", "dd", "figure", "figcaption", "table"})
"""Lists, captions and tables are not voted on: readability-lxml drops them by design."""


@dataclass(frozen=True)
class Opinion:
    """What the other extractor kept: its text without whitespace, and its word pairs."""

    key: str
    pairs: frozenset[tuple[str, str]]

    def holds(self, text: str) -> bool:
        """True when the other extractor kept ``text`` (word for word, or most of its word pairs;
        the two differ on markup details such as math annotations or glued inline text).
        """
        if _key(text) in self.key:
            return True
        pairs = _pairs(text)
        return len(pairs) >= 2 and len(pairs & self.pairs) >= MATCHED_PAIRS * len(pairs)


def _key(text: str) -> str:
    """Text compared without any whitespace: the two extractors break blocks differently."""
    return "".join(text.split()).casefold()


def _pairs(text: str) -> frozenset[tuple[str, str]]:
    words = _WORD.findall(text.casefold())
    return frozenset(itertools.pairwise(words))


def second_opinion(html: str) -> Opinion | None:
    """What readability-lxml extracts from ``html``, or None.

    None also for a page over :data:`MAX_OPINION_CHARS`: on pathological pages readability-lxml
    takes seconds, and our own rules already decided.
    """
    if len(html) > MAX_OPINION_CHARS:
        return None
    # Imported here: readability-lxml is only needed once a page is simplified (start-up time).
    from lxml import html as lxml_html
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
        text = lxml_html.fragment_fromstring(summary).text_content()
        return Opinion(_key(text), _pairs(text))
    except Exception as exc:
        log.debug("readability-lxml gave no second opinion: %s", exc)
        return None


def _doubtful(node: Any, text: str) -> bool:
    if node.tag in dom.HEADINGS:
        return True
    return len(text) < DOUBTFUL_LENGTH or dom.link_density(node, len(text)) > DOUBTFUL_LINK_DENSITY


def apply_vote(article: Any, other: Opinion | None) -> int:
    """Drop doubtful blocks of ``article`` that ``other`` lacks.

    Only blocks before the first or after the last long paragraph both extractors kept are
    voted on: that is where chrome (datelines, teasers, related lists) sits, while a short line
    inside the article is more often a subhead or a list readability-lxml drops by design.
    Returns how many blocks were dropped; none when ``other`` disagrees about the article.
    """
    if not other:
        return 0
    blocks = [(node, dom.inner_text(node)) for node in rules.leaf_blocks(article)]
    sure = [i for i, (node, text) in enumerate(blocks) if text and not _doubtful(node, text)]
    total = sum(len(blocks[i][1]) for i in sure)
    agreed = [i for i in sure if other.holds(blocks[i][1])]
    if not total or sum(len(blocks[i][1]) for i in agreed) / total < AGREEMENT:
        return 0
    dropped = 0
    for index, (node, text) in enumerate(blocks):
        if agreed[0] <= index <= agreed[-1] or not _votable(node, text):
            continue
        if index < agreed[0] and node.tag in dom.HEADINGS:
            continue  # a deck or subtitle above the text: readability-lxml drops headings
        if not other.holds(text):
            node.drop_tree()
            dropped += 1
    return dropped


def _votable(node: Any, text: str) -> bool:
    """A doubtful text block that is no list item, caption or table cell, and holds no image."""
    if not text or node.getparent() is None or not _doubtful(node, text):
        return False
    if node.tag in _NOT_VOTED or node.find(".//img") is not None or node.get(lead.MARK):
        return False
    return not any(a.tag in _NOT_VOTED for a in node.iterancestors())


def needs_opinion(article: Any) -> bool:
    """True when a vote is likely to change ``article``: a block to vote on before the first or
    after the last long paragraph (where the agreed span usually starts and ends).

    Otherwise readability-lxml (as costly as our own extraction) is not asked: its vote would
    change nothing, or at most a short line between two long paragraphs it disagreed on.
    """
    blocks = [(node, dom.inner_text(node)) for node in rules.leaf_blocks(article)]
    sure = [i for i, (node, text) in enumerate(blocks) if text and not _doubtful(node, text)]
    if not sure:
        return False
    outside = blocks[: sure[0]] + blocks[sure[-1] + 1 :]
    return any(_votable(node, text) for node, text in outside)
