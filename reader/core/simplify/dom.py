"""Small DOM measures the extractor scores pages with: text, link density, class weight.

All functions take lxml ``HtmlElement`` nodes. The patterns describe page *shapes* (what class
names and ids of navigation, comments, share bars and article bodies usually contain), never a
particular site.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

UNLIKELY = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
    r"header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
    r"supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
    re.I,
)
MAYBE_CANDIDATE = re.compile(r"and|article|body|column|content|main|mathjax|shadow", re.I)
POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", re.I
)
NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|"
    r"media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
    r"tags|widget",
    re.I,
)
PROMO = re.compile(r"newsletter|subscribe|signup|sign-up|paywall|promo-box|inline-promo", re.I)
"""Class/id of newsletter, subscription and paywall boxes."""
BYLINE = re.compile(r"byline|author|dateline|writtenby|p-author", re.I)
SHARE = re.compile(r"(\b|_)(share|sharedaddy)(\b|_)", re.I)
COMMAS = re.compile("[\u002c\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c]")
AD_WORDS = re.compile(
    r"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$", re.I
)
LOADING_WORDS = re.compile(r"^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$", re.I)
DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none|(?:^|;)\s*visibility\s*:\s*hidden", re.I)

UNLIKELY_ROLES = frozenset(
    {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"}
)
DIV_TO_P = frozenset({"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"})
PHRASING = frozenset(
    {
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn",
        "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
        "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
        "strong", "sub", "sup", "textarea", "time", "var", "wbr",
    }
)  # fmt: skip
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TOKEN = re.compile(r"\W+")


def is_element(node: Any) -> bool:
    """True for an element (not a comment or processing instruction)."""
    return isinstance(node.tag, str)


def children(node: Any) -> list[Any]:
    """Element children of ``node``."""
    return [c for c in node if isinstance(c.tag, str)]


def inner_text(node: Any) -> str:
    """The node's text, trimmed, runs of whitespace collapsed."""
    return " ".join(node.text_content().split())


def match_string(node: Any) -> str:
    """``class`` and ``id`` of a node, as the patterns see them."""
    return f"{node.get('class') or ''} {node.get('id') or ''}"


def class_weight(node: Any) -> int:
    """+25 / -25 for a positive / negative class, and again for the id."""
    weight = 0
    for value in (node.get("class"), node.get("id")):
        if value:
            if NEGATIVE.search(value):
                weight -= 25
            if POSITIVE.search(value):
                weight += 25
    return weight


def link_density(node: Any, text_length: int | None = None) -> float:
    """Share of the node's text inside links (in-page ``#`` links count 0.3)."""
    length = len(inner_text(node)) if text_length is None else text_length
    if not length:
        return 0.0
    linked = 0.0
    for link in node.iter("a"):
        href = link.get("href") or ""
        weight = 0.3 if len(href) > 1 and href.startswith("#") else 1.0
        linked += len(inner_text(link)) * weight
    return linked / length


def text_density(node: Any, tags: tuple[str, ...]) -> float:
    """Share of the node's text inside descendants with one of ``tags``."""
    length = len(inner_text(node))
    if not length:
        return 0.0
    inside = sum(len(inner_text(child)) for child in node.iter(*tags) if child is not node)
    return inside / length


def is_visible(node: Any) -> bool:
    """False for ``hidden``, inline ``display:none``/``visibility:hidden`` and aria-hidden."""
    style = node.get("style")
    if style and DISPLAY_NONE.search(style):
        return False
    if node.get("hidden") is not None:
        return False
    if (node.get("aria-hidden") or "").strip().lower() == "true":
        return "fallback-image" in (node.get("class") or "")
    return True


def is_whitespace_text(text: str | None) -> bool:
    """True for empty or blank text."""
    return not text or not text.strip()


def is_phrasing(node: Any) -> bool:
    """Inline content: phrasing tags, and a/del/ins made only of phrasing content."""
    if not is_element(node):
        return True
    if node.tag in PHRASING:
        return True
    if node.tag in ("a", "del", "ins"):
        return all(is_phrasing(c) for c in node)
    return False


def has_block_child(node: Any) -> bool:
    """True when any descendant is a block that a ``<div>``-to-``<p>`` change would break."""
    return any(d.tag in DIV_TO_P for d in node.iterdescendants() if is_element(d))


def single_child_tag(node: Any, tag: str) -> bool:
    """True when ``node`` holds exactly one element, a ``tag``, and no text of its own."""
    kids = children(node)
    if len(kids) != 1 or kids[0].tag != tag:
        return False
    if not is_whitespace_text(node.text):
        return False
    return all(is_whitespace_text(k.tail) for k in node)


def without_content(node: Any) -> bool:
    """True for an element with no text whose only children (if any) are br/hr."""
    kids = children(node)
    if any(k.tag not in ("br", "hr") for k in kids):
        return False  # checked first: it needs no walk over the whole subtree
    return not node.text_content().strip()


def has_ancestor(
    node: Any, tag: str, max_depth: int = 3, accept: Callable[[Any], bool] | None = None
) -> bool:
    """True when an ancestor within ``max_depth`` levels (any when <= 0) is a matching ``tag``."""
    depth = 0
    parent = node.getparent()
    while parent is not None:
        if max_depth > 0 and depth > max_depth:
            return False
        if parent.tag == tag and (accept is None or accept(parent)):
            return True
        parent = parent.getparent()
        depth += 1
    return False


def ancestors(node: Any, max_depth: int) -> list[Any]:
    """Up to ``max_depth`` ancestors, nearest first."""
    found: list[Any] = []
    parent = node.getparent()
    while parent is not None and len(found) < max_depth:
        found.append(parent)
        parent = parent.getparent()
    return found


def declared_body(node: Any) -> Any:
    """The ancestor of ``node`` the page marks as the article's body (schema.org
    ``itemprop="articleBody"``), or None: the best-scoring block inside it is one part of a body
    split into several blocks (by subheads, boxes or an embedded table), and the page says where
    the whole of it is."""
    for ancestor in node.iterancestors():
        if ancestor.tag == "body":
            return None
        if "articleBody" in (ancestor.get("itemprop") or "").split():
            return ancestor
    return None


def next_node(node: Any, skip_children: bool = False) -> Any:
    """The next element in document order (depth first), or ``None``."""
    if not skip_children:
        for child in node:
            if is_element(child):
                return child
    while node is not None:
        sibling = node.getnext()
        while sibling is not None and not is_element(sibling):
            sibling = sibling.getnext()
        if sibling is not None:
            return sibling
        node = node.getparent()
    return None


def text_similarity(a: str, b: str) -> float:
    """How much of ``b``'s words appear in ``a`` (1.0: all of them)."""
    tokens_a = [t for t in _TOKEN.split(a.lower()) if t]
    tokens_b = [t for t in _TOKEN.split(b.lower()) if t]
    if not tokens_a or not tokens_b:
        return 0.0
    set_a = set(tokens_a)
    unique_b = [t for t in tokens_b if t not in set_a]
    return 1 - len(" ".join(unique_b)) / len(" ".join(tokens_b))


def repeats_title(title: str, heading: str) -> bool:
    """True when ``heading`` says the title again: most of its words are in the title *and*
    most of the title's words are in it. One direction alone is not enough: a short heading
    (the artist's name, the section, the site) is all in the title without being it."""
    return text_similarity(title, heading) > 0.75 and text_similarity(heading, title) > 0.75
