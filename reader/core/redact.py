"""Secrets in feed addresses, hidden wherever an address is shown or logged.

A private feed's address often carries its key: ``https://user:password@host/feed`` or
``https://host/feed?token=...``. The stored address keeps it (it is needed to fetch); every
display (the CLI's ``feeds``, the window's tooltips and properties, error messages) and the log
show :func:`redact_url`'s version instead, with the password and secret-looking query values
replaced by :data:`MASK`. Pure functions, one rule for every place.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote

from reader.core.lazy_re import lazy_pattern

MASK = "***"
_SECRET_NAMES = frozenset(
    {
        "key", "apikey", "token", "password", "passwd", "pass", "pwd", "secret", "auth", "sig",
        "signature", "session", "sessionid", "sid", "code", "hash", "jwt", "bearer",
        "credential", "credentials", "otp", "pin", "private", "privatekey", "login",
    }
)  # fmt: skip
_SECRET_PARTS = ("token", "secret", "passw", "apikey", "auth", "signature", "credential", "session")
_SECRET_ENDINGS = ("key", "sig", "pwd", "pass", "hash")
_URL = lazy_pattern(r"(?i)\b[a-z][a-z0-9+.-]{1,15}://[^\s<>\"'`]+")
_USERINFO = lazy_pattern(r"(?i)(//)([^/?#@\s]*)@")
_PAIR = lazy_pattern(r"([?&;#])([^=&;#?\s]{1,100})=([^&;#\s]*)")


def is_secret_name(name: str) -> bool:
    """True for a query parameter name that looks like it holds a secret (``token``,
    ``api_key``, ``X-Amz-Signature``, ``access_token`` ...); case, ``-``, ``_`` and percent
    escapes do not matter."""
    try:
        plain = unquote(name)
    except ValueError:
        plain = name
    key = re.sub(r"[^a-z0-9]", "", plain.lower())
    if not key:
        return False
    return (
        key in _SECRET_NAMES
        or any(part in key for part in _SECRET_PARTS)
        or key.endswith(_SECRET_ENDINGS)
    )


def redact_url(url: str) -> str:
    """``url`` as it may be shown: any ``user:password@`` becomes ``***@`` and the value of
    every secret-looking query (or fragment) parameter becomes ``***``; the rest is kept as it
    was written. Redacting twice changes nothing more."""
    text = url or ""
    scheme_end = text.find("://")
    if scheme_end >= 0:
        start = scheme_end + 3
        end = len(text)
        for stop in "/?#":
            found = text.find(stop, start)
            if found >= 0:
                end = min(end, found)
        at = text.rfind("@", start, end)
        if at >= 0:
            text = text[:start] + MASK + text[at:]
    return _redact_pairs(text)


def _redact_pairs(text: str) -> str:
    def mask(match: re.Match[str]) -> str:
        sep, name, value = match.groups()
        if value and value != MASK and is_secret_name(name):
            return f"{sep}{name}={MASK}"
        return match.group(0)

    return _PAIR().sub(mask, text)


def redact_text(text: str) -> str:
    """Free text (a log line, an error message, a traceback) with every address in it
    redacted, including the ``?token=...`` of a path quoted without its host."""
    value = str(text)
    if "@" not in value and "=" not in value:
        return value
    value = _URL().sub(lambda match: redact_url(match.group(0)), value)
    value = _USERINFO().sub(lambda match: f"{match.group(1)}{MASK}@", value)
    return _redact_pairs(value)


class RedactingFilter(logging.Filter):
    """A log handler's filter that redacts every record's message and traceback, so no
    password or token from a feed address reaches the log file."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the record's text by its redacted form (always lets it through)."""
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: leave it to logging to report
            return True
        record.msg, record.args = redact_text(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return True
