"""The allowlist sanitizer every piece of stored HTML passes (feed bodies and reader views).

nh3 (ammonia) does the allowlisting; before it, lxml resolves relative URLs against an http(s)
base and caps nesting depth and table size, so a structure bomb cannot reach the view.
"""

from __future__ import annotations

import functools
import html as htmllib
import logging
import re
from typing import Any
from urllib.parse import urljoin

from reader.core.doctype import without_internal_subset
from reader.core.feeds.attributes import without_attribute_floods
from reader.core.render.spoofing import FILLERS, strip_spoofing
from reader.core.urlrule import MAX_URL_LENGTH, web_url_problem
from reader.core.urls import clean_mailto

log = logging.getLogger(__name__)

MAX_DEPTH = 128
"""Elements nested deeper than this are unwrapped (their text stays); libxml2 stops at 255."""
MAX_TABLE_ROWS = 500
"""Rows kept per table; the rest are dropped with a "table truncated" note."""
MAX_TABLE_COLUMNS = 50
"""Cells kept per table row."""
TABLE_TRUNCATED = "table truncated"

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q",
        "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var",
    }
)  # fmt: skip

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"lang", "dir", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "ol": {"start", "reversed"},
    "blockquote": {"cite"},
    "q": {"cite"},
}

URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

_WS = re.compile(r"\s+")
_TAG = re.compile(r"<[^<>]*>")


@functools.lru_cache(maxsize=4096)
def is_web_url(url: str) -> bool:
    """True for an absolute http or https URL with a valid host and no control characters
    (the rule of :func:`reader.core.urlrule.web_url_problem`; cached: a page repeats its
    base and its links, and this runs for each of them on every pass)."""
    return not web_url_problem(url)


# Tab, CR and LF inside an address are dropped, as browsers and the WHATWG parser do.
_URL_IGNORED = str.maketrans("", "", "\t\r\n")
_NAMES_HOST = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?//")


def absolute_url(url: str, base: str) -> str:
    """``url`` resolved against ``base``; ``""`` unless the result is http(s) (see is_web_url)."""
    url = (url or "").strip().translate(_URL_IGNORED)
    if not url or len(url) > MAX_URL_LENGTH:
        return ""  # an address of megabytes: refused before it is hashed into the cache
    # An address that names its own host ("//host/x", "https://host/x") keeps it or is refused:
    # urljoin would put the base's host in place of an empty one ("//", "https://").
    if _NAMES_HOST.match(url) and not is_web_url("https:" + url if url[0] == "/" else url):
        return ""
    try:
        joined = urljoin(base, url) if is_web_url(base) else url
    except ValueError:
        return ""
    joined = joined.strip()  # "HTTPS: ?" joins to the base with a trailing space
    return joined if is_web_url(joined) else ""


MAX_PASSES = 5
"""Cleaning passes before :func:`sanitize_html` gives up on markup that keeps changing."""


_CONTENT_DROPPED = frozenset({"script", "style", "title"})
"""Elements removed with their text (nh3 keeps the text of the other elements it removes)."""


def sanitize_html(html: str, base_url: str = "") -> str:
    """Return ``html`` with only allowlisted tags, attributes and http(s)/mailto links.

    Relative links and image sources are resolved against ``base_url`` when it is http(s),
    otherwise dropped. Sanitizing twice gives the same result as once: the result is what an
    HTML5 parser (and this sanitizer) reads back identically.
    """
    if not html:
        return ""
    html = without_attribute_floods(html)  # nh3 and libxml2 are quadratic in them
    html = without_internal_subset(html)  # a whole XHTML document: else "]>" is text
    # Removing an element keeps its children where it stood, and they may not be allowed
    # there: "<p><object></p>" is p > object > p, which comes out as "<p><p></p></p>", and
    # the next parse reads that as three paragraphs (the same for a block in a p, li in li,
    # a in a, h2 in h1 ...). The parser's own repairs do it too, with allowed elements only:
    # "<li><table><li>" moves the inner li before the table, inside the outer li, and
    # "<h1><a><h1></a>" leaves h1 in h1. Clean again until the parser reads back what was
    # written (a second pass for most articles, a third when the first changed the tree).
    text = html
    for _ in range(MAX_PASSES):
        capped = cap_structure(text)
        cleaned = _clean_once(capped, base_url)
        if cleaned == text:
            return cleaned
        text = cleaned
    log.warning("markup still changing after %d cleaning passes: kept its text only", MAX_PASSES)
    return _text_only(text, base_url)


def _clean_once(html: str, base_url: str) -> str:
    """One pass: nh3's allowlist and URL rule, then the serializer's fix-ups."""
    import nh3  # here, not at the top: the window's start-up does not need it

    def attribute_filter(tag: str, attr: str, value: str) -> str | None:
        if attr in ("href", "src", "cite"):
            if tag == "a" and attr == "href" and value.strip().lower().startswith("mailto:"):
                return clean_mailto(value) or None
            resolved = absolute_url(value, base_url)
            return resolved or None
        return value

    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),
        attribute_filter=attribute_filter,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
        # A whole document as a feed's body: its <title> is the page's name, not its text.
        clean_content_tags=_CONTENT_DROPPED,
    )
    # A carriage return (e.g. from "&#13;") is written out as is, and the next parse turns it
    # into a line feed: normalize it now, so sanitizing twice gives the same result.
    cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n")
    if "<pre" in cleaned:
        cleaned = _START_TAG.sub(_keep_pre_newline, cleaned)
    return cleaned


# Every start tag as html5ever writes it (attribute values always in double quotes, with '"'
# escaped; text never holds a raw "<"), so a match never starts inside an attribute value.
_START_TAG = re.compile(r'<([a-z][a-z0-9]*)((?:\s[^\s=>"]+(?:="[^"]*")?)*)\s*/?>(\n?)')


def _keep_pre_newline(match: re.Match[str]) -> str:
    """The parser drops a newline right after ``<pre>`` and the serializer does not write one
    back, so a <pre> whose text starts with a newline loses it at each pass: write it back."""
    if match.group(1) == "pre" and match.group(3):
        return match.group(0) + "\n"
    return match.group(0)


def _text_only(html: str, base_url: str) -> str:
    """The text of ``html`` (escaped, no tags) when its markup never settles; ``""`` if even
    that is not stable."""
    import nh3  # here, not at the top: see _clean_once

    text = nh3.clean(html, tags=set(), strip_comments=True)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if _clean_once(text, base_url) == text else ""


def cap_structure(html: str) -> str:
    """``html`` with nesting capped at :data:`MAX_DEPTH` and tables at rows/columns caps.

    A cheap scan decides: a fragment with few tags and no table is returned unchanged.
    """
    tags = html.count("<")
    if tags <= MAX_DEPTH and "<table" not in html.lower():
        return html
    from lxml import etree

    try:
        doc = etree.fromstring(
            "<html><body>" + html + "</body></html>",
            # huge_tree: libxml2 otherwise stops at depth 256 and drops everything after.
            parser=etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True),
        )
    except (etree.ParserError, ValueError):
        return html
    if doc is None:
        return html
    body = doc.find("body")
    if body is None:
        return html
    changed = _cap_tables(body)
    changed = _cap_depth(body) or changed
    if not changed:
        return html
    parts = [htmllib.escape(body.text or "", quote=False)]
    parts.extend(etree.tostring(child, method="html", encoding="unicode") for child in body)
    return "".join(parts)


def _cap_depth(body: Any) -> bool:
    """Flatten every element at depth MAX_DEPTH below ``body`` to its text; True when changed."""
    deepest = body.xpath("/".join(["."] + ["*"] * MAX_DEPTH))
    changed = False
    for element in deepest:
        if len(element):
            tail = element.tail
            text = "".join(element.itertext())
            element.clear()  # drops attributes, children, text and tail
            element.text = text
            element.tail = tail
            changed = True
    if changed:
        log.info("flattened elements nested deeper than %d", MAX_DEPTH)
    return changed


def _cap_tables(body: Any) -> bool:
    """Cap rows and cells of every table below ``body``; True when something changed."""
    from lxml import etree

    changed = False
    for table in list(body.iter("table")):
        # Plain child walks: an xpath union over 100k rows is quadratic in libxml2.
        rows = []
        for child in table:
            if child.tag == "tr":
                rows.append(child)
            elif child.tag in ("thead", "tbody", "tfoot"):
                rows.extend(row for row in child if row.tag == "tr")
        truncated = len(rows) > MAX_TABLE_ROWS
        if truncated:
            _remove_all(rows[MAX_TABLE_ROWS:])
        for row in rows[:MAX_TABLE_ROWS]:
            cells = [c for c in row if c.tag in ("td", "th")]
            for cell in cells[MAX_TABLE_COLUMNS:]:
                row.remove(cell)
                truncated = True
        if truncated:
            note = etree.Element("p")
            note.text = f"({TABLE_TRUNCATED}: showing at most {MAX_TABLE_ROWS} rows of {MAX_TABLE_COLUMNS} columns)"
            note.tail = table.tail
            table.tail = None
            table.addnext(note)
            changed = True
    return changed


def _remove_all(elements: list[Any]) -> None:
    """Remove ``elements``; a run that ends its parent goes in one slice (a 100k-row table)."""
    by_parent: dict[Any, list[Any]] = {}
    for element in elements:
        by_parent.setdefault(element.getparent(), []).append(element)
    for parent, doomed in by_parent.items():
        first = parent.index(doomed[0])
        if len(parent) - first == len(doomed):
            del parent[first:]
        else:
            for element in doomed:
                parent.remove(element)


def plain_text(fragment: str, limit: int = 1000) -> str:
    """Text of a title/author that may hold markup or entities, on one line, at most ``limit`` chars.

    The result is meant for plain-text widgets only; it is never HTML.
    """
    if not fragment:
        return ""
    if (
        "<" in fragment
        or "&" in fragment
        or not fragment.isprintable()
        or not FILLERS.isdisjoint(fragment)
    ):
        text = _unmarked(fragment)
    else:  # the usual title: no markup, entity or control; only runs of spaces to fold
        text = " ".join(fragment.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _unmarked(fragment: str) -> str:
    """plain_text's work on a fragment that may hold markup, entities or controls (before
    the length limit)."""
    # Markup hidden under a level or two of escaping ("&lt;img src=...&gt;") is markup too:
    # strip tags and unescape until the text stops changing, so the result never holds a tag
    # and plain_text(plain_text(x)) == plain_text(x).
    import nh3

    # Unicode spaces (no-break, ideographic) are not "printable" but separate words; joiners
    # inside Persian words and emoji sequences are writing, bidi controls are spoofing. They go
    # inside the loop: a character removed after the tags were stripped could join a "<" and
    # what follows into new markup ("<\U00018cd6?" -> "<?"), and the result would not be stable.
    text = fragment
    for _ in range(5):
        stripped = _WS.sub(" ", strip_spoofing(text, controls_to_space=True))
        cleaned = (
            nh3.clean(stripped, tags=set(), strip_comments=True) if "<" in stripped else stripped
        )
        unescaped = htmllib.unescape(cleaned)
        if unescaped == text:
            break
        text = unescaped
    else:
        text = _TAG.sub("", strip_spoofing(text, controls_to_space=True))
    return _WS.sub(" ", text).strip()
