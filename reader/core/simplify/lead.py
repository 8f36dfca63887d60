"""The standfirst: a lead paragraph between the headline and the article body.

Many pages set the headline and its lead ("KOBE - A total of 6,000 masks ...") in a header block
of their own, above the block that holds the body; scoring picks the body, and the lead, alone in
its block, scores too little to be gathered. When the page's headline was found (the heading
that repeats the title), prose paragraphs between it and the article block are the lead.
When the article's own header block goes as chrome, a long lead inside it is moved out first.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.simplify import authorbox, dom

MIN_LEAD = 60
"""A lead paragraph has at least this many characters..."""
MAX_LEAD = 1200
"""...and all of them together at most this many (more is another text, not a lead)."""
MAX_LEADS = 2
MAX_GAP_ELEMENTS = 200
"""The lead is near the headline: at most this many elements (share buttons and their icons
count) between them and the body."""
_LEAD_TAGS = frozenset({"p", "h2", "h3", "h4"})
HEADING_LEAD = 150
"""A heading this long that ends a sentence is a standfirst set in large type; a shorter one is
the subtitle (a dek), which Readability-style views leave out of the body."""
UNPUNCTUATED_LEAD = 150
"""A lead this long may end without a full stop (the sentence runs on into a teaser's end)."""
_BY = re.compile(r"^\W*(?:by|von|par|por|di|door|av|af)\b", re.I)
MARK = "data-reader-lead"
"""Set on a lead moved into the article: readability-lxml never keeps a lead outside the body
block, so its vote on it means nothing (the sanitizer drops the attribute)."""


def lead_paragraphs(anchor: Any, top: Any) -> list[Any]:
    """Prose paragraphs after ``anchor`` (where the headline was) and before ``top`` (the article
    block), in page order; none when ``top`` does not follow ``anchor`` closely."""
    if anchor is None or anchor.getparent() is None:
        return []
    found: list[Any] = []
    node = anchor
    for _step in range(MAX_GAP_ELEMENTS):
        if node is None:
            return []
        if node is top:
            return found if sum(len(dom.inner_text(p)) for p in found) <= MAX_LEAD else []
        if node.tag in _LEAD_TAGS and _is_lead(node) and not _is_caption(node, anchor):
            if len(found) >= MAX_LEADS:
                return []
            found.append(node)
            node = dom.next_node(node, skip_children=True)
            continue
        node = dom.next_node(node)
    return []


def rescue_from_header(header: Any) -> None:
    """Move the lead paragraphs out of an article's ``header`` block that goes as chrome (with its
    datelines and share buttons), to just after it, where :func:`lead_paragraphs` looks."""
    found = [
        p
        for p in header.iter("p")
        if _is_lead(p)
        and len(dom.inner_text(p)) >= HEADING_LEAD  # shorter: the dek, as beside a headline
        and not any(a.tag in ("figure", "figcaption") for a in p.iterancestors())
    ]
    if not found or len(found) > MAX_LEADS:
        return
    if sum(len(dom.inner_text(p)) for p in found) > MAX_LEAD:
        return
    place = header
    for paragraph in found:
        _detach(paragraph)
        place.addnext(paragraph)
        place = paragraph


def _detach(paragraph: Any) -> None:
    """Take ``paragraph`` out of its parent, leaving the text after it where it was."""
    tail = paragraph.tail
    paragraph.tail = None
    parent = paragraph.getparent()
    if parent is not None and tail:
        previous = paragraph.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    if parent is not None:
        parent.remove(paragraph)


def _is_lead(node: Any) -> bool:
    text = dom.inner_text(node)
    heading = node.tag != "p"
    return (
        len(text) >= (HEADING_LEAD if heading else MIN_LEAD)
        and not _BY.match(text)  # an author's line or box, not the lead
        and not authorbox.is_bio(text)
        and dom.link_density(node, len(text)) < 0.2
        and (
            text.rstrip()[-1:] in '.!?…"“”»)'
            or (not heading and len(text) >= UNPUNCTUATED_LEAD and text.rstrip()[-1:].isalpha())
        )
    )


CAPTION_DEPTH = 2
"""A paragraph is a picture's caption when its parent or grandparent holds the picture before
it..."""
CAPTION_EXTRA_TEXT = 200
"""...and little other text: its short form, a credit, a counter, buttons."""


def _is_caption(node: Any, anchor: Any) -> bool:
    """A caption of a picture (a slideshow's slide, a figure) between headline and body: its
    picture is not moved with it, so the caption alone would read as the story's lead."""
    length = len(dom.inner_text(node))
    for container in dom.ancestors(node, CAPTION_DEPTH):
        if container.tag in ("figure", "figcaption"):
            return True
        if container is anchor or any(a is container for a in anchor.iterancestors()):
            return False  # the header holding headline, picture and lead: a real lead
        if len(dom.inner_text(container)) > 2 * length + CAPTION_EXTRA_TEXT:
            return False  # a block of more than a picture and its captions: the story's own
        if _picture_before(container, node):
            return True
    return False


def _picture_before(container: Any, node: Any) -> bool:
    """True when ``container`` holds a picture before ``node`` (a caption follows its picture;
    a lead comes before the header's picture) that is not in a figure of its own (a figure
    holds its caption: text beside it is something else)."""
    for element in container.iter("img", node.tag):
        if element is node:
            return False
        if element.tag == "img" and not dom.has_ancestor(element, "figure"):
            return True
    return False


def prepend(article: Any, leads: list[Any]) -> None:
    """Move ``leads`` to the start of ``article``, keeping their order."""
    for index, paragraph in enumerate(leads):
        _detach(paragraph)
        paragraph.set(MARK, "1")
        article.insert(index, paragraph)
