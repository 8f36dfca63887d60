"""The one rule for "an http(s) address we may show, store or follow".

The sanitizer's second pass (nh3, i.e. the WHATWG URL parser of Rust's ``url`` crate) drops an
address it cannot parse, so an address we accept must be one that parser accepts too, or
sanitizing twice would differ from once. Python's ``urlsplit`` accepts much more (any character
in a host, ``http://a.1``), so the host is checked here against the WHATWG host rules, a little
more strictly where that costs nothing real: no control characters anywhere, no ``%`` in the
host, no ``\\`` anywhere before the path (user name and password included), no empty labels,
numeric hosts only as plain dotted IPv4 or bracketed IPv6.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, urlsplit

# C0 controls, DEL and C1 controls: never part of an address we keep (tab, CR and LF are
# removed before this by absolute_url, as browsers do).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
# An ASCII host label: letters, digits, "-" and "_" (as in "my_host.example"). The WHATWG
# parser allows a few more printable characters, but no real host needs them.
_ASCII_LABELS = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*")
_SPACE = re.compile(r"\s")
_HEX_NUMBER = re.compile(r"0[xX][0-9A-Fa-f]*")


# An octet of a plain dotted IPv4 address: 0-255 without leading zeros (which the WHATWG
# parser would read as octal and ipaddress refuses).
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
PLAIN_HOST = (
    r"(?:(?:[A-Za-z0-9_-]+\.)*[A-Za-z][A-Za-z0-9_-]*\.?"
    rf"|{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})"
)
"""A host accepted without a closer look: plain ASCII labels whose last one starts with a
letter (so it cannot be read as a number), or a plain dotted IPv4 address (an intranet or
loopback feed's links: every one of them took the slow path, ~0.1 ms a link)."""

PLAIN_PORT = (
    r"(?::(?:[0-9]{1,4}|[0-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))"
)
"""An optional port of at most 65535 (a local test server's is often five digits)."""

# The usual address, accepted without splitting it: a plain host and port, no control
# characters. It must never accept what checked_problem refuses
# (tests/core/test_sanitize_stable.py checks).
_PLAIN = re.compile(
    rf"https?://{PLAIN_HOST}{PLAIN_PORT}?(?:[/?#][^\x00-\x1f\x7f-\x9f]*)?",
    re.IGNORECASE,
)


MAX_URL_LENGTH = 8192
"""The longest address kept (characters). What web servers accept in a request line (nginx's
8 KiB buffer, Apache's 8190 bytes) and the least RFC 9110 asks them to: an item's link of
megabytes is a hostile feed's, and would be stored, indexed and shown in full."""


def web_url_problem(url: str) -> str:
    """``""`` when ``url`` (surrounding spaces ignored) is an absolute http(s) address with a
    host the WHATWG URL parser accepts, of at most :data:`MAX_URL_LENGTH` characters, else
    the reason in words."""
    if len(url) > MAX_URL_LENGTH and len(url.strip()) > MAX_URL_LENGTH:
        return "address too long"
    text = url.strip()
    if _PLAIN.fullmatch(text) and "xn--" not in text.lower():
        return ""
    return checked_problem(text)


def checked_problem(text: str) -> str:
    """:func:`web_url_problem` for a stripped ``text``, without the shortcut."""
    if len(text) > MAX_URL_LENGTH:
        return "address too long"
    if _CONTROLS.search(text):
        return "control character in the address"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "not a web address"
    if parts.scheme.lower() not in ("http", "https"):
        return "not a web address"
    if "\\" in parts.netloc:
        # For http(s) the WHATWG parser (nh3, browsers) and urllib3 end the host part at a
        # backslash as at a slash; urlsplit does not, so "https://u\\@a.example" would name
        # one host here and another one there.
        return "backslash before the path"
    return host_problem(_raw_host(parts))


def _raw_host(parts: SplitResult) -> str:
    """The host as written (``hostname`` lowercases it and drops IPv6 brackets); ``""`` when
    the part before the path holds a space."""
    if _SPACE.search(parts.netloc):
        return ""
    host = parts.netloc.rpartition("@")[2]
    if host.startswith("["):
        address, _, after = host.partition("]")
        return address + "]" if after == "" or after.startswith(":") else ""
    return host.partition(":")[0]


def host_problem(host: str) -> str:
    """``""`` for a host the WHATWG URL parser accepts for http(s), else the reason in words."""
    if not host:
        return "no host in the address"
    if host.startswith("["):
        address = host[1:-1] if host.endswith("]") else ""
        try:
            ipaddress.IPv6Address(address)
        except ValueError:
            return "invalid host"
        return "" if "%" not in address else "invalid host"
    if "\\" in host or "%" in host:
        return "invalid host"
    if not host.isascii():
        try:
            import idna  # here, not at the top: only hosts outside ASCII need it

            host = idna.encode(host, uts46=True, transitional=False).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            return "invalid host"
    labels = host.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()  # "example.org." is the same host
    if not _ASCII_LABELS.fullmatch(".".join(labels)):
        return "invalid host"
    if "xn--" in host.lower() and not (
        all(_punycode_ok(label) for label in labels) and _bidi_ok(labels)
    ):
        return "invalid host"
    if _looks_numeric(labels[-1]):
        # The parser reads such a host as IPv4 (with hex and octal forms) and refuses it when
        # that fails; we accept only the plain dotted form.
        try:
            ipaddress.IPv4Address(".".join(labels))
        except ValueError:
            return "invalid host"
    return ""


def _looks_numeric(label: str) -> bool:
    """The WHATWG "ends in a number" test for the last label."""
    return (label.isascii() and label.isdecimal()) or bool(_HEX_NUMBER.fullmatch(label))


def _bidi_ok(labels: list[str]) -> bool:
    """RFC 5893 across the whole host, as the WHATWG parser checks it: once one label is
    right-to-left, every label must pass the Bidi rule ("1.example.\u0627\u062e" and a Greek
    label next to an Arabic one were accepted here, dropped by nh3)."""
    import unicodedata

    import idna  # here, not at the top: see host_problem

    try:
        words = [idna.decode(x) if x.lower().startswith("xn--") else x for x in labels]
        if not any(unicodedata.bidirectional(ch) in ("R", "AL", "AN") for w in words for ch in w):
            return True
        return all(idna.core.check_bidi(word, check_ltr=True) for word in words)
    except (idna.IDNAError, UnicodeError, ValueError):
        return False


def _punycode_ok(label: str) -> bool:
    """True unless ``label`` is an ``xn--`` label that does not decode to a valid one."""
    if not label.lower().startswith("xn--"):
        return True
    import idna  # here, not at the top: see host_problem

    try:
        idna.decode(label)
    except (idna.IDNAError, UnicodeError, ValueError):
        return False
    return True
