"""Shape rules for a photo gallery's leftovers in an extracted article.

:func:`reader.core.simplify.rules.remove_chrome_lines` drops a counter ("Image 1 of 8") that is a
line of its own; slideshows also set it beside their picture, in the same block, or split it over
two blocks ("Image 3 of" / "8"), and show each caption twice: a short form, then (after a "more"
toggle) the long form that begins with the same words. These rules look at shapes only: a
block's whole text against the counter pattern, and two neighbouring captions; no site, address
or class name.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from reader.core.simplify import dom, rules

SPLIT_PART = 20
"""Each block of a counter split over blocks is at most this long ("Image 3 of", "8")."""
SPLIT_BLOCKS = 3
"""A counter is split over at most this many neighbouring blocks."""
CAPTION_LENGTH = 300
"""A short caption repeated by a longer one is at most this long..."""
MIN_REPEAT_WORDS = 3
"""...and has at least this many words (a shorter prefix is a coincidence, not a repeat)."""
PICTURE_EXTRA_TEXT = 200
"""Besides its two captions, a slide holds at most this much text (credit, counter, buttons)."""
PICTURE_DEPTH = 2
_TRIM = re.compile(r"[\s.!?…:;,]+$")


def remove_gallery_leftovers(article: Any) -> int:
    """Drop counters beside pictures or split over blocks, and short captions repeated by their
    long form; return how many were dropped. Pictures always stay."""
    return (
        _remove_counters_beside_images(article)
        + _remove_split_counters(article)
        + _remove_short_caption_repeats(article)
    )


def _image_blocks(article: Any) -> list[Any]:
    """Blocks that hold a picture and no other text block: a picture with text set beside it."""
    return [
        node
        for node in article.iter(*rules.LEAVES)
        if node is not article
        and node.find(".//img") is not None
        and not any(True for _ in node.iterdescendants(*rules.LEAVES))
    ]


def _remove_counters_beside_images(article: Any) -> int:
    """A picture's block whose text is only a counter keeps the picture and loses the text; an
    inline element of such a block whose whole text is a counter, at the start or the end of
    the block's text, goes on its own."""
    dropped = 0
    for block in _image_blocks(article):
        if rules.is_counter(dom.inner_text(block)):
            _keep_only_images(block)
            dropped += 1
            continue
        for inline in list(block.iterdescendants()):
            if not dom.is_element(inline) or inline.getparent() is None or inline.tag == "img":
                continue
            text = dom.inner_text(inline)
            whole = dom.inner_text(block)
            if (
                inline.find(".//img") is None
                and rules.is_counter(text)
                and (whole.startswith(text) or whole.endswith(text))  # not "add 1/2 cup"
            ):
                inline.drop_tree()
                dropped += 1
    return dropped


def _keep_only_images(block: Any) -> None:
    """Remove every piece of text from ``block``; its images (and what holds them) stay."""
    block.text = None
    for node in list(block.iterdescendants()):
        if node.getparent() is None or not dom.is_element(node):
            continue
        if node.tag != "img" and node.find(".//img") is None:
            node.drop_tree()
    for node in block.iterdescendants():
        if dom.is_element(node):
            node.tail = None
            if node.tag != "img":
                node.text = None


def _remove_split_counters(article: Any) -> int:
    """Neighbouring short blocks that together read as a counter ("Image 3 of" then "8")."""
    blocks = [(node, dom.inner_text(node)) for node in rules.leaf_blocks(article)]
    dropped = 0
    index = 0
    while index < len(blocks):
        run = 1
        for size in range(2, SPLIT_BLOCKS + 1):
            parts = blocks[index : index + size]
            if len(parts) < size or any(not t or len(t) > SPLIT_PART for _n, t in parts):
                break
            if rules.is_counter(" ".join(t for _n, t in parts)):
                run = size
                break
        if run > 1:
            for node, _text in blocks[index : index + run]:
                if node.getparent() is not None:
                    node.drop_tree()
            dropped += run
        index += run
    return dropped


def _key(text: str) -> str:
    return _TRIM.sub("", " ".join(text.casefold().split()))


def _remove_short_caption_repeats(article: Any) -> int:
    """A short block whose words open the next text block, which is longer: a caption's short
    form followed by its long form, both beside one picture. Gallery buttons between the two
    ("more") are skipped; a short paragraph that a longer one repeats in the story stays."""
    blocks = [
        (node, text)
        for node in rules.leaf_blocks(article)
        if (text := dom.inner_text(node)) and not rules.is_gallery_chrome(text)
    ]
    dropped = 0
    for (node, text), (following, longer) in itertools.pairwise(blocks):
        key = _key(text)
        if (
            len(text) > CAPTION_LENGTH
            or len(key.split()) < MIN_REPEAT_WORDS
            or len(longer) <= len(text)
            or node.getparent() is None
            or node.tag in dom.HEADINGS  # a heading opening its section's first sentence
        ):
            continue
        opening = _key(longer)[: len(key) + 1]
        if not (opening == key or (opening.startswith(key) and not opening[len(key)].isalnum())):
            continue
        if _captions_of_a_picture(node, following, len(text) + len(longer)):
            node.drop_tree()
            dropped += 1
    return dropped


def _captions_of_a_picture(short: Any, long: Any, length: int) -> bool:
    """True when the nearest block holding both ``short`` and ``long`` (or the one around it:
    captions have a block of their own beside the picture) holds a picture and
    little other text (the two captions, a credit, buttons): one slide, not the story."""
    ancestors = set(long.iterancestors())
    common = next((a for a in short.iterancestors() if a in ancestors), None)
    for block in [common, *dom.ancestors(common, PICTURE_DEPTH - 1)] if common is not None else []:
        if len(dom.inner_text(block)) > length + PICTURE_EXTRA_TEXT:
            return False
        if block.find(".//img") is not None:
            return True
    return False
