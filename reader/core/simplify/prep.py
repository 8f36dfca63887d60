"""Page preparation for the extractor: scripts out, ``<br><br>`` runs and loose inline text
into paragraphs, the way a reader sees paragraphs rather than the way the markup nests them.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.render.sanitize import MAX_TABLE_COLUMNS, MAX_TABLE_ROWS
from reader.core.simplify import dom
from reader.core.simplify.cleanup import IMAGE_URL


def prepare(doc: Any) -> None:
    """Page-wide preparation done once: scripts and styles out, ``<br><br>`` into paragraphs."""
    for img in list(doc.iter("img")):
        if not any(
            name in ("src", "srcset") or IMAGE_URL.match(value)
            for name, value in img.attrib.items()
        ):
            img.drop_tree()  # a slot a script would fill; its <noscript> twin may follow
    for noscript in list(doc.iter("noscript")):
        _unwrap_noscript_image(noscript)
    for element in list(doc.iter("script", "noscript", "style", "template")):
        element.drop_tree()
    for table in list(doc.iter("table")):
        _trim_table(table)
    for element in list(doc.iter("font")):
        element.tag = "span"
    for element in list(doc.iter("math")):
        _math_to_text(element)
    body = doc.find("body")
    if body is not None:
        _replace_brs(body)


def _trim_table(table: Any) -> None:
    """Drop rows and cells the sanitizer would cap anyway, before any work is spent on them.

    One row and one cell more than the caps stay, so the sanitizer still adds its
    "table truncated" note.
    """
    budget = MAX_TABLE_ROWS + 1
    for section in [table, *(c for c in table if c.tag in ("thead", "tbody", "tfoot"))]:
        rows = [i for i, c in enumerate(section) if c.tag == "tr"]
        if budget <= 0 and rows:
            del section[rows[0] :]
            continue
        if len(rows) > budget:
            del section[rows[budget] :]
            rows = rows[:budget]
        budget -= len(rows)
        for index in rows:
            row = section[index]
            cells = [i for i, c in enumerate(row) if c.tag in ("td", "th")]
            if len(cells) > MAX_TABLE_COLUMNS + 1:
                del row[cells[MAX_TABLE_COLUMNS + 1] :]


def _unwrap_noscript_image(noscript: Any) -> None:
    """A lazy-loading placeholder followed by ``<noscript><img></noscript>``: keep the real one."""
    images = list(noscript.iter("img"))
    if len(images) != 1 or noscript.text_content().strip():
        return
    previous = noscript.getprevious()
    while previous is not None and not dom.is_element(previous):
        previous = previous.getprevious()
    if previous is None:
        return
    if previous.tag == "img":
        placeholder = previous
    else:
        inner = list(previous.iter("img"))
        if len(inner) != 1 or previous.text_content().strip():
            return
        placeholder = inner[0]
    real = images[0]
    real.tail = placeholder.tail
    placeholder.getparent().replace(placeholder, real)


def _math_to_text(math: Any) -> None:
    """MathML is not kept by the sanitizer: keep its symbols as text, one space apart."""
    for annotation in list(math.iter("annotation", "annotation-xml")):
        annotation.drop_tree()
    text = " ".join(t.strip() for t in math.itertext() if t.strip())
    if not text:
        text = (math.get("alttext") or "").strip()
    tail = math.tail
    block = (math.get("display") or "").lower() == "block"
    math.clear()
    math.tag = "p" if block and not dom.has_ancestor(math, "p", -1) else "span"
    math.text = text
    math.tail = tail


_RUN = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")


def collapse_whitespace(root: Any) -> None:
    """Runs of markup indentation become one space (not inside ``<pre>``; no-break spaces stay)."""
    from lxml import etree

    inside_pre = 0
    for event, node in etree.iterwalk(root, events=("start", "end")):
        if node.tag in ("pre", "textarea"):
            inside_pre += 1 if event == "start" else -1
        if event == "start" and not inside_pre and node.text:
            node.text = _RUN.sub(" ", node.text)
        # A tail sits outside its node: inside a <pre> only while an outer one is open.
        if event == "end" and node.tail and node is not root and not inside_pre:
            node.tail = _RUN.sub(" ", node.tail)


def replace_keeping_tail(old: Any, new: Any) -> None:
    """Put ``new`` where ``old`` is; the text after ``old`` stays in place."""
    tail = old.tail
    old.getparent().replace(old, new)
    new.tail = tail


def _append_inline(parent: Any, item: Any) -> None:
    if isinstance(item, str):
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + item
        else:
            parent.text = (parent.text or "") + item
    else:
        parent.append(item)


def wrap_phrasing(div: Any) -> None:
    """Put runs of inline content directly in ``div`` into paragraphs (block children stay)."""
    has_text = not dom.is_whitespace_text(div.text) or any(
        not dom.is_whitespace_text(c.tail) for c in div
    )
    kids = list(div)
    if not has_text and not any(dom.is_element(c) and dom.is_phrasing(c) for c in kids):
        return
    if not has_text and all(c.tag == "br" for c in kids if dom.is_element(c)):
        return
    from lxml import html as lxml_html

    items: list[Any] = [div.text] if div.text else []
    for child in kids:
        tail = child.tail
        child.tail = None
        items.append(child)
        if tail:
            items.append(tail)
    div.text = None
    for child in kids:
        div.remove(child)
    paragraph = None
    for item in items:
        if isinstance(item, str) or dom.is_phrasing(item):
            if paragraph is not None:
                _append_inline(paragraph, item)
            elif (isinstance(item, str) and not item.strip()) or (
                not isinstance(item, str) and item.tag == "br"
            ):
                _append_inline(div, item)
            else:
                paragraph = lxml_html.Element("p")
                div.append(paragraph)
                _append_inline(paragraph, item)
        else:
            if paragraph is not None:
                _trim_trailing(paragraph)
                paragraph = None
            div.append(item)
    if paragraph is not None:
        _trim_trailing(paragraph)


def _trim_trailing(paragraph: Any) -> None:
    """Drop trailing ``<br>`` and blank text at the end of a new paragraph."""
    while len(paragraph):
        last = paragraph[-1]
        if last.tail and last.tail.strip():
            return
        if last.tag != "br":
            last.tail = None
            return
        paragraph.remove(last)
    if paragraph.text is not None and not paragraph.text.strip():
        paragraph.text = None


def _replace_brs(body: Any) -> None:
    """Two or more ``<br>`` in a row end a paragraph: turn the run into ``<p>`` boundaries."""
    from lxml import html as lxml_html

    for br in list(body.iter("br")):
        parent = br.getparent()
        if parent is None:
            continue
        follower = br.getnext()
        replaced = False
        while follower is not None and follower.tag == "br" and dom.is_whitespace_text(br.tail):
            replaced = True
            after = follower.getnext()
            br.tail = (br.tail or "") + (follower.tail or "")
            parent.remove(follower)
            follower = after
        if not replaced:
            continue
        paragraph = lxml_html.Element("p")
        paragraph.text = br.tail
        replace_keeping_tail(br, paragraph)
        paragraph.tail = None
        sibling = paragraph.getnext()
        while sibling is not None:
            if sibling.tag == "br":
                nxt = sibling.getnext()
                if nxt is not None and nxt.tag == "br" and dom.is_whitespace_text(sibling.tail):
                    break
            if not dom.is_phrasing(sibling):
                break
            nxt = sibling.getnext()
            paragraph.append(sibling)  # its tail (text) comes along
            sibling = nxt
        _trim_trailing(paragraph)
        if parent.tag == "p":
            parent.tag = "div"


def wrap_all(div: Any) -> None:
    """Move all of ``div``'s (inline) content into one new ``<p>`` child."""
    from lxml import html as lxml_html

    paragraph = lxml_html.Element("p")
    paragraph.text = (div.text or "").lstrip() or None
    div.text = None
    for child in list(div):
        paragraph.append(child)  # its tail comes along
    div.append(paragraph)


def only_phrasing(div: Any) -> bool:
    """True when ``div`` holds inline content only, with some text or a non-br element."""
    kids = [k for k in div if dom.is_element(k)]
    if not all(dom.is_phrasing(k) for k in kids):
        return False
    if not dom.is_whitespace_text(div.text) or any(not dom.is_whitespace_text(k.tail) for k in div):
        return True
    return any(k.tag != "br" for k in kids)
