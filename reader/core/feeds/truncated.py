"""Whether a feed document was cut short inside an item: a server that sends a feed file
still being written, or a body cut by a broken proxy, ends in the middle of its last item.
Parsers recover what they can, so that item's text arrives shortened or empty, and storing
it would overwrite the article's full text kept from an earlier fetch."""

from __future__ import annotations

import re

CUT_SHORT = "the feed was cut short inside its last item (an incomplete answer)"
"""The words for such a feed (a refresh adds that nothing was updated)."""

_OPEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s>/])[^<>]*>")
_CLOSES = (b"</item", b"</entry", b":item", b":entry")


def _last_close(body: bytes) -> int:
    """The end of the last ``</item>``/``</entry>`` (with or without a prefix), or 0."""
    best = 0
    for needle in _CLOSES:
        end = len(body)
        while True:
            at = body.rfind(needle, 0, end)
            if at < 0:
                break
            after = body[at + len(needle) : at + len(needle) + 1]
            lt = body.rfind(b"<", 0, at)
            closing = needle.startswith(b"</") or body[lt + 1 : lt + 2] == b"/"
            if closing and after in (b">", b" ", b"\t", b"\r", b"\n"):
                best = max(best, at + len(needle))
                break
            end = at
    return best


def cut_inside_an_item(body: bytes) -> bool:
    """True when an item (``<item>`` or ``<entry>``) opens after the last one that closes:
    the document ends inside it. A feed that only lacks its closing ``</channel></rss>``
    is not cut inside an item."""
    start = _last_close(body)
    return any(not match.group().endswith(b"/>") for match in _OPEN.finditer(body, start))
