"""A page's ``<!DOCTYPE html [ ... ]>`` internal subset, cut out before an HTML parser sees it.

An XHTML page may declare entities in its document type (``<!DOCTYPE html [ <!ENTITY ...> ]>``).
An HTML parser (libxml2's, the browsers') ends the doctype at its first ``>``: the rest of the
subset (``]>`` at least) becomes text at the start of the body, which then holds the ``<head>``'s
title too, and the ``<html lang>`` is lost. The reader view showed a stray "]>" above the
article. The subset is cut out (the entities are never expanded: an HTML parser does not
expand them either), the doctype's name and identifiers are kept.
"""

from __future__ import annotations

import re
from typing import TypeVar

_PROLOG = re.compile(r"(?:\ufeff|\xef\xbb\xbf|\s|(?><\?.*?\?>)|(?><!--.*?-->))*+", re.S)
"""What may stand before the doctype: a byte-order mark (as text, or its UTF-8 bytes read as
Latin-1), white space, the XML declaration and other processing instructions, comments.
Atomic and possessive: an unclosed comment is scanned once, never retried (linear time)."""
_DOCTYPE = re.compile(r"<!doctype\b", re.I)
_PROLOG_LIMIT = 64 * 1024
"""The doctype is looked for only this far into the page (a prolog is never longer)."""

Markup = TypeVar("Markup", str, bytes)


def subset_span(head: str) -> tuple[int, int] | None:
    """Where the internal subset of the doctype at the start of ``head`` is, from its ``[``
    to its ``]`` (and the white space after it) included, or ``None`` when it has none."""
    prolog = _PROLOG.match(head, 0, _PROLOG_LIMIT)
    start = prolog.end() if prolog else 0
    doctype = _DOCTYPE.match(head, start)
    if doctype is None:
        return None
    opening = _skip(head, doctype.end(), "[>")
    if opening is None or head[opening] != "[":
        return None
    closing = _skip(head, opening + 1, "]")
    if closing is None:
        return None
    end = closing + 1
    while end < len(head) and head[end].isspace():
        end += 1
    if not head.startswith(">", end):
        return None  # not a doctype a parser would end here: left as it is
    return opening, end


def _skip(text: str, i: int, stops: str) -> int | None:
    """The index of the first of ``stops`` at or after ``i`` outside quotes and comments."""
    quote = ""
    n = len(text)
    while i < n:
        char = text[i]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return None
            i = end + 3
            continue
        elif char in stops:
            return i
        i += 1
    return None


def without_internal_subset(markup: Markup) -> Markup:
    """``markup`` (a page's text, or its bytes in an ASCII-compatible encoding) without the
    internal subset of its doctype; unchanged when it has none."""
    head = markup.decode("latin-1") if isinstance(markup, bytes) else markup
    span = subset_span(head)
    if span is None:
        return markup
    return markup[: span[0]] + markup[span[1] :]
