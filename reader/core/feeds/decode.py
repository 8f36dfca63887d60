"""Feed bytes -> text: one decision about the character encoding, shared by both XML readers.

The order (RELIABILITY F4, issue 9 item 5): a byte-order mark wins; then the encoding the XML
declaration names; then, only when the document declares nothing, the HTTP ``charset``; then
the bytes themselves. UTF-8 (declared, or guessed) is decoded with U+FFFD for the few bytes that
are not valid, as long as the document has valid multi-byte sequences too: a feed with 7 bad
bytes and 5 good characters is UTF-8 with 7 replacement characters, not ISO-8859-2 mojibake in
every title. A document that declares UTF-8 but has no valid multi-byte sequence at all, or that
declares nothing and has more bad sequences than good ones, is a legacy 8-bit document: it is
read as Windows-1252 (ISO-8859-1 for the five bytes Windows-1252 leaves undefined).

Both readers (the lxml fast path and feedparser) get the same UTF-8 bytes, with the XML
declaration rewritten to say so, exactly as feedparser rewrites it itself.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from reader.core.bom import sniff_bom
from reader.core.feeds import prolog

UTF8_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>"
"""The declaration feedparser writes after decoding (byte for byte, so it changes nothing)."""
REPLACED_WARNING = "the feed has bytes that are not valid UTF-8; they were replaced"
LEGACY_WARNING = "the feed is not valid UTF-8 and declares no other encoding; read as Windows-1252"

_DECLARATION = re.compile(r"^<\?xml[^>]*?>")
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp037"),  # "<?xm" in EBCDIC
)
_UTF8 = "utf-8"
_ASCII_NAMES = frozenset({"ascii", "us-ascii", "ansi_x3.4-1968", "646"})


@dataclass(frozen=True)
class Decoded:
    """A document's text and how it was read."""

    text: str
    encoding: str
    """The Python codec name used (``utf-8``, ``cp1252``, ``utf-16-le``...)."""
    warning: str = ""
    """Why the text may not be exactly what the publisher meant, or ``""``."""

    def utf8_document(self) -> bytes:
        """The text as UTF-8 bytes whose XML declaration says UTF-8."""
        text = self.text
        if _DECLARATION.search(text):
            text = _DECLARATION.sub(UTF8_DECLARATION, text, count=1)
        else:
            text = UTF8_DECLARATION + "\n" + text
        return text.encode("utf-8", "surrogatepass")


def _codec(name: str) -> str:
    """The Python codec for an encoding label, ``""`` when unknown."""
    if not name:
        return ""
    label = name.strip().lower()
    if label in ("gb2312", "gbk"):
        label = "gb18030"  # the superset: what every reader does with these labels
    try:
        return codecs.lookup(label).name
    except LookupError:
        return ""


def utf8_counts(body: bytes) -> tuple[int, int]:
    """(valid multi-byte characters, invalid bytes) when ``body`` is read as UTF-8."""
    text = body.decode("utf-8", "surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return good, bad


def _legacy(body: bytes) -> str:
    """Windows-1252, with its five undefined bytes read as ISO-8859-1."""
    text = body.decode("cp1252", "surrogateescape")
    if max(text, default="\x00") >= "\udc80":
        text = "".join(chr(ord(ch) - 0xDC00) if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    return text


def _read_utf8(body: bytes, *, declared: bool) -> Decoded:
    """``body`` as UTF-8, with replacements, or as a legacy 8-bit document when it is not."""
    try:
        return Decoded(body.decode("utf-8"), _UTF8)
    except UnicodeDecodeError:
        pass
    good, bad = utf8_counts(body)
    if (declared and good > 0) or good >= bad > 0:
        return Decoded(body.decode("utf-8", "replace"), _UTF8, REPLACED_WARNING)
    return Decoded(_legacy(body), "cp1252", LEGACY_WARNING)


def decode(body: bytes, content_type: str = "") -> Decoded:
    """Decode a feed document (see the module's docstring for the order)."""
    bom, size = sniff_bom(body[:4])
    if bom:
        codec = _codec(bom)
        if codec.startswith("utf-8"):
            return _read_utf8(body[size:], declared=True)
        return Decoded(body[size:].decode(codec, "replace"), codec)
    for signature, name in _SIGNATURES:
        if body.startswith(signature):
            return Decoded(body.decode(name, "replace"), name)
    declared = _codec(prolog.declared_encoding(body))
    if declared and not _ascii_safe(declared):
        declared = ""  # "utf-16" declared in bytes that are plainly ASCII-compatible: not true
    if declared:
        if declared == _UTF8 or declared in _ASCII_NAMES:
            return _read_utf8(body, declared=True)
        return Decoded(body.decode(declared, "replace"), declared)
    charset = _codec(prolog.header_charset(content_type))
    if charset and charset != _UTF8 and charset not in _ASCII_NAMES and _ascii_safe(charset):
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return Decoded(body.decode(charset), charset)
            except UnicodeDecodeError:
                pass
    return _read_utf8(body, declared=charset == _UTF8)


def _ascii_safe(codec: str) -> bool:
    """True when ``codec`` reads ASCII bytes as ASCII (so a declaration in ASCII can be true)."""
    try:
        return b"<?xml version=".decode(codec) == "<?xml version="
    except (UnicodeDecodeError, LookupError, ValueError):
        return False
