"""Find the article in a parsed page.

The method is the one Mozilla's Readability made standard (and readability-lxml descends
from): score paragraphs, give their ancestors the score, take the best ancestor, add its
siblings that look like article text, then clean the result conditionally. Unlike
readability-lxml it keeps intro, list and table siblings, figures and captions, removes byline
nodes and a heading that repeats the title, and retries with looser rules when the result is
short. The result is unsanitized; :func:`reader.core.simplify.pipeline.simplify` sanitizes it last.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from reader.core.simplify import dom
from reader.core.simplify.attempts import NO_ARTICLE as NO_ARTICLE  # re-exported: its old home
from reader.core.simplify.attempts import Extraction as Extraction
from reader.core.simplify.attempts import elsewhere
from reader.core.simplify.attempts import pick_short as pick_short
from reader.core.simplify.cleanup import prep_article
from reader.core.simplify.gather import gather
from reader.core.simplify.lead import lead_paragraphs, prepend, rescue_from_header
from reader.core.simplify.prep import only_phrasing, replace_keeping_tail, wrap_all, wrap_phrasing
from reader.core.simplify.wrapper import headline_article
from reader.errors import ExtractError

log = logging.getLogger(__name__)

CHAR_THRESHOLD = 500
"""An attempt that keeps fewer characters than this is retried with looser rules."""
TOP_CANDIDATES = 5
BIG_PAGE_BYTES = 512 * 1024
"""Above this, a page whose first attempt finds no prose at all is not retried."""
MAX_SCORED_LINK_DENSITY = 0.5
"""A paragraph whose text is mostly link text gives its ancestors no score."""
TAGS_TO_SCORE = frozenset({"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"})
# C0 controls (but tab, newline, carriage return) and noncharacters: lxml refuses them. A form
# feed is HTML white space but not an XML character: lxml parses it, then refuses to copy a text
# holding it (the extractor wrapping loose body text raised ValueError), so it becomes a space.
_CONTROLS: dict[int, str | None] = {
    **dict.fromkeys([*range(0, 9), 11, *range(14, 32), 0xFFFE, 0xFFFF]),
    12: " ",
}


@dataclass(frozen=True)
class Flags:
    """Which rules an attempt applies; later attempts drop them one by one."""

    strip_unlikely: bool = True
    weight_classes: bool = True
    clean_conditionally: bool = True


ATTEMPTS = (
    Flags(),
    Flags(strip_unlikely=False),
    Flags(strip_unlikely=False, weight_classes=False),
    Flags(strip_unlikely=False, weight_classes=False, clean_conditionally=False),
)


def parse_page(html: str) -> Any:
    """The lxml document of a page string (ExtractError when there is nothing to parse)."""
    from lxml import etree
    from lxml import html as lxml_html

    data = html.translate(_CONTROLS).encode("utf-8", errors="replace")
    if not data.strip():
        raise ExtractError(NO_ARTICLE)
    try:
        doc = lxml_html.document_fromstring(
            data,
            parser=lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True),
        )
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError(NO_ARTICLE) from exc
    if doc is None:
        raise ExtractError(NO_ARTICLE)
    return doc


def extract_article(doc: Any, title: str = "", have_byline: bool = False) -> Extraction:
    """The article of ``doc`` (prepared with :func:`prepare`); ``doc`` is used up.

    The first attempt works on ``doc`` itself; a retry re-parses a snapshot taken before,
    so that at most one tree of the page is alive at a time (memory on 5 MiB pages).
    """
    from lxml import etree
    from lxml import html as lxml_html

    snapshot = etree.tostring(doc, encoding="utf-8")
    big = len(snapshot) > BIG_PAGE_BYTES
    attempts: list[tuple[int, Extraction]] = []
    byline = ""
    work = doc
    for flags in ATTEMPTS:
        if work is None:
            work = lxml_html.document_fromstring(
                snapshot, parser=lxml_html.HTMLParser(encoding="utf-8")
            )
        result = _grab(work, flags, title, have_byline or bool(byline), big)
        work = None
        if result is None:
            continue
        byline = byline or result.byline
        result.byline = byline
        length = len(dom.inner_text(result.article))
        if length >= CHAR_THRESHOLD and not elsewhere(attempts, result):
            return result
        attempts.append((length, result))
        if length >= CHAR_THRESHOLD:
            return pick_short(attempts)
        if not result.scored and big:
            break  # no prose anywhere in a big page: looser rules would only cost seconds
    return pick_short(attempts)


def _grab(
    root: Any, flags: Flags, title: str, have_byline: bool, give_up_without_prose: bool = False
) -> Extraction | None:
    body = root.find("body")
    if body is None:
        return None
    to_score, byline, headline_end = _walk(root, flags, title, have_byline)
    scores = _score(to_score, flags)
    scored = bool(scores)
    if not scored and give_up_without_prose:
        from lxml import html as lxml_html

        return Extraction(article=lxml_html.Element("div"), byline=byline, scored=False)
    top = headline_article(_top_candidate(body, scores, flags), headline_end, scores)
    direction = _direction(top)  # before gathering moves the block out of the page
    leads = lead_paragraphs(headline_end, top)
    article = gather(top, scores)
    prepend(article, [p for p in leads if article not in set(p.iterancestors())])
    prep_article(article, flags.clean_conditionally, flags.weight_classes)
    return Extraction(article=article, byline=byline, direction=direction, scored=scored)


def _direction(top: Any) -> str:
    """The nearest ``dir`` attribute on the block's parent, the block, then further up."""
    parent = top.getparent()
    lineage = [parent, top, *dom.ancestors(parent, 100)] if parent is not None else [top]
    for element in lineage:
        value = (element.get("dir") or "").strip().lower()
        if value in ("rtl", "ltr"):
            return value
    return ""


def _is_byline(node: Any, match: str) -> bool:
    rel = (node.get("rel") or "").lower()
    itemprop = node.get("itemprop") or ""
    if rel == "author" or "author" in itemprop or dom.BYLINE.search(match):
        length = len(node.text_content().strip())
        return 0 < length < 100
    return False


def _walk(root: Any, flags: Flags, title: str, have_byline: bool) -> tuple[list[Any], str, Any]:
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
        if (
            self.title_header_pending
            and tag in ("h1", "h2")
            and dom.text_similarity(self.title, dom.inner_text(node)) > 0.75
        ):
            self.title_header_pending = False
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

    def _holds_title(self, node: Any) -> bool:
        """A headline that holds the title and more ("Topic: Title"): where a lead would start."""
        return bool(self.title) and dom.text_similarity(dom.inner_text(node), self.title) > 0.75

    def _visit_div(self, node: Any) -> Any:
        """A div of inline content becomes a paragraph; a div around one paragraph gives way."""
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
        return dom.next_node(node)


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


def _initial_score(node: Any, flags: Flags) -> float:
    tag = node.tag
    if tag == "div":
        score = 5.0
    elif tag in ("pre", "td", "blockquote"):
        score = 3.0
    elif tag in ("address", "ol", "ul", "dl", "dd", "dt", "li", "form"):
        score = -3.0
    elif tag in (*dom.HEADINGS, "th"):
        score = -5.0
    else:
        score = 0.0
    return score + (dom.class_weight(node) if flags.weight_classes else 0)


def _score(to_score: list[Any], flags: Flags) -> dict[Any, float]:
    scores: dict[Any, float] = {}
    for element in to_score:
        if element.getparent() is None:
            continue
        text = dom.inner_text(element)
        if len(text) < 25 or dom.link_density(element, len(text)) > MAX_SCORED_LINK_DENSITY:
            continue  # too short, or mostly a link: navigation and teasers, not prose
        lineage = dom.ancestors(element, 5)
        if not lineage:
            continue
        points = 2 + len(dom.COMMAS.findall(text)) + min(len(text) // 100, 3)
        for level, ancestor in enumerate(lineage):
            if ancestor.getparent() is None:  # the <html> element is never a candidate
                break
            if ancestor not in scores:
                scores[ancestor] = _initial_score(ancestor, flags)
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            scores[ancestor] += points / divider
    for candidate in scores:
        scores[candidate] *= 1 - dom.link_density(candidate)
    return scores


def _top_candidate(body: Any, scores: dict[Any, float], flags: Flags) -> Any:
    ranked = sorted(scores, key=lambda c: scores[c], reverse=True)[:TOP_CANDIDATES]
    top = ranked[0] if ranked else None
    if top is None or top.tag == "body":
        from lxml import html as lxml_html

        wrapper = lxml_html.Element("div")
        wrapper.text = body.text
        body.text = None
        for child in list(body):
            wrapper.append(child)
        body.append(wrapper)
        scores[wrapper] = _initial_score(wrapper, flags)
        return wrapper
    # Several near-best candidates under one ancestor: the article is that ancestor.
    alternatives = (
        [set(dom.ancestors(c, 1000)) for c in ranked[1:] if scores[c] / scores[top] >= 0.75]
        if scores[top] > 0
        else []
    )
    if len(alternatives) >= 3:
        parent = top.getparent()
        while parent is not None and parent.tag != "body":
            if sum(1 for lineage in alternatives if parent in lineage) >= 3:
                top = parent
                break
            parent = parent.getparent()
    if top not in scores:
        scores[top] = _initial_score(top, flags)
    # Climb while the parent scores higher: the article spans more than this block.
    parent = top.getparent()
    last = scores[top]
    threshold = last / 3
    while parent is not None and parent.tag != "body":
        if parent not in scores:
            parent = parent.getparent()
            continue
        if scores[parent] < threshold:
            break
        if scores[parent] > last:
            top = parent
            break
        last = scores[parent]
        parent = parent.getparent()
    parent = top.getparent()
    while parent is not None and parent.tag != "body" and len(dom.children(parent)) == 1:
        top = parent
        parent = top.getparent()
    declared = dom.declared_body(top)
    top = top if declared is None else declared
    if top not in scores:
        scores[top] = _initial_score(top, flags)
    return top
