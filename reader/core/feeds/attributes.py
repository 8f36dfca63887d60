"""The attribute guard: a feed in which one element carries hundreds of attributes is refused
before a parser sees it.

Both XML readers spend time quadratic in one element's attributes: lxml's ``items()`` looks
each value up from the start of the list, feedparser rebuilds its attribute list per handler.
A 1 MB feed whose one ``<item>`` carries 100,000 attributes took 58 s to subscribe to and
refresh (about 25 s in the fast path, 105 s in feedparser). No real feed element has more
than a few dozen attributes (``media:content`` has about ten).
"""

from __future__ import annotations

import re
from itertools import islice

from reader.errors import FeedError

MAX_ATTRIBUTES = 256
"""Attributes one element may carry."""
MANY_ATTRIBUTES_MESSAGE = f"feed has an element with more than {MAX_ATTRIBUTES} attributes"

# A tag long enough to hold more than MAX_ATTRIBUTES attributes: each takes at least 5 bytes
# (' a=""'). Real tags this long are rare (a long URL), so the attributes are counted only
# in them; the scan itself is one pass of the regex engine over the document. Comments and
# processing instructions ("<!", "<?") are not tags.
_LONG_TAG = re.compile(rb"<(?![!?])[^<>]{%d,}" % (MAX_ATTRIBUTES * 5))
# One attribute, its value consumed so an "=" inside a value is not counted (feedparser's
# loose parser also takes unquoted values). Linear: a name starts only where a run of name
# characters starts (the look-behind), and nothing gives back what it took (possessive). The
# plain pattern retried every suffix of a long run, "<x y=\"aaaa..." without its closing
# quote: 40 kB took 18 s and a 1 MB feed hours (quadratic).
_ATTRIBUTE = re.compile(
    rb"""(?<![^\s=<>"'/])[^\s=<>"'/]++\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'<>]++)"""
)


def check_attributes(document: bytes) -> None:
    """Raise FeedError when an element of ``document`` (an ASCII-compatible encoding, as
    the XML readers get it) carries more than :data:`MAX_ATTRIBUTES` attributes (tags inside
    CDATA sections not counted, see :func:`too_many_attributes`)."""
    if too_many_attributes(document, cdata=True):
        raise FeedError(MANY_ATTRIBUTES_MESSAGE)


def too_many_attributes(document: bytes, *, cdata: bool) -> bool:
    """Whether an element of ``document`` (an ASCII-compatible encoding) carries more than
    :data:`MAX_ATTRIBUTES` attributes. libxml2's HTML parser is quadratic in them too (a
    800 KB page whose one ``<div>`` had 50,000 took 3.7 s to parse), so the reader view asks it
    of pages as well.

    ``cdata``: a tag inside a CDATA section is text to the XML readers (HTML that the
    sanitizer, linear in attributes, reads) and is not counted; an HTML page has no CDATA
    sections, so there every tag counts. Every byte is looked at a bounded number of times:
    ``pos`` is always outside CDATA, and each look-up stays between it and the tag.
    """
    if document.count(b"=") <= MAX_ATTRIBUTES:
        # Every attribute counted has its "=": a document with this few has no such element.
        # A count is a memchr pass; the scan below looked at every byte of every tag with the
        # regex engine (the guard was 1.5 % of a cold 200-feed refresh's instructions).
        return False
    pos = 0
    while (tag := _LONG_TAG.search(document, pos)) is not None:
        opened = document.rfind(b"<![CDATA[", pos, tag.start()) if cdata else -1
        if opened != -1 and document.find(b"]]>", opened, tag.start()) == -1:
            closed = document.find(b"]]>", tag.start())
            if closed == -1:
                return False
            pos = closed + 3
            continue
        found = _ATTRIBUTE.finditer(document, tag.start(), tag.end())
        for count, _ in enumerate(found, start=1):
            if count > MAX_ATTRIBUTES:
                return True
        pos = tag.end()
    return False


_LONG_TAG_TEXT = re.compile(_LONG_TAG.pattern.decode())
_ATTRIBUTE_TEXT = re.compile(_ATTRIBUTE.pattern.decode())
_TAG_NAME = re.compile(r"<([A-Za-z][^\s/<>]*)")


def without_attribute_floods(html: str) -> str:
    """``html`` with every tag of more than :data:`MAX_ATTRIBUTES` attributes reduced to its
    bare name (``<div>``), content kept. The sanitizer (nh3/html5ever) and libxml2's HTML parser
    are quadratic in one element's attributes (nh3 took 2.2 s for a 1.3 MB fragment whose one
    ``<div>`` had 80,000), and feed content, JSON Feed HTML and pages all pass through them."""
    if len(html) <= MAX_ATTRIBUTES * 5:
        return html

    def bare(tag: re.Match[str]) -> str:
        found = islice(_ATTRIBUTE_TEXT.finditer(tag.group(0)), MAX_ATTRIBUTES + 1)
        if sum(1 for _ in found) <= MAX_ATTRIBUTES:
            return tag.group(0)
        name = _TAG_NAME.match(tag.group(0))
        return f"<{name.group(1)}" if name else "<"

    return _LONG_TAG_TEXT.sub(bare, html)
