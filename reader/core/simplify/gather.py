"""The article block and its siblings: which blocks beside the best one belong to the article.

Siblings that score well enough, paragraphs that read like prose, and content blocks (data
tables, prose lists, figures, quotes) next to a chosen block are kept, in page order.
"""

from __future__ import annotations

from typing import Any

from reader.core.simplify import dom

KEEP_AS_IS = frozenset({"div", "article", "section", "p", "ol", "ul"})
"""Sibling tags kept as they are; any other gathered sibling becomes a ``<div>``."""


def gather(top: Any, scores: dict[Any, float]) -> Any:
    """The top candidate and its siblings that look like part of the article, in a ``<div>``."""
    from lxml import html as lxml_html

    article = lxml_html.Element("div")
    parent = top.getparent()
    siblings = dom.children(parent) if parent is not None else [top]
    threshold = max(10.0, scores[top] * 0.2)
    top_class = top.get("class") or ""
    chosen = []
    for sibling in siblings:
        append = sibling is top
        if not append:
            bonus = scores[top] * 0.2 if top_class and sibling.get("class") == top_class else 0
            if sibling in scores and scores[sibling] + bonus >= threshold:
                append = True
            elif sibling.tag == "p":
                text = dom.inner_text(sibling)
                density = dom.link_density(sibling, len(text))
                append = (len(text) > 80 and density < 0.25) or (
                    0 < len(text) < 80 and density == 0 and _ends_sentence(text)
                )
        chosen.append(append)
    _add_adjacent_content(siblings, chosen)
    _add_twin_parts(top, siblings, chosen)
    for sibling, append in zip(siblings, chosen, strict=True):
        if append:
            if sibling.tag not in KEEP_AS_IS:
                sibling.tag = "div"
            sibling.tail = None
            article.append(sibling)
    return article


def _is_content_block(node: Any) -> bool:
    """A data table, a list of prose items, a figure or a quote: article matter by shape."""
    tag = node.tag
    if tag not in ("table", "ul", "ol", "dl", "figure", "blockquote"):
        return False
    text = dom.inner_text(node)
    density = dom.link_density(node, len(text))
    if tag == "figure":
        return node.find(".//img") is not None and density < 0.5
    if tag == "table":
        rows = sum(1 for _ in node.iter("tr"))
        has_header = any(True for _ in node.iter("th", "thead", "caption"))
        return rows >= 2 and has_header and density < 0.3 and len(text) >= 20
    items = [i for i in node if dom.is_element(i)]
    return len(text) >= 50 and density < 0.2 and len(text) / max(len(items), 1) >= 20


def _add_adjacent_content(siblings: list[Any], chosen: list[bool]) -> None:
    """Also take content blocks (tables, lists, figures) that touch a chosen sibling."""
    changed = True
    while changed:
        changed = False
        for index, sibling in enumerate(siblings):
            if chosen[index]:
                continue
            near = (index > 0 and chosen[index - 1]) or (
                index + 1 < len(chosen) and chosen[index + 1]
            )
            if near and _is_content_block(sibling):
                chosen[index] = True
                changed = True


TWIN_MIN_TEXT = 100
"""Characters of prose a twin paragraph container needs."""


def _paragraph_box(top: Any) -> tuple[str, str] | None:
    """Tag and class of the element of ``top`` that holds most of its paragraphs, or None when
    it has no class (nothing to recognise a twin by)."""
    best, most = None, 1
    for element in top.iter():
        if not dom.is_element(element):
            continue
        count = sum(1 for child in element if child.tag == "p")
        if count > most:
            best, most = element, count
    if best is None or not (best.get("class") or "").strip():
        return None
    return best.tag, best.get("class")


def _add_twin_parts(top: Any, siblings: list[Any], chosen: list[bool]) -> None:
    """Also take a sibling holding a twin of the top block's paragraph container (same tag and
    class) with prose in it: a story split into parts by ad slots or a lede box, each part in
    its own wrapper, where only one part is deep enough in the tree to be scored."""
    box = _paragraph_box(top)
    if box is None:
        return
    tag, cls = box
    for index, sibling in enumerate(siblings):
        if chosen[index] or not dom.is_element(sibling):
            continue
        for twin in sibling.iter(tag):
            if twin.get("class") != cls:
                continue
            text = dom.inner_text(twin)
            if len(text) >= TWIN_MIN_TEXT and dom.link_density(twin, len(text)) < 0.25:
                chosen[index] = True
                break


def _ends_sentence(text: str) -> bool:
    index = text.find(".")
    while index != -1:
        if index + 1 == len(text) or text[index + 1] == " ":
            return True
        index = text.find(".", index + 1)
    return False
