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
from typing import Any

from reader.core.simplify import dom
from reader.core.simplify.attempts import NO_ARTICLE as NO_ARTICLE  # re-exported: its old home
from reader.core.simplify.attempts import Extraction as Extraction
from reader.core.simplify.attempts import elsewhere
from reader.core.simplify.attempts import pick_short as pick_short
from reader.core.simplify.cleanup import prep_article
from reader.core.simplify.crumbs import remove_breadcrumbs
from reader.core.simplify.gather import gather
from reader.core.simplify.lead import lead_paragraphs, prepend
from reader.core.simplify.walk import Flags, walk
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
# C0 controls (but tab, newline, carriage return) and noncharacters: lxml refuses them. A form
# feed is HTML white space but not an XML character: lxml parses it, then refuses to copy a text
# holding it (the extractor wrapping loose body text raised ValueError), so it becomes a space.
_CONTROLS: dict[int, str | None] = {
    **dict.fromkeys([*range(0, 9), 11, *range(14, 32), 0xFFFE, 0xFFFF]),
    12: " ",
}


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

    Breadcrumb trails leave the chosen block only: the attempts are judged by their length as
    Readability judges them, trail included, so a short story keeps the block it was found in.
    """
    found = _best_attempt(doc, title, have_byline)
    remove_breadcrumbs(found.article)
    return found


def _best_attempt(doc: Any, title: str, have_byline: bool) -> Extraction:
    """The first attempt works on ``doc`` itself; a retry re-parses a snapshot taken before,
    so that at most one tree of the page is alive at a time (memory on 5 MiB pages)."""
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
    to_score, byline, headline_end = walk(root, flags, title, have_byline)
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
