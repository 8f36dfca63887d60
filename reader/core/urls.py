"""Feed addresses as people and files write them -> the http(s) URL we fetch.

``feed://host/x`` and ``feed:https://host/x`` (the old "subscribe" scheme) become https; anything
that is not http or https with a host (``file:``, ``javascript:``, ``ftp:``, a shell command) is
refused with the reason in words.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def feed_url_problem(url: str) -> tuple[str, str]:
    """``(normalized_url, "")`` for a usable feed address, else ``("", reason)``.

    ``reason`` is words for an import report, e.g. ``"unsupported address (file:)"``.
    """
    text = (url or "").strip()
    if not text:
        return "", "no feed address"
    lowered = text.lower()
    if lowered.startswith("feed://"):
        text = "https://" + text[len("feed://") :]
    elif lowered.startswith("feed:"):
        inner = text[len("feed:") :].lstrip()
        if inner.lower().startswith(("http://", "https://")):
            text = inner
        else:
            return "", "unsupported address (feed:)"
    match = _SCHEME.match(text)
    if match is None:
        return "", "not a web address"
    scheme = match.group(1).lower()
    if scheme not in ("http", "https"):
        return "", f"unsupported address ({scheme}:)"
    if any(ch in text for ch in "\x00\r\n\t"):
        return "", "not a web address"
    text = text.replace(" ", "%20")
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "", "not a web address"
    if not host:
        return "", "not a web address"
    return text, ""


def normalize_feed_url(url: str) -> str:
    """The http(s) URL for a feed address (``feed:`` mapped to https), or ``""`` if unusable."""
    return feed_url_problem(url)[0]
