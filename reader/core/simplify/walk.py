"""The extractor's first pass over a page: what leaves it before scoring, and what is scored.

One walk in document order (as Mozilla's Readability does it) drops hidden nodes, dialogs, the
byline, the heading that repeats the title and, unless an attempt relaxes it, chrome by its
class, id or role; it turns divs of inline content into paragraphs and collects the elements
to score. It also notes where the headline ended: the lead is looked for after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.core.simplify import dom
from reader.core.simplify.crumbs import TRAIL_MARK, is_breadcrumb
from reader.core.simplify.lead import rescue_from_header
from reader.core.simplify.prep import only_phrasing, replace_keeping_tail, wrap_all, wrap_phrasing

TAGS_TO_SCORE = frozenset({"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"})


@dataclass(frozen=True)
class Flags:
    """Which rules an attempt applies; later attempts drop them one by one."""

    strip_unlikely: bool = True
    weight_classes: bool = True
    clean_conditionally: bool = True


def _is_byline(node: Any, match: str) -> bool:
    rel = (node.get("rel") or "").lower()
    itemprop = node.get("itemprop") or ""
    if rel == "author" or "author" in itemprop or dom.BYLINE.search(match):
        length = len(node.text_content().strip())
        return 0 < length < 100
    return False


def walk(root: Any, flags: Flags, title: str, have_byline: bool) -> tuple[list[Any], str, Any]:
    """Remove what is not content and collect the elements to score, in document order; also
    the byline found and the element after the headline (``None`` when it was not found)."""
    walker = _Walker(flags, title, have_byline)
    node = root
    while node is not None:
        node = walker.visit(node)
    return walker.to_score, walker.byline, walker.headline_end


class _Walker:
    """One pass over the page: drops chrome, finds the byline, turns text divs into paragraphs."""

    def __init__(self, flags: Flags, title: str, have_byline: bool) -> None:
        self.flags = flags
        self.title = title
        self.have_byline = have_byline
        self.title_header_pending = bool(title)
        self.part_of_title_seen = False
        self.byline = ""
        self.to_score: list[Any] = []
        self.headline_end: Any = None
        """The element after the heading that repeats the title: where a lead would start."""

    def visit(self, node: Any) -> Any:
        """Handle ``node``; return the next node to visit (in document order)."""
        tag = node.tag
        if tag in ("html", "head") or node.getparent() is None:
            return dom.next_node(node)
        if self._drops(node, tag, dom.match_string(node)):
            following = _remove_and_next(node)
            if node is self.headline_end:
                self.headline_end = following
            return following
        if tag in TAGS_TO_SCORE:
            self.to_score.append(node)
        if tag == "h1" and self.headline_end is None and self._holds_title(node):
            self.headline_end = dom.next_node(node, skip_children=True)  # kept: it says more
        if tag == "div":
            return self._visit_div(node)
        return dom.next_node(node)

    def _drops(self, node: Any, tag: str, match: str) -> bool:
        """True when ``node`` leaves the page: hidden, a dialog, the byline, the title again,
        unlikely chrome or an empty container. Order matters: the first rule that applies wins."""
        if not dom.is_visible(node) or (
            node.get("aria-modal") == "true" and node.get("role") == "dialog"
        ):
            return True
        if not self.have_byline and not self.byline and _is_byline(node, match):
            name = node.find(".//*[@itemprop='name']")
            if name is None:
                name = node.find(".//a[@rel='author']")
            self.byline = " ".join((name if name is not None else node).text_content().split())
            return True
        if self.title_header_pending and tag in ("h1", "h2") and self._repeats_title(node):
            self.headline_end = dom.next_node(node, skip_children=True)
            return True
        if self.flags.strip_unlikely and tag not in ("body", "a") and _unlikely(node, match):
            if self._article_header(node, match):
                rescue_from_header(node)
                self.headline_end = dom.next_node(node, skip_children=True)
            return True
        return tag in ("div", "section", "header", *dom.HEADINGS) and dom.without_content(node)

    def _article_header(self, node: Any, match: str) -> bool:
        """A "header" block that holds the page's headline is the article's own header, not the
        site's: it goes like any header (datelines, share buttons), but the lead is looked for
        right after it, as after the headline itself. Only "header" counts: a header that is
        also a menu or a banner says nothing about where the article starts."""
        if not self.title_header_pending or (node.get("role") or "") in dom.UNLIKELY_ROLES:
            return False
        if dom.PROMO.search(match) or any(
            word.lower() != "header" for word in dom.UNLIKELY.findall(match)
        ):
            return False
        return any(
            dom.text_similarity(self.title, dom.inner_text(heading)) > 0.75
            for heading in node.iter("h1", "h2")
        )

    def _repeats_title(self, node: Any) -> bool:
        """True for the heading that says the title again. The first heading all in the title
        goes (Readability's rule) but may be a part of it only (the artist, the section): the
        search goes on until a heading that is the whole title, which goes too."""
        text = dom.inner_text(node)
        if dom.text_similarity(self.title, text) <= 0.75:
            return False
        if dom.repeats_title(self.title, text):
            self.title_header_pending = False
            return True
        if self.part_of_title_seen:
            return False
        self.part_of_title_seen = True
        return True

    def _holds_title(self, node: Any) -> bool:
        """A headline that holds the title and more ("Topic: Title"): where a lead would start."""
        return bool(self.title) and dom.text_similarity(dom.inner_text(node), self.title) > 0.75

    def _visit_div(self, node: Any) -> Any:
        """A div of inline content becomes a paragraph; a div around one paragraph gives way.
        A breadcrumb trail loses its class either way: the paragraph keeps a mark instead."""
        trail = is_breadcrumb(node)
        if only_phrasing(node):
            # Same results as wrapping the content in one <p> (and, when it is not mostly
            # links, replacing the div by it), without walking the content item by item.
            if dom.link_density(node) < 0.25:
                for attr in list(node.attrib):
                    del node.attrib[attr]
                node.tag = "p"
                self.to_score.append(node)
            else:
                wrap_all(node)
            _mark_trail(node, trail)
            return dom.next_node(node)
        wrap_phrasing(node)
        if dom.single_child_tag(node, "p") and dom.link_density(node) < 0.25:
            child = dom.children(node)[0]
            replace_keeping_tail(node, child)
            if node is self.headline_end:
                self.headline_end = child
            node = child
            self.to_score.append(node)
        elif not dom.has_block_child(node):
            node.tag = "p"
            self.to_score.append(node)
        _mark_trail(node, trail)
        return dom.next_node(node)


def _mark_trail(node: Any, trail: bool) -> None:
    if trail:
        node.set(TRAIL_MARK, "")


def _unlikely(node: Any, match: str) -> bool:
    """Navigation, comments, sidebars and the like, by class/id or ARIA role."""
    if (node.get("role") or "") in dom.UNLIKELY_ROLES:
        return True
    if dom.PROMO.search(match) and len(node.text_content()) < 500:
        return True
    return bool(
        dom.UNLIKELY.search(match)
        and not dom.MAYBE_CANDIDATE.search(match)
        and not dom.has_ancestor(node, "table")
        and not dom.has_ancestor(node, "code")
    )


def _remove_and_next(node: Any) -> Any:
    following = dom.next_node(node, skip_children=True)
    node.drop_tree()
    return following
