"""Page HTML -> SimplifiedArticle: our extractor (reader.core.simplify.extract), cleanup, sanitizer last.

The extractor follows the paragraph-scoring method of Mozilla's Readability (which
readability-lxml also descends from) with our own fixes, then shape rules for chrome
(:mod:`reader.core.simplify.rules`, :mod:`reader.core.simplify.labels`), then readability-lxml's independent extraction of the same
page as a second opinion on doubtful blocks (:mod:`reader.core.simplify.consensus`); see
``bench/simplify.py`` for how it compares with raw readability-lxml. Pure: no network, no Qt, no disk. Pages over
:data:`MAX_PAGE_BYTES` are refused before any parsing; a page whose extraction is empty or
near-empty, or that is a listing rather than an article, raises :class:`ExtractError`.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from reader.core.digits import bounded_int
from reader.core.doctype import without_internal_subset
from reader.core.feeds.attributes import MAX_ATTRIBUTES, too_many_attributes
from reader.core.parsed import SimplifiedArticle
from reader.core.render.sanitize import absolute_url, sanitize_html
from reader.core.simplify import (
    appeals,
    authorbox,
    dom,
    gallery,
    labels,
    leading,
    loose,
    notices,
    rules,
)
from reader.core.simplify.alternates import alternates_of
from reader.core.simplify.cleanup import is_listing, remove_reader_noise
from reader.core.simplify.consensus import apply_vote, needs_opinion, second_opinion
from reader.core.simplify.extract import NO_ARTICLE, extract_article, parse_page
from reader.core.simplify.limits import MAX_PAGE_BYTES as MAX_PAGE_BYTES
from reader.core.simplify.metadata import byline_from_markup, clean_byline, extract_metadata
from reader.core.simplify.prep import collapse_whitespace, prepare
from reader.core.simplify.text import decode_html as _decode_html
from reader.core.simplify.text import html_to_text
from reader.errors import ExtractError

log = logging.getLogger(__name__)

TOO_LARGE = "page too large, open in browser"
MANY_ATTRIBUTES = f"page has an element with more than {MAX_ATTRIBUTES} attributes, open in browser"
_WORD = re.compile(r"(?<!\w)\w{1,50}(?!\w)")
"""A word of text; a 'word' of thousands of letters (one huge text node) is not one."""
_LARGE_IMAGE = 300
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
"""Zero-width spaces and joiners-that-join-nothing: break hints that split words in the plain
text (search, lengths) while the reader never sees them. Soft hyphens stay: they are kept as
often as not where pages are quoted."""


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode page bytes: BOM, then HTTP charset, then ``<meta charset>``, then detection."""
    return _decode_html(body, content_type)


def page_too_large(html: str) -> bool:
    """True when ``html`` is over :data:`MAX_PAGE_BYTES` once encoded as UTF-8."""
    if len(html) > MAX_PAGE_BYTES:
        return True
    if len(html) * 4 <= MAX_PAGE_BYTES:
        return False
    return len(html.encode("utf-8", errors="surrogatepass")) > MAX_PAGE_BYTES


def simplify(html: str, url: str) -> SimplifiedArticle:
    """The reader view of one page. Raises ExtractError when there is no article (or too large)."""
    if page_too_large(html):
        raise ExtractError(TOO_LARGE)
    if too_many_attributes(html.encode("utf-8", errors="surrogatepass"), cdata=False):
        raise ExtractError(MANY_ATTRIBUTES)  # its parse alone would take seconds to minutes
    html = without_internal_subset(html)  # else "]>" and the <head> land in the body
    doc = parse_page(html)
    url = _base_url(doc, url)
    meta = extract_metadata(doc, url)
    alternates = alternates_of(doc, url)  # before prepare(), which may drop the <head>
    prepare(doc)
    found = extract_article(doc, meta.bare_title, have_byline=False)
    article = found.article
    if not any(_WORD.search(piece) for piece in article.itertext()) or is_listing(article):
        raise ExtractError(NO_ARTICLE)
    byline = meta.byline or clean_byline(found.byline) or byline_from_markup(doc)
    remove_reader_noise(article, byline)
    authorbox.remove_author_box(article)
    rules.remove_chrome_lines(article)
    gallery.remove_gallery_leftovers(article)
    rules.trim_trailing_chrome(article, labels.is_label)
    labels.remove_interface_lines(article)
    notices.remove_notices(article)
    appeals.remove_closing_appeal(article)
    leading.remove_leading_chrome(article)
    loose.remove_loose_chrome(article)
    if needs_opinion(article):
        apply_vote(article, second_opinion(html))
    lead_image = meta.lead_image or _first_large_image(article, url)

    from lxml import etree

    _drop_ruby_text(article)
    collapse_whitespace(article)
    body = "".join(etree.tostring(child, method="html", encoding="unicode") for child in article)
    body = (article.text or "") + body
    clean = sanitize_html(body, url)
    text = plain_text(clean)
    if not _WORD.search(text):
        raise ExtractError(NO_ARTICLE)
    return SimplifiedArticle(
        title=meta.title,
        byline=byline,
        published=meta.published,
        lead_image=lead_image,
        lang=meta.lang,
        direction=found.direction or meta.direction,
        html=clean,
        text=text,
        alternates=alternates,
    )


def plain_text(clean: str) -> str:
    """The article's plain text: without zero-width spaces, and in
    composed Unicode form (NFC), so that the words in it are the words a reader searches for."""
    return unicodedata.normalize("NFC", html_to_text(clean).translate(_INVISIBLE))


def _drop_ruby_text(article: object) -> None:
    """Drop ruby annotations (``<rt>``, ``<rp>``): the reading above a character, e.g. Japanese
    furigana. The sanitizer keeps no ruby markup, so they would run into the text inline
    ("子こども" for "子ども")."""
    for node in list(article.iter("rt", "rp")):  # type: ignore[attr-defined]
        node.drop_tree()  # its tail (the text after it) stays


def _base_url(doc: object, url: str) -> str:
    """The page's ``<base href>`` when it is an http(s) address (relative links use it)."""
    base = doc.find(".//base[@href]")  # type: ignore[attr-defined]
    if base is None:
        return url
    return absolute_url(base.get("href") or "", url) or url


def _first_large_image(article: object, url: str) -> str:
    """The first ``<img>`` of the article that is not declared small, as an absolute URL; only
    above the first paragraph of prose: a picture further down is the story's own, with its
    caption beside it, and shown at the top it would leave that caption behind."""
    for img in article.iter("img", "p"):  # type: ignore[attr-defined]
        if img.tag == "p":
            if rules.is_prose(img, dom.inner_text(img)):
                return ""
            continue
        sizes = []
        for attr in ("width", "height"):
            value = (img.get(attr) or "").strip().removesuffix("px")
            sizes.append(bounded_int(value, 10**9))
        width, height = sizes
        if (width is not None and width < _LARGE_IMAGE) or (height is not None and height < 150):
            continue
        src = absolute_url(img.get("src") or "", url)
        if src:
            return src
    return ""
