"""Bytes -> str for web pages (charset sniffing) and HTML -> plain text.

``decode_html`` follows the order browsers use: a byte-order mark, then the HTTP charset, then
``<meta charset>`` / ``http-equiv``, then a detector. A declared single-byte charset is not
trusted over bytes that are valid UTF-8 (a common misconfiguration that would give mojibake).
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Any

from reader.core.bom import sniff_bom
from reader.core.sniff import SNIFF_BYTES, wide_codec

log = logging.getLogger(__name__)

_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
_SNIFF_BYTES = 16 * 1024
_DETECT_BYTES = 64 * 1024
# WHATWG: these labels mean windows-1252 on the web.
_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl",
        "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "tr", "ul",
    }
)  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def _codec(label: str) -> str:
    """The Python codec name for a charset label, or ``""`` when unknown."""
    try:
        name = codecs.lookup(label.strip().lower()).name
    except (LookupError, ValueError):
        return ""
    return _ALIASES.get(name, name)


def _is_single_byte(codec: str) -> bool:
    try:
        return len("é".encode(codec, errors="strict")) == 1 or codec.startswith("cp")
    except (UnicodeError, LookupError):
        return codec.startswith(("cp", "iso8859", "mac", "koi8", "windows"))


def _declared_in_meta(head: bytes) -> str:
    for tag in _META_TAG.findall(head):
        lowered = tag.lower()
        if b"charset" not in lowered:
            continue
        match = _CHARSET_PARAM.search(tag)
        if match:
            return match.group(1).decode("ascii", "replace")
    return ""


def _detect(body: bytes) -> str:
    """A guessed codec: chardet first (better on short Latin text), then charset_normalizer."""
    sample = body[:_DETECT_BYTES]
    try:
        import chardet

        guess = chardet.detect(sample).get("encoding")
        if guess:
            return _codec(guess)
    except ImportError:  # pragma: no cover - depends on the environment
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
        if best is not None and best.encoding:
            return _codec(best.encoding)
    except ImportError:  # pragma: no cover
        pass
    return ""


def _count_non_ascii(body: bytes) -> int:
    return len(body) - len(body.translate(None, bytes(range(128))))


def _utf8_strict(body: bytes) -> str | None:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode page bytes: BOM, then HTTP charset, then ``<meta charset>``, then detection."""
    codec, size = sniff_bom(body)
    if codec:
        return body[size:].decode(codec, errors="replace")
    # UTF-16/32 without a mark, whatever its labels say (an ASCII-compatible reading kept the
    # Latin letters, dropped the NULs, and garbled the rest: "日本" came out as "åe,g").
    if wide := wide_codec(body[:SNIFF_BYTES]):
        return body.decode(wide, errors="replace")

    declared = ""
    match = _CHARSET_PARAM.search(content_type.encode("latin-1", "replace"))
    if match:
        declared = _codec(match.group(1).decode("ascii", "replace"))
    if not declared:
        declared = _codec(_declared_in_meta(body[:_SNIFF_BYTES]))
        # A <meta> in an ASCII-compatible document cannot truly announce UTF-16/32.
        if declared.startswith(("utf-16", "utf-32")):
            declared = "utf-8"

    if declared:
        if declared == "utf-8":
            text = _utf8_mostly(body)
            if text is not None:
                return text
            detected = _detect(body)
            if detected and detected != "utf-8" and not detected.startswith(("utf-16", "utf-32")):
                log.info("page says utf-8 but is not; decoding as %s", detected)
                return body.decode(detected, errors="replace")
            return body.decode("utf-8", errors="replace")
        # Valid UTF-8 with non-ASCII bytes is almost never a legacy encoding: a wrong label.
        if _is_single_byte(declared) or _count_non_ascii(body) >= 8:
            text = _utf8_strict(body)
            if text is not None:
                return text
        return body.decode(declared, errors="replace")

    text = _utf8_mostly(body)
    if text is not None:
        return text
    detected = _detect(body) or "cp1252"
    try:
        return body.decode(detected, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


MOSTLY_UTF8 = 4
"""A page is UTF-8 with a few stray bytes when its valid non-ASCII UTF-8 characters outnumber
its invalid bytes this many times: legacy-encoded text seldom forms valid UTF-8 sequences, so
a detector's guess (often "mac-roman" on such a page) would garble every accented letter to
spare one stray byte."""


def _utf8_mostly(body: bytes) -> str | None:
    """``body`` as UTF-8 when it is (bad bytes replaced when few), else None."""
    text = _utf8_strict(body)
    if text is not None:
        return text
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - body.count(b"\xef\xbf\xbd")  # a real U+FFFD is no bad byte
    good = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    return text if good >= MOSTLY_UTF8 * max(bad, 1) else None


def html_to_text(html: str) -> str:
    """Plain text of sanitized HTML, paragraphs separated by blank lines."""
    if not html or not html.strip():
        return ""
    from lxml import etree

    try:
        root = etree.fromstring(
            "<html><body>" + html + "</body></html>",
            parser=etree.HTMLParser(remove_comments=True, remove_pis=True),
        )
    except (etree.ParserError, ValueError):
        return ""
    if root is None:
        return ""
    body = root.find("body")
    return element_text(body if body is not None else root)


def element_text(element: Any) -> str:
    """Plain text of an lxml element: blocks become paragraphs, ``<br>`` a line break."""
    from lxml import etree

    paragraphs: list[str] = []
    pieces: list[str] = []
    preformatted = 0

    def flush() -> None:
        if not pieces:
            return
        raw = "".join(pieces)
        pieces.clear()
        if preformatted:
            text = raw.strip("\n")
        else:
            lines = (_SPACES.sub(" ", line).strip() for line in raw.replace("\n", " ").split("\r"))
            text = "\n".join(line for line in lines if line)
        if text.strip():
            paragraphs.append(text)

    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
                if tag == "pre":
                    preformatted += 1
            elif tag == "br":
                pieces.append("\r" if not preformatted else "\n")
            elif tag in ("td", "th") and pieces:
                pieces.append(" ")
            if node.text and tag not in ("script", "style"):
                pieces.append(node.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
                if tag == "pre":
                    preformatted -= 1
            elif tag in ("td", "th", "img"):
                pieces.append(" ")
            if node.tail and node is not element:
                pieces.append(node.tail)
    flush()
    return "\n\n".join(paragraphs)
