"""Feed addresses as people and files write them -> the http(s) URL we fetch.

``feed://host/x`` and ``feed:https://host/x`` (the old "subscribe" scheme) become https; anything
that is not http or https with a host (``file:``, ``javascript:``, ``ftp:``, a shell command) is
refused with the reason in words.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote, urlsplit

from reader.core.link_keys import link_key
from reader.core.urlrule import MAX_URL_LENGTH, web_url_problem

log = logging.getLogger(__name__)

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def feed_url_problem(url: str) -> tuple[str, str]:
    """``(normalized_url, "")`` for a usable feed address, else ``("", reason)``.

    ``reason`` is words for an import report, e.g. ``"unsupported address (file:)"``.
    """
    text = (url or "").strip()
    if not text:
        return "", "no feed address"
    if len(text) > MAX_URL_LENGTH:
        return "", "address too long"
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
    if not host or web_url_problem(text):
        return "", "not a web address"
    return canonical_url(text), ""


_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """One spelling for one feed: scheme and host in lower case, a host outside ASCII in its
    IDNA form (``bücher.example``, ``BÜCHER.example`` and ``xn--bcher-kva.example`` are one
    host), no default port, no fragment (never sent to the server). Path and query stay as
    written. ``url`` unchanged when it is not an http(s) address with a host. Without this
    the same feed was subscribed twice under two spellings (typed, imported or discovered)."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return url
    if not host.isascii():
        import idna  # here, not at the top: only hosts outside ASCII need it

        try:
            host = idna.encode(host, uts46=True, transitional=False).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            return url
    if ":" in host:
        host = f"[{host}]"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (userinfo + "@" if "@" in parts.netloc else "") + host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    rest = parts.path + ("?" + parts.query if parts.query else "")
    return f"{scheme}://{netloc}{rest}"


def feed_key(url: str) -> str:
    """What makes two feed addresses one feed's, for subscribing by hand, OPML import and
    anything else that asks "already subscribed?": :func:`canonical_url` (host case, IDNA,
    default port, fragment) and then :func:`~reader.core.link_keys.link_key` (http vs https,
    tracking parameters such as ``utm_source``)."""
    return link_key(canonical_url(url))


def normalize_feed_url(url: str) -> str:
    """The http(s) URL for a feed address (``feed:`` mapped to https), or ``""`` if unusable."""
    return feed_url_problem(url)[0]


MAILTO_PARAMETERS = ("subject", "body", "cc", "bcc")
"""The only ``mailto:`` header fields passed to the mail client: ``attach=`` (a local file
sent along), ``from=``, ``in-reply-to=`` and any other field a page could plant are dropped."""


def clean_mailto(url: str) -> str:
    """``url`` (a ``mailto:`` link) with only the :data:`MAILTO_PARAMETERS` kept; ``""`` when
    it is not a ``mailto:`` link (or is over :data:`MAX_URL_LENGTH` characters). Names are matched after percent-decoding and case-folding,
    so ``ATTACH=`` or ``att%61ch=`` are dropped too; the fragment is dropped."""
    text = (url or "").strip()
    if not text.lower().startswith("mailto:") or len(text) > MAX_URL_LENGTH:
        return ""
    rest = text[len("mailto:") :].split("#", 1)[0]
    recipients, _, query = rest.partition("?")
    kept = []
    for pair in query.replace(";", "&").split("&"):
        name, equals, value = pair.partition("=")
        try:
            key = unquote(name, errors="strict").strip().lower()
        except UnicodeDecodeError:
            continue
        if equals and key in MAILTO_PARAMETERS:
            kept.append(f"{key}={value}")
    return "mailto:" + recipients + ("?" + "&".join(kept) if kept else "")
