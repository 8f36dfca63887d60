"""What comes before a document's first element: the entity guard and the root sniffer.

feedparser's loose parser expands a declared entity without limit (an 80 kB feed grows to
about 1.2 GB), so any document that declares ``<!ENTITY`` before its first element is refused
here, before a parser sees it. The same scan refuses a DOCTYPE that points at an external
subset (``SYSTEM``/``PUBLIC``), except the well-known RSS 0.91 DTD, and tells the caller the
name of the root element (``rss``, ``feed``, ``html``...). Nothing is fetched or read.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from reader.core.bom import sniff_bom
from reader.errors import FeedError

log = logging.getLogger(__name__)

ENTITIES_MESSAGE = "feed declares XML entities"
EXTERNAL_DTD_MESSAGE = "feed refers to an external document type definition (DTD)"

# The RSS 0.91 DTD that real feeds still name; it is never fetched (feedparser drops it).
ALLOWED_DTDS: frozenset[str] = frozenset(
    {
        "http://my.netscape.com/publish/formats/rss-0.91.dtd",
        "http://www.rssboard.org/rss-0.91.dtd",
        "https://www.rssboard.org/rss-0.91.dtd",
    }
)

SCAN_LIMIT = 1024 * 1024
"""Characters of prolog we scan; a real feed's prolog is a few hundred. A prolog that does not
end inside this window is refused (an entity declared after it would go unseen)."""
LONG_PROLOG_MESSAGE = "the feed is not valid XML (its header is too long)"

# "<?" / "<" in encodings that are not ASCII-compatible, without a BOM.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp037"),
)
_DECLARED = re.compile(r"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I)
_FIRST_ELEMENT = re.compile(
    r"<[A-Za-z0-9_]"
)  # what feedparser itself takes as the document's start
_DOCTYPE_MARKS = re.compile(r"[\[\]>\"'<]")
_SPACE = re.compile(r"[ \t\r\n\ufeff]+")
_NAME = re.compile(r"[^\s/>!?<]+")
_EXTERNAL_ID = re.compile(
    r"""<!DOCTYPE\s+[^\s\[>]+\s+(?:SYSTEM|PUBLIC\s+("[^"]*"|'[^']*'))\s*(?:("[^"]*"|'[^']*'))?""",
    re.I,
)


@dataclass(frozen=True)
class Prolog:
    """What the scan found before the first element."""

    root: str = ""
    """The first element's name as written (``rss``, ``rdf:RDF``, ``html``), or ``""``."""
    doctype: str = ""
    entities: bool = False
    unterminated: bool = False
    """The text ended inside a DOCTYPE, comment or processing instruction."""


def _ascii_compatible(encoding: str) -> bool:
    """True when ``<!ENTITY`` has the same bytes in ``encoding`` as in ASCII."""
    try:
        # Both ways: UTF-7 encodes "<" as "<" but also decodes "+ADw-" to "<".
        return (
            "<!ENTITY <rss".encode(encoding) == b"<!ENTITY <rss"
            and b"+ADw-!ENTITY".decode(encoding) == "+ADw-!ENTITY"
        )
    except (LookupError, UnicodeError, ValueError):
        return True  # unknown codec: nobody will decode with it


def views(body: bytes, content_type: str = "") -> list[str]:
    """The document's beginning decoded every way a parser might read it (the likeliest first)."""
    return [text for text, _ in _views(body, content_type)]


def _views(body: bytes, content_type: str) -> list[tuple[str, bool]]:
    """``views`` with, for each, whether it is a plausible reading of the whole document.

    The Latin-1 view of a UTF-16/32 document is not (it has a NUL between characters), so
    the "prolog too long" rule does not apply to it; its entity check still does.
    """
    window = body[: SCAN_LIMIT * 4]
    sniffed, _ = sniff_bom(window)
    if not sniffed:
        for signature, name in _SIGNATURES:
            if window.startswith(signature):
                sniffed = name
                break
    latin = window[:SCAN_LIMIT].decode("latin-1")
    first = window.decode(sniffed, errors="replace")[:SCAN_LIMIT] if sniffed else latin
    wide = bool(sniffed) and not _ascii_compatible(sniffed)
    texts = [(first, True)] if first is latin else [(first, True), (latin, not wide)]
    candidates = [header_charset(content_type)]
    for text, _ in texts:
        match = _DECLARED.search(text[:1024])
        if match:
            candidates.append(match.group(1))
    seen = {codecs.lookup(sniffed).name} if sniffed else set()
    for name in candidates:
        try:
            key = codecs.lookup(name).name
        except LookupError:
            continue
        if key in seen or _ascii_compatible(key):
            continue
        seen.add(key)
        try:
            texts.append((window.decode(key, errors="replace")[:SCAN_LIMIT], True))
        except (LookupError, UnicodeError, ValueError):  # pragma: no cover - odd codecs
            continue
    return texts


def declared_encoding(body: bytes) -> str:
    """The encoding the XML declaration names (ASCII-compatible documents), or ``""``."""
    match = _DECLARED.search(body[:1024].decode("latin-1"))
    return match.group(1) if match else ""


def header_charset(content_type: str) -> str:
    """The ``charset`` parameter of a Content-Type header, or ``""``."""
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else ""


def scan(text: str) -> Prolog:
    """Walk the prolog of ``text`` (declaration, comments, PIs, DOCTYPE) to the first element."""
    i, n = 0, len(text)
    doctype = ""
    while i < n:
        space = _SPACE.match(text, i)
        if space:
            i = space.end()
        elif text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                return Prolog(doctype=doctype, unterminated=True)
            i = end + 2
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return Prolog(doctype=doctype, unterminated=True)
            i = end + 3
        elif text[i : i + 9].upper() == "<!DOCTYPE":
            end = _doctype_end(text, i + 9)
            if end < 0:
                return Prolog(doctype=text[i:], unterminated=True)
            doctype, i = text[i:end], end
        elif text.startswith("<!", i):
            return Prolog(doctype=doctype, entities=text[i : i + 8].upper() == "<!ENTITY")
        elif text[i] == "<":
            match = _NAME.match(text, i + 1)
            return Prolog(root=match.group(0) if match else "", doctype=doctype)
        else:
            break  # text before any element: not XML
    return Prolog(doctype=doctype)


def _doctype_end(text: str, start: int) -> int:
    """Index just after the DOCTYPE that starts before ``start``, -1 if it does not end.

    Linear: every search either moves past what it found or ends the scan (a regex with
    ``<!--.*?-->`` would rescan the rest of the text for each unterminated comment).
    """
    depth, i = 0, start
    closers = {'"': '"', "'": "'", "<!--": "-->", "<?": "?>"}
    while True:
        mark = _DOCTYPE_MARKS.search(text, i)
        if mark is None:
            return -1
        ch, j = mark.group(0), mark.start()
        opener = ch
        if ch == "<":
            opener = (
                "<!--" if text.startswith("<!--", j) else "<?" if text.startswith("<?", j) else ""
            )
        if opener in closers:
            end = text.find(closers[opener], j + len(opener))
            if end < 0:
                return -1
            i = end + len(closers[opener])
            continue
        i = j + 1
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == ">" and depth == 0:
            return i


def _external_dtd(doctype: str) -> str | None:
    """The external subset a DOCTYPE in ``doctype`` names that we do not allow, or ``None``."""
    for match in _EXTERNAL_ID.finditer(doctype):
        system = (match.group(2) or "")[1:-1].strip()
        if system not in ALLOWED_DTDS:
            return system or "(public identifier)"
    return None


def check(body: bytes, content_type: str = "") -> Prolog:
    """Refuse entity declarations and external DTDs before the first element; return the prolog.

    Raises FeedError("feed declares XML entities") or FeedError about the external DTD.
    """
    prologs = []
    for text, plausible in _views(body, content_type):
        prolog = scan(text)
        head_end = _FIRST_ELEMENT.search(text)
        head = text if head_end is None else text[: head_end.start()]
        if prolog.entities or "<!ENTITY" in prolog.doctype.upper() or "<!ENTITY" in head.upper():
            log.info("refused a document that declares XML entities")
            raise FeedError(ENTITIES_MESSAGE)
        # A prolog longer than the window could hide an entity past it: refuse it.
        truncated = plausible and len(text) >= SCAN_LIMIT
        if truncated and (prolog.unterminated or (not prolog.root and head_end is None)):
            log.info("refused a document whose prolog does not end in %d characters", SCAN_LIMIT)
            raise FeedError(LONG_PROLOG_MESSAGE)
        external = _external_dtd(prolog.doctype) or _external_dtd(head)
        if external is not None:
            log.info("refused a document with an external DTD: %.200s", external)
            raise FeedError(EXTERNAL_DTD_MESSAGE)
        prologs.append(prolog)
    return next((p for p in prologs if p.root), prologs[0])


def sniff(body: bytes, content_type: str = "") -> Prolog:
    """The prolog of the document (root name, DOCTYPE) without refusing anything."""
    views_ = views(body[:65536], content_type)
    prologs = [scan(text) for text in views_]
    return next((p for p in prologs if p.root), prologs[0])
