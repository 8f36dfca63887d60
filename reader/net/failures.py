"""Library exceptions and HTTP statuses, turned into FetchErrors a reader understands."""

from __future__ import annotations

import email.errors
import email.utils
import http
import http.client
import logging
import socket
import ssl
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import urllib3.exceptions

from reader.errors import FetchError

log = logging.getLogger(__name__)

MAX_HOLD = timedelta(days=1)
"""The longest we honour a Retry-After: a hostile or broken server cannot mute a host for ever."""

# OpenSSL X509_V_ERR_* codes we put in words (62: host name mismatch, 64: IP address mismatch).
_VERIFY_WORDS = {
    9: "certificate not yet valid",
    10: "certificate expired",
    18: "self-signed certificate",
    19: "self-signed certificate in the chain",
    20: "certificate issued by an unknown authority",
    21: "certificate issued by an unknown authority",
    23: "certificate revoked",
    62: "wrong host (the certificate is for another site)",
    64: "wrong host (the certificate is for another site)",
}


def status_words(status: int) -> str:
    """``server answered 404 (not found)``."""
    try:
        phrase = http.HTTPStatus(status).phrase.lower()
    except ValueError:
        return f"server answered {status}"
    return f"server answered {status} ({phrase})"


_NO_LOCATION = frozenset({301, 302, 303, 307, 308})
"""Redirects, which are followed only with a Location header."""
_EMPTY_ANSWERS = frozenset({204, 205})
"""Success statuses that say "no content": never a feed, a page or a picture."""


def status_error(status: int) -> FetchError:
    """The FetchError for an HTTP status we do not accept (a redirect here came without its
    Location header: it is said so, rather than a bare "server answered 302 (found)")."""
    words = status_words(status)
    if status in _NO_LOCATION:
        words += " without saying where to (no Location header)"
    elif status in _EMPTY_ANSWERS:
        words += ": nothing was sent"
    return FetchError(words, kind="status", status=status)


def headers_cut_short(response: object) -> bool:
    """True when an answer's header block ended without its blank line (the server hung up
    mid-way); ``response`` is urllib3's (a requests Response's ``raw``).

    http.client takes such a block as complete, which turns a cut answer into "200, 0 bytes".
    """
    original = getattr(response, "_original_response", None)
    defects = getattr(getattr(original, "msg", None), "defects", ())
    return any(
        isinstance(defect, email.errors.MissingHeaderBodySeparatorDefect) for defect in defects
    )


_UNREADABLE_CODINGS = frozenset(
    {"br", "zstd", "compress", "x-compress", "exi", "pack200-gzip", "aes128gcm", "dcb", "dcz"}
)
"""Content codings that transform the bytes and that urllib3 does not undo here (we never
ask for them: Accept-Encoding is gzip and deflate, or identity). Other unknown tokens
("utf-8", "none", "text", seen from misconfigured servers) leave the bytes as they are."""


def unreadable_coding(content_encoding: str) -> FetchError | None:
    """The error when a Content-Encoding header names a compression we cannot undo, else None
    (its bytes would reach the parsers as garbage: "not a feed", a page "not a web page")."""
    for token in content_encoding.lower().split(","):
        if token.strip() in _UNREADABLE_CODINGS:
            words = f"the server compressed its answer in a way we cannot read ({token.strip()})"
            return FetchError(words, kind="decode")
    return None


def timed_out() -> FetchError:
    """The one timeout error, whichever limit was hit."""
    return FetchError("timed out", kind="timeout")


def too_large(limit: int) -> FetchError:
    """The size-cap error, in MiB."""
    mib = limit / (1024 * 1024)
    size = f"{mib:g} MiB" if mib >= 1 else f"{limit} bytes"
    return FetchError(f"response too large (over {size})", kind="too_large")


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """The moment a ``Retry-After`` header (seconds or an HTTP date) names, capped at a day;
    ``None`` for a moment not after ``now`` (no wait: never "next try after 1970-01-01")."""
    if not value:
        return None
    value = value.strip()
    if value.isdecimal():
        seconds = int(value[:12])
        return now + min(timedelta(seconds=seconds), MAX_HOLD) if seconds > 0 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(when, now + MAX_HOLD) if when > now else None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and everything it wraps (reason, cause, context, exception arguments)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        nested = [getattr(current, "reason", None), current.__cause__, current.__context__]
        nested.extend(current.args)
        todo.extend(item for item in nested if isinstance(item, BaseException))


def _tls_reason(err: ssl.SSLError | ssl.CertificateError) -> str:
    if isinstance(err, ssl.SSLCertVerificationError):
        words = _VERIFY_WORDS.get(err.verify_code or -1)
        if words:
            return words
        if err.verify_message:
            return str(err.verify_message)
    if isinstance(err, ssl.CertificateError) and not isinstance(err, ssl.SSLError):
        return "wrong host (the certificate is for another site)"
    reason = getattr(err, "reason", None)
    if reason:
        return str(reason).replace("_", " ").lower()
    return str(err) or "unknown reason"


_TIMEOUTS: tuple[type[BaseException], ...] = (
    TimeoutError,
    socket.timeout,
    urllib3.exceptions.TimeoutError,
)
_TRUNCATED: tuple[type[BaseException], ...] = (
    urllib3.exceptions.IncompleteRead,
    http.client.IncompleteRead,
    urllib3.exceptions.InvalidChunkLength,
)
_DECODE: tuple[type[BaseException], ...] = (urllib3.exceptions.DecodeError,)
_BAD_URL: tuple[type[BaseException], ...] = (
    urllib3.exceptions.LocationValueError,
    UnicodeError,
)
_DISCONNECTED = (
    http.client.RemoteDisconnected,
    ConnectionResetError,
    ConnectionAbortedError,
    BrokenPipeError,
)

MAPPED = (
    urllib3.exceptions.HTTPError,
    http.client.HTTPException,
    OSError,  # requests.RequestException too: an OSError
    ValueError,
)
"""The exception families :func:`map_exception` turns into FetchErrors."""


def _kinds() -> tuple[tuple[type[BaseException], ...], ...]:
    """The timeout, truncation, decoding and bad-address families, with requests' own when
    requests is loaded (downloads and sync use it; feeds and pages do not, and no requests
    exception can exist before it is imported)."""
    requests = sys.modules.get("requests")
    if requests is None:
        return _TIMEOUTS, _TRUNCATED, _DECODE, _BAD_URL
    errors = requests.exceptions
    return (
        (*_TIMEOUTS, errors.Timeout),
        (*_TRUNCATED, errors.ChunkedEncodingError),
        (*_DECODE, errors.ContentDecodingError),
        (*_BAD_URL, errors.InvalidURL, errors.InvalidSchema, errors.MissingSchema),
    )


def map_exception(exc: BaseException, host: str) -> FetchError:
    """The FetchError for anything requests, urllib3, http.client or a socket raised."""
    chain = list(_chain(exc))

    timeouts, truncated, decode, bad_url = _kinds()

    def first(kinds: tuple[type[BaseException], ...]) -> BaseException | None:
        return next((item for item in chain if isinstance(item, kinds)), None)

    if first((urllib3.exceptions.NameResolutionError, socket.gaierror)) is not None:
        return FetchError(f"host not found ({host})", kind="dns")
    if first((ConnectionRefusedError,)) is not None:
        return FetchError("connection refused", kind="refused")
    # urllib3's NewConnectionError subclasses its ConnectTimeoutError: not a timeout by itself.
    if any(
        isinstance(item, timeouts) and not isinstance(item, urllib3.exceptions.NewConnectionError)
        for item in chain
    ):
        return timed_out()
    tls = first((ssl.SSLError, ssl.CertificateError))
    if tls is not None and isinstance(tls, ssl.SSLError | ssl.CertificateError):
        return FetchError(f"secure connection failed: {_tls_reason(tls)}", kind="tls")
    if first(truncated) is not None:
        return FetchError(
            "the server closed the connection before the whole response arrived",
            kind="connection",
        )
    if first(decode) is not None:
        return FetchError("the server sent a response that cannot be decoded", kind="decode")
    if first(_DISCONNECTED) is not None:
        return FetchError("the server closed the connection without answering", kind="connection")
    if first(bad_url) is not None:
        return FetchError("not a valid web address", kind="url")
    # The answer's own faults; InvalidHeader (two different Content-Length headers) was
    # shown as "network error (InvalidHeader)".
    broken = (
        urllib3.exceptions.ProtocolError,
        urllib3.exceptions.InvalidHeader,
        urllib3.exceptions.HeaderParsingError,
        urllib3.exceptions.ResponseError,
        http.client.HTTPException,
    )
    if first(broken) is not None:
        return FetchError("the server sent a broken response", kind="connection")
    oserror = first((OSError,))
    if isinstance(oserror, OSError) and oserror.strerror:
        return FetchError(f"could not connect ({oserror.strerror.lower()})", kind="connection")
    log.debug("unmapped network error %r", exc)
    return FetchError(f"network error ({type(exc).__name__})", kind="connection")


def now_utc() -> datetime:
    """The current time, timezone-aware (a function so tests may replace it)."""
    return datetime.now(UTC)
