"""Is a body served as a web page really text? (The WHATWG MIME sniffing rule, in short.)

A server may call anything ``text/html``: a PDF, an image, an archive or a program. The reader
view then showed the file's bytes as an article of garbage. A page is refused when it starts
with a known binary signature, or when its first bytes hold several "binary data bytes" (C0
controls other than tab, line feed, form feed, carriage return and escape), unless a byte-order
mark, the declared charset or the pattern of its NUL bytes says it is UTF-16/32 text.
"""

from __future__ import annotations

import re

from reader.core.bom import sniff_bom

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b\x08", "gzip archive"),
    (b"\x7fELF", "program"),
    (b"ID3", "MP3 audio file"),
    (b"OggS", "Ogg audio or video file"),
    (b"\x1aE\xdf\xa3", "video file"),
)
"""Starts of files that are never text (others, such as a Windows program, hold a binary
data byte within their first bytes)."""
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_WIDE_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*(?:utf-?16|utf-?32|ucs-?2|unicode)", re.I)
_STRAY_BYTES = 8
"""Binary data bytes a page's start may hold (a stray NUL from a careless CMS) and still be
read as a page: a program or an image has hundreds."""
SNIFF_BYTES = 1445
"""How much of the start the sniffing rule reads (as browsers do)."""
PAGE_TYPES = ("", "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
"""The content types the reader view reads ("": none declared)."""


_FILE_TYPE_STARTS = ("audio/", "video/", "image/", "font/", "model/")
_FILE_TYPES = frozenset(
    {"application/pdf", "application/zip", "application/gzip", "application/x-gzip",
     "application/x-tar", "application/vnd.rar", "application/x-7z-compressed",
     "application/ogg", "application/x-msdownload", "application/vnd.android.package-archive",
     "application/x-bittorrent", "application/wasm", "application/x-iso9660-image"}
)  # fmt: skip
"""Declared types of files that are never a feed (application/octet-stream may be one)."""


def media_type(content_type: str) -> str:
    """The media type of a Content-Type header, lowercase, without its parameters
    (``"Text/HTML; charset=utf-8"`` -> ``"text/html"``; ``""`` when none)."""
    return content_type.split(";", 1)[0].strip().lower()


def feed_type_refused(content_type: str) -> str:
    """The words refusing a feed address whose declared ``content_type`` is a file's (an
    episode, a picture, a PDF), or ``""``: decided before its body is read."""
    mime = media_type(content_type)
    if mime.startswith(_FILE_TYPE_STARTS) or mime in _FILE_TYPES:
        return f"not a feed (the server sent a file of type {mime})"
    return ""


def image_type_refused(content_type: str) -> str:
    """The words refusing a picture's address whose declared ``content_type`` is not an
    image's (none declared included), or ``""``: decided before its body is read."""
    mime = media_type(content_type)
    return "" if mime.startswith("image/") else f"not an image ({mime or 'no type'})"


def page_type_refused(content_type: str) -> str:
    """The words refusing a page address whose declared ``content_type`` is no page's (an
    episode, a video, a download), or ``""``: decided before its body is read."""
    mime = media_type(content_type)
    return f"the article's address is not a web page ({mime})" if mime not in PAGE_TYPES else ""


def not_a_page(body: bytes, content_type: str) -> str:
    """``""`` when ``body`` (served as ``content_type``) may be a web page, else what it is
    instead: its content type, or what its bytes look like (see :func:`binary_kind`)."""
    mime = media_type(content_type)
    if mime and mime not in PAGE_TYPES:
        return mime
    kind = binary_kind(body, content_type)
    return a_kind(kind) if kind else ""


def a_kind(kind: str) -> str:
    """``kind`` with its indefinite article: "a PDF", "an MP3 audio file", "an Ogg ..."."""
    return f"an {kind}" if kind[:1] in "AEIOU" or kind.startswith("MP") else f"a {kind}"


def binary_kind(body: bytes, content_type: str = "") -> str:
    """``""`` when ``body`` may be text; else what it looks like, in words ("PDF", "binary
    file")."""
    if sniff_bom(body)[0] or _WIDE_CHARSET.search(content_type or ""):
        return ""
    head = body[:SNIFF_BYTES]
    kind = file_kind(head)
    if kind:
        return kind
    if len(_BINARY_BYTE.findall(head)) < _STRAY_BYTES or _wide_text(head):
        return ""
    return "binary file"


def file_kind(body: bytes) -> str:
    """What a known file signature at the start of ``body`` says it is ("PNG image", "PDF"),
    or ``""``: a document that is text (a feed, a page) never starts so."""
    for signature, kind in _SIGNATURES:
        if body.startswith(signature):
            return kind
    if body[4:8] == b"ftyp":
        return "MP4 video or audio file"
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return "WebP image"
    return ""


def _wide_text(head: bytes) -> bool:
    """UTF-16 or UTF-32 text without a mark (see :func:`wide_codec`)."""
    return bool(wide_codec(head))


def wide_codec(head: bytes) -> str:
    """The codec of UTF-16 or UTF-32 text without a byte-order mark, from the pattern of NUL
    bytes in its start ``head``: ``"utf-16-le"``, ``"utf-16-be"``, ``"utf-32-le"``,
    ``"utf-32-be"``, or ``""``. One byte of each code unit is hardly ever NUL, the others
    often are: always for markup and Latin text, in 3 or 4 of 10 code units of a Japanese
    page's start (it was refused as "a binary file" when 9 in 10 were asked for)."""
    if len(head) < 16:
        return ""
    for step in (4, 2):
        tenths = [head[i::step].count(0) * 10 // max(1, len(head[i::step])) for i in range(step)]
        text_phase = min(range(step), key=tenths.__getitem__)
        others = [t for i, t in enumerate(tenths) if i != text_phase]
        if tenths[text_phase] <= 1 and min(others) >= 3:
            order = "le" if text_phase == 0 else "be" if text_phase == step - 1 else ""
            if order:
                return f"utf-{8 * step}-{order}"
    return ""
