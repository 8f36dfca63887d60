"""A GET's URL as it goes on the wire, prepared the way requests prepares it, without requests.

The fetcher talks to urllib3 directly (requests' import and its per-request preparation were a
tenth of a ``refresh --feeds-only``: bench/refresh.py). What requests did to a URL before
sending it is kept, so that every server sees the same request line as before and a redirect's
target is stored the same: the host IDNA-encoded (UTS 46), the path re-quoted
(:func:`requote_uri`), credentials in the URL sent as Basic authorization.
tests/net/test_wire.py checks these functions against requests' own on generated URLs.
"""

from __future__ import annotations

import base64
from typing import NamedTuple
from urllib.parse import quote, unquote, urlparse, urlsplit, urlunparse

from urllib3.exceptions import LocationParseError
from urllib3.util.url import parse_url

from reader.errors import FetchError

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_SAFE = "!#$%&'()*+,/:;=?@[]~"
"""Characters left as they are by the re-quoting (reserved ones, ``~`` and ``%``)."""


class _BadEscape(ValueError):
    """A ``%`` followed by two letters or digits that are not hexadecimal."""


def _unquote_unreserved(uri: str) -> str:
    """``uri`` with the escapes of unreserved characters (``%41`` -> ``A``) undone; every
    other escape, and a ``%`` that starts none, kept as written."""
    parts = uri.split("%")
    out = [parts[0]]
    for part in parts[1:]:
        pair = part[:2]
        if len(pair) == 2 and pair.isalnum():
            try:
                char = chr(int(pair, 16))
            except ValueError:
                raise _BadEscape(pair) from None
            out.append(char + part[2:] if char in _UNRESERVED else "%" + part)
        else:
            out.append("%" + part)
    return "".join(out)


def requote_uri(uri: str) -> str:
    """``uri`` quoted fully and consistently: unreserved escapes undone, characters that may
    not appear in a URL escaped, reserved ones and valid escapes kept (a URL with a broken
    escape has every ``%`` escaped instead). The same result as ``requests.utils.requote_uri``."""
    try:
        return quote(_unquote_unreserved(uri), safe=_SAFE)
    except _BadEscape:
        return quote(uri, safe=_SAFE.replace("%", ""))


class Target(NamedTuple):
    """What one GET sends: the prepared URL and, for a URL with credentials, the
    ``Authorization`` header's value."""

    url: str
    authorization: str | None


def _idna_host(host: str) -> str:
    import idna  # here, not at the top: only hosts outside ASCII need it

    try:
        return idna.encode(host, uts46=True).decode("utf-8")
    except (idna.IDNAError, UnicodeError) as err:
        raise FetchError("not a valid web address", kind="url") from err


def prepare(url: str) -> Target:
    """The URL a GET of ``url`` (http or https, already checked) sends, and its credentials.

    Raises FetchError for an address that cannot be sent (no host, an invalid label).
    """
    url = url.lstrip()
    try:
        scheme, auth, host, port, path, query, fragment = parse_url(url)
    except LocationParseError as err:
        raise FetchError("not a valid web address", kind="url") from err
    if not scheme or not host:
        raise FetchError("not a valid web address", kind="url")
    if not host.isascii():
        host = _idna_host(host)
    elif host.startswith(("*", ".")):
        raise FetchError("not a valid web address", kind="url")
    netloc = f"{auth}@{host}" if auth else host
    if port:
        netloc += f":{port}"
    prepared = requote_uri(urlunparse((scheme, netloc, path or "/", "", query, fragment)))
    return Target(prepared, _basic_authorization(prepared))


def _basic_authorization(url: str) -> str | None:
    """``Basic ...`` for the user and password a URL names (``None`` when it names neither).

    Raises UnicodeError for credentials outside Latin-1 (the caller maps it as a bad address).
    """
    parsed = urlparse(url)
    if parsed.username is None or parsed.password is None:
        user, password = "", ""
    else:
        user, password = unquote(parsed.username), unquote(parsed.password)
    if not user and not password:
        return None
    token = base64.b64encode(user.encode("latin1") + b":" + password.encode("latin1"))
    return "Basic " + token.decode("ascii").strip()


def request_uri(url: str) -> str:
    """The path and query of a prepared URL: the request line's target."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
