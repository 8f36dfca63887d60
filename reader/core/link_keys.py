"""What makes two article links one article's: :func:`link_key` (the address apart from http vs
https, the fragment and tracking parameters) and :func:`link_stem`, the prefix the store looks
candidates up by. Its own module: the store loads it before the window's first frame, where
reader.core.urls (the URL rule, ipaddress) is not needed."""

from __future__ import annotations

import re

from reader.core.lazy_re import lazy_pattern

_TRACKING = lazy_pattern(
    r"(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc"
    r"|_hsmi|mkt_tok)$",
    re.I,
)


def link_stem(link: str) -> str:
    """``link`` without its scheme, query and fragment: every link with the same
    :func:`link_key` starts with ``http://`` or ``https://`` and then this."""
    stem = link.partition("#")[0].partition("?")[0]
    lowered = stem[:8].lower()
    for scheme in ("http://", "https://"):
        if lowered.startswith(scheme):
            return stem[len(scheme) :]
    return stem


def link_key(link: str) -> str:
    """What makes two article links the same article's: the same address apart from http vs
    https, the fragment and tracking parameters (``utm_*``, ``fbclid``, ...). A feed whose
    item ids and links' tracking parameters change on every fetch would grow without it."""
    head = link.partition("#")[0]
    base, _, query = head.partition("?")
    kept = [p for p in query.split("&") if p and not _TRACKING().match(p.partition("=")[0])]
    return link_stem(base) + ("?" + "&".join(kept) if kept else "")
