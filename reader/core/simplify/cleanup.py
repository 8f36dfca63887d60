"""Cleanup of an extracted article block: what a reader does not want inside the article.

Rules are about the shapes of blocks (link density, share/aside/footer wrappers, forms, lists
of links, empty paragraphs, single-cell layout tables), never about a particular site.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from reader.core.digits import bounded_int
from reader.core.simplify import dom, rules

log = logging.getLogger(__name__)

SHARE_TEXT_LIMIT = 500
_TEXTISH = ("span", "li", "td", *sorted(dom.DIV_TO_P))
_DATA_TABLE_PARTS = ("col", "colgroup", "tfoot", "thead", "th")


def prep_article(article: Any, conditionally: bool = True, weight_classes: bool = True) -> None:
    """Clean ``article`` (the gathered block) in place."""
    data_tables = _mark_data_tables(article)
    fix_lazy_images(article)
    weight = dom.class_weight if weight_classes else (lambda _node: 0)
    if conditionally:
        _clean_conditionally(article, "form", data_tables, weight)
        _clean_conditionally(article, "fieldset", data_tables, weight)
    _clean(article, "object", "embed", "footer", "link", "aside")
    for block in dom.children(article):
        _clean_share_nodes(block)
    _clean(article, "iframe", "input", "textarea", "select", "button")
    for heading in list(article.iter("h1", "h2")):
        if weight(heading) < 0:
            heading.drop_tree()
    if conditionally:
        for tag in ("table", "ul", "div"):
            _clean_conditionally(article, tag, data_tables, weight)
    for heading in article.iter("h1"):
        heading.tag = "h2"
    for paragraph in list(article.iter("p")):
        if not any(True for _ in paragraph.iter("img", "embed", "object", "iframe")) and not (
            paragraph.text_content().strip()
        ):
            paragraph.drop_tree()
    for br in list(article.iter("br")):
        following = br.getnext()
        if following is not None and following.tag == "p" and dom.is_whitespace_text(br.tail):
            br.drop_tree()
    _unwrap_single_cell_tables(article)
    for img in list(article.iter("img")):
        if not (img.get("src") or "").strip():
            img.drop_tree()  # nothing to show: a lazy image whose address we could not find


IMAGE_URL = re.compile(
    r"^\s*\S*(\.(jpe?g|png|webp|gif|avif)\b|format=(jpe?g|png|webp))\S*\s*$", re.I
)
"""An attribute value that is one image address (lazy loaders keep it in data-* attributes)."""
_SRCSET = re.compile(r"\.(jpe?g|png|webp|gif|avif)(\?\S*)?\s+\d", re.I)
_SKIP_ATTRS = frozenset({"src", "srcset", "alt", "title", "class", "id", "style", "sizes"})


def fix_lazy_images(article: Any) -> None:
    """Give lazily loaded images their real address (from data-* attributes or srcset), and a
    figure that only names its image in an attribute an ``<img>``.
    """
    from lxml import html as lxml_html

    for element in list(article.iter("img", "figure")):
        src = (element.get("src") or "").strip()
        placeholder = element.tag == "img" and src.startswith("data:") and "svg" not in src[:30]
        if (
            placeholder
            and len(src) < 200
            and any(IMAGE_URL.match(v) for k, v in element.attrib.items() if k not in _SKIP_ATTRS)
        ):
            del element.attrib["src"]
            src = ""
        if element.tag == "img" and src and "lazy" not in (element.get("class") or "").lower():
            continue
        if element.tag == "figure" and element.find(".//img") is not None:
            continue
        found = ""
        for name, value in element.attrib.items():
            if name in _SKIP_ATTRS:
                continue
            if _SRCSET.search(value):
                found = first_candidate(value)
            elif IMAGE_URL.match(value):
                found = value.strip()
            if found:
                break
        if not found and element.tag == "img" and not src and element.get("srcset"):
            found = first_candidate(element.get("srcset", ""))
        if not found:
            continue
        if element.tag == "img":
            element.set("src", found)
        else:
            img = lxml_html.Element("img")
            img.set("src", found)
            element.insert(0, img)


def first_candidate(srcset: str) -> str:
    """A srcset's first candidate address (``""``: none); empty ones (" , a 2x") are skipped."""
    for candidate in srcset.split(","):
        words = candidate.split()
        if words:
            return words[0]
    return ""


def _clean(article: Any, *tags: str) -> None:
    for element in list(article.iter(*tags)):
        if element is not article and element.getparent() is not None:
            element.drop_tree()


def _clean_share_nodes(block: Any) -> None:
    """Remove short share/sharedaddy blocks below ``block``."""
    for node in list(block.iterdescendants()):
        if not dom.is_element(node) or node.getparent() is None:
            continue
        if dom.SHARE.search(dom.match_string(node)) and len(node.text_content()) < SHARE_TEXT_LIMIT:
            node.drop_tree()


def _mark_data_tables(article: Any) -> set[Any]:
    """The tables that hold data (kept) rather than lay out the page."""
    data = set()
    for table in article.iter("table"):
        if table.get("role") == "presentation" or table.get("datatable") == "0":
            continue
        if table.get("summary"):
            data.add(table)
            continue
        caption = table.find(".//caption")
        if caption is not None and (caption.text or len(caption)):
            data.add(table)
            continue
        if any(True for _ in table.iter(*_DATA_TABLE_PARTS)):
            data.add(table)
            continue
        if any(True for _ in table.iterdescendants("table")):
            continue
        rows, columns = _table_size(table)
        if rows == 1 or columns == 1:
            continue
        if rows >= 10 or columns > 4 or rows * columns > 10:
            data.add(table)
    return data


def _table_size(table: Any) -> tuple[int, int]:
    rows = 0
    columns = 0
    for row in table.iter("tr"):
        span = row.get("rowspan") or ""
        rows += bounded_int(span, 999) or 1
        count = 0
        for cell in row.iter("td", "th"):
            span = cell.get("colspan") or ""
            count += bounded_int(span, 999) or 1
        columns = max(columns, count)
    return rows, columns


def _clean_conditionally(article: Any, tag: str, data_tables: set[Any], weight: Any) -> None:
    """Remove ``tag`` blocks that look like navigation, ads, forms or link lists."""
    nodes = [n for n in article.iter(tag) if n is not article]
    for node in reversed(nodes):
        if node.getparent() is None:
            continue
        if _should_remove(node, tag, data_tables, weight):
            node.drop_tree()


def _should_remove(node: Any, tag: str, data_tables: set[Any], weight_of: Any) -> bool:
    is_list = tag in ("ul", "ol")
    text = dom.inner_text(node)
    length = len(text)
    if not is_list and length:
        list_length = sum(len(dom.inner_text(n)) for n in node.iter("ul", "ol") if n is not node)
        is_list = list_length / length > 0.9
    if tag == "table" and node in data_tables:
        return False
    if dom.has_ancestor(node, "table", -1, lambda t: t in data_tables):
        return False
    if dom.has_ancestor(node, "code"):
        return False
    if any(t in data_tables for t in node.iterdescendants("table")):
        return False
    weight = weight_of(node)
    if weight < 0 and (dom.NEGATIVE.search(node.get("id") or "") or not rules.holds_prose(node)):
        return True  # a chrome word in the class alone does not outweigh real prose
    if text.count(",") >= 10:
        return False
    p = sum(1 for _ in node.iterdescendants("p"))
    img = sum(1 for _ in node.iterdescendants("img"))
    li = sum(1 for _ in node.iterdescendants("li")) - 100
    inputs = sum(1 for _ in node.iterdescendants("input"))
    embeds = sum(1 for _ in node.iterdescendants("object", "embed", "iframe"))
    if dom.AD_WORDS.match(text) or dom.LOADING_WORDS.match(text):
        return True
    heading_density = dom.text_density(node, dom.HEADINGS)
    density = dom.link_density(node, length)
    figure_child = dom.has_ancestor(node, "figure")
    remove = (
        (not figure_child and img > 1 and p / img < 0.5)
        or (not is_list and li > p)
        or (inputs > p // 3)
        or (
            not is_list
            and not figure_child
            and heading_density < 0.9
            and length < 25
            and (img == 0 or img > 2)
            and density > 0
        )
        or (not is_list and weight < 25 and density > 0.2)
        or (weight >= 25 and density > 0.5)
        or ((embeds == 1 and length < 75) or embeds > 1)
        or (img == 0 and dom.text_density(node, _TEXTISH) == 0)
    )
    if is_list and remove:
        for child in dom.children(node):
            if len(dom.children(child)) > 1:
                return remove
        if img == sum(1 for _ in node.iter("li")):
            return False
    return remove


def _unwrap_single_cell_tables(article: Any) -> None:
    """A table of one row of one cell is layout: keep the cell's content as a p or div."""
    for table in list(article.iter("table")):
        body = table
        if dom.single_child_tag(table, "tbody"):
            body = dom.children(table)[0]
        if not dom.single_child_tag(body, "tr"):
            continue
        row = dom.children(body)[0]
        if not dom.single_child_tag(row, "td"):
            continue
        cell = dom.children(row)[0]
        cell.tag = "p" if all(dom.is_phrasing(c) for c in cell) else "div"
        tail = table.tail
        table.getparent().replace(table, cell)
        cell.tail = tail


LISTING_MIN_TEASERS = 5
"""Headline links needed before a block can be a listing rather than an article."""
LISTING_TEXT_PER_TEASER = 400
MANY_BLOCKS = 500
"""A listing has less article text than this per headline link."""


def _navigable(link: Any) -> bool:
    href = (link.get("href") or "").strip().lower()
    return bool(href) and not href.startswith(("javascript:", "#", "vbscript:", "data:"))


def _linked_length(node: Any) -> int:
    return sum(len(dom.inner_text(a)) for a in node.iter("a") if _navigable(a))


def is_listing(article: Any) -> bool:
    """True when the block is navigation or a list of teasers (a section front), not an article.

    Shapes: most of the text is link text; hundreds of blocks that are mostly scraps of a few
    characters; or many headings are links, each followed by only a short blurb.
    """
    length = len(dom.inner_text(article))
    if not length:
        return True
    linked = _linked_length(article)
    if linked / length > 0.5:
        return True
    blocks = list(article.iter("p", "li"))
    if len(blocks) > MANY_BLOCKS:
        lengths = sorted(len(dom.inner_text(b)) for b in blocks)
        if lengths[len(lengths) // 2] < 20:
            return True  # thousands of scraps (tags, counters, tiny links): not prose
    headings = list(article.iter("h2", "h3", "h4", "h5", "h6"))
    teasers = [h for h in headings if (n := len(dom.inner_text(h))) and _linked_length(h) / n > 0.8]
    if len(teasers) < LISTING_MIN_TEASERS or len(teasers) * 2 < len(headings):
        return False
    return (length - linked) / len(teasers) < LISTING_TEXT_PER_TEASER


_TEASER_LABEL = re.compile(
    r"^\W*(read more|read next|more on this|more from|related|see also|also read|recommended|"
    r"continue reading|you may also like|you might also like|further reading|weiterlesen|"
    r"mehr zum thema|lire aussi|à lire aussi|leer más|lee también|leia também)\b",
    re.I,
)
_DATE_LINE = re.compile(
    r"^\W*(published|updated|posted|last updated|modified)?\W*"
    r"((\d{1,4}[./-]\d{1,2}[./-]\d{1,4})|(\w+\.? \d{1,2},? \d{4})|(\d{1,2}\.? \w+\.? \d{4}))"
    r"([^\w]*(at\s*)?\d{1,2}[:.h]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*\w{0,4})?\W*$",
    re.I,
)


def remove_reader_noise(article: Any, byline: str = "") -> None:
    """Drop what a reader does not want in the body: "Read more"/related teasers, newsletter
    and subscription boxes, byline and date lines, and captions repeated word for word.
    """
    for node in list(article.iter("p", "div", "section", "aside", "li", "ul")):
        if node.getparent() is None:
            continue
        text = dom.inner_text(node)
        if dom.PROMO.search(dom.match_string(node)) and len(text) < SHARE_TEXT_LIMIT:
            node.drop_tree()
            continue
        if (
            node.tag in ("p", "li")
            and len(text) < 200
            and _TEASER_LABEL.match(text)
            and dom.link_density(node, len(text)) > 0.4
        ):
            node.drop_tree()
    _remove_teaser_lists(article)
    _remove_meta_lines(article, byline)
    for figure in list(article.iter("figure")):
        _remove_repeated_caption(figure)


def _remove_repeated_caption(figure: Any) -> None:
    """A caption shown twice (inside the figure, or again just after it): keep the figcaption."""
    caption = figure.find(".//figcaption")
    if caption is None:
        return
    key = dom.inner_text(caption).casefold()
    if not key:
        return
    inside = [
        n
        for n in figure.iter("p", "div", "span")
        if n is not figure and caption not in n.iterancestors() and n.find(".//figcaption") is None
    ]
    following = figure.getnext()
    for node in [*inside, *([following] if following is not None else [])]:
        if node.getparent() is not None and dom.inner_text(node).casefold() == key:
            node.drop_tree()


_LIST_LABEL = re.compile(
    r"^\W*(more\b.{0,30}\b(news|stories|articles|from|on|in)|more\s*:|related|read more|"
    r"recommended|you may also like|you might also like|popular|most read|trending|"
    r"don't miss|top stories|latest)\b",
    re.I,
)


def _remove_teaser_lists(article: Any) -> None:
    """A list of headline links under a label like "More news:" or "Related" is a teaser box."""
    for listing in list(article.iter("ul", "ol")):
        if listing.getparent() is None:
            continue
        items = [li for li in listing if dom.is_element(li) and li.tag == "li"]
        if len(items) < 2 or any(dom.link_density(li) < 0.8 for li in items):
            continue
        label = listing.getprevious()
        if label is None or label.tag not in ("p", "div", "span", "strong", *dom.HEADINGS):
            continue
        text = dom.inner_text(label)
        if len(text) < 60 and _LIST_LABEL.match(text):
            label.drop_tree()
            listing.drop_tree()


def _remove_meta_lines(article: Any, byline: str) -> None:
    """Short lines near the top that only repeat the byline or give a date."""
    wanted = " ".join(byline.casefold().split())
    checked = 0
    for node in list(article.iterdescendants("p", "div", "span", "time")):
        if checked >= 6:
            break
        if node.getparent() is None:
            continue
        text = dom.inner_text(node)
        if not text:
            continue
        checked += 1
        if len(text) > 120 or any(dom.is_element(c) and c.tag in dom.DIV_TO_P for c in node):
            continue
        lowered = text.casefold()
        repeats_byline = bool(wanted) and wanted in (lowered, _strip_by(lowered))
        if repeats_byline or _DATE_LINE.match(text):
            node.drop_tree()


def _strip_by(text: str) -> str:
    return re.sub(r"^(by|von|par|por|di|door|av|af)\s+", "", text)
